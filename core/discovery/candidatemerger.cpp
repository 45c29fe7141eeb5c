#include "candidatemerger.h"
#include "domainnames.h"

#include <algorithm>

namespace Postaci {

CandidateMerger::CandidateMerger(Context context)
    : m_context(std::move(context))
{
}

QString CandidateMerger::key(const QString &host, quint16 port, Security security)
{
    QString normalizedHost = DomainNames::normalized(host);
    if (normalizedHost.isEmpty())
        normalizedHost = host.trimmed().toLower();
    return normalizedHost + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + securityName(security);
}

QString CandidateMerger::key(const ServerCandidate &candidate)
{
    return key(candidate.host, candidate.port, candidate.security);
}

int CandidateMerger::sourceRank(CandidateSource source)
{
    switch (source) {
    case CandidateSource::ProviderAutoconfig:
        return 0;
    case CandidateSource::Ispdb:
        return 1;
    case CandidateSource::Catalog:
        return 2;
    case CandidateSource::Srv:
        return 3;
    case CandidateSource::Mx:
        return 4;
    case CandidateSource::Guess:
        return 5;
    case CandidateSource::PlainHttpAutoconfig:
        return 6;
    }
    return 7;
}

int CandidateMerger::securityRank(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return 0; // RFC 8314 §3: implicit TLS is preferred for submission
    case Security::StartTls:
        return 1;
    case Security::None:
        return 2;
    }
    return 3;
}

bool CandidateMerger::isTrustedSource(CandidateSource source)
{
    return source == CandidateSource::ProviderAutoconfig || source == CandidateSource::Ispdb
        || source == CandidateSource::Catalog;
}

qsizetype CandidateMerger::indexOf(const QString &candidateKey) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (key(m_entries.at(i).candidate) == candidateKey)
            return i;
    }
    return -1;
}

bool CandidateMerger::contains(const QString &candidateKey) const
{
    return indexOf(candidateKey) >= 0;
}

CandidateMerger::AddResult CandidateMerger::add(const ServerCandidate &incoming, int orderInSource)
{
    const qsizetype index = indexOf(key(incoming));
    if (index < 0) {
        Entry entry;
        entry.candidate = incoming;
        const QString host = DomainNames::normalized(incoming.host);
        if (!host.isEmpty())
            entry.candidate.host = host;
        entry.bestOrder = orderInSource;
        entry.arrival = m_entries.size();
        m_entries.append(entry);
        return AddResult::New;
    }

    Entry &entry = m_entries[index];
    ServerCandidate &existing = entry.candidate;
    const int oldBest = existing.origins.isEmpty() ? 99 : sourceRank(existing.bestSource());
    bool changed = false;
    for (const CandidateOrigin &origin : incoming.origins) {
        const bool known = std::any_of(existing.origins.cbegin(), existing.origins.cend(), [&](const CandidateOrigin &o) {
            return o.source == origin.source && o.detail == origin.detail;
        });
        if (!known) {
            existing.origins.append(origin);
            changed = true;
        }
    }
    const int newBest = incoming.origins.isEmpty() ? 99 : sourceRank(incoming.bestSource());
    if (newBest < oldBest) {
        // A more trusted source said the same: its details (user name, auth, provider) win.
        entry.bestOrder = orderInSource;
        existing.auth = incoming.auth;
        if (!incoming.username.isEmpty())
            existing.username = incoming.username;
        if (!incoming.providerId.isEmpty()) {
            existing.providerId = incoming.providerId;
            existing.providerName = incoming.providerName;
        }
        changed = true;
    } else {
        if (existing.username.isEmpty() && !incoming.username.isEmpty()) {
            existing.username = incoming.username;
            changed = true;
        }
        if (existing.providerId.isEmpty() && !incoming.providerId.isEmpty()) {
            existing.providerId = incoming.providerId;
            existing.providerName = incoming.providerName;
            changed = true;
        }
    }
    if (incoming.verified.has_value() && existing.verified != incoming.verified) {
        // A success from any probe outweighs a failure from another (e.g. a timeout).
        if (!existing.verified.has_value() || *incoming.verified)
            existing.verified = incoming.verified;
        changed = true;
    }
    return changed ? AddResult::Merged : AddResult::Unchanged;
}

