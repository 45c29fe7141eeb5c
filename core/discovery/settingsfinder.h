#pragma once

#include "account/emailaddress.h"
#include "common/job.h"
#include "discovery/candidatemerger.h"
#include "discovery/finderoptions.h"
#include "discovery/lookupreport.h"
#include "discovery/servercandidate.h"
#include "discovery/sourceoutcome.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace Postaci {

class AutoconfigFetcher;
class DnsQuery;
class ProviderCatalog;
class ServerGuesser;
class ServerProber;
struct AutoconfigFetchResult;
struct DnsAnswer;
struct ProbeTarget;
struct SessionResult;

// Finds a provider's SMTP settings from an address or domain, asking every source at once
// (Thunderbird's parallel lookup, plus RFC 6186 SRV like Evolution and msmtp):
//
//   catalog · provider autoconfig (HTTPS) · well-known autoconfig (HTTPS) · ISPDB (HTTPS)
//   · SRV · MX (→ catalog provider, or → ISPDB of the MX host's base domain)
//   · guessing (probes smtp./mail./<domain> that resolve) · plain-HTTP autoconfig (last resort)
//
// One-shot job:
//   auto *finder = new SettingsFinder(options, parent);
//   connect(finder, &SettingsFinder::candidateFound, ...);  // progressively, each new server once
//   connect(finder, &SettingsFinder::finished, ...);        // exactly once; then it deleteLater()s itself
//   finder->start(EmailAddress::parseEmailOrDomain(text));  // a valid address or bare domain
//   finder->cancel();                                       // prompt: finished(cancelled report) at once
//
// Everything runs under one overall deadline; when it passes, the report holds what was found
// (deadlineReached) and the sources still running are reported as timeouts. Candidates are
// merged, judged and ranked by CandidateMerger.
//
// Plain-HTTP autoconfig is a last resort: it is fetched alongside the others (so it costs no
// time) but its suggestions are used only when no HTTPS autoconfig, ISPDB or catalog
// suggestion exists, and they are always flagged and never trusted. They are held back until
// every source has answered (or the deadline passed) and only then probed with --probe, so an
// ignored document never makes Postacı connect anywhere; the request carries no address
// (docs/security.md#lookup).
//
// cancel() and isRunning() come from Job; start() takes the target and then runs as Job's does
// (once; finished() never from inside it).
class SettingsFinder : public Job
{
    Q_OBJECT
public:
    explicit SettingsFinder(const FinderOptions &options = {}, QObject *parent = nullptr);
    ~SettingsFinder() override;

    // target: a valid EmailAddress::parseEmailOrDomain() result.
    void start(const EmailAddress &target);

    const FinderOptions &options() const { return m_options; }

Q_SIGNALS:
    void candidateFound(const Postaci::ServerCandidate &candidate); // a new server
    void candidateUpdated(
            const Postaci::ServerCandidate &candidate); // another source confirmed it, or a probe verified it
    void sourceFinished(const Postaci::SourceOutcome &outcome);
    void finished(const Postaci::LookupReport &report);

private:
    void run() override;
    void doCancel() override;
    void startCatalog();
    void startFetch(const QString &sourceName, const QUrl &url, CandidateSource source, const QString &mxHost = {});
    void startSrv();
    void startMx();
    void startGuessing();

    void fetchFinished(AutoconfigFetcher *fetcher, CandidateSource source, const QString &mxHost,
                       const AutoconfigFetchResult &result);
    void srvAnswered(int service, const DnsAnswer &answer);
    void mxAnswered(const DnsAnswer &answer);
    void probeFinished(const ProbeTarget &target, const SessionResult &result, qint64 ms);

    void addCandidates(const QList<ServerCandidate> &candidates);
    void addCandidate(const ServerCandidate &candidate, int orderInSource);
    void recordOutcome(const SourceOutcome &outcome);
    void jobDone();
    void maybeFinish();
    void deadlineReached();
    void finish(bool cancelled);
    bool hasTrustedSourceCandidate() const;
    void releasePlainHttpCandidates();
    const ProviderCatalog &catalog() const;
    QNetworkAccessManager *network();

    FinderOptions m_options;
    EmailAddress m_target;
    CandidateMerger m_merger;
    QList<SourceOutcome> m_outcomes;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    QNetworkAccessManager *m_network = nullptr;
    QList<QPointer<AutoconfigFetcher>> m_fetchers;
    QList<QPointer<DnsQuery>> m_dnsQueries;
    QPointer<ServerGuesser> m_guesser;
    ServerProber *m_prober = nullptr;
    QHash<QString, bool> m_verification; // probe results by candidate key
    QList<QPair<ServerCandidate, int>> m_plainHttpCandidates; // held back until every source answered
    qsizetype m_plainHttpOutcomeIndex = -1;
    int m_pendingJobs = 0;
};

} // namespace Postaci
