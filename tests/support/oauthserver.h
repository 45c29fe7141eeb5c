#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

class QProcess;

namespace Postaci::Test {

// The harness's OAuth2 authorization server (tests/support/oauth_server.py, README.md "OAuth2"):
// authorization code + PKCE S256 + refresh (rotated) for one public client, on 127.0.0.1 over
// plain HTTP and HTTPS (the test CA's Valid certificate). Access tokens live a few seconds.
class OAuthServer
{
public:
    struct Options
    {
        QString clientId = u"postaci-test-client"_s;
        QString scope = u"https://mail.example.test/smtp"_s;
        int accessSeconds = 3;
    };

    OAuthServer();
    ~OAuthServer();
    OAuthServer(const OAuthServer &) = delete;
    OAuthServer &operator=(const OAuthServer &) = delete;

    // Starts the server and waits (at most 10 s) until both ports accept connections.
    bool start(const Options &options);
    bool start() { return start(Options{}); }
    void stop();
    QString errorString() const { return m_error; }
    const Options &options() const { return m_options; }

    quint16 httpPort() const { return m_httpPort; }
    quint16 httpsPort() const { return m_httpsPort; }
    // https://127.0.0.1:PORT/authorize (or http://... when https is false), and /token, /revoke.
    QUrl url(const QString &path, bool https = true) const;

    // tokens.json, for AiosmtpdServer::Options::oauthTokenFile.
    QString tokenFile() const;
    // Every token request and revocation so far, oldest first: {"grant_type", "ok", "error"?}.
    QList<QJsonObject> grants() const;
    int grantCount(const QString &grantType, bool ok = true) const;
    // Seconds until the newest access token expires (negative once it has).
    double newestAccessTokenSecondsLeft() const;
    // Revokes a refresh token (POST /revoke over plain HTTP, at most 10 s); true when it was valid.
    bool revoke(const QString &refreshToken);
    QString stderrText() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    Options m_options;
    QString m_error;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
};

} // namespace Postaci::Test