bool CandidateMerger::setVerified(const QString &candidateKey, bool verified)
{
    const qsizetype index = indexOf(candidateKey);
    if (index < 0)
        return false;
    std::optional<bool> &current = m_entries[index].candidate.verified;
    if (!current.has_value() || verified)
        current = verified;
    return true;
}

ServerCandidate CandidateMerger::candidate(const QString &candidateKey) const
{
    const qsizetype index = indexOf(candidateKey);
    if (index < 0)
        return {};
    ServerCandidate result = m_entries.at(index).candidate;
    assess(result, m_context);
    return result;
}

void CandidateMerger::assess(ServerCandidate &candidate, const Context &context)
{
    candidate.warnings.clear();
    const CandidateSource best = candidate.origins.isEmpty() ? CandidateSource::Guess : candidate.bestSource();
    switch (best) {
    case CandidateSource::PlainHttpAutoconfig:
        candidate.warnings.append(CandidateWarning::PlainHttpSource);
        break;
    case CandidateSource::Srv:
    case CandidateSource::Mx:
        // QDnsLookup cannot tell whether an answer was DNSSEC-validated: assume it was not.
        candidate.warnings.append(CandidateWarning::DnsWithoutDnssec);
        break;
    case CandidateSource::Guess:
        candidate.warnings.append(CandidateWarning::Guessed);
        break;
    case CandidateSource::ProviderAutoconfig:
    case CandidateSource::Ispdb:
    case CandidateSource::Catalog:
        break;
    }

    bool own = context.addressDomain.isEmpty() || DomainNames::isSameOrSubdomain(candidate.host, context.addressDomain);
    for (const QString &domain : context.ownDomains) {
        if (own)
            break;
        own = DomainNames::isSameOrSubdomain(candidate.host, domain);
    }
    if (!own && context.isKnownProviderHost)
        own = context.isKnownProviderHost(candidate);
    if (!own)
        candidate.warnings.append(CandidateWarning::ForeignHost);

    if (candidate.security == Security::None)
        candidate.warnings.append(CandidateWarning::Plaintext);
    if (candidate.port == 25)
        candidate.warnings.append(CandidateWarning::Port25);

    candidate.trusted = isTrustedSource(best) && own;
}

QList<ServerCandidate> CandidateMerger::ranked() const
{
    QList<Entry> entries = m_entries;
    for (Entry &entry : entries)
        assess(entry.candidate, m_context);
    auto verifiedRank = [](const ServerCandidate &c) { return !c.verified.has_value() ? 1 : (*c.verified ? 0 : 2); };
    std::stable_sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
        const ServerCandidate &x = a.candidate;
        const ServerCandidate &y = b.candidate;
        const auto keyOf = [&](const Entry &e, const ServerCandidate &c) {
            // Trust first, then encryption, then the source: a trusted source's plaintext entry
            // must not outrank a trusted TLS one (an ISPDB "plain" above the catalog's TLS server
            // became the wizard's selection; docs/security.md#lookup).
            return std::make_tuple(c.trusted ? 0 : 1, c.security == Security::None ? 1 : 0,
                                   c.origins.isEmpty() ? 99 : sourceRank(c.bestSource()), securityRank(c.security),
                                   verifiedRank(c), c.port == 25 ? 1 : 0, e.bestOrder, e.arrival);
        };
        return keyOf(a, x) < keyOf(b, y);
    });
    QList<ServerCandidate> result;
    result.reserve(entries.size());
    for (const Entry &entry : entries)
        result.append(entry.candidate);
    return result;
}

} // namespace Postaci
