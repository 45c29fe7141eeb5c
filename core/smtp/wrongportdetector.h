#pragma once

#include "smtp/peerprotocol.h"
#include "smtp/sessionresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>

namespace Postaci {

// Evidence for a wrong-port diagnosis (docs/smtp-behaviours.md#17, #h8). When the first bytes of
// a connection are not SMTP, or a TLS handshake meets plaintext, SmtpSession has failed anyway;
// before it reports, it looks closer so that the result says what the port really speaks:
//
// - no greeting on a plaintext connection: SmtpSession starts a TLS handshake on the same socket
//   (a server waiting for a ClientHello answers it) and asks tlsCheckVerdict();
// - a failed implicit-TLS handshake: a PlaintextGreetingCheck reads what the server says
//   without TLS on a second connection, and plaintextCheckVerdict() words it.
//
// The words stay in the context of SmtpSession, whose transcript and result carry them.
class WrongPortDetector
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::SmtpSession)
public:
    struct Verdict
    {
        SessionError error = SessionError::None;
        QString detail;
    };

    // Bytes of a handshake failure that mean "the peer did not answer in TLS" (OpenSSL 3 wording).
    static bool looksLikePlaintextPeer(const QString &handshakeError);

    // The first bytes of a plaintext connection name another protocol ("IMAP", "HTTP"...): the
    // error to report, or SessionError::None when they are SMTP or too few to tell.
    static Verdict firstBytesVerdict(PeerProtocol protocol);

    // After a silent plaintext connection: whether the server answered a TLS handshake.
    static Verdict tlsCheckVerdict(bool answeredTls, quint16 port, std::chrono::milliseconds greetingTimeout);

    // After a failed implicit-TLS handshake: what the server sent on a plaintext connection
    // (possibly nothing); `fallback` is the handshake's own failure, kept when the bytes say nothing.
    static Verdict plaintextCheckVerdict(const QByteArray &firstBytes, const Verdict &fallback);

    // "the server speaks IMAP, not SMTP".
    static QString notSmtpDetail(PeerProtocol protocol);
};

// A second, plaintext connection to the same server that reads its first line (or 512 bytes) and
// ends: finished() once, with what arrived, on that line, a close, an error or the time limit.
class PlaintextGreetingCheck : public QObject
{
    Q_OBJECT
public:
    explicit PlaintextGreetingCheck(QObject *parent = nullptr);
    ~PlaintextGreetingCheck() override;

    void start(const QString &host, quint16 port, std::chrono::milliseconds limit);
    void finishNow(); // finished() with what arrived so far (the session's own deadline came first)
    void stop(); // quietly: no finished()

Q_SIGNALS:
    void finished(const QByteArray &firstBytes);

private:
    QTcpSocket m_socket;
    QTimer m_timer;
    QByteArray m_bytes;
    bool m_done = false;
};

} // namespace Postaci
