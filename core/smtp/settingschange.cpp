#include "settingschange.h"

#include "settingslabels.h"

#include <QStringList>

namespace Postaci {

SessionSettings SettingsChange::appliedTo(SessionSettings settings) const
{
    if (host)
        settings.host = *host;
    if (port)
        settings.port = *port;
    if (security)
        settings.security = *security;
    if (auth)
        settings.auth = *auth;
    if (user)
        settings.user = *user;
    return settings;
}

QJsonObject SettingsChange::toJson() const
{
    QJsonObject json;
    if (host)
        json.insert(QStringLiteral("host"), *host);
    if (port)
        json.insert(QStringLiteral("port"), int(*port));
    if (security)
        json.insert(QStringLiteral("security"), securityName(*security));
    if (auth)
        json.insert(QStringLiteral("auth"), authMethodName(*auth));
    if (user)
        json.insert(QStringLiteral("user"), *user);
    return json;
}

QString SettingsChange::describe() const
{
    QStringList parts;
    if (host)
        parts << tr("server %1").arg(*host);
    if (port)
        parts << tr("port %1").arg(*port);
    if (security)
        parts << SettingsLabels::security(*security);
    if (auth)
        parts << tr("sign-in method %1").arg(SettingsLabels::auth(*auth));
    if (user)
        parts << tr("user name %1").arg(*user);
    return parts.join(QStringLiteral(", "));
}

} // namespace Postaci
