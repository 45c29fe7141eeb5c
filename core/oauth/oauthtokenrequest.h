#pragma once

#include "common/job.h"
#include "oauthconfig.h"
#include "oauthtokens.h"

#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace Postaci {

// What a token endpoint answered (RFC 6749 §5).
struct OAuthTokenResult
{
    enum class Error {
        None,
        InvalidGrant,   // "invalid_grant": the code or refresh token is not (or no longer) valid
        Refused,        // another OAuth2 error (invalid_client, unauthorized_client, invalid_scope...)
        Network,        // no connection, TLS failure, an HTTP error without an OAuth2 error
        TimedOut,
        BadResponse,    // 200 without an access token, not JSON, too large
        Cancelled,
    };
    Error error = Error::None;
    QString oauthError;  // the "error" word, when the server gave one (outside text)
    QString detail;      // error_description or the network error (outside text: escape before showing)
    OAuthTokens tokens;  // Error::None only; a refresh without a new refresh token keeps the old one

    bool ok() const { return error == Error::None; }
};

// One POST to a token endpoint: the authorization code grant with the PKCE verifier (RFC 6749
// §4.1.3, RFC 7636 §4.5) or the refresh grant (§6). Always sends client_id (a public client:
// RFC 6749 §3.2.1 — Qt Network Authorization 6.4 leaves it out of refreshes). No redirects are
// followed, the answer is bounded, and the whole exchange has one deadline. finished() comes
// once, from the event loop (also after cancel()); the job deletes itself afterwards.
class OAuthTokenRequest : public Job
{
    Q_OBJECT
public:
    static OAuthTokenRequest *exchangeCode(const OAuthConfig &config, const QString &code, const QString &codeVerifier,
                                           const QUrl &redirectUri, QObject *parent = nullptr);
    static OAuthTokenRequest *refresh(const OAuthConfig &config, const QString &refreshToken,
                                      QObject *parent = nullptr);
    ~OAuthTokenRequest() override;

    static constexpr std::chrono::milliseconds defaultTimeout{30000};
    static constexpr qint64 maxResponseBytes = 64 * 1024;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // CAs trusted beside the system's (--ca-file).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCa = certificates; }

Q_SIGNALS:
    void finished(const Postaci::OAuthTokenResult &result);

private:
    OAuthTokenRequest(const OAuthConfig &config, QObject *parent);
    void run() override;
    void doCancel() override;
    void replyFinished();
    void finish(OAuthTokenResult result);

    OAuthConfig m_config;
    QList<std::pair<QString, QString>> m_form;
    QString m_previousRefreshToken;
    QList<QSslCertificate> m_extraCa;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
};

} // namespace Postaci
