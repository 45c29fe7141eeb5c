#include "quotedtext.h"

#include "smtp/servertext.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

constexpr QChar ellipsis{0x2026};

// Cuts after maxLength characters (code points), never inside a surrogate pair.
QString cut(const QString &text, int maxLength, bool *wasCut)
{
    qsizetype units = 0;
    int characters = 0;
    while (units < text.size() && characters < maxLength) {
        units += (text.at(units).isHighSurrogate() && units + 1 < text.size() && text.at(units + 1).isLowSurrogate()) ? 2 : 1;
        ++characters;
    }
    *wasCut = units < text.size();
    return text.left(units);
}

} // namespace

QString quoteServerText(const QString &text, int maxLength)
{
    bool wasCut = false;
    QString quoted = escapeServerText(cut(text, maxLength, &wasCut));
    if (wasCut)
        quoted += ellipsis;
    return quoted;
}

QString quoteServerBytes(const QByteArray &bytes, int maxLength)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    if (!decoder.hasError())
        return quoteServerText(decoded, maxLength);

    QString out;
    const qsizetype shown = std::min<qsizetype>(bytes.size(), maxLength);
    for (qsizetype i = 0; i < shown; ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        if (b >= 0x20 && b < 0x7F)
            out += QLatin1Char(char(b));
        else
            out += "\\x"_L1 + QString::number(uint(b), 16).toUpper().rightJustified(2, QLatin1Char('0'));
    }
    if (shown < bytes.size())
        out += ellipsis;
    return out;
}

} // namespace Postaci
