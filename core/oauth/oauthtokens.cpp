#include "oauthtokens.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Postaci {

QString OAuthTokens::toSecret() const
{
    const QJsonObject object{{u"kind"_s, u"oauth2"_s},
                             {u"accessToken"_s, accessToken},
                             {u"refreshToken"_s, refreshToken},
                             {u"issuedAt"_s, issuedAt.toUTC().toString(Qt::ISODateWithMs)},
                             {u"expiresAt"_s, expiresAt.toUTC().toString(Qt::ISODateWithMs)}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<OAuthTokens> OAuthTokens::fromSecret(const QString &secret)
{
    const QJsonObject object = QJsonDocument::fromJson(secret.toUtf8()).object();
    if (object.value("kind"_L1).toString() != "oauth2"_L1)
        return std::nullopt;
    OAuthTokens tokens;
    tokens.accessToken = object.value("accessToken"_L1).toString();
    tokens.refreshToken = object.value("refreshToken"_L1).toString();
    tokens.issuedAt = QDateTime::fromString(object.value("issuedAt"_L1).toString(), Qt::ISODateWithMs).toUTC();
    tokens.expiresAt = QDateTime::fromString(object.value("expiresAt"_L1).toString(), Qt::ISODateWithMs).toUTC();
    if (tokens.refreshToken.isEmpty() && tokens.accessToken.isEmpty())
        return std::nullopt;
    return tokens;
}

bool OAuthTokens::needsRefresh(const QDateTime &now) const
{
    if (accessToken.isEmpty() || !expiresAt.isValid())
        return true;
    const qint64 lifetimeMs = issuedAt.isValid() ? std::max<qint64>(0, issuedAt.msecsTo(expiresAt)) : 0;
    const qint64 marginMs = std::min<qint64>(60000, lifetimeMs / 4);
    return now.msecsTo(expiresAt) <= marginMs;
}

void OAuthTokens::wipe()
{
    accessToken.fill(u'\0');
    refreshToken.fill(u'\0');
    accessToken.clear();
    refreshToken.clear();
}

} // namespace Postaci
