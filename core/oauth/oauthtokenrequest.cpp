#include "oauthtokenrequest.h"

#include "smtp/trustedcertificates.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace Postaci {

OAuthTokenRequest::OAuthTokenRequest(const OAuthConfig &config, QObject *parent)
    : Job(Start::RunFromEventLoop, Lifetime::DeleteWhenFinished, parent)
    , m_config(config)
    , m_network(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a deadline never ends early (docs/testing.md)
    connect(&m_timer, &QTimer::timeout, this, [this] {
        OAuthTokenResult result;
        result.error = OAuthTokenResult::Error::TimedOut;
        result.detail = tr("no answer from %1 within %2 s").arg(m_config.tokenUrl.host()).arg(m_timeout.count() / 1000);
        finish(result);
    });
}

OAuthTokenRequest::~OAuthTokenRequest()
{
    for (auto &[key, value] : m_form)
        value.fill(u'\0');
    m_previousRefreshToken.fill(u'\0');
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

OAuthTokenRequest *OAuthTokenRequest::exchangeCode(const OAuthConfig &config, const QString &code,
                                                   const QString &codeVerifier, const QUrl &redirectUri,
                                                   QObject *parent)
{
    auto *job = new OAuthTokenRequest(config, parent);
    job->m_form = {{u"grant_type"_s, u"authorization_code"_s},
                   {u"code"_s, code},
                   {u"redirect_uri"_s, redirectUri.toString()},
                   {u"client_id"_s, config.clientId},
                   {u"code_verifier"_s, codeVerifier}};
    return job;
}

OAuthTokenRequest *OAuthTokenRequest::refresh(const OAuthConfig &config, const QString &refreshToken, QObject *parent)
{
    auto *job = new OAuthTokenRequest(config, parent);
    job->m_form = {{u"grant_type"_s, u"refresh_token"_s},
                   {u"refresh_token"_s, refreshToken},
                   {u"client_id"_s, config.clientId},
                   {u"scope"_s, config.scope}};
    job->m_previousRefreshToken = refreshToken;
    return job;
}

void OAuthTokenRequest::run()
{
    if (!OAuthConfig::isAllowedEndpoint(m_config.tokenUrl)) {
        OAuthTokenResult result;
        result.error = OAuthTokenResult::Error::Refused;
        result.detail = tr("the token address is not https:// (or http:// to a loopback address)");
        callSoon([this, result] { finish(result); });
        return;
    }
    QByteArray body;
    for (const auto &[key, value] : std::as_const(m_form)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    QNetworkRequest request(m_config.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Accept", "application/json");
    // A token endpoint that redirects is misconfigured or hijacked: the code must not follow it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!m_extraCa.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(systemAndExtraCaCertificates(m_extraCa));
        request.setSslConfiguration(tls);
    }
    m_reply = m_network->post(request, body);
    body.fill('\0');
    connect(m_reply, &QNetworkReply::finished, this, &OAuthTokenRequest::replyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > maxResponseBytes && m_reply)
            m_reply->abort();
    });
    m_timer.start(m_timeout);
}

void OAuthTokenRequest::doCancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_timer.stop();
    OAuthTokenResult result;
    result.error = OAuthTokenResult::Error::Cancelled;
    callSoon([this, result] { finish(result); });
}

void OAuthTokenRequest::replyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || isFinished())
        return;
    reply->deleteLater();
    OAuthTokenResult result;
    const QByteArray bytes = reply->read(maxResponseBytes + 1);
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (bytes.size() > maxResponseBytes) {
        result.error = OAuthTokenResult::Error::BadResponse;
        result.detail = tr("the answer is larger than %1 bytes").arg(maxResponseBytes);
        return finish(result);
    }
    if (json.contains("error"_L1)) {
        // RFC 6749 §5.2: 400 (or 401) with {"error", "error_description"}.
        result.oauthError = json.value("error"_L1).toString();
        result.detail = json.value("error_description"_L1).toString();
        result.error = result.oauthError == "invalid_grant"_L1 ? OAuthTokenResult::Error::InvalidGrant
                                                              : OAuthTokenResult::Error::Refused;
        return finish(result);
    }
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        result.error = OAuthTokenResult::Error::Network;
        result.detail = reply->error() != QNetworkReply::NoError
                                ? reply->errorString()
                                : tr("HTTP status %1").arg(status);
        return finish(result);
    }
    const QString access = json.value("access_token"_L1).toString();
    if (access.isEmpty()) {
        result.error = OAuthTokenResult::Error::BadResponse;
        result.detail = tr("the answer has no access token");
        return finish(result);
    }
    result.tokens.accessToken = access;
    // RFC 6749 §6: the server may issue a new refresh token; when it does not, the old one stays.
    result.tokens.refreshToken = json.value("refresh_token"_L1).toString();
    if (result.tokens.refreshToken.isEmpty())
        result.tokens.refreshToken = m_previousRefreshToken;
    const int expiresIn = json.value("expires_in"_L1).toVariant().toInt();
    result.tokens.issuedAt = QDateTime::currentDateTimeUtc();
    // RFC 6749 §5.1: expires_in is recommended, not required; an hour is what providers give.
    result.tokens.expiresAt = result.tokens.issuedAt.addSecs(expiresIn > 0 ? expiresIn : 3600);
    finish(result);
}

void OAuthTokenRequest::finish(OAuthTokenResult result)
{
    if (!claimFinish())
        return;
    m_timer.stop();
    Q_EMIT finished(result);
    result.tokens.wipe();
}

} // namespace Postaci
