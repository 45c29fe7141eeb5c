#include "settingschange.h"

#include "settingslabels.h"

#include <QStringList>

using namespace Qt::StringLiterals;

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
        json.insert(u"host"_s, *host);
    if (port)
        json.insert(u"port"_s, int(*port));
    if (security)
        json.insert(u"security"_s, securityName(*security));
    if (auth)
        json.insert(u"auth"_s, authMethodName(*auth));
    if (user)
        json.insert(u"user"_s, *user);
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
    return parts.join(u", "_s);
}

} // namespace Postaci
