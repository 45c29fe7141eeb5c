#include "oauthsigninjob.h"

#include "account/secretjob.h"
#include "loopbackredirectlistener.h"

using namespace Qt::StringLiterals;

namespace Postaci {

QString OAuthSignInResult::errorName(Error error)
{
    switch (error) {
    case Error::None: return {};
    case Error::InvalidSettings: return u"invalid-input"_s;
    case Error::ListenFailed: return u"listen-failed"_s;
    case Error::StateMismatch: return u"state-mismatch"_s;
    case Error::Denied: return u"sign-in-denied"_s;
    case Error::TokenRefused: return u"token-refused"_s;
    case Error::TokenFailed: return u"token-endpoint-failed"_s;
    case Error::TimedOut: return u"timeout"_s;
    case Error::Keychain: return u"keychain-failure"_s;
    case Error::Cancelled: return u"cancelled"_s;
    }
    return {};
}

QString OAuthSignInResult::message() const
{
    switch (error) {
    case Error::None:
        return OAuthSignInJob::tr("Signed in.");
    case Error::InvalidSettings:
        return detail;
    case Error::ListenFailed:
        return OAuthSignInJob::tr("Could not open a local port for the browser's answer: %1").arg(detail);
    case Error::StateMismatch:
        return OAuthSignInJob::tr("The answer that came back does not belong to this sign-in (its state differs); it "
                                  "was refused and nothing was saved.");
    case Error::Denied:
        return OAuthSignInJob::tr("The provider did not grant access (%1); nothing was saved.").arg(detail);
    case Error::TokenRefused:
        return OAuthSignInJob::tr("The provider refused to complete the sign-in (%1); nothing was saved.").arg(detail);
    case Error::TokenFailed:
        return OAuthSignInJob::tr("The provider's token service could not be used: %1").arg(detail);
    case Error::TimedOut:
        return OAuthSignInJob::tr("No answer from the browser in time; the sign-in was stopped and nothing was saved.");
    case Error::Keychain:
        return OAuthSignInJob::tr("Signed in, but the keychain could not keep the sign-in: %1").arg(detail);
    case Error::Cancelled:
        return OAuthSignInJob::tr("The sign-in was cancelled; nothing was saved.");
    }
    return {};
}

OAuthSignInJob::OAuthSignInJob(const QString &accountId, const OAuthConfig &config, QObject *parent)
    : Job(Start::RunFromEventLoop, Lifetime::DeleteWhenFinished, parent)
    , m_accountId(accountId)
    , m_config(config)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { fail(OAuthSignInResult::Error::TimedOut, {}); });
}

OAuthSignInJob::~OAuthSignInJob()
{
    m_authorization.codeVerifier.fill(u'\0');
    stopSteps();
}

void OAuthSignInJob::stopSteps()
{
    closeListener();
    if (m_tokenRequest) {
        m_tokenRequest->disconnect(this);
        m_tokenRequest->cancel();
    }
    // A keychain write already sent cannot be recalled (SecretJob); its answer is ignored.
    if (m_secretJob)
        m_secretJob->disconnect(this);
}

quint16 OAuthSignInJob::listenerPort() const
{
    return m_listener && m_listener->isListening() ? m_listener->port() : 0;
}

void OAuthSignInJob::run()
{
    const QString problem = m_config.validationError();
    if (!problem.isEmpty() || m_accountId.isEmpty())
        return fail(OAuthSignInResult::Error::InvalidSettings, problem.isEmpty() ? tr("no account id") : problem);
    auto *listener = new LoopbackRedirectListener(this);
    m_listener = listener;
    if (!listener->listen())
        return fail(OAuthSignInResult::Error::ListenFailed, listener->errorString());
    connect(listener, &LoopbackRedirectListener::answered, this,
            [this](LoopbackRedirectListener::Outcome outcome, const QString &code, const QString &error,
                   const QString &description) { redirected(int(outcome), code, error, description); });
    m_authorization = OAuthAuthorization::create(listener->redirectUri());
    listener->setExpectedState(m_authorization.state);
    m_authorizationUrl = m_authorization.url(m_config, m_loginHint);
    m_timer.start(m_timeout);
    Q_EMIT waitingForBrowser(m_authorizationUrl);
}

