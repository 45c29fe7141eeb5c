#include "servertext.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

bool isInvisibleOrBidi(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C
           || (c >= 0x200B && c <= 0x200D) || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
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
