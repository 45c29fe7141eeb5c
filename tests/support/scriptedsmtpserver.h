#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <memory>

namespace Postaci::Test {

// An in-process SMTP server that plays a script, for the conversations a real server cannot be
// made to have (hostile replies, injected bytes, silence, closing mid-step). It listens on
// 127.0.0.1, port 0, and plays the same script on every connection it accepts. It records every
// byte the client sends, before and after TLS separately, so a test can check that no credential
// ever reached the wire.
//
// Script lines (ksmtp's format, extended):
//   S: text        send "text\r\n"; consecutive S: and RAW: lines leave in one write (one packet)
//   C: regex       wait for one client line matching the regex at its start; a mismatch is
//                  recorded in failures() and ends the script (the connection is closed).
//                  A matched "BDAT <n> ..." line also consumes the n octets of its chunk.
//   BODY           read a DATA body up to and including CRLF.CRLF (see messageData())
//   TLS            start server-side TLS with the configured certificate, wait until encrypted
//   X              close the connection (after pending bytes are written)
//   ABORT          reset the connection at once
//   WAIT ms        pause
//   RAW: hex       send raw bytes given in hex ("16030100")
//   TRICKLE: text  send "text\r\n" one byte every trickleInterval()
//   FLUSH          separate two groups of S: lines into two writes
// When the script ends the connection stays open and silent; later client bytes are recorded.
class ScriptedSmtpServer : public QObject
{
    Q_OBJECT
public:
    struct ClientLine
    {
        QByteArray line; // without CRLF
        int connection = 0;
        int chunk = 0; // index of the read that brought the end of the line (per server)
        bool encrypted = false;
        int serverWritesBefore = 0; // server writes on this connection before that read arrived
    };

    explicit ScriptedSmtpServer(QObject *parent = nullptr);
    ~ScriptedSmtpServer() override;

    void setScript(const QStringList &lines);
    void setCertificate(const QSslCertificate &certificate, const QSslKey &key,
                        const QList<QSslCertificate> &chain = {});
    void setTrickleInterval(int ms);
    int trickleInterval() const;

    bool listen();
    quint16 port() const;
    QString errorString() const;

    int connectionCount() const;
    bool scriptCompleted() const; // the first connection played every step
    QStringList failures() const; // script mismatches, TLS failures
    QList<ClientLine> clientLines() const;
    QByteArray plaintextReceived() const; // every byte received before TLS, all connections
    QByteArray tlsReceived() const; // every decrypted byte received after TLS
    QList<QByteArray> clientChunks() const; // every read as it arrived (decrypted after TLS)
    QByteArray bytesBeforeHandshake() const; // unread bytes when TLS started (must be none)
    bool tlsEstablished() const;
    bool clientClosed() const; // the client closed the first connection
    QByteArray messageData() const; // the DATA body (dot-stuffed, with CRLF.CRLF) or BDAT chunks
    int firstClientChunkServerWrites() const; // writes made before the client's first byte (-1: none)

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Postaci::Test
