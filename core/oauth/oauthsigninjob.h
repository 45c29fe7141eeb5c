#pragma once

#include "account/secreterror.h"
#include "common/job.h"
#include "oauthauthorization.h"
#include "oauthconfig.h"
#include "oauthtokenrequest.h"

#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace Postaci {

class LoopbackRedirectListener;
class SecretJob;

struct OAuthSignInResult
{
    enum class Error {
        None,
        InvalidSettings, // the configuration cannot be used (no client id, http:// endpoint...)
        ListenFailed,    // no loopback port could be opened
        StateMismatch,   // a redirect with another state came back: refused, the attempt ended
        Denied,          // the provider answered with an error (access_denied...)
        TokenRefused,    // the token endpoint refused the code (wrong verifier, expired code...)
        TokenFailed,     // the token endpoint could not be reached or answered nonsense
        TimedOut,
        Keychain,        // the tokens could not be saved
        Cancelled,
    };
    Error error = Error::None;
    QString detail;      // translated or outside text (escape before showing)
    QString oauthError;  // the provider's error word, when it gave one
    SecretError secretError = SecretError::None;
    QString secretDetail;

    bool ok() const { return error == Error::None; }
    // The stable word of an error for --json ("state-mismatch"...).
    static QString errorName(Error error);
    // One translated sentence for the user.
    QString message() const;
};

// Signs an account in with OAuth2 (docs/oauth2.md): authorization code flow with PKCE S256 and
// a random state, the answer caught by a LoopbackRedirectListener on 127.0.0.1 that exists only
// while the job waits, the code exchanged with the verifier, and the tokens written to the
// keychain under the account id (replacing what was there). Nothing is stored unless every step
// worked. The face shows authorizationUrl() (opens it in the browser, prints it) when
// waitingForBrowser() comes.
//
// Runs from the event loop; finished() exactly once, then the job deletes itself. cancel()
// closes the listener at once; finished() follows from the event loop with Error::Cancelled.
class OAuthSignInJob : public Job
{
    Q_OBJECT
public:
    OAuthSignInJob(const QString &accountId, const OAuthConfig &config, QObject *parent = nullptr);
    ~OAuthSignInJob() override;

    static constexpr std::chrono::milliseconds defaultTimeout{300000};

    void setLoginHint(const QString &address) { m_loginHint = address; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCa = certificates; }

    QUrl authorizationUrl() const { return m_authorizationUrl; }
    // The port the listener waits on (0 before, and after it closed).
    quint16 listenerPort() const;

Q_SIGNALS:
    // The listener is open: show url (open the browser, print it).
    void waitingForBrowser(const QUrl &url);
    // The browser came back; the code is being exchanged for tokens.
    void exchangingCode();
    void finished(const Postaci::OAuthSignInResult &result);

private:
    void run() override;
    void doCancel() override;
    void redirected(int outcome, const QString &code, const QString &error, const QString &description);
    void tokensReceived(const OAuthTokenResult &result);
    void tokensSaved(SecretJob *job);
    void closeListener();
    // Closes the listener and leaves the token request and keychain write behind, unheard.
    void stopSteps();
    void fail(OAuthSignInResult::Error error, const QString &detail, const QString &oauthError = {});
    void finish(const OAuthSignInResult &result);

    QString m_accountId;
    OAuthConfig m_config;
    QString m_loginHint;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    QList<QSslCertificate> m_extraCa;
    OAuthAuthorization m_authorization;
    QUrl m_authorizationUrl;
    QPointer<LoopbackRedirectListener> m_listener;
    QPointer<OAuthTokenRequest> m_tokenRequest;
    QPointer<SecretJob> m_secretJob;
    QTimer m_timer;
};

} // namespace Postaci
