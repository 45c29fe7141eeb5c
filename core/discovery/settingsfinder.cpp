#include "settingsfinder.h"
#include "autoconfigfetcher.h"
#include "autoconfigparser.h"
#include "dnsdiscovery.h"
#include "dnsquery.h"
#include "domainnames.h"
#include "providercatalog.h"
#include "serverguesser.h"
#include "serverprober.h"

#include <QNetworkAccessManager>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

QString deadlineReason(std::chrono::milliseconds deadline)
{
    return SettingsFinder::tr("overall deadline of %1 ms reached").arg(qint64(deadline.count()));
}

// The names a provider's servers live under: its mail domains ("*.x" counts as x) and the base
// domains of its SMTP hosts (Gmail's smtp.gmail.com, Microsoft's smtp.office365.com...).
QStringList ownDomainsOf(const ProviderEntry &provider)
{
    QStringList domains;
    for (QString domain : provider.domains) {
        if (domain.startsWith("*."_L1))
            domain = domain.mid(2);
        domains.append(domain);
    }
    for (const CatalogSmtpServer &server : provider.smtp)
        domains.append(DomainNames::registrableDomain(server.host));
    domains.removeAll(QString());
    domains.removeDuplicates();
    return domains;
}

// "A host outside the address's domain and not a known provider" is foreign: every catalog
// provider's own names are known, whichever domain the user asked about (the ISPDB sends
// nyu.edu to smtp.gmail.com, for instance).
QSet<QString> knownProviderDomains(const ProviderCatalog &catalog)
{
    QSet<QString> known;
    for (const ProviderEntry &provider : catalog.providers()) {
        for (const CatalogSmtpServer &server : provider.smtp) {
            known.insert(DomainNames::normalized(server.host));
            known.insert(DomainNames::registrableDomain(server.host));
        }
    }
    known.remove(QString());
    return known;
}

} // namespace

SettingsFinder::SettingsFinder(const FinderOptions &options, QObject *parent)
    : Job(Start::RunAtOnce, Lifetime::DeleteWhenFinished, parent)
    , m_options(options)
{
    m_deadline.setSingleShot(true);
    // A coarse timer may fire up to 5% early; the deadline is a promise to the user.
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &SettingsFinder::deadlineReached);
}

SettingsFinder::~SettingsFinder() = default;

const ProviderCatalog &SettingsFinder::catalog() const
{
    return m_options.catalog ? *m_options.catalog : ProviderCatalog::builtIn();
}

QNetworkAccessManager *SettingsFinder::network()
{
    // Created only when a network source runs: --offline creates no network object at all.
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setAutoDeleteReplies(false);
        // HSTS would silently turn the plain-HTTP last resort into HTTPS and hide what happened.
        m_network->setStrictTransportSecurityEnabled(false);
    }
    return m_network;
}

void SettingsFinder::start(const EmailAddress &target)
{
    if (isStarted())
        return;
    m_target = target;
    Job::start();
}

