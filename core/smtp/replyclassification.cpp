#include "replyclassification.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

bool textContains(const SmtpReply &reply, QLatin1String word)
{
    return reply.lines.join(QLatin1Char(' ')).contains(word, Qt::CaseInsensitive);
}

// RFC 3463: 5.3.4 "message too big for system", 5.2.3 "message length exceeds administrative limit".
bool isTooLarge(const SmtpReply &reply)
{
    return reply.code == 552 || reply.enhanced == "5.3.4"_L1 || reply.enhanced == "5.2.3"_L1;
}

// A refusal MAIL, RCPT and DATA share: a temporary one (4yz, RFC 5321 §4.2.1) and
// "530 authentication required" (RFC 4954 §6) before any transaction. None: a refusal of the
// command's own kind.
std::optional<SessionError> transactionRefusal(const SmtpReply &reply)
{
    if (reply.isTransientNegative())
        return SessionError::ServerBusy;
    if (reply.code == 530)
        return SessionError::AuthRequired;
    return std::nullopt;
}

} // namespace

SessionError classifyGreetingReply(const SmtpReply &reply)
{
    // docs/smtp-behaviours.md#4: read by the first digit (220 is the only code in use).
    if (reply.isPositiveCompletion())
        return SessionError::None;
    if (reply.isTransientNegative())
        return SessionError::ServerBusy;
    // RFC 5321 §3.1: 554 instead of 220 means "no SMTP service here" for this client (often a
    // block list).
    if (reply.isPermanentNegative())
        return SessionError::ConnectionRejected;
    return SessionError::ProtocolViolation;
}

SessionError classifyAuthReply(const SmtpReply &reply)
{
    if (reply.isPositiveCompletion()) // 235
        return SessionError::None;
    // Microsoft 365: "535 5.7.139 Authentication unsuccessful, basic authentication is disabled".
    if (reply.enhanced == "5.7.139"_L1
        || textContains(reply, "basic authentication is disabled"_L1))
        return SessionError::OAuthRequired;
    switch (reply.code) {
    case 534:
        return SessionError::AppPasswordRequired; // 5.7.9: app password / stronger mechanism
    case 538:
        return SessionError::EncryptionRequired; // 5.7.11
    case 504:
        return SessionError::AuthMechanismUnsupported;
    case 530:
        // "530 5.7.0 Must issue a STARTTLS command first" answers AUTH on a plaintext channel.
        if (reply.enhanced == "5.7.11"_L1 || textContains(reply, "STARTTLS"_L1))
            return SessionError::EncryptionRequired;
        return SessionError::AuthRequired;
    default:
        break;
    }
    if (reply.isTransientNegative())
        return SessionError::ServerBusy; // 454 4.7.0 temporary authentication failure
    return SessionError::AuthFailed; // 535 5.7.8 and other permanent failures
}

SessionError classifyMailReply(const SmtpReply &reply)
{
    if (reply.isPositiveCompletion())
        return SessionError::None;
    if (const auto refusal = transactionRefusal(reply))
        return *refusal;
    if (isTooLarge(reply))
        return SessionError::MessageTooLarge;
    return SessionError::SenderRejected;
}

SessionError classifyRcptReply(const SmtpReply &reply)
{
    if (reply.isPositiveCompletion())
        return SessionError::None;
    if (const auto refusal = transactionRefusal(reply))
        return *refusal;
    // "554 5.7.1 Relay access denied" (Postfix), "550 relay not permitted" (Exim).
    if (reply.enhanced == "5.7.1"_L1 || textContains(reply, "relay"_L1))
        return SessionError::RelayDenied;
    return SessionError::RecipientRejected;
}

SessionError classifyDataReply(const SmtpReply &reply)
{
    if (reply.isPositive())
        return SessionError::None;
    if (const auto refusal = transactionRefusal(reply))
        return *refusal;
    if (isTooLarge(reply))
        return SessionError::MessageTooLarge;
    return SessionError::MessageRejected;
}

} // namespace Postaci
