#include "loopbackredirectlistener.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

constexpr auto redirectPath = "/postaci";

QByteArray statusLine(int status)
{
    switch (status) {
    case 200:
        return "HTTP/1.1 200 OK";
    case 400:
        return "HTTP/1.1 400 Bad Request";
    case 404:
        return "HTTP/1.1 404 Not Found";
    default:
        return "HTTP/1.1 405 Method Not Allowed";
    }
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::acceptConnections);
}

LoopbackRedirectListener::~LoopbackRedirectListener()
{
    close();
}

bool LoopbackRedirectListener::listen()
{
    // QHostAddress::LocalHost: 127.0.0.1 only. Qt Network Authorization 6.4's reply handler
    // listens on every interface unless told otherwise (docs/oauth2.md#why-not-qt-network-authorization).
    m_server.setMaxPendingConnections(4);
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void LoopbackRedirectListener::close()
{
    m_server.close();
    // Connections still reading a request are dropped; a page already written finishes on its own.
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server.serverPort());
    url.setPath(QLatin1String(redirectPath));
    return url;
}

void LoopbackRedirectListener::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A connection that never sends a whole request does not hold the listener.
        QTimer::singleShot(requestTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackRedirectListener::readRequest(QTcpSocket *socket)
{
    if (socket->property("handled").toBool())
        return;
    if (socket->bytesAvailable() > maxRequestBytes) {
        socket->setProperty("handled", true);
        respond(socket, 400, tr("Bad request"), tr("This request is too large."));
        return;
    }
    // Only the request line matters; the headers are read up to their end and ignored.
    const QByteArray buffered = socket->peek(maxRequestBytes);
    const qsizetype headerEnd = buffered.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    socket->setProperty("handled", true);
    handleRequest(socket, buffered.left(buffered.indexOf("\r\n")));
}

void LoopbackRedirectListener::handleRequest(QTcpSocket *socket, const QByteArray &requestLine)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, tr("Bad request"), tr("This is not a request Postacı understands."));
        return;
    }
    const QUrl target(QString::fromLatin1(parts.at(1)), QUrl::StrictMode);
    if (parts.at(0) != "GET" || target.path() != QLatin1String(redirectPath) || m_answered) {
        // Not the redirect (a favicon, a scan of the port): refused, and the sign-in keeps waiting.
        respond(socket, parts.at(0) == "GET" ? 404 : 405, tr("Not found"), tr("There is nothing here."));
        return;
    }
    const QUrlQuery query(target);
    const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    m_answered = true;
    if (state.isEmpty() || state != m_expectedState) {
        respond(socket, 400, tr("Sign-in stopped"),
                tr("This answer does not belong to the sign-in Postacı started, so it was refused and the sign-in "
                   "was stopped. Start the sign-in again from Postacı."));
        close();
        Q_EMIT answered(Outcome::StateMismatch, {}, {}, {});
        return;
    }
    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (!error.isEmpty() || code.isEmpty()) {
        respond(socket, 200, tr("Sign-in refused"),
                tr("The sign-in was not completed. You can close this tab and return to Postacı."));
        close();
        Q_EMIT answered(Outcome::ProviderError, {}, error.isEmpty() ? u"invalid_request"_s : error,
                        query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded));
        return;
    }
    respond(socket, 200, tr("Signed in"), tr("Postacı received the sign-in. You can close this tab."));
    close();
    Q_EMIT answered(Outcome::Code, code, {}, {});
}

void LoopbackRedirectListener::respond(QTcpSocket *socket, int status, const QString &title, const QString &text)
{
    const QByteArray body = (u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped()
                             + u"</title></head><body><h1>"_s + title.toHtmlEscaped() + u"</h1><p>"_s
                             + text.toHtmlEscaped() + u"</p></body></html>\n"_s)
                                    .toUtf8();
    const QByteArray response = statusLine(status) + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                                + QByteArray::number(body.size())
                                + "\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: "
                                  "close\r\n\r\n"
                                + body;
    // The page must outlive the listener (which is closed right after the one answer): the
    // socket leaves it, writes, and deletes itself once the browser has it.
    socket->disconnect(this);
    socket->setParent(nullptr); // still deleted on disconnected (acceptConnections)
    QTimer::singleShot(requestTimeoutMs, socket, [socket] { socket->abort(); socket->deleteLater(); });
    socket->write(response);
    socket->flush();
    socket->disconnectFromHost();
}

} // namespace Postaci