void SettingsFinder::run()
{
    const EmailAddress &target = m_target;
    m_clock.start();

    CandidateMerger::Context context;
    context.addressDomain = target.domain();
    const QSet<QString> knownDomains = knownProviderDomains(catalog());
    context.isKnownProviderHost = [knownDomains](const ServerCandidate &candidate) {
        const QString host = DomainNames::normalized(candidate.host);
        return knownDomains.contains(host) || knownDomains.contains(DomainNames::registrableDomain(host));
    };
    m_merger = CandidateMerger(context);

    FinderOptions::Sources sources = m_options.sources;
    if (!target.isValid() || target.domain().isEmpty())
        sources = {}; // nothing to ask about: an empty report, through the event loop as always
    if (sources & FinderOptions::Source::Catalog)
        startCatalog();

    const bool network = sources & ~FinderOptions::Sources(FinderOptions::Source::Catalog);
    if (network) {
        m_deadline.start(m_options.deadline);
        if (m_options.probing == FinderOptions::Probing::VerifyCandidates) {
            ServerProber::Options probeOptions;
            probeOptions.timeout = m_options.probeTimeout;
            probeOptions.extraCaCertificates = m_options.extraCaCertificates;
            m_prober = new ServerProber(probeOptions, this);
            connect(m_prober, &ServerProber::probeFinished, this, &SettingsFinder::probeFinished);
        }
        const QString domain = target.domain();
        if (sources & FinderOptions::Source::ProviderAutoconfig)
            startFetch(QLatin1String(SourceNames::providerAutoconfig),
                       AutoconfigFetcher::providerAutoconfigUrl(domain, target.address()),
                       CandidateSource::ProviderAutoconfig);
        if (sources & FinderOptions::Source::WellKnownAutoconfig)
            startFetch(QLatin1String(SourceNames::wellKnownAutoconfig),
                       AutoconfigFetcher::wellKnownAutoconfigUrl(domain), CandidateSource::ProviderAutoconfig);
        if (sources & FinderOptions::Source::Ispdb) {
            const QUrl base = m_options.ispdbBaseUrl.isEmpty() ? FinderOptions::configuredIspdbBaseUrl()
                                                               : m_options.ispdbBaseUrl;
            startFetch(QLatin1String(SourceNames::ispdb), AutoconfigFetcher::ispdbUrl(base, domain),
                       CandidateSource::Ispdb);
        }
        if (sources & FinderOptions::Source::PlainHttpAutoconfig)
            startFetch(QLatin1String(SourceNames::plainHttpAutoconfig),
                       AutoconfigFetcher::plainHttpAutoconfigUrl(domain),
                       CandidateSource::PlainHttpAutoconfig);
        if (sources & FinderOptions::Source::Srv)
            startSrv();
        if (sources & FinderOptions::Source::Mx)
            startMx();
        if (sources & FinderOptions::Source::Guess)
            startGuessing();
    }
    // Even an instant (catalog-only) lookup reports through the event loop, so that callers can
    // rely on start() returning before finished().
    callSoon([this] { maybeFinish(); });
}

void SettingsFinder::startCatalog()
{
    QElapsedTimer clock;
    clock.start();
    SourceOutcome outcome;
    outcome.name = QLatin1String(SourceNames::catalog);
    outcome.query = m_target.domain();
    const QList<ServerCandidate> candidates
            = catalog().candidatesFor(m_target.hasLocalPart() ? m_target.address() : m_target.domain());
    if (const ProviderEntry *provider = catalog().findByDomain(m_target.domain()))
        m_merger.context().ownDomains += ownDomainsOf(*provider);
    outcome.outcome = candidates.isEmpty() ? SourceOutcome::Kind::NotFound : SourceOutcome::Kind::Found;
    if (candidates.isEmpty())
        outcome.reason = tr("no provider in the built-in catalog serves this domain");
    outcome.candidateCount = int(candidates.size());
    outcome.ms = clock.elapsed();
    recordOutcome(outcome);
    addCandidates(candidates);
}

void SettingsFinder::startFetch(const QString &sourceName, const QUrl &url, CandidateSource source,
                                const QString &mxHost)
{
    AutoconfigFetcher::Options fetchOptions;
    fetchOptions.timeout = m_options.fetchTimeout;
    fetchOptions.maxBytes = m_options.maxFetchBytes;
    fetchOptions.extraCaCertificates = m_options.extraCaCertificates;
    auto *fetcher = new AutoconfigFetcher(network(), sourceName, url, fetchOptions, this);
    connect(fetcher, &AutoconfigFetcher::finished, this,
            [this, fetcher, source, mxHost](const AutoconfigFetchResult &result) {
                fetchFinished(fetcher, source, mxHost, result);
            });
    m_fetchers.append(fetcher);
    ++m_pendingJobs;
    fetcher->start();
}

