#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace Postaci {

// The loopback end of an OAuth2 authorization (RFC 8252 §7.3, docs/oauth2.md#listener): a
// TCP listener on 127.0.0.1 only (never every interface), on a port the system picks, that
// exists only while a sign-in waits. It answers:
//  - a GET of its own path whose `state` is the attempt's: with a small page in the interface's
//    language ("you can close this tab"), then stops listening and reports the code or the
//    provider's error (error=access_denied...);
//  - a GET of its own path with another or no `state`: "this answer does not belong to this
//    sign-in", stops listening and reports the mismatch (the attempt ends at once; a forged or
//    stale redirect must not keep it waiting);
//  - anything else (another path, another method, an oversized or slow request): 404/400 and the
//    connection is closed; the listener keeps waiting.
// Nothing from the request is ever echoed into the page.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Code, ProviderError, StateMismatch };

    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // The state of the attempt (OAuthAuthorization::state); set before the URL is shown.
    void setExpectedState(const QString &state) { m_expectedState = state; }
    // Starts listening on 127.0.0.1, port 0; false when the system refuses (errorString()).
    bool listen();
    // Stops accepting at once and drops pending connections; the port no longer accepts.
    void close();
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }
    // http://127.0.0.1:PORT/postaci — registered providers accept any port on loopback (RFC 8252 §7.3).
    QUrl redirectUri() const;

    // Limits on one request; public for tests.
    static constexpr int maxRequestBytes = 16 * 1024;
    static constexpr int requestTimeoutMs = 10000;

Q_SIGNALS:
    // Exactly once, after the page was written. code is set for Outcome::Code; error and
    // errorDescription (outside text: escape before showing) for Outcome::ProviderError.
    void answered(Postaci::LoopbackRedirectListener::Outcome outcome, const QString &code, const QString &error,
                  const QString &errorDescription);

private:
    void acceptConnections();
    void readRequest(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &requestLine);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &text);

    QTcpServer m_server;
    QString m_expectedState;
    bool m_answered = false;
};

} // namespace Postaci
