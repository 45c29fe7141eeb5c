#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Postaci {

// How one account signs in with OAuth2 (docs/oauth2.md): which provider preset, the client id
// registered for Postacı, the two endpoints and the scope. Kept in the account file; no token
// is ever part of it (the tokens live in the keychain, see OAuthTokens).
struct OAuthConfig
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::OAuthConfig)
public:
    QString provider; // "microsoft", "google", "yahoo", "aol" or "custom"
    QString clientId;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString scope;

    // The provider words of --oauth-provider.
    static QStringList providerNames();
    // The preset of a provider: endpoints, scope and the build-time client id (may be empty).
    // "custom" has no endpoints. nullopt for an unknown name.
    static std::optional<OAuthConfig> preset(const QString &provider);
    // The client id set at build time for a provider (CMake cache variables
    // POSTACI_OAUTH_CLIENT_ID_*), empty when none was.
    static QString builtInClientId(const QString &provider);

    // RFC 8252 §8.3: endpoints over HTTPS; plain HTTP only to a loopback address.
    static bool isAllowedEndpoint(const QUrl &url);

    // "Microsoft", "Google"...; for custom, the host of the authorization endpoint.
    QString providerLabel() const;
    // The first problem that keeps this configuration from being used, translated; empty when
    // none. A missing client id gives missingClientIdHelp().
    QString validationError() const;
    // How to get a client id, and the app-password route where the provider has one.
    static QString missingClientIdHelp(const QString &provider);

    QJsonObject toJson() const;
    static std::optional<OAuthConfig> fromJson(const QJsonObject &object, QString *error = nullptr);

    bool operator==(const OAuthConfig &other) const = default;
};

} // namespace Postaci
