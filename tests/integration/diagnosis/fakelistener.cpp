#include "fakelistener.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Postaci::Test {

FakeListener::FakeListener(const Behaviour &behaviour, QObject *parent)
    : QObject(parent)
    , m_behaviour(behaviour)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeListener::accept);
}

bool FakeListener::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FakeListener::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        serve(socket);
    }
}

void FakeListener::serve(QTcpSocket *socket)
{
    if (!m_behaviour.onConnect.isEmpty())
        socket->write(m_behaviour.onConnect);

    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    if (!m_behaviour.onIdle.isEmpty() && m_behaviour.idleMs > 0) {
        connect(idle, &QTimer::timeout, socket, [this, socket] {
            socket->write(m_behaviour.onIdle);
            socket->disconnectFromHost();
        });
        idle->start(m_behaviour.idleMs);
    }

    auto firstInput = std::make_shared<bool>(true);
    auto lineBuffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, idle, firstInput, lineBuffer] {
        const QByteArray data = socket->readAll();
        m_received += data;
        idle->stop();
        if (*firstInput) {
            *firstInput = false;
            if (!m_behaviour.onAnyInput.isEmpty() || m_behaviour.closeAfterAnyInput) {
                socket->write(m_behaviour.onAnyInput);
                if (m_behaviour.closeAfterAnyInput) {
                    socket->disconnectFromHost();
                    return;
                }
                return;
            }
        }
        lineBuffer->append(data);
        qsizetype end;
        while ((end = lineBuffer->indexOf('\n')) >= 0) {
            const QByteArray line = lineBuffer->left(end + 1).trimmed();
            lineBuffer->remove(0, end + 1);
            for (const Rule &rule : std::as_const(m_behaviour.rules)) {
                if (!line.toUpper().startsWith(rule.linePrefix.toUpper()))
                    continue;
                socket->write(rule.reply);
                if (rule.close) {
                    socket->disconnectFromHost();
                    return;
                }
                break;
            }
        }
    });
}

} // namespace Postaci::Test
