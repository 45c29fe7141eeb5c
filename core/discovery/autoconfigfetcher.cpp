#include "autoconfigfetcher.h"

#include "smtp/trustedcertificates.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

QString replyErrorReason(QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        return AutoconfigFetcher::tr("host not found");
    case QNetworkReply::ConnectionRefusedError:
        return AutoconfigFetcher::tr("connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return AutoconfigFetcher::tr("connection closed by the server");
    case QNetworkReply::SslHandshakeFailedError:
        return AutoconfigFetcher::tr("TLS handshake failed: %1").arg(reply->errorString());
    case QNetworkReply::TooManyRedirectsError:
        return AutoconfigFetcher::tr("too many redirects");
    case QNetworkReply::InsecureRedirectError:
        return AutoconfigFetcher::tr("redirect from HTTPS to plain HTTP refused");
    default:
        return reply->errorString();
    }
}

} // namespace

AutoconfigFetcher::AutoconfigFetcher(QNetworkAccessManager *manager, const QString &sourceName, const QUrl &url,
                                     const Options &options, QObject *parent)
    : Job(Start::RunAtOnce, Lifetime::DeleteWhenFinished, parent)
    , m_manager(manager)
    , m_sourceName(sourceName)
    , m_url(url)
    , m_options(options)
{
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer); // a deadline never ends early (docs/testing.md)
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(SourceOutcome::Kind::Timeout,
               tr("no complete answer within %1 ms").arg(qint64(m_options.timeout.count())));
    });
}

AutoconfigFetcher::~AutoconfigFetcher()
{
    abortReply();
}

QUrl AutoconfigFetcher::providerAutoconfigUrl(const QString &domain, const QString &emailAddress)
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"autoconfig."_s + domain);
    url.setPath(u"/mail/config-v1.1.xml"_s);
    if (!emailAddress.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(u"emailaddress"_s, QString::fromLatin1(QUrl::toPercentEncoding(emailAddress)));
        url.setQuery(query);
    }
    return url;
}

QUrl AutoconfigFetcher::wellKnownAutoconfigUrl(const QString &domain)
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(domain);
    url.setPath(u"/.well-known/autoconfig/mail/config-v1.1.xml"_s);
    return url;
}

QUrl AutoconfigFetcher::plainHttpAutoconfigUrl(const QString &domain)
{
    // No "?emailaddress=": over plain HTTP anyone on the path would read the user's address
    // (docs/security.md#lookup). The document is then one for the whole domain; its
    // placeholders are filled in locally (ClientConfigPlaceholders) as for the ISPDB.
    QUrl url = providerAutoconfigUrl(domain, QString());
    url.setScheme(u"http"_s);
    return url;
}

QUrl AutoconfigFetcher::defaultIspdbBaseUrl()
{
    // Thunderbird's current default (mailnews.auto_config_url); the older
    // https://autoconfig.thunderbird.net/v1.1/ serves the same data.
    return QUrl(u"https://live.thunderbird.net/autoconfig/v1.1/"_s);
}

QUrl AutoconfigFetcher::ispdbUrl(const QUrl &base, const QString &domain)
{
    QUrl url = base;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path.append(QLatin1Char('/'));
    url.setPath(path + domain);
    return url;
}

void AutoconfigFetcher::run()
{
    m_clock.start();
    m_finalUrl = m_url;

    const QString scheme = m_url.scheme().toLower();
    if (!m_url.isValid() || (scheme != "https"_L1 && scheme != "http"_L1)) {
        // Reported asynchronously like every other outcome, so callers see one code path.
        callSoon([this] { finish(SourceOutcome::Kind::Error, tr("invalid URL")); });
        return;
    }

    QNetworkRequest request(m_url);
    // Qt refuses HTTPS -> HTTP itself (InsecureRedirectError); replyRedirected() checks again and
    // records where the chain went.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_options.maxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      u"Postaci/%1"_s.arg(QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "application/xml, text/xml;q=0.9, */*;q=0.1");
    if (!m_options.extraCaCertificates.isEmpty()) {
        // Beside the system's roots, not instead of them (addCaCertificates() would drop them).
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(systemAndExtraCaCertificates(m_options.extraCaCertificates));
        request.setSslConfiguration(ssl);
    }

    m_reply = m_manager->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &AutoconfigFetcher::replyMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &AutoconfigFetcher::replyReadyRead);
    connect(m_reply, &QNetworkReply::redirected, this, &AutoconfigFetcher::replyRedirected);
    connect(m_reply, &QNetworkReply::finished, this, &AutoconfigFetcher::replyFinished);
    m_timeout.start(m_options.timeout);
}

