#include "oauthauthorization.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QList>

#include <utility>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QString OAuthAuthorization::randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return base64Url(bytes);
}

OAuthAuthorization OAuthAuthorization::create(const QUrl &redirectUri)
{
    OAuthAuthorization authorization;
    authorization.state = randomToken();
    authorization.codeVerifier = randomToken();
    authorization.redirectUri = redirectUri;
    return authorization;
}

QString OAuthAuthorization::challengeFor(const QString &codeVerifier)
{
    return base64Url(QCryptographicHash::hash(codeVerifier.toLatin1(), QCryptographicHash::Sha256));
}

QUrl OAuthAuthorization::url(const OAuthConfig &config, const QString &loginHint) const
{
    // Built by hand, every value fully percent-encoded: QUrlQuery would leave a '+' in a scope or
    // client id as it is, which a server reads as a space (application/x-www-form-urlencoded).
    QList<std::pair<QString, QString>> items{{u"response_type"_s, u"code"_s},
                                             {u"client_id"_s, config.clientId},
                                             {u"redirect_uri"_s, redirectUri.toString()},
                                             {u"scope"_s, config.scope},
                                             {u"state"_s, state},
                                             {u"code_challenge"_s, challengeFor(codeVerifier)},
                                             {u"code_challenge_method"_s, u"S256"_s}};
    if (!loginHint.isEmpty())
        items.append({u"login_hint"_s, loginHint});
    QString query = config.authorizeUrl.query(QUrl::FullyEncoded);
    for (const auto &[key, value] : std::as_const(items)) {
        if (!query.isEmpty())
            query += u'&';
        query += key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    QUrl url = config.authorizeUrl;
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

} // namespace Postaci
