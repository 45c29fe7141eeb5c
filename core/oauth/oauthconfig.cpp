#include "oauthconfig.h"

#include "smtp/settingsinput.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

struct Preset
{
    const char *provider;
    const char *label;
    const char *authorizeUrl;
    const char *tokenUrl;
    const char *scope;
    const char *clientId;
    bool hasAppPasswords;
};

// Endpoints and scopes as each provider documents them for IMAP/SMTP access:
// Microsoft identity platform v2 (learn.microsoft.com, "Authenticate an IMAP, POP or SMTP
// connection using OAuth"), Google (developers.google.com/gmail/imap/xoauth2-protocol),
// Yahoo and AOL (their developer network pages; both share the same login platform).
constexpr Preset presets[] = {
    {"microsoft", "Microsoft", "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
     "https://login.microsoftonline.com/common/oauth2/v2.0/token",
     "https://outlook.office.com/SMTP.Send offline_access", POSTACI_OAUTH_CLIENT_ID_MICROSOFT, false},
    {"google", "Google", "https://accounts.google.com/o/oauth2/v2/auth", "https://oauth2.googleapis.com/token",
     "https://mail.google.com/", POSTACI_OAUTH_CLIENT_ID_GOOGLE, true},
    {"yahoo", "Yahoo", "https://api.login.yahoo.com/oauth2/request_auth", "https://api.login.yahoo.com/oauth2/get_token",
     "mail-w", POSTACI_OAUTH_CLIENT_ID_YAHOO, true},
    {"aol", "AOL", "https://api.login.aol.com/oauth2/request_auth", "https://api.login.aol.com/oauth2/get_token",
     "mail-w", POSTACI_OAUTH_CLIENT_ID_AOL, true},
};

const Preset *findPreset(const QString &provider)
{
    for (const Preset &preset : presets) {
        if (provider == QLatin1String(preset.provider))
            return &preset;
    }
    return nullptr;
}

} // namespace

QStringList OAuthConfig::providerNames()
{
    QStringList names;
    for (const Preset &preset : presets)
        names.append(QLatin1String(preset.provider));
    names.append(u"custom"_s);
    return names;
}

std::optional<OAuthConfig> OAuthConfig::preset(const QString &provider)
{
    OAuthConfig config;
    config.provider = provider;
    if (provider == "custom"_L1)
        return config;
    const Preset *preset = findPreset(provider);
    if (!preset)
        return std::nullopt;
    config.authorizeUrl = QUrl(QLatin1String(preset->authorizeUrl));
    config.tokenUrl = QUrl(QLatin1String(preset->tokenUrl));
    config.scope = QLatin1String(preset->scope);
    config.clientId = QLatin1String(preset->clientId);
    return config;
}

QString OAuthConfig::builtInClientId(const QString &provider)
{
    const Preset *preset = findPreset(provider);
    return preset ? QLatin1String(preset->clientId) : QString();
}

bool OAuthConfig::isAllowedEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasFragment())
        return false;
    if (url.scheme() == "https"_L1)
        return true;
    if (url.scheme() != "http"_L1)
        return false;
    // Plain HTTP never leaves the machine: a loopback address, not a name that could resolve elsewhere.
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

QString OAuthConfig::providerLabel() const
{
    if (const Preset *preset = findPreset(provider))
        return QLatin1String(preset->label);
    return authorizeUrl.host();
}

QString OAuthConfig::missingClientIdHelp(const QString &provider)
{
    const Preset *preset = findPreset(provider);
    const QString label = preset ? QLatin1String(preset->label) : tr("the provider");
    QString text = tr("No OAuth2 client id is configured for %1. Postacı does not borrow another program's: "
                      "your organisation registers Postacı as a desktop (public) application at %1, with the "
                      "redirect address http://127.0.0.1 (any port), and gives the client id with "
                      "--oauth-client-id, in the wizard, or at build time (docs/oauth2.md).")
                           .arg(label);
    if (preset && preset->hasAppPasswords)
        text += u' ' + tr("%1 also accepts an app password: choose password sign-in and use one instead.").arg(label);
    return text;
}

QString OAuthConfig::validationError() const
{
    if (provider != "custom"_L1 && !findPreset(provider))
        return tr("\"%1\" is not one of %2.").arg(provider, providerNames().join(", "_L1));
    if (clientId.trimmed().isEmpty())
        return missingClientIdHelp(provider);
    if (SettingsInput::hasControlCharacter(clientId) || SettingsInput::hasControlCharacter(scope))
        return tr("The OAuth2 client id or scope contains a line break or another control character.");
    if (!isAllowedEndpoint(authorizeUrl))
        return tr("The authorization address must be an https:// address (http:// only to 127.0.0.1 or ::1).");
    if (!isAllowedEndpoint(tokenUrl))
        return tr("The token address must be an https:// address (http:// only to 127.0.0.1 or ::1).");
    if (scope.trimmed().isEmpty())
        return tr("The OAuth2 scope is empty.");
    return {};
}

QJsonObject OAuthConfig::toJson() const
{
    return {{u"provider"_s, provider},
            {u"clientId"_s, clientId},
            {u"authorizeUrl"_s, authorizeUrl.toString()},
            {u"tokenUrl"_s, tokenUrl.toString()},
            {u"scope"_s, scope}};
}

std::optional<OAuthConfig> OAuthConfig::fromJson(const QJsonObject &object, QString *error)
{
    OAuthConfig config;
    for (const char *key : {"provider", "clientId", "authorizeUrl", "tokenUrl", "scope"}) {
        if (!object.value(QLatin1String(key)).isString()) {
            if (error)
                *error = tr("\"oauth2.%1\" is missing or not a string").arg(QLatin1String(key));
            return std::nullopt;
        }
    }
    config.provider = object.value("provider"_L1).toString();
    config.clientId = object.value("clientId"_L1).toString();
    config.authorizeUrl = QUrl(object.value("authorizeUrl"_L1).toString());
    config.tokenUrl = QUrl(object.value("tokenUrl"_L1).toString());
    config.scope = object.value("scope"_L1).toString();
    return config;
}

} // namespace Postaci
