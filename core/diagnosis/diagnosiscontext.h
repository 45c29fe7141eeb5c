#pragma once

#include <QString>
#include <QUrl>

namespace Postaci {

class ProviderCatalog;

// What the caller knows beyond the session: the account's address and, when the provider is in
// the catalog, what it requires. Every field is optional; diagnose() uses what is there (the
// address is offered as the user name, a provider that needs an app password or OAuth2 turns a
// refused password into app-password-required / oauth-required with the provider's help page).
struct DiagnosisContext
{
    QString emailAddress;            // the account's address
    QString providerId;              // catalog id, e.g. "gmail"
    QString providerName;            // shown to the user, e.g. "Gmail"
    bool providerRequiresAppPassword = false; // the catalog's passwordFormat kind "app-password"
    bool providerRequiresOAuth = false;       // the catalog's passwordFormat kind "oauth2-only"
    QUrl passwordHelpUrl;            // the provider's page on creating an app password / signing in

    // The provider is the account's own (providerId: the catalog id it was saved with) when there
    // is one; else it is found by the address's domain, else by the server's host name (a custom
    // domain hosted by Google Workspace sends through smtp.gmail.com; an IP address names no
    // provider). Unknown: only the address is set. TestSendJob builds every face's context here.
    static DiagnosisContext forAccount(const QString &emailAddress, const QString &host, const QString &providerId = {});
    static DiagnosisContext forAccount(const QString &emailAddress, const QString &host, const ProviderCatalog &catalog,
                                       const QString &providerId = {});
};

} // namespace Postaci
