#include "servertext.h"

#include <QChar>
#include <QJsonDocument>
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

QByteArray terminalSafeJson(const QJsonDocument &document)
{
    // Qt's writer escapes C0 controls, quotes and backslashes; everything else stays raw UTF-8.
    const QString text = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        const bool pair = unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char32_t code = pair ? QChar::surrogateToUcs4(unit, text.at(i + 1)) : char32_t(unit.unicode());
        const bool hidden = (code >= 0x7F && code <= 0x9F) || code == 0x2028 || code == 0x2029
                || QChar::category(code) == QChar::Other_Format;
        const qsizetype units = pair ? 2 : 1;
        for (qsizetype k = 0; k < units; ++k) {
            if (hidden)
                safe += u"\\u"_s + QString::number(text.at(i + k).unicode(), 16).rightJustified(4, u'0');
            else
                safe += text.at(i + k);
        }
        i += units - 1;
    }
    return safe.toUtf8();
}

} // namespace Postaci
