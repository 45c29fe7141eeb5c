#include "diagnosiscontext.h"

#include "account/emailaddress.h"
#include "discovery/domainnames.h"
#include "discovery/providercatalog.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Postaci {

DiagnosisContext DiagnosisContext::forAccount(const QString &emailAddress, const QString &host, const QString &providerId)
{
    return forAccount(emailAddress, host, ProviderCatalog::builtIn(), providerId);
}

DiagnosisContext DiagnosisContext::forAccount(const QString &emailAddress, const QString &host, const ProviderCatalog &catalog,
                                              const QString &providerId)
{
    DiagnosisContext context;
    context.emailAddress = emailAddress;

    const ProviderEntry *provider = providerId.isEmpty() ? nullptr : catalog.byId(providerId);
    if (!provider) {
        if (const EmailAddress address = EmailAddress::parseEmailOrDomain(emailAddress); address.isValid())
            provider = catalog.findByDomain(address.domain());
    }
    // A server found by its name only: an address names no provider (127.0.0.1 is Proton's
    // Bridge in the catalog, but also any local test server or relay).
    const bool hostIsAddress = !QHostAddress(host).isNull();
    if (!provider && !hostIsAddress) {
        const QString normalizedHost = DomainNames::normalized(host);
        for (const ProviderEntry &entry : catalog.providers()) {
            for (const CatalogSmtpServer &server : entry.smtp) {
                if (!normalizedHost.isEmpty() && server.host.compare(normalizedHost, Qt::CaseInsensitive) == 0) {
                    provider = &entry;
                    break;
                }
            }
            if (provider)
                break;
        }
    }
    if (!provider)
        return context;

    context.providerId = provider->id;
    context.providerName = provider->name;
    const QString kind = provider->passwordFormat.value("kind"_L1).toString();
    context.providerRequiresAppPassword = kind == "app-password"_L1;
    context.providerRequiresOAuth = kind == "oauth2-only"_L1;
    const QUrl help(provider->passwordFormat.value("helpUrl"_L1).toString());
    if (help.isValid() && help.scheme() == "https"_L1)
        context.passwordHelpUrl = help;
    return context;
}

} // namespace Postaci
