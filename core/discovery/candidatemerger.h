#pragma once

#include "discovery/servercandidate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Postaci {

// Folds the suggestions of every source into one list, judges how far each can be trusted,
// and ranks them. Pure logic, no I/O: the finder feeds it, the unit tests drive it directly.
//
// - Duplicates (same host, case-insensitively, same port and security) become one candidate
//   listing every origin.
// - Ranking: trusted before untrusted; within each, encrypted before plaintext; then the best
//   origin's source (provider HTTPS autoconfig, ISPDB, catalog, SRV, MX-derived, guess,
//   plain-HTTP autoconfig), then security (implicit TLS, STARTTLS, none), then verified (probe
//   succeeded, not probed, probe failed), then port 25 last, then the order the best source
//   itself gave.
// - Warnings come from the best origin (a candidate that an HTTPS source confirms is not
//   weakened by a DNS answer saying the same) and from the server itself:
//   plain-http-source, dns-without-dnssec, guessed, foreign-host, plaintext, port-25.
// - trusted: the best origin is a trusted source (HTTPS autoconfig, ISPDB over HTTPS, the
//   catalog) and the host is not foreign. Plaintext and port 25 are warnings about the
//   connection, not about who said so, so they do not remove trust.
class CandidateMerger
{
public:
    struct Context
    {
        QString addressDomain;  // the domain the user asked about
        QStringList ownDomains; // other names that are not foreign: the matched provider's domains, the MX-mapped provider's
        // Optional: true when the host belongs to a known provider (e.g. the catalog lists it).
        std::function<bool(const ServerCandidate &candidate)> isKnownProviderHost;
    };

    enum class AddResult { New, Merged, Unchanged };

    explicit CandidateMerger(Context context = {});

    Context &context() { return m_context; }
    const Context &context() const { return m_context; }

    // orderInSource: the position the source gave this suggestion (0 = its first choice).
    AddResult add(const ServerCandidate &candidate, int orderInSource = 0);

    // Records a probe result on the candidate with this key (if any). Returns true when found.
    bool setVerified(const QString &key, bool verified);

    bool contains(const QString &key) const;
    qsizetype size() const { return m_entries.size(); }

    // The current state of one candidate (warnings and trust assessed), by key.
    ServerCandidate candidate(const QString &key) const;

    // Every candidate, assessed and ranked best first.
    QList<ServerCandidate> ranked() const;

    static QString key(const ServerCandidate &candidate);
    static QString key(const QString &host, quint16 port, Security security);

    // Recomputes warnings and trusted for one candidate in the given context.
    static void assess(ServerCandidate &candidate, const Context &context);

    static int sourceRank(CandidateSource source);   // 0 = most trusted
    static int securityRank(Security security);      // 0 = implicit TLS
    static bool isTrustedSource(CandidateSource source);

private:
    struct Entry
    {
        ServerCandidate candidate;
        int bestOrder = 0;  // orderInSource of the best origin
        qsizetype arrival = 0;
    };
    qsizetype indexOf(const QString &key) const;

    Context m_context;
    QList<Entry> m_entries;
};

} // namespace Postaci
