#include "sessionresult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Postaci {

QString sessionStepName(SessionStep step)
{
    switch (step) {
    case SessionStep::Resolve: return u"resolve"_s;
    case SessionStep::Connect: return u"connect"_s;
    case SessionStep::Tls: return u"tls"_s;
    case SessionStep::Greeting: return u"greeting"_s;
    case SessionStep::Ehlo: return u"ehlo"_s;
    case SessionStep::StartTls: return u"starttls"_s;
    case SessionStep::Auth: return u"auth"_s;
    case SessionStep::Mail: return u"mail"_s;
    case SessionStep::Rcpt: return u"rcpt"_s;
    case SessionStep::Data: return u"data"_s;
    case SessionStep::Quit: return u"quit"_s;
    case SessionStep::Done: return u"done"_s;
    }
    return {};
}

QString sessionErrorName(SessionError error)
{
    switch (error) {
    case SessionError::None: return {};
    case SessionError::InvalidInput: return u"invalid-input"_s;
    case SessionError::HostNotFound: return u"host-not-found"_s;
    case SessionError::ConnectionRefused: return u"connection-refused"_s;
    case SessionError::ConnectTimeout: return u"connect-timeout"_s;
    case SessionError::NetworkError: return u"network-error"_s;
    case SessionError::ConnectionClosed: return u"connection-closed"_s;
    case SessionError::Timeout: return u"timeout"_s;
    case SessionError::TlsHandshakeFailed: return u"tls-handshake-failed"_s;
    case SessionError::CertificateUntrusted: return u"certificate-untrusted"_s;
    case SessionError::CertificateHostnameMismatch: return u"certificate-hostname-mismatch"_s;
    case SessionError::CertificateExpired: return u"certificate-expired"_s;
    case SessionError::CertificatePinMismatch: return u"certificate-pin-mismatch"_s;
    case SessionError::TlsExpectedPlaintextReceived: return u"tls-expected-plaintext-received"_s;
    case SessionError::PlaintextExpectedTlsReceived: return u"plaintext-expected-tls-received"_s;
    case SessionError::NotSmtp: return u"not-smtp"_s;
    case SessionError::StartTlsNotOffered: return u"starttls-not-offered"_s;
    case SessionError::StartTlsRefused: return u"starttls-refused"_s;
    case SessionError::StartTlsInjection: return u"starttls-injection"_s;
    case SessionError::TlsUnavailable: return u"tls-unavailable"_s;
    case SessionError::AuthNotOffered: return u"auth-not-offered"_s;
    case SessionError::AuthMechanismUnsupported: return u"auth-mechanism-unsupported"_s;
    case SessionError::AuthFailed: return u"auth-failed"_s;
    case SessionError::AppPasswordRequired: return u"app-password-required"_s;
    case SessionError::OAuthRequired: return u"oauth-required"_s;
    case SessionError::AuthRequired: return u"auth-required"_s;
    case SessionError::EncryptionRequired: return u"encryption-required"_s;
    case SessionError::PlaintextAuthRefused: return u"plaintext-auth-refused"_s;
    case SessionError::SenderRejected: return u"sender-rejected"_s;
    case SessionError::RecipientRejected: return u"recipient-rejected"_s;
    case SessionError::RelayDenied: return u"relay-denied"_s;
    case SessionError::MessageRejected: return u"message-rejected"_s;
    case SessionError::MessageTooLarge: return u"message-too-large"_s;
    case SessionError::SmtpUtf8Unsupported: return u"smtputf8-unsupported"_s;
    case SessionError::ServerBusy: return u"server-busy"_s;
    case SessionError::ProtocolViolation: return u"protocol-violation"_s;
    case SessionError::Cancelled: return u"cancelled"_s;
    case SessionError::ConnectionRejected: return u"connection-rejected"_s;
    case SessionError::KeychainFailure: return u"keychain-failure"_s;
    }
    return {};
}

QJsonObject SessionResult::toJson() const
{
    QJsonObject json;
    json.insert(u"ok"_s, ok);
    json.insert(u"step"_s, sessionStepName(step));
    if (error != SessionError::None)
        json.insert(u"error"_s, sessionErrorName(error));
    if (!errorDetail.isEmpty())
        json.insert(u"errorDetail"_s, errorDetail);
    if (lastReply) {
        QJsonObject reply;
        reply.insert(u"code"_s, lastReply->code);
        if (!lastReply->enhanced.isEmpty())
            reply.insert(u"enhanced"_s, lastReply->enhanced);
        reply.insert(u"text"_s, lastReply->text());
        json.insert(u"reply"_s, reply);
    }
    if (!warnings.isEmpty())
        json.insert(u"warnings"_s, QJsonArray::fromStringList(warnings));
    if (!tls.isEmpty()) {
        QJsonObject tlsJson;
        tlsJson.insert(u"protocol"_s, tls.protocol);
        tlsJson.insert(u"cipher"_s, tls.cipher);
        tlsJson.insert(u"peerSha256"_s, QString::fromLatin1(tls.peerSha256.toHex()));
        tlsJson.insert(u"peerSubject"_s, tls.peerSubject);
        tlsJson.insert(u"peerSans"_s, QJsonArray::fromStringList(tls.peerSans));
        if (!tls.verificationErrors.isEmpty()) {
            QStringList errors;
            for (const QSslError &sslError : tls.verificationErrors)
                errors.append(sslError.errorString());
            tlsJson.insert(u"verificationErrors"_s, QJsonArray::fromStringList(errors));
            tlsJson.insert(u"acceptedByPin"_s, tls.acceptedByPin);
        }
        json.insert(u"tls"_s, tlsJson);
    }
    json.insert(u"capabilities"_s, QJsonArray::fromStringList(capabilities.keywords()));
    if (!authMechanism.isEmpty())
        json.insert(u"authMechanism"_s, authMechanism);
    if (!queueId.isEmpty())
        json.insert(u"queueId"_s, queueId);
    QJsonObject timings;
    // A step can run twice (EHLO before and after STARTTLS): its time is the sum.
    for (const auto &[timedStep, ms] : timingsMs) {
        const QString name = sessionStepName(timedStep);
        timings.insert(name, timings.value(name).toInteger() + ms);
    }
    json.insert(u"timingsMs"_s, timings);
    json.insert(u"roundTrips"_s, roundTrips);
    return json;
}

} // namespace Postaci
