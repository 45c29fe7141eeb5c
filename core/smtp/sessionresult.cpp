#include "sessionresult.h"

#include <QJsonArray>

namespace Postaci {

QString sessionStepName(SessionStep step)
{
    switch (step) {
    case SessionStep::Resolve: return QStringLiteral("resolve");
    case SessionStep::Connect: return QStringLiteral("connect");
    case SessionStep::Tls: return QStringLiteral("tls");
    case SessionStep::Greeting: return QStringLiteral("greeting");
    case SessionStep::Ehlo: return QStringLiteral("ehlo");
    case SessionStep::StartTls: return QStringLiteral("starttls");
    case SessionStep::Auth: return QStringLiteral("auth");
    case SessionStep::Mail: return QStringLiteral("mail");
    case SessionStep::Rcpt: return QStringLiteral("rcpt");
    case SessionStep::Data: return QStringLiteral("data");
    case SessionStep::Quit: return QStringLiteral("quit");
    case SessionStep::Done: return QStringLiteral("done");
    }
    return {};
}

QString sessionErrorName(SessionError error)
{
    switch (error) {
    case SessionError::None: return {};
    case SessionError::InvalidInput: return QStringLiteral("invalid-input");
    case SessionError::HostNotFound: return QStringLiteral("host-not-found");
    case SessionError::ConnectionRefused: return QStringLiteral("connection-refused");
    case SessionError::ConnectTimeout: return QStringLiteral("connect-timeout");
    case SessionError::NetworkError: return QStringLiteral("network-error");
    case SessionError::ConnectionClosed: return QStringLiteral("connection-closed");
    case SessionError::Timeout: return QStringLiteral("timeout");
    case SessionError::TlsHandshakeFailed: return QStringLiteral("tls-handshake-failed");
    case SessionError::CertificateUntrusted: return QStringLiteral("certificate-untrusted");
    case SessionError::CertificateHostnameMismatch: return QStringLiteral("certificate-hostname-mismatch");
    case SessionError::CertificateExpired: return QStringLiteral("certificate-expired");
    case SessionError::CertificatePinMismatch: return QStringLiteral("certificate-pin-mismatch");
    case SessionError::TlsExpectedPlaintextReceived: return QStringLiteral("tls-expected-plaintext-received");
    case SessionError::PlaintextExpectedTlsReceived: return QStringLiteral("plaintext-expected-tls-received");
    case SessionError::NotSmtp: return QStringLiteral("not-smtp");
    case SessionError::StartTlsNotOffered: return QStringLiteral("starttls-not-offered");
    case SessionError::StartTlsRefused: return QStringLiteral("starttls-refused");
    case SessionError::StartTlsInjection: return QStringLiteral("starttls-injection");
    case SessionError::TlsUnavailable: return QStringLiteral("tls-unavailable");
    case SessionError::AuthNotOffered: return QStringLiteral("auth-not-offered");
    case SessionError::AuthMechanismUnsupported: return QStringLiteral("auth-mechanism-unsupported");
    case SessionError::AuthFailed: return QStringLiteral("auth-failed");
    case SessionError::AppPasswordRequired: return QStringLiteral("app-password-required");
    case SessionError::OAuthRequired: return QStringLiteral("oauth-required");
    case SessionError::AuthRequired: return QStringLiteral("auth-required");
    case SessionError::EncryptionRequired: return QStringLiteral("encryption-required");
    case SessionError::PlaintextAuthRefused: return QStringLiteral("plaintext-auth-refused");
    case SessionError::SenderRejected: return QStringLiteral("sender-rejected");
    case SessionError::RecipientRejected: return QStringLiteral("recipient-rejected");
    case SessionError::RelayDenied: return QStringLiteral("relay-denied");
    case SessionError::MessageRejected: return QStringLiteral("message-rejected");
    case SessionError::MessageTooLarge: return QStringLiteral("message-too-large");
    case SessionError::SmtpUtf8Unsupported: return QStringLiteral("smtputf8-unsupported");
    case SessionError::ServerBusy: return QStringLiteral("server-busy");
    case SessionError::ProtocolViolation: return QStringLiteral("protocol-violation");
    case SessionError::Cancelled: return QStringLiteral("cancelled");
    case SessionError::ConnectionRejected: return QStringLiteral("connection-rejected");
    case SessionError::KeychainFailure: return QStringLiteral("keychain-failure");
    }
    return {};
}

QJsonObject SessionResult::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("ok"), ok);
    json.insert(QStringLiteral("step"), sessionStepName(step));
    if (error != SessionError::None)
        json.insert(QStringLiteral("error"), sessionErrorName(error));
    if (!errorDetail.isEmpty())
        json.insert(QStringLiteral("errorDetail"), errorDetail);
    if (lastReply) {
        QJsonObject reply;
        reply.insert(QStringLiteral("code"), lastReply->code);
        if (!lastReply->enhanced.isEmpty())
            reply.insert(QStringLiteral("enhanced"), lastReply->enhanced);
        reply.insert(QStringLiteral("text"), lastReply->text());
        json.insert(QStringLiteral("reply"), reply);
    }
    if (!tls.isEmpty()) {
        QJsonObject tlsJson;
        tlsJson.insert(QStringLiteral("protocol"), tls.protocol);
        tlsJson.insert(QStringLiteral("cipher"), tls.cipher);
        tlsJson.insert(QStringLiteral("peerSha256"), QString::fromLatin1(tls.peerSha256.toHex()));
        tlsJson.insert(QStringLiteral("peerSubject"), tls.peerSubject);
        tlsJson.insert(QStringLiteral("peerSans"), QJsonArray::fromStringList(tls.peerSans));
        if (!tls.verificationErrors.isEmpty()) {
            QStringList errors;
            for (const QSslError &sslError : tls.verificationErrors)
                errors.append(sslError.errorString());
            tlsJson.insert(QStringLiteral("verificationErrors"), QJsonArray::fromStringList(errors));
            tlsJson.insert(QStringLiteral("acceptedByPin"), tls.acceptedByPin);
        }
        json.insert(QStringLiteral("tls"), tlsJson);
    }
    json.insert(QStringLiteral("capabilities"), QJsonArray::fromStringList(capabilities.keywords()));
    if (!authMechanism.isEmpty())
        json.insert(QStringLiteral("authMechanism"), authMechanism);
    if (!queueId.isEmpty())
        json.insert(QStringLiteral("queueId"), queueId);
    QJsonObject timings;
    // A step can run twice (EHLO before and after STARTTLS): its time is the sum.
    for (const auto &[timedStep, ms] : timingsMs) {
        const QString name = sessionStepName(timedStep);
        timings.insert(name, timings.value(name).toInteger() + ms);
    }
    json.insert(QStringLiteral("timingsMs"), timings);
    json.insert(QStringLiteral("roundTrips"), roundTrips);
    return json;
}

} // namespace Postaci
