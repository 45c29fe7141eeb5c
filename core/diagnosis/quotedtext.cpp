#include "servertext.h"

#include <QStringDecoder>

namespace Postaci {

namespace {

// Characters that reorder, hide or break the text around them when displayed.
bool isInvisibleFormatting(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E)   // LRE RLE PDF LRO RLO
        || (c >= 0x2066 && c <= 0x2069)   // LRI RLI FSI PDI
        || c == 0x200E || c == 0x200F     // LRM RLM
        || c == 0x061C                    // ALM
        || (c >= 0x200B && c <= 0x200D)   // zero-width space, non-joiner, joiner
        || c == 0x2028 || c == 0x2029     // line and paragraph separators
        || c == 0x2060 || c == 0xFEFF     // word joiner, BOM
        || (c >= 0xFFF9 && c <= 0xFFFB);  // interlinear annotation controls
}

bool mustBeShownAsCode(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isInvisibleFormatting(c)
        || (c >= 0xD800 && c <= 0xDFFF); // a lone surrogate
}

QString codeOf(char32_t c)
{
    return QLatin1String("<U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'))
        + QLatin1Char('>');
}

QString byteCodeOf(unsigned char b)
{
    return QLatin1String("<0x") + QString::number(uint(b), 16).toUpper().rightJustified(2, QLatin1Char('0'))
        + QLatin1Char('>');
}

constexpr QChar ellipsis{0x2026};

} // namespace

QString displayableServerText(const QString &text, int maxLength)
{
    QString out;
    out.reserve(qMin(text.size(), maxLength) + 8);
    int shown = 0;
    bool cut = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (shown >= maxLength) {
            cut = true;
            break;
        }
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if (mustBeShownAsCode(c))
            out += codeOf(c);
        else
            out += text.mid(i, width);
        i += width - 1;
        ++shown;
    }
    if (cut)
        out += ellipsis;
    return out;
}

QString displayableServerBytes(const QByteArray &bytes, int maxLength)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    if (!decoder.hasError())
        return displayableServerText(decoded, maxLength);

    QString out;
    int shown = 0;
    bool cut = false;
    for (const char byte : bytes) {
        if (shown >= maxLength) {
            cut = true;
            break;
        }
        const auto b = static_cast<unsigned char>(byte);
        if (b >= 0x20 && b < 0x7F)
            out += QLatin1Char(byte);
        else
            out += byteCodeOf(b);
        ++shown;
    }
    if (cut)
        out += ellipsis;
    return out;
}

} // namespace Postaci
