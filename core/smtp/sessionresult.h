#pragma once

#include "smtpcapabilities.h"
#include "smtpreply.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

#include <optional>

namespace Postaci {

// Where a session is, and where it ended. JSON words in docs/cli.md#json ("resolve" ... "done").
enum class SessionStep { Resolve, Connect, Tls, Greeting, Ehlo, StartTls, Auth, Mail, Rcpt, Data, Quit, Done };

QString sessionStepName(SessionStep step);

// Why a session failed: a stable kind; words come later from diagnosis/. JSON: kebab-case.
enum class SessionError {
    None,
    InvalidInput,          // settings or message rejected before anything was sent (CR/LF/NUL, SMTPUTF8 needed...)
    HostNotFound,          // name resolution failed
    ConnectionRefused,
    ConnectTimeout,
    NetworkError,          // other socket errors (unreachable network...)
    ConnectionClosed,      // the server closed the connection in the middle of a step
    Timeout,               // a step (other than connect) took longer than its limit
    TlsHandshakeFailed,
    CertificateUntrusted,  // chain not trusted (self-signed, unknown CA)
    CertificateHostnameMismatch,
    CertificateExpired,
    CertificatePinMismatch,
    TlsExpectedPlaintextReceived, // implicit TLS chosen, server greeted in plaintext
    PlaintextExpectedTlsReceived, // plaintext/STARTTLS chosen, server spoke TLS at once
    NotSmtp,               // the peer speaks another protocol (IMAP "* OK", POP3 "+OK", HTTP)
    StartTlsNotOffered,
    StartTlsRefused,
    StartTlsInjection,     // bytes arrived after "220 ready to start TLS" before the handshake
    TlsUnavailable,        // no TLS backend: nothing is written after STARTTLS
    AuthNotOffered,
    AuthMechanismUnsupported,
    AuthFailed,            // 535 and other permanent AUTH failures
    AppPasswordRequired,   // 534 5.7.9
    OAuthRequired,         // e.g. Microsoft 5.7.139 basic authentication disabled
    AuthRequired,          // 530 on MAIL
    EncryptionRequired,    // 538
    PlaintextAuthRefused,  // we refused to send a password without TLS
    SenderRejected,
    RecipientRejected,
    RelayDenied,
    MessageRejected,
    MessageTooLarge,
    SmtpUtf8Unsupported,
    ServerBusy,            // 421 or 4xx temporary failure
    ProtocolViolation,     // malformed or out-of-order reply
    Cancelled,
    ConnectionRejected,    // the greeting was 5xx (RFC 5321 §3.1: 554 "no service here", often a block list)
    KeychainFailure,       // before any session: the saved password could not be read (TestSendJob)
};

QString sessionErrorName(SessionError error);

// The warning word for a pinned server that presented a different certificate which verified
// on its own (docs/security.md#pin-changed).
inline constexpr QLatin1StringView CertificateChangedWarning{"certificate-changed"};

struct TlsDetails
{
    QString protocol;       // "TLSv1.3"
    QString cipher;         // "TLS_AES_256_GCM_SHA384"
    QList<QSslCertificate> peerChain;
    QByteArray peerSha256;  // raw digest of the leaf certificate
    QString peerSubject;
    QStringList peerSans;   // DNS and IP subject alternative names
    QList<QSslError> verificationErrors;
    bool acceptedByPin = false; // the errors above were accepted because the leaf is pinned

    bool isEmpty() const { return protocol.isEmpty() && peerChain.isEmpty(); }
};

// One line of the conversation, as shown to the user. Secrets are already redacted.
struct TranscriptLine
{
    enum class Direction { Client, Server, Info };
    Direction direction = Direction::Info;
    qint64 msSinceStart = 0;
    QString text;
};

struct SessionResult
{
    bool ok = false;
    SessionStep step = SessionStep::Resolve; // where it ended (Done on success)
    SessionError error = SessionError::None;
    QString errorDetail;                      // detail in words, translated (tr, Qt's socket errors)
    std::optional<SmtpReply> lastReply;
    TlsDetails tls;
    // What the last EHLO announced, with its parameters (SIZE's limit, AUTH's mechanisms), so
    // that nothing after the session has to parse EHLO lines again. JSON: the keywords only.
    SmtpCapabilities capabilities;
    SmtpCapabilities capabilitiesBeforeTls;   // before STARTTLS (only informative: never acted on)
    QStringList extensionsUsed;               // what the transaction used: PIPELINING, CHUNKING, SIZE, 8BITMIME, SMTPUTF8
    QString peerAddress;                      // the address actually connected to ("127.0.0.1:587")
    QString authMechanism;                    // "PLAIN", "LOGIN"... empty when no AUTH ran
    QString queueId;
    QList<QPair<SessionStep, qint64>> timingsMs; // in the order the steps ran
    int roundTrips = 0;                       // times the client waited for the server
    QByteArray firstBytes;                    // what arrived first (for not-smtp / wrong-port evidence), capped
    QList<TranscriptLine> transcript;
    // What did not stop the session but must be known, as stable words (docs/cli.md#json):
    // CertificateChangedWarning when a pinned server showed another, otherwise valid certificate.
    QStringList warnings;

    QJsonObject toJson() const; // the docs/cli.md#json fields except "diagnosis"
};

} // namespace Postaci
