#pragma once

#include "account/secreterror.h"
#include "common/job.h"
#include "oauthconfig.h"
#include "oauthtokenrequest.h"

#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QString>

namespace Postaci {

class SecretJob;

struct OAuthAccessResult
{
    enum class Error {
        None,
        NotSignedIn,  // no tokens in the keychain for this account
        SignInAgain,  // the refresh token was refused (invalid_grant): revoked, expired, password changed
        TokenFailed,  // the token endpoint could not be used (network, TLS, other error)
        TimedOut,
        Keychain,     // the keychain could not be read or the renewed tokens not written
        Cancelled,
    };
    Error error = Error::None;
    QString accessToken; // Error::None; a secret
    bool refreshed = false;
    QString detail;      // outside or translated text (escape before showing)
    SecretError secretError = SecretError::None;
    QString secretDetail;

    bool ok() const { return error == Error::None; }
};

// A valid access token for an OAuth2 account (docs/oauth2.md#renewal): read from the keychain;
// when it has expired or expires soon (OAuthTokens::needsRefresh), renewed at the token endpoint
// with the refresh token and the new pair written back before it is used (refresh tokens may
// rotate, so the new one is always kept). Runs from the event loop; finished() once, then the job
// deletes itself; cancel() answers from the event loop.
class OAuthAccessJob : public Job
{
    Q_OBJECT
public:
    OAuthAccessJob(const QString &accountId, const OAuthConfig &config, QObject *parent = nullptr);
    ~OAuthAccessJob() override;

    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCa = certificates; }

Q_SIGNALS:
    // The access token has expired: it is being renewed.
    void refreshing();
    void finished(const Postaci::OAuthAccessResult &result);

private:
    void run() override;
    void doCancel() override;
    void tokensRead(SecretJob *job);
    void refreshed(const OAuthTokenResult &result);
    void tokensWritten(SecretJob *job);
    void finish(OAuthAccessResult result);

    QString m_accountId;
    OAuthConfig m_config;
    QList<QSslCertificate> m_extraCa;
    QString m_accessToken;
    QPointer<SecretJob> m_secretJob;
    QPointer<OAuthTokenRequest> m_tokenRequest;
};

} // namespace Postaci
