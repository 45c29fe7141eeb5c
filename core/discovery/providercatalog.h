#pragma once

#include "discovery/providerentry.h"
#include "discovery/servercandidate.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Postaci {

class EmailAddress;

// A problem found while validating providers.json. `field` names the JSON member
// ("smtp[1].port"); `index` is the provider's position in the array (-1 for the whole file).
struct CatalogIssue
{
    int index = -1;
    QString providerId;
    QString field;
    QString problem;

    QString toString() const; // "providers[3] (gmail) smtp[0].port: must be 1..65535"
};

// The built-in provider catalog (resources/providers.json, embedded as :/providers.json).
// Loaded once and indexed (domains and ids in hashes), so an offline lookup costs microseconds.
// Entries that fail validation are left out and reported by issues(); the rest stay usable.
class ProviderCatalog
{
public:
    static constexpr int supportedSchemaVersion = 1;

    ProviderCatalog() = default; // empty, valid

    // The embedded catalog, parsed on first use. Issues are logged with qWarning (a test checks
    // there are none).
    static const ProviderCatalog &builtIn();
    static ProviderCatalog fromJson(const QByteArray &json);
    static ProviderCatalog fromFile(const QString &path); // also ":/providers.json"

    bool isValid() const { return m_issues.isEmpty(); }
    const QList<CatalogIssue> &issues() const { return m_issues; }
    int schemaVersion() const { return m_schemaVersion; }
    const QList<ProviderEntry> &providers() const { return m_providers; }

    // Case-insensitive (ASCII), accepts IDNs in Unicode or ACE form and a trailing dot. A domain
    // listed exactly wins over a "*.parent" entry. nullptr when unknown. The pointers stay valid
    // as long as the catalog does.
    const ProviderEntry *findByDomain(const QString &domain) const;
    // The provider whose MX pattern matches the host most specifically (most literal characters).
    const ProviderEntry *findByMxHost(const QString &mxHost) const;
    const ProviderEntry *byId(const QString &id) const;
    // The first provider that lists this host among its SMTP servers (the catalog's order).
    const ProviderEntry *findBySmtpHost(const QString &host) const;

    // Catalog candidates for an address (or a bare domain, which leaves the local-part
    // placeholders in the user name): source Catalog, trusted, provider id/name set, transport
    // warnings computed. Empty when the domain is unknown or the provider has no SMTP.
    QList<ServerCandidate> candidatesFor(const QString &emailOrDomain) const;

    // Candidates of one provider with any source, e.g. Mx when the finder mapped an MX host to a
    // catalog entry. trusted is true only for CandidateSource::Catalog; the caller adds what only
    // it knows (DNS without DNSSEC, foreign host).
    static QList<ServerCandidate> candidates(const ProviderEntry &provider, const EmailAddress &address,
                                             CandidateSource source, const QString &originDetail);

    // '*' matches any run of characters (dots included); everything else literally, ASCII
    // case-insensitive. The whole host must match.
    static bool mxPatternMatches(const QString &pattern, const QString &host);

private:
    struct MxIndexEntry
    {
        QString pattern;
        int literalLength = 0;
        qsizetype provider = -1;
    };

    void parse(const QByteArray &json);
    void addIssue(int index, const QString &providerId, const QString &field, const QString &problem);
    void buildIndex();

    int m_schemaVersion = 0;
    QList<ProviderEntry> m_providers;
    QList<CatalogIssue> m_issues;
    QHash<QString, qsizetype> m_byDomain;
    QHash<QString, qsizetype> m_bySubdomainOf; // "*.onmicrosoft.com" stored as "onmicrosoft.com"
    QHash<QString, qsizetype> m_byId;
    QList<MxIndexEntry> m_mxPatterns;
};

} // namespace Postaci
