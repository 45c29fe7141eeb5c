#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

#include <memory>

class QSslSocket;

namespace Postaci::Test {

// One SMTP reply as read off the wire (RFC 5321 section 4.2): a code and its text lines.
struct RawSmtpReply
{
    int code = 0;      // 0 when no complete reply arrived (see RawSmtpClient::errorString())
    QStringList lines; // text after "NNN-" / "NNN ", one entry per line
    QByteArray raw;    // the reply exactly as received, CRLFs included
    bool isValid() const { return code > 0; }
    QString text() const { return lines.join(QLatin1Char('\n')); }
};

// A deliberately dumb SMTP client for tests that check the *servers* (harness tests, or a test
// that needs to drop a message into a server by hand). It blocks, with every wait bounded.
// TLS trusts only the test CA (TestCertificates) and never ignores an error.
class RawSmtpClient
{
public:
    enum class Security { Plain, ImplicitTls };

    RawSmtpClient();
    ~RawSmtpClient();
    RawSmtpClient(const RawSmtpClient &) = delete;
    RawSmtpClient &operator=(const RawSmtpClient &) = delete;

    // Connects (and for ImplicitTls completes the handshake, verifying `verifyName`, by default
    // the host). Does not read the greeting: call readReply().
    bool connectToHost(const QString &host, quint16 port, Security security, const QString &verifyName = {});
    RawSmtpReply readReply(int timeoutMs = 10000);
    // Sends `line` + CRLF and reads one reply.
    RawSmtpReply command(const QByteArray &line, int timeoutMs = 10000);
    bool send(const QByteArray &bytes, int timeoutMs = 10000);
    // Upgrades the connection after "STARTTLS" got its 220.
    bool startTls(const QString &verifyName, int timeoutMs = 10000);
    void disconnect();

    bool isEncrypted() const;
    QString errorString() const;
    QList<QSslError> sslErrors() const;
    QSslSocket &socket();

    // "AUTH PLAIN <base64(\0user\0password)>" (RFC 4616).
    static QByteArray authPlainCommand(const QString &user, const QString &password);

private:
    std::unique_ptr<QSslSocket> m_socket;
    QByteArray m_buffer;
    QString m_error;
    QList<QSslError> m_sslErrors;
};

} // namespace Postaci::Test
