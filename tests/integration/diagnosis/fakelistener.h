#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace Postaci::Test {

// A loopback TCP listener that plays a small fixed part, for the diagnosis scenarios that need
// a peer which is not a well-behaved SMTP server: a silent port, an IMAP or HTTP server, a TLS
// server that refuses every handshake, an SMTP server that answers a command with a chosen
// reply or hangs up. Each connection is served independently (a remedy probe may connect too).
class FakeListener : public QObject
{
    Q_OBJECT
public:
    struct Rule
    {
        QByteArray linePrefix; // matched case-insensitively against each line the client sends
        QByteArray reply;      // sent back (CRLF included by the caller); may be empty
        bool close = false;    // hang up after the reply
    };

    struct Behaviour
    {
        QByteArray onConnect;   // sent at once (a greeting or banner); empty: a silent server
        QByteArray onIdle;      // sent when the client said nothing for idleMs (Apache's 408)
        int idleMs = 0;
        QByteArray onAnyInput;  // sent once for the first bytes the client sends (raw, not lines)
        bool closeAfterAnyInput = false;
        QList<Rule> rules;      // line-by-line replies after the first bytes (SMTP commands)
    };

    explicit FakeListener(const Behaviour &behaviour, QObject *parent = nullptr);

    bool listen();              // on 127.0.0.1, a port the OS picks
    quint16 port() const { return m_server.serverPort(); }
    int connectionCount() const { return m_connections; }
    QByteArray received() const { return m_received; } // everything every client sent, in order

private:
    void accept();
    void serve(QTcpSocket *socket);

    Behaviour m_behaviour;
    QTcpServer m_server;
    int m_connections = 0;
    QByteArray m_received;
};

} // namespace Postaci::Test
