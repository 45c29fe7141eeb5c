#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Postaci {

// What a session's transcript may show of a line (docs/security.md#redaction): text from the
// server escaped (escapeServerText, servertext.h), and the password or token replaced wherever it
// appears, as it is or base64-encoded — a server may echo it back, and the client's own AUTH lines
// are queued already redacted. The words stay in SmtpSession's translation context.
class TranscriptRedactor
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::SmtpSession)
public:
    explicit TranscriptRedactor(const QString &secret);

    QString shown(const QString &text) const;
    // The same replacement without the escaping: for server text the result keeps raw
    // (SessionResult::lastReply, errorDetail, firstBytes), which is escaped where it is shown
    // (docs/security.md#outside-text) but must never hold the secret (docs/security.md#redaction).
    QString hidden(const QString &text) const;
    QByteArray hidden(const QByteArray &bytes) const;
    // Stands in for a password or token, which is never shown or kept: "<redacted>".
    static QString redacted();

private:
    QString m_secret;
    QString m_secretBase64;
};

} // namespace Postaci
