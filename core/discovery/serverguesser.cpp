#include "serverguesser.h"

using namespace Qt::StringLiterals;

namespace Postaci {

SourceOutcome::Kind probeFailureKind(SessionError error)
{
    switch (error) {
    case SessionError::HostNotFound:
    case SessionError::ConnectionRefused:
    case SessionError::NetworkError:
        return SourceOutcome::Kind::NotFound; // nothing listens there
    case SessionError::ConnectTimeout:
    case SessionError::Timeout:
        return SourceOutcome::Kind::Timeout;
    default:
        return SourceOutcome::Kind::Error; // something answered, but not a usable server (TLS, certificate, protocol)
    }
}

SourceOutcome probeOutcome(const char *sourceName, const ProbeTarget &target, const SessionResult &result, qint64 ms)
{
    SourceOutcome outcome;
    outcome.name = QLatin1String(sourceName);
    outcome.query = target.text();
    outcome.ms = ms;
    if (result.ok) {
        outcome.outcome = SourceOutcome::Kind::Found;
        return outcome;
    }
    outcome.outcome = probeFailureKind(result.error);
    outcome.reason = sessionErrorName(result.error);
    if (!result.errorDetail.isEmpty())
        outcome.reason += u": "_s + result.errorDetail;
    return outcome;
}

ServerGuesser::ServerGuesser(const QString &domain, const QString &emailAddress, const Options &options,
                             QObject *parent)
    : Job(Start::RunAtOnce, Lifetime::OwnerDeletes, parent)
    , m_domain(domain)
    , m_emailAddress(emailAddress)
    , m_options(options)
    , m_hosts(guessedHosts(domain))
{
    m_prober = new ServerProber(options.probe, this);
    connect(m_prober, &ServerProber::probeFinished, this, &ServerGuesser::probeFinished);
    m_resolveTimer.setSingleShot(true);
    m_resolveTimer.setTimerType(Qt::PreciseTimer); // a deadline never ends early (docs/testing.md)
    connect(&m_resolveTimer, &QTimer::timeout, this, [this] {
        for (int i = 0; i < m_lookupIds.size(); ++i) {
            if (m_lookupIds.at(i) == -1)
                continue;
            if (m_lookupIds.at(i) != pendingLookup)
                QHostInfo::abortHostLookup(m_lookupIds.at(i));
            m_lookupIds[i] = -1;
            SourceOutcome outcome;
            outcome.name = QLatin1String(SourceNames::guessResolve);
            outcome.query = u"A/AAAA "_s + m_hosts.at(i);
            outcome.outcome = SourceOutcome::Kind::Timeout;
            outcome.reason = tr("no answer within %1 ms").arg(qint64(m_options.resolveTimeout.count()));
            outcome.ms = m_resolveClocks.at(i).elapsed();
            Q_EMIT sourceFinished(outcome);
        }
        maybeFinish();
    });
}

ServerGuesser::~ServerGuesser()
{
    for (const int id : std::as_const(m_lookupIds)) {
        if (id >= 0)
            QHostInfo::abortHostLookup(id);
    }
}

// m_lookupIds: a QHostInfo lookup id (>= 0), pendingLookup while lookupHost() is being called, -1 when done.

QStringList ServerGuesser::guessedHosts(const QString &domain)
{
    return {u"smtp."_s + domain, u"mail."_s + domain, domain};
}

QList<ServerGuesser::PortPlan> ServerGuesser::guessedPorts()
{
    // RFC 8314 prefers implicit TLS on 465; 587 is submission with STARTTLS; 25 is relay and
    // often blocked for home users, but some small hosts only listen there.
    return {{465, Security::ImplicitTls}, {587, Security::StartTls}, {25, Security::StartTls}};
}

int ServerGuesser::planOrder(const ProbeTarget &target) const
{
    const int hostIndex = int(m_hosts.indexOf(target.host));
    const QList<PortPlan> ports = guessedPorts();
    int portIndex = int(ports.size());
    for (int i = 0; i < ports.size(); ++i) {
        if (ports.at(i).port == target.port)
            portIndex = i;
    }
    return (hostIndex < 0 ? 9 : hostIndex) * 10 + portIndex;
}

void ServerGuesser::run()
{
    for (int i = 0; i < m_hosts.size(); ++i) {
        QElapsedTimer clock;
        clock.start();
        m_resolveClocks.append(clock);
        m_lookupIds.append(-1);
    }
    for (int i = 0; i < m_hosts.size(); ++i) {
        // Marked pending before asking, so that an answer delivered at once (a cached name) is
        // not mistaken for a stale one.
        m_lookupIds[i] = pendingLookup;
        const int id = QHostInfo::lookupHost(m_hosts.at(i), this,
                                             [this, i](const QHostInfo &info) { hostResolved(i, info); });
        if (m_lookupIds.at(i) == pendingLookup)
            m_lookupIds[i] = id;
    }
    m_resolveTimer.start(m_options.resolveTimeout);
}

void ServerGuesser::hostResolved(int index, const QHostInfo &info)
{
    if (isFinished() || index >= m_lookupIds.size() || m_lookupIds.at(index) == -1)
        return;
    m_lookupIds[index] = -1;
    const QString host = m_hosts.at(index);
    SourceOutcome outcome;
    outcome.name = QLatin1String(SourceNames::guessResolve);
    outcome.query = u"A/AAAA "_s + host;
    outcome.ms = m_resolveClocks.at(index).elapsed();
    if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty()) {
        outcome.outcome = SourceOutcome::Kind::Found;
        QStringList addresses;
        for (const QHostAddress &address : info.addresses())
            addresses.append(address.toString());
        outcome.reason = addresses.join(QLatin1Char(' '));
        Q_EMIT sourceFinished(outcome);
        for (const PortPlan &plan : guessedPorts())
            m_prober->probe({host, plan.port, plan.security});
    } else {
        outcome.outcome
                = info.error() == QHostInfo::HostNotFound ? SourceOutcome::Kind::NotFound : SourceOutcome::Kind::Error;
        outcome.reason = info.error() == QHostInfo::HostNotFound ? tr("does not resolve") : info.errorString();
        Q_EMIT sourceFinished(outcome);
    }
    maybeFinish();
}

