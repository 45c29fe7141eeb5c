#include "oauthaccessjob.h"

#include "account/secretjob.h"
#include "oauthtokens.h"

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

OAuthAccessResult keychainFailure(const SecretJob *job)
{
    OAuthAccessResult result;
    result.error = OAuthAccessResult::Error::Keychain;
    result.detail = job->errorMessage();
    result.secretError = job->error();
    result.secretDetail = job->backendMessage();
    return result;
}

} // namespace

OAuthAccessJob::OAuthAccessJob(const QString &accountId, const OAuthConfig &config, QObject *parent)
    : Job(Start::RunFromEventLoop, Lifetime::DeleteWhenFinished, parent)
    , m_accountId(accountId)
    , m_config(config)
{ }

OAuthAccessJob::~OAuthAccessJob()
{
    m_accessToken.fill(u'\0');
    if (m_secretJob)
        m_secretJob->disconnect(this);
    if (m_tokenRequest) {
        m_tokenRequest->disconnect(this);
        m_tokenRequest->cancel();
    }
}

void OAuthAccessJob::run()
{
    auto *job = SecretJob::read(m_accountId, this);
    m_secretJob = job;
    connect(job, &SecretJob::finished, this, &OAuthAccessJob::tokensRead);
    job->start();
}

void OAuthAccessJob::doCancel()
{
    if (m_secretJob)
        m_secretJob->disconnect(this);
    if (m_tokenRequest) {
        m_tokenRequest->disconnect(this);
        m_tokenRequest->cancel();
    }
    callSoon([this] {
        OAuthAccessResult result;
        result.error = OAuthAccessResult::Error::Cancelled;
        finish(result);
    });
}

void OAuthAccessJob::tokensRead(SecretJob *job)
{
    m_secretJob = nullptr;
    OAuthAccessResult result;
    if (job->error() == SecretError::NotFound) {
        result.error = OAuthAccessResult::Error::NotSignedIn;
        return finish(result);
    }
    if (job->error() != SecretError::None) {
        return finish(keychainFailure(job));
    }
    std::optional<OAuthTokens> tokens = OAuthTokens::fromSecret(job->secret());
    if (!tokens) {
        // A password from before the account signed in with OAuth2 is no sign-in.
        result.error = OAuthAccessResult::Error::NotSignedIn;
        return finish(result);
    }
    if (!tokens->needsRefresh()) {
        result.accessToken = tokens->accessToken;
        tokens->wipe();
        return finish(result);
    }
    if (tokens->refreshToken.isEmpty()) {
        tokens->wipe();
        result.error = OAuthAccessResult::Error::SignInAgain;
        return finish(result);
    }
    Q_EMIT refreshing();
    auto *request = OAuthTokenRequest::refresh(m_config, tokens->refreshToken, this);
    tokens->wipe();
    request->setExtraCaCertificates(m_extraCa);
    m_tokenRequest = request;
    connect(request, &OAuthTokenRequest::finished, this, &OAuthAccessJob::refreshed);
    request->start();
}

void OAuthAccessJob::refreshed(const OAuthTokenResult &result)
{
    m_tokenRequest = nullptr;
    OAuthAccessResult access;
    access.detail = result.oauthError.isEmpty() ? result.detail
                    : result.detail.isEmpty()   ? result.oauthError
                                                : result.oauthError + u": "_s + result.detail;
    switch (result.error) {
    case OAuthTokenResult::Error::None:
        break;
    case OAuthTokenResult::Error::InvalidGrant:
        access.error = OAuthAccessResult::Error::SignInAgain;
        return finish(access);
    case OAuthTokenResult::Error::Refused:
    case OAuthTokenResult::Error::Network:
    case OAuthTokenResult::Error::BadResponse:
        access.error = OAuthAccessResult::Error::TokenFailed;
        return finish(access);
    case OAuthTokenResult::Error::TimedOut:
        access.error = OAuthAccessResult::Error::TimedOut;
        return finish(access);
    case OAuthTokenResult::Error::Cancelled:
        access.error = OAuthAccessResult::Error::Cancelled;
        return finish(access);
    }
    // The new pair is stored before the token is used: a rotated refresh token is the only one
    // that still works, so losing it would sign the account out.
    m_accessToken = result.tokens.accessToken;
    auto *job = SecretJob::write(m_accountId, result.tokens.toSecret(), this);
    m_secretJob = job;
    connect(job, &SecretJob::finished, this, &OAuthAccessJob::tokensWritten);
    job->start();
}

void OAuthAccessJob::tokensWritten(SecretJob *job)
{
    m_secretJob = nullptr;
    OAuthAccessResult result;
    if (job->error() != SecretError::None) {
        return finish(keychainFailure(job));
    }
    result.accessToken = m_accessToken;
    result.refreshed = true;
    finish(result);
}

void OAuthAccessJob::finish(OAuthAccessResult result)
{
    if (!claimFinish())
        return;
    m_accessToken.fill(u'\0');
    Q_EMIT finished(result);
    result.accessToken.fill(u'\0');
}

} // namespace Postaci
