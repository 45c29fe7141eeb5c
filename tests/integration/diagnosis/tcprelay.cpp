#include "tcprelay.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace Postaci::Test {

TcpRelay::TcpRelay(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpRelay::accept);
}

bool TcpRelay::listen(quint16 port, const QHostAddress &address)
{
    return m_server.listen(address, port);
}

void TcpRelay::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        auto *target = new QTcpSocket(client);
        // Bytes from the client wait in its buffer until the target is connected.
        auto pump = [](QTcpSocket *from, QTcpSocket *to) {
            if (to->state() == QAbstractSocket::ConnectedState)
                to->write(from->readAll());
        };
        connect(target, &QTcpSocket::connected, client, [client, target, pump] { pump(client, target); });
        connect(client, &QTcpSocket::readyRead, client, [client, target, pump] { pump(client, target); });
        connect(target, &QTcpSocket::readyRead, client, [client, target, pump] { pump(target, client); });
        connect(target, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(target, &QTcpSocket::errorOccurred, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, [client, target] {
            target->disconnectFromHost();
            client->deleteLater();
        });
        target->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

} // namespace Postaci::Test
