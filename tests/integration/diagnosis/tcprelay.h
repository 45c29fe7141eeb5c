#pragma once

#include <QObject>
#include <QHostAddress>
#include <QTcpServer>

namespace Postaci::Test {

// Forwards connections from a fixed port on 127.0.0.1 to another port there, byte for byte, so
// that a test server the harness starts on a port of its own also answers on a well-known port
// (465, 587) inside a private network namespace where the test may bind those.
class TcpRelay : public QObject
{
    Q_OBJECT
public:
    TcpRelay(quint16 targetPort, QObject *parent = nullptr);
    bool listen(quint16 port, const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    QString errorString() const { return m_server.errorString(); }

private:
    void accept();

    quint16 m_targetPort;
    QTcpServer m_server;
};

} // namespace Postaci::Test