void SettingsFinder::fetchFinished(AutoconfigFetcher *fetcher, CandidateSource source, const QString &mxHost,
                                   const AutoconfigFetchResult &result)
{
    m_fetchers.removeAll(fetcher);
    SourceOutcome outcome = result.outcome;
    QList<ServerCandidate> candidates;
    if (outcome.outcome == SourceOutcome::Kind::Found) {
        const AutoconfigParseResult parsed = AutoconfigParser::parse(result.body);
        if (!parsed.isOk()) {
            outcome.outcome = SourceOutcome::Kind::Error;
            outcome.reason = tr("not a usable clientConfig document (%1)").arg(parsed.error.toString());
        } else {
            QString detail = result.finalUrl.toString(QUrl::RemoveUserInfo);
            if (!mxHost.isEmpty())
                detail = u"MX "_s + mxHost + u" -> "_s + detail;
            const QString who = m_target.hasLocalPart() ? m_target.address() : m_target.domain();
            candidates = parsed.document->toCandidates(who, source, detail);
            if (candidates.isEmpty()) {
                outcome.outcome = SourceOutcome::Kind::NotFound;
                outcome.reason = tr("the document lists no SMTP server");
            } else if (!mxHost.isEmpty()) {
                // The ISPDB (over HTTPS) vouches for the hosting company's own names.
                m_merger.context().ownDomains.append(DomainNames::registrableDomain(mxHost));
            }
        }
    }
    outcome.candidateCount = int(candidates.size());
    recordOutcome(outcome);
    if (source == CandidateSource::PlainHttpAutoconfig) {
        // Held back, and not probed: a document that ends up ignored must not make Postacı
        // connect to the hosts it names (docs/security.md#lookup). Released ones are probed
        // through addCandidate() like any other suggestion.
        m_plainHttpOutcomeIndex = m_outcomes.size() - 1;
        for (int i = 0; i < candidates.size(); ++i)
            m_plainHttpCandidates.append({candidates.at(i), i});
    } else {
        addCandidates(candidates);
    }
    jobDone();
}

void SettingsFinder::startSrv()
{
    // RFC 8314 §5.1: _submissions (implicit TLS) is preferred to RFC 6186's _submission.
    const DnsDiscovery::SubmissionService services[]
            = {DnsDiscovery::SubmissionService::Submissions, DnsDiscovery::SubmissionService::Submission};
    for (const DnsDiscovery::SubmissionService service : services) {
        auto *query = new DnsQuery(QDnsLookup::SRV, DnsDiscovery::srvName(service, m_target.domain()),
                                   QLatin1String(SourceNames::srv), m_options.dnsTimeout, this);
        connect(query, &DnsQuery::finished, this,
                [this, service](const DnsAnswer &answer) { srvAnswered(int(service), answer); });
        m_dnsQueries.append(query);
        ++m_pendingJobs;
        query->start();
    }
}

void SettingsFinder::srvAnswered(int serviceValue, const DnsAnswer &answer)
{
    const auto service = DnsDiscovery::SubmissionService(serviceValue);
    SourceOutcome outcome = answer.outcome;
    QList<ServerCandidate> candidates;
    if (outcome.outcome == SourceOutcome::Kind::Found) {
        if (DnsDiscovery::isServiceDeclined(answer.services)) {
            outcome.outcome = SourceOutcome::Kind::NotFound;
            outcome.reason = tr("target \".\": the domain says this service is not available (RFC 6186 §3.4)");
        } else {
            candidates
                    = DnsDiscovery::candidatesFromSrv(service, m_target.domain(), answer.services, m_target.address());
            if (candidates.isEmpty()) {
                outcome.outcome = SourceOutcome::Kind::NotFound;
                outcome.reason = tr("no usable SRV target");
            }
        }
    }
    outcome.candidateCount = int(candidates.size());
    recordOutcome(outcome);
    // _submissions answers rank before _submission ones from the same source.
    const int base = service == DnsDiscovery::SubmissionService::Submissions ? 0 : 100;
    for (int i = 0; i < candidates.size(); ++i)
        addCandidate(candidates.at(i), base + i);
    jobDone();
}

void SettingsFinder::startMx()
{
    auto *query = new DnsQuery(QDnsLookup::MX, m_target.domain(), QLatin1String(SourceNames::mx), m_options.dnsTimeout,
                               this);
    connect(query, &DnsQuery::finished, this, &SettingsFinder::mxAnswered);
    m_dnsQueries.append(query);
    ++m_pendingJobs;
    query->start();
}

