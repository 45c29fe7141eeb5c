#include "oauthbrowser.h"

#include "testcertificates.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Postaci::Test {

namespace {

BrowserAnswer get(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(TestCertificates::instance().caCertificates());
    request.setSslConfiguration(tls);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    BrowserAnswer answer;
    if (!reply->isFinished()) {
        answer.error = u"no answer from %1 within 10 s"_s.arg(url.toString());
        reply->abort();
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    answer.body = reply->readAll();
    if (answer.error.isEmpty() && answer.status == 0)
        answer.error = reply->errorString();
    reply->deleteLater();
    return answer;
}

} // namespace

QString BrowserVisit::describe() const
{
    return u"authorize %1 → %2 → %3 %4 %5"_s.arg(authorizeStatus)
            .arg(redirect.toString())
            .arg(status)
            .arg(QString::fromUtf8(body), error);
}

BrowserVisit followAuthorization(const QUrl &authorizationUrl, const std::function<QUrl(const QUrl &)> &alterRedirect)
{
    QNetworkAccessManager network;
    BrowserVisit visit;
    const BrowserAnswer authorize = get(network, authorizationUrl);
    visit.authorizeStatus = authorize.status;
    if (authorize.status != 302 || !authorize.location.isValid()) {
        visit.error = u"the authorization server did not redirect: "_s + authorize.error
                      + QString::fromUtf8(authorize.body);
        return visit;
    }
    visit.redirect = alterRedirect ? alterRedirect(authorize.location) : authorize.location;
    const BrowserAnswer listener = get(network, visit.redirect);
    visit.status = listener.status;
    visit.body = listener.body;
    visit.error = listener.error;
    return visit;
}

BrowserAnswer browserGet(const QUrl &url)
{
    QNetworkAccessManager network;
    return get(network, url);
}

QUrl withQueryItem(const QUrl &url, const QString &key, const QString &value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(key);
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QUrl changed = url;
    changed.setQuery(query);
    return changed;
}

} // namespace Postaci::Test