void ServerGuesser::probeFinished(const ProbeTarget &target, const SessionResult &result, qint64 ms)
{
    if (isFinished())
        return;
    SourceOutcome outcome = probeOutcome(SourceNames::guess, target, result, ms);
    if (result.ok) {
        outcome.candidateCount = 1;
        if (target.security != Security::None)
            m_tlsSucceeded = true;
        ServerCandidate candidate;
        candidate.host = target.host;
        candidate.port = target.port;
        candidate.security = target.security;
        candidate.auth = AuthMethod::Auto;
        candidate.username = m_emailAddress;
        candidate.verified = true;
        candidate.origins.append({CandidateSource::Guess, tr("probe %1").arg(target.text())});
        Q_EMIT sourceFinished(outcome);
        Q_EMIT candidateFound(candidate, planOrder(target) + (target.security == Security::None ? 100 : 0));
    } else {
        if (result.error == SessionError::StartTlsNotOffered && target.security == Security::StartTls)
            m_startTlsNotOffered.append(target);
        Q_EMIT sourceFinished(outcome);
    }
    maybeFinish();
}

void ServerGuesser::maybeFinish()
{
    if (isFinished())
        return;
    for (const int id : std::as_const(m_lookupIds)) {
        if (id != -1)
            return;
    }
    if (m_prober->runningCount() > 0)
        return;
    if (!m_plainRound && !m_tlsSucceeded && !m_startTlsNotOffered.isEmpty()) {
        // Last resort: a server answered but offers no encryption at all. Flagged plaintext.
        m_plainRound = true;
        for (const ProbeTarget &target : std::as_const(m_startTlsNotOffered))
            m_prober->probe({target.host, target.port, Security::None});
        return;
    }
    if (!claimFinish())
        return;
    m_resolveTimer.stop();
    Q_EMIT finished();
}

void ServerGuesser::cancel(SourceOutcome::Kind kind, const QString &reason)
{
    // Job::cancel() decides whether there is anything to cancel; doCancel() reports it.
    m_cancelKind = kind;
    m_cancelReason = reason;
    Job::cancel();
}

void ServerGuesser::doCancel()
{
    const SourceOutcome::Kind kind = m_cancelKind;
    const QString reason = m_cancelReason;
    if (!claimFinish())
        return;
    m_resolveTimer.stop();
    for (int i = 0; i < m_lookupIds.size(); ++i) {
        if (m_lookupIds.at(i) == -1)
            continue;
        if (m_lookupIds.at(i) >= 0)
            QHostInfo::abortHostLookup(m_lookupIds.at(i));
        m_lookupIds[i] = -1;
        SourceOutcome outcome;
        outcome.name = QLatin1String(SourceNames::guessResolve);
        outcome.query = u"A/AAAA "_s + m_hosts.at(i);
        outcome.outcome = kind;
        outcome.reason = reason;
        outcome.ms = m_resolveClocks.at(i).elapsed();
        Q_EMIT sourceFinished(outcome);
    }
    const QList<ProbeTarget> running = m_prober->runningTargets();
    m_prober->cancelAll();
    for (const ProbeTarget &target : running) {
        SourceOutcome outcome;
        outcome.name = QLatin1String(SourceNames::guess);
        outcome.query = target.text();
        outcome.outcome = kind;
        outcome.reason = reason;
        Q_EMIT sourceFinished(outcome);
    }
    Q_EMIT finished();
}

} // namespace Postaci