void SettingsFinder::mxAnswered(const DnsAnswer &answer)
{
    SourceOutcome outcome = answer.outcome;
    QList<ServerCandidate> candidates;
    QString unmatchedHost;
    if (outcome.outcome == SourceOutcome::Kind::Found) {
        QStringList hosts;
        for (const QDnsMailExchangeRecord &record : answer.mailExchangers) {
            const QString host = DomainNames::normalized(DnsDiscovery::targetHost(record.exchange()));
            if (!host.isEmpty())
                hosts.append(host);
        }
        outcome.reason = hosts.join(QLatin1Char(' '));
        // The normalised address, as the catalog source gets it (user names with the ACE domain).
        const EmailAddress who
                = EmailAddress::parseEmailOrDomain(m_target.hasLocalPart() ? m_target.address() : m_target.domain());
        for (const QString &host : std::as_const(hosts)) {
            const ProviderEntry *provider = catalog().findByMxHost(host);
            if (!provider)
                continue;
            candidates = ProviderCatalog::candidates(*provider, who, CandidateSource::Mx,
                                                     u"MX "_s + host + u" -> "_s
                                                             + provider->name);
            m_merger.context().ownDomains += ownDomainsOf(*provider);
            outcome.reason = u"%1 -> %2"_s.arg(host, provider->name);
            break;
        }
        if (candidates.isEmpty() && !hosts.isEmpty())
            unmatchedHost = hosts.first();
        if (hosts.isEmpty()) {
            // RFC 7505 null MX ("MX 0 .") says the domain accepts no mail at all.
            outcome.outcome = SourceOutcome::Kind::NotFound;
            outcome.reason = tr("null MX: the domain accepts no mail (RFC 7505)");
        }
    }
    outcome.candidateCount = int(candidates.size());
    recordOutcome(outcome);
    addCandidates(candidates);

    // Thunderbird's MX step: the hosting company's ISPDB entry, found by the MX host's base domain.
    if (!unmatchedHost.isEmpty() && (m_options.sources & FinderOptions::Source::Ispdb) && !isFinished()) {
        const QString base = DomainNames::registrableDomain(unmatchedHost);
        if (!base.isEmpty() && base != m_target.domain() && !DomainNames::isSameOrSubdomain(m_target.domain(), base)) {
            const QUrl ispdbBase = m_options.ispdbBaseUrl.isEmpty() ? FinderOptions::configuredIspdbBaseUrl()
                                                                    : m_options.ispdbBaseUrl;
            startFetch(QLatin1String(SourceNames::mxIspdb), AutoconfigFetcher::ispdbUrl(ispdbBase, base),
                       CandidateSource::Mx, unmatchedHost);
        }
    }
    jobDone();
}

void SettingsFinder::startGuessing()
{
    ServerGuesser::Options guessOptions;
    guessOptions.resolveTimeout = m_options.dnsTimeout;
    guessOptions.probe.timeout = m_options.probeTimeout;
    guessOptions.probe.extraCaCertificates = m_options.extraCaCertificates;
    m_guesser = new ServerGuesser(m_target.domain(), m_target.address(), guessOptions, this);
    connect(m_guesser, &ServerGuesser::sourceFinished, this, &SettingsFinder::recordOutcome);
    connect(m_guesser, &ServerGuesser::candidateFound, this, &SettingsFinder::addCandidate);
    connect(m_guesser, &ServerGuesser::finished, this, [this] {
        if (m_guesser)
            m_guesser->deleteLater();
        m_guesser = nullptr;
        jobDone();
    });
    ++m_pendingJobs;
    m_guesser->start();
}

void SettingsFinder::addCandidates(const QList<ServerCandidate> &candidates)
{
    for (int i = 0; i < candidates.size(); ++i)
        addCandidate(candidates.at(i), i);
}

void SettingsFinder::addCandidate(const ServerCandidate &candidate, int orderInSource)
{
    if (isFinished())
        return;
    const QString key = CandidateMerger::key(candidate);
    const CandidateMerger::AddResult added = m_merger.add(candidate, orderInSource);
    if (const auto it = m_verification.constFind(key); it != m_verification.constEnd())
        m_merger.setVerified(key, *it);
    if (added == CandidateMerger::AddResult::New) {
        Q_EMIT candidateFound(m_merger.candidate(key));
        const bool guessed = candidate.verified.has_value();
        if (m_prober && !guessed && !m_verification.contains(key))
            m_prober->probe({candidate.host, candidate.port, candidate.security});
    } else if (added == CandidateMerger::AddResult::Merged) {
        Q_EMIT candidateUpdated(m_merger.candidate(key));
    }
}

void SettingsFinder::probeFinished(const ProbeTarget &target, const SessionResult &result, qint64 ms)
{
    if (isFinished())
        return;
    recordOutcome(probeOutcome(SourceNames::probe, target, result, ms));
    const QString key = target.key();
    m_verification.insert(key, result.ok);
    if (m_merger.setVerified(key, result.ok))
        Q_EMIT candidateUpdated(m_merger.candidate(key));
    maybeFinish();
}