void AutoconfigFetcher::cancel(SourceOutcome::Kind kind, const QString &reason)
{
    // Job::cancel() decides whether there is anything to cancel; doCancel() reports it.
    m_cancelKind = kind;
    m_cancelReason = reason;
    Job::cancel();
}

void AutoconfigFetcher::doCancel()
{
    finish(m_cancelKind, m_cancelReason);
}

void AutoconfigFetcher::replyMetaDataChanged()
{
    if (isFinished() || !m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxBytes) {
        finish(SourceOutcome::Kind::Error,
               tr("answer larger than %1 bytes (Content-Length %2)").arg(m_options.maxBytes).arg(length.toLongLong()));
    }
}

void AutoconfigFetcher::replyReadyRead()
{
    if (isFinished() || !m_reply)
        return;
    // Read in bounded slices so that a huge answer is never held in memory past the limit.
    const qint64 room = m_options.maxBytes + 1 - m_body.size();
    m_body.append(m_reply->read(qMax<qint64>(room, 1)));
    if (m_body.size() > m_options.maxBytes) {
        m_body.clear();
        finish(SourceOutcome::Kind::Error, tr("answer larger than %1 bytes").arg(m_options.maxBytes));
    }
}

void AutoconfigFetcher::replyRedirected(const QUrl &target)
{
    if (isFinished() || !m_reply)
        return;
    const QUrl resolved = m_finalUrl.resolved(target);
    const bool fromHttps = m_finalUrl.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0;
    const bool toHttps = resolved.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0;
    const bool toHttp = resolved.scheme().compare("http"_L1, Qt::CaseInsensitive) == 0;
    if ((fromHttps && !toHttps) || (!toHttps && !toHttp)) {
        finish(SourceOutcome::Kind::Error,
               tr("redirect from HTTPS to %1 refused").arg(resolved.toString(QUrl::RemoveUserInfo)));
        return;
    }
    if (++m_redirects > m_options.maxRedirects) {
        finish(SourceOutcome::Kind::Error, tr("too many redirects (more than %1)").arg(m_options.maxRedirects));
        return;
    }
    m_finalUrl = resolved;
}

void AutoconfigFetcher::replyFinished()
{
    if (isFinished() || !m_reply)
        return;
    if (m_reply->error() == QNetworkReply::NoError && m_reply->bytesAvailable() > 0) {
        // Drain what is left (readyRead may not have fired for the last bytes).
        replyReadyRead();
        if (isFinished())
            return;
    }
    // Transport failures first (no answer, TLS, redirects); then what the HTTP status says.
    const QNetworkReply::NetworkError error = m_reply->error();
    const bool httpStatusError
            = (error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownContentError)
              || (error >= QNetworkReply::InternalServerError && error <= QNetworkReply::UnknownServerError);
    if (error == QNetworkReply::HostNotFoundError) {
        // The usual case: the domain simply has no autoconfig host.
        finish(SourceOutcome::Kind::NotFound, replyErrorReason(m_reply));
        return;
    }
    if (error != QNetworkReply::NoError && !httpStatusError) {
        finish(SourceOutcome::Kind::Error, replyErrorReason(m_reply));
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString statusText = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QString httpReason = (u"HTTP %1 %2"_s.arg(status).arg(statusText)).trimmed();
    if (status == 404 || status == 410) {
        finish(SourceOutcome::Kind::NotFound, httpReason);
    } else if (status >= 200 && status < 300) {
        if (m_body.trimmed().isEmpty())
            finish(SourceOutcome::Kind::NotFound, tr("empty answer"));
        else
            finish(SourceOutcome::Kind::Found, QString());
    } else {
        finish(SourceOutcome::Kind::Error, status == 0 ? replyErrorReason(m_reply) : httpReason);
    }
}

void AutoconfigFetcher::abortReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void AutoconfigFetcher::finish(SourceOutcome::Kind kind, const QString &reason)
{
    if (!claimFinish())
        return;
    m_timeout.stop();
    abortReply();

    AutoconfigFetchResult result;
    result.outcome.name = m_sourceName;
    result.outcome.query = m_url.toString(QUrl::RemoveUserInfo);
    result.outcome.outcome = kind;
    result.outcome.reason = reason;
    result.outcome.ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (kind == SourceOutcome::Kind::Found)
        result.body = m_body;
    result.finalUrl = m_finalUrl;
    m_body.clear();
    Q_EMIT finished(result);
}

} // namespace Postaci
