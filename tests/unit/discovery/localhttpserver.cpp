#include "localhttpserver.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Postaci::Test {

LocalHttpServer::LocalHttpServer(QObject *parent)
    : QObject(parent)
{
}

LocalHttpServer::~LocalHttpServer() = default;

bool LocalHttpServer::listenPlain()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &LocalHttpServer::newConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool LocalHttpServer::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    auto *server = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(configuration);
    server->setHandshakeTimeout(5000);
    m_server = server;
    m_tls = true;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &LocalHttpServer::newConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 LocalHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString LocalHttpServer::baseUrl(const QString &host) const
{
    return (m_tls ? u"https://"_s : u"http://"_s) + host + QLatin1Char(':') + QString::number(port());
}

void LocalHttpServer::route(const QByteArray &pathOrPrefix, Handler handler)
{
    m_routes.insert(pathOrPrefix, std::move(handler));
}

void LocalHttpServer::newConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (buffer->size() > 64 * 1024) {
                socket->abort();
                return;
            }
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray requestLine = buffer->left(buffer->indexOf("\r\n"));
            buffer->remove(0, end + 4);
            const QList<QByteArray> parts = requestLine.split(' ');
            QByteArray path = parts.size() >= 2 ? parts.at(1) : QByteArray("/");
            const qsizetype query = path.indexOf('?');
            if (query >= 0)
                path.truncate(query);
            handleRequest(socket, path);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LocalHttpServer::handleRequest(QTcpSocket *socket, const QByteArray &path)
{
    ++m_requests;
    m_paths.append(path);
    if (const auto it = m_routes.constFind(path); it != m_routes.constEnd()) {
        (*it)(socket, path);
        return;
    }
    for (auto it = m_routes.constBegin(); it != m_routes.constEnd(); ++it) {
        if (it.key().endsWith('/') && path.startsWith(it.key())) {
            it.value()(socket, path);
            return;
        }
    }
    reply(socket, 404, "not here\n");
}

void LocalHttpServer::reply(QTcpSocket *socket, int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + (status < 300 ? " OK" : status < 400 ? " Found" : " Error") + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Content-Type: application/xml\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    socket->write(head + body);
}

void LocalHttpServer::redirect(QTcpSocket *socket, const QByteArray &location)
{
    reply(socket, 302, "moved\n", {{"Location", location}});
}

} // namespace Postaci::Test
