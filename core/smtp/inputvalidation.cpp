#include "inputvalidation.h"

#include "smtp/settingsinput.h"

#include <QCoreApplication>

namespace Postaci {

namespace {

// These reasons become SessionResult::errorDetail, shown as the session's details.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::SmtpSession)
};

bool hasLineBreakOrNul(const QString &value)
{
    for (const QChar c : value) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c == QChar(0))
            return true;
    }
    return false;
}

// The problems of one envelope address; each a whole sentence, so that a translation can word
// the field its own way.
enum class AddressProblem { None, Control, SpaceOrBracket, TooLong };

AddressProblem addressProblem(const QString &address)
{
    for (const QChar c : address) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return AddressProblem::Control;
        if (c.isSpace() || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return AddressProblem::SpaceOrBracket;
    }
    if (address.size() > 320)
        return AddressProblem::TooLong;
    return AddressProblem::None;
}

QString senderProblemText(AddressProblem problem)
{
    switch (problem) {
    case AddressProblem::Control: return Text::tr("the sender address contains a control character");
    case AddressProblem::SpaceOrBracket: return Text::tr("the sender address contains a space or angle bracket");
    case AddressProblem::TooLong: return Text::tr("the sender address is longer than 320 characters");
    case AddressProblem::None: break;
    }
    return {};
}

QString recipientProblemText(AddressProblem problem)
{
    switch (problem) {
    case AddressProblem::Control: return Text::tr("a recipient address contains a control character");
    case AddressProblem::SpaceOrBracket: return Text::tr("a recipient address contains a space or angle bracket");
    case AddressProblem::TooLong: return Text::tr("a recipient address is longer than 320 characters");
    case AddressProblem::None: break;
    }
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
        return Text::tr("host is empty");
    if (hasLineBreakOrNul(settings.host) || settings.host.contains(QLatin1Char(' ')))
        return Text::tr("host contains a space, CR, LF or NUL");
    if (settings.port == 0)
        return Text::tr("port is 0");
    // Every control character, not only CR/LF/NUL: a ^A splits XOAUTH2's fields
    // (docs/security.md#injection).
    if (SettingsInput::hasControlCharacter(settings.user))
        return Text::tr("user name contains a control character");
    if (hasLineBreakOrNul(settings.secret))
        return Text::tr("password contains CR, LF or NUL");
    for (const QChar c : settings.ehloName) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7F)
            return Text::tr("EHLO name contains a space or control character");
    }
    for (const QByteArray &pin : settings.pinnedSha256) {
        if (pin.size() != 32)
            return Text::tr("a pinned fingerprint is not a SHA-256 digest");
    }
    const bool explicitMechanism = settings.auth != AuthMethod::Auto && settings.auth != AuthMethod::None;
    if (explicitMechanism && !settings.hasCredentials())
        return Text::tr("authentication %1 requested without credentials").arg(authMethodName(settings.auth));
    if (isTokenMethod(settings.auth) && settings.secret.isEmpty())
        return Text::tr("XOAUTH2 needs a token");
    using namespace std::chrono_literals;
    const SessionTimeouts &t = settings.timeouts;
    for (const auto timeout : {t.connect, t.tlsHandshake, t.greeting, t.command, t.dataEnd, t.total}) {
        if (timeout <= 0ms)
            return Text::tr("a timeout is not positive");
    }
    return {};
}

QString invalidMessageReason(const OutgoingMessage &message)
{
    if (message.recipients.isEmpty())
        return Text::tr("no recipient");
    if (const AddressProblem problem = addressProblem(message.envelopeFrom); problem != AddressProblem::None)
        return senderProblemText(problem);
    for (const QString &recipient : message.recipients) {
        if (recipient.isEmpty())
            return Text::tr("empty recipient address");
        if (const AddressProblem problem = addressProblem(recipient); problem != AddressProblem::None)
            return recipientProblemText(problem);
    }
    if (message.data.isEmpty())
        return Text::tr("message is empty");
    if (message.data.contains('\0') || message.data8bit.contains('\0'))
        return Text::tr("message contains NUL");
    if (hasOverlongLine(message.data) || hasOverlongLine(message.data8bit))
        return Text::tr("a message line is longer than 998 octets");
    return {};
}

} // namespace Postaci