void OAuthSignInJob::redirected(int outcome, const QString &code, const QString &error, const QString &description)
{
    closeListener();
    switch (LoopbackRedirectListener::Outcome(outcome)) {
    case LoopbackRedirectListener::Outcome::StateMismatch:
        return fail(OAuthSignInResult::Error::StateMismatch, {});
    case LoopbackRedirectListener::Outcome::ProviderError:
        return fail(OAuthSignInResult::Error::Denied, description.isEmpty() ? error : error + u": "_s + description,
                    error);
    case LoopbackRedirectListener::Outcome::Code:
        break;
    }
    Q_EMIT exchangingCode();
    auto *request = OAuthTokenRequest::exchangeCode(m_config, code, m_authorization.codeVerifier,
                                                    m_authorization.redirectUri, this);
    request->setExtraCaCertificates(m_extraCa);
    m_tokenRequest = request;
    connect(request, &OAuthTokenRequest::finished, this, &OAuthSignInJob::tokensReceived);
    request->start();
}

void OAuthSignInJob::tokensReceived(const OAuthTokenResult &result)
{
    m_tokenRequest = nullptr;
    m_authorization.codeVerifier.fill(u'\0');
    switch (result.error) {
    case OAuthTokenResult::Error::None:
        break;
    case OAuthTokenResult::Error::InvalidGrant:
    case OAuthTokenResult::Error::Refused:
        return fail(OAuthSignInResult::Error::TokenRefused,
                    result.detail.isEmpty() ? result.oauthError : result.oauthError + u": "_s + result.detail,
                    result.oauthError);
    case OAuthTokenResult::Error::TimedOut:
    case OAuthTokenResult::Error::Network:
    case OAuthTokenResult::Error::BadResponse:
        return fail(OAuthSignInResult::Error::TokenFailed, result.detail);
    case OAuthTokenResult::Error::Cancelled:
        return fail(OAuthSignInResult::Error::Cancelled, {});
    }
    OAuthTokens tokens = result.tokens;
    auto *job = SecretJob::write(m_accountId, tokens.toSecret(), this);
    tokens.wipe();
    m_secretJob = job;
    connect(job, &SecretJob::finished, this, &OAuthSignInJob::tokensSaved);
    job->start();
}

void OAuthSignInJob::tokensSaved(SecretJob *job)
{
    m_secretJob = nullptr;
    OAuthSignInResult result;
    if (job->error() != SecretError::None) {
        result.error = OAuthSignInResult::Error::Keychain;
        result.detail = job->errorMessage();
        result.secretError = job->error();
        result.secretDetail = job->backendMessage();
    }
    finish(result);
}

void OAuthSignInJob::doCancel()
{
    stopSteps();
    callSoon([this] { fail(OAuthSignInResult::Error::Cancelled, {}); });
}

void OAuthSignInJob::closeListener()
{
    if (!m_listener)
        return;
    m_listener->disconnect(this);
    m_listener->close(); // the port stops accepting now, not when the object is deleted
    m_listener->deleteLater();
    m_listener = nullptr;
}

void OAuthSignInJob::fail(OAuthSignInResult::Error error, const QString &detail, const QString &oauthError)
{
    OAuthSignInResult result;
    result.error = error;
    result.detail = detail;
    result.oauthError = oauthError;
    finish(result);
}

void OAuthSignInJob::finish(const OAuthSignInResult &result)
{
    if (!claimFinish())
        return;
    m_timer.stop();
    closeListener();
    Q_EMIT finished(result);
}

} // namespace Postaci
