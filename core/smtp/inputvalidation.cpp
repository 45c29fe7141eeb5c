#include "inputvalidation.h"

namespace Postaci {

namespace {

bool hasLineBreakOrNul(const QString &value)
{
    for (const QChar c : value) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c == QChar(0))
            return true;
    }
    return false;
}

QString invalidAddressReason(const QString &address, const QString &what)
{
    for (const QChar c : address) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return QStringLiteral("%1 contains a control character").arg(what);
        if (c.isSpace() || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return QStringLiteral("%1 contains a space or angle bracket").arg(what);
    }
    if (address.size() > 320)
        return QStringLiteral("%1 is longer than 320 characters").arg(what);
    return {};
}

// RFC 5321 §4.5.3.1.6: at most 998 octets before CRLF.
bool hasOverlongLine(const QByteArray &data)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= data.size(); ++i) {
        if (i == data.size() || data.at(i) == '\n' || data.at(i) == '\r') {
            if (i - lineStart > 998)
                return true;
            lineStart = i + 1;
        }
    }
    return false;
}

} // namespace

bool isNonAsciiAddress(const QString &address)
{
    for (const QChar c : address) {
        if (c.unicode() > 0x7F)
            return true;
    }
    return false;
}

QString invalidSettingsReason(const SessionSettings &settings)
{
    if (settings.host.trimmed().isEmpty())
        return QStringLiteral("host is empty");
    if (hasLineBreakOrNul(settings.host) || settings.host.contains(QLatin1Char(' ')))
        return QStringLiteral("host contains a space, CR, LF or NUL");
    if (settings.port == 0)
        return QStringLiteral("port is 0");
    if (hasLineBreakOrNul(settings.user))
        return QStringLiteral("user name contains CR, LF or NUL");
    if (hasLineBreakOrNul(settings.secret))
        return QStringLiteral("password contains CR, LF or NUL");
    for (const QChar c : settings.ehloName) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7F)
            return QStringLiteral("EHLO name contains a space or control character");
    }
    for (const QByteArray &pin : settings.pinnedSha256) {
        if (pin.size() != 32)
            return QStringLiteral("a pinned fingerprint is not a SHA-256 digest");
    }
    const bool explicitMechanism = settings.auth != AuthMethod::Auto && settings.auth != AuthMethod::None;
    if (explicitMechanism && !settings.hasCredentials())
        return QStringLiteral("authentication %1 requested without credentials").arg(authMethodName(settings.auth));
    if (settings.auth == AuthMethod::XOAuth2 && settings.secret.isEmpty())
        return QStringLiteral("XOAUTH2 needs a token");
    using namespace std::chrono_literals;
    const SessionTimeouts &t = settings.timeouts;
    for (const auto timeout : {t.connect, t.tlsHandshake, t.greeting, t.command, t.dataEnd, t.total}) {
        if (timeout <= 0ms)
            return QStringLiteral("a timeout is not positive");
    }
    return {};
}

QString invalidMessageReason(const OutgoingMessage &message)
{
    if (message.recipients.isEmpty())
        return QStringLiteral("no recipient");
    QString reason = invalidAddressReason(message.envelopeFrom, QStringLiteral("sender address"));
    if (!reason.isEmpty())
        return reason;
    for (const QString &recipient : message.recipients) {
        if (recipient.isEmpty())
            return QStringLiteral("empty recipient address");
        reason = invalidAddressReason(recipient, QStringLiteral("recipient address"));
        if (!reason.isEmpty())
            return reason;
    }
    if (message.data.isEmpty())
        return QStringLiteral("message is empty");
    if (message.data.contains('\0') || message.data8bit.contains('\0'))
        return QStringLiteral("message contains NUL");
    if (hasOverlongLine(message.data) || hasOverlongLine(message.data8bit))
        return QStringLiteral("a message line is longer than 998 octets");
    return {};
}

} // namespace Postaci
