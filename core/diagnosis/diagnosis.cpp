#include "diagnosis.h"

// PLACEHOLDER until core/diagnosis is built (issue 6): gives no diagnosis at all.

namespace Postaci {

SessionSettings SettingsChange::appliedTo(SessionSettings settings) const
{
    if (host) settings.host = *host;
    if (port) settings.port = *port;
    if (security) settings.security = *security;
    if (auth) settings.auth = *auth;
    if (user) settings.user = *user;
    return settings;
}

QJsonObject SettingsChange::toJson() const { return {}; }
QJsonObject Remedy::toJson() const { return {}; }
QJsonObject Diagnosis::toJson() const { return {}; }
QString Diagnosis::toPlainText() const { return {}; }

Diagnosis diagnose(const SessionResult &result, const SessionSettings &settings)
{
    Q_UNUSED(result)
    Q_UNUSED(settings)
    return {};
}

} // namespace Postaci
