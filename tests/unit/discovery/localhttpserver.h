#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <functional>

using namespace Qt::StringLiterals;

class QTcpServer;
class QTcpSocket;

namespace Postaci::Test {

// A tiny HTTP/1.1 server on 127.0.0.1 (plain or TLS), in the test's own event loop, for the
// fetcher and finder unit tests. Each path (or path prefix ending in '/') maps to a handler that
// writes the answer itself, so tests can send oversized, endless, silent or redirecting answers.
class LocalHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(QTcpSocket *socket, const QByteArray &path)>;

    explicit LocalHttpServer(QObject *parent = nullptr);
    ~LocalHttpServer() override;

    bool listenPlain();
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    quint16 port() const;
    QString baseUrl(const QString &host = u"127.0.0.1"_s) const; // "https://host:port"

    void route(const QByteArray &pathOrPrefix, Handler handler);
    int requestCount() const { return m_requests; }
    QList<QByteArray> requestedPaths() const { return m_paths; }

    // Common answers.
    static void reply(QTcpSocket *socket, int status, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static void redirect(QTcpSocket *socket, const QByteArray &location);

private:
    void newConnection();
    void handleRequest(QTcpSocket *socket, const QByteArray &path);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QHash<QByteArray, Handler> m_routes;
    int m_requests = 0;
    QList<QByteArray> m_paths;
};

} // namespace Postaci::Test