void SettingsFinder::recordOutcome(const SourceOutcome &outcome)
{
    m_outcomes.append(outcome);
    Q_EMIT sourceFinished(outcome);
}

void SettingsFinder::jobDone()
{
    --m_pendingJobs;
    maybeFinish();
}

void SettingsFinder::maybeFinish()
{
    if (!isRunning() || m_pendingJobs > 0)
        return;
    // Every source has answered, so whether a trusted one spoke is known: plain-HTTP suggestions
    // are decided now, early enough for --probe to check the ones that are kept.
    releasePlainHttpCandidates();
    if (!isRunning())
        return; // a handler of the released candidates cancelled the lookup
    if (m_prober && m_prober->runningCount() > 0)
        return;
    finish(false);
}

bool SettingsFinder::hasTrustedSourceCandidate() const
{
    const QList<ServerCandidate> candidates = m_merger.ranked();
    return std::any_of(candidates.cbegin(), candidates.cend(), [](const ServerCandidate &candidate) {
        return CandidateMerger::isTrustedSource(candidate.bestSource());
    });
}

void SettingsFinder::releasePlainHttpCandidates()
{
    if (m_plainHttpCandidates.isEmpty())
        return;
    if (hasTrustedSourceCandidate()) {
        if (m_plainHttpOutcomeIndex >= 0 && m_plainHttpOutcomeIndex < m_outcomes.size())
            m_outcomes[m_plainHttpOutcomeIndex].reason = tr("ignored: HTTPS or catalog sources answered");
        m_plainHttpCandidates.clear();
        return;
    }
    const auto held = std::exchange(m_plainHttpCandidates, {});
    for (const auto &[candidate, order] : held)
        addCandidate(candidate, order);
}

void SettingsFinder::deadlineReached()
{
    finish(false);
}

void SettingsFinder::doCancel()
{
    finish(true);
}

void SettingsFinder::finish(bool cancelled)
{
    if (isFinished())
        return;
    const bool cutShort = cancelled || m_pendingJobs > 0 || (m_prober && m_prober->runningCount() > 0);
    const SourceOutcome::Kind kind = cancelled ? SourceOutcome::Kind::Error : SourceOutcome::Kind::Timeout;
    const QString reason = cancelled ? tr("cancelled") : deadlineReason(m_options.deadline);

    // Plain-HTTP suggestions are decided before the jobs are stopped: stopping cannot add any.
    releasePlainHttpCandidates();
    // From here on nothing new is started or added. (A candidate released just above may have
    // led a handler to cancel(), which finished already.)
    if (!claimFinish())
        return;
    m_deadline.stop();

    // Stop whatever still runs; each reports its own outcome synchronously.
    const auto fetchers = m_fetchers;
    for (const QPointer<AutoconfigFetcher> &fetcher : fetchers) {
        if (fetcher)
            fetcher->cancel(kind, reason);
    }
    const auto queries = m_dnsQueries;
    for (const QPointer<DnsQuery> &query : queries) {
        if (query)
            query->cancel(kind, reason);
    }
    if (m_guesser)
        m_guesser->cancel(kind, reason);
    if (m_prober) {
        const QList<ProbeTarget> running = m_prober->runningTargets();
        m_prober->cancelAll();
        for (const ProbeTarget &target : running) {
            SourceOutcome outcome;
            outcome.name = QLatin1String(SourceNames::probe);
            outcome.query = target.text();
            outcome.outcome = kind;
            outcome.reason = reason;
            outcome.ms = m_clock.elapsed();
            recordOutcome(outcome);
        }
    }

    LookupReport report;
    report.input = m_target.input();
    report.emailAddress = m_target.address();
    report.domain = m_target.domain();
    report.cancelled = cancelled;
    report.deadlineReached = cutShort && !cancelled;
    report.probed = m_prober != nullptr;
    report.candidates = m_merger.ranked();
    if (m_prober) {
        // Every candidate is marked: a probe that did not finish in time did not verify it.
        for (ServerCandidate &candidate : report.candidates) {
            if (!candidate.verified.has_value())
                candidate.verified = false;
        }
    }
    report.sources = m_outcomes;
    report.elapsedMs = m_clock.elapsed();
    Q_EMIT finished(report);
}

} // namespace Postaci
