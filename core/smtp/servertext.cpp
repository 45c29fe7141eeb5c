#include "servertext.h"

#include <QChar>
#include <QList>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

// Every format character (Unicode category Cf: bidi embeddings, overrides and isolates, zero-width
// characters, the soft hyphen, word joiners and invisible operators, the byte-order mark, tag
// characters...) and the line and paragraph separators: text that changes how the rest is shown
// without showing itself (docs/security.md#outside-text).
bool isInvisibleOrBidi(char32_t c)
{
    return QChar::category(c) == QChar::Other_Format || c == 0x2028 || c == 0x2029;
}

QString hex(char32_t c, int width)
{
    return QString::number(uint(c), 16).toUpper().rightJustified(width, QLatin1Char('0'));
}

} // namespace

QString escapeServerText(const QString &text, LineBreaks lineBreaks)
{
    QString result;
    result.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\n' && lineBreaks == LineBreaks::Keep)
            result += QLatin1Char('\n');
        else if (c < 0x20 || c == 0x7F)
            result += "\\x"_L1 + hex(c, 2);
        else if ((c >= 0x80 && c <= 0x9F) || isInvisibleOrBidi(c))
            result += "\\u{"_L1 + hex(c, 4) + QLatin1Char('}');
        else
            result += QString::fromUcs4(&c, 1);
    }
    return result;
}

} // namespace Postaci
