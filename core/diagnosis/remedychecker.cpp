#include "remedychecker.h"

#include "smtp/smtpsession.h"

#include <QHostInfo>
#include <QTimer>

#include <algorithm>

namespace Postaci {

RemedyChecker::RemedyChecker(const Diagnosis &diagnosis, const SessionSettings &settings, QObject *parent)
    : Job(Start::RunAtOnce, Lifetime::DeleteWhenFinished, parent)
    , m_diagnosis(diagnosis)
    , m_settings(settings)
    , m_deadlineTimer(new QTimer(this))
{
    m_deadlineTimer->setSingleShot(true);
    m_deadlineTimer->setTimerType(Qt::PreciseTimer); // a deadline never ends early (docs/testing.md)
    connect(m_deadlineTimer, &QTimer::timeout, this, &RemedyChecker::finish);
}

RemedyChecker::~RemedyChecker()
{
    // Probes still running end with us; they delete themselves once cancelled.
    for (Probe &probe : m_probes) {
        if (probe.session) {
            disconnect(probe.session, nullptr, this, nullptr);
            probe.session->cancel();
        }
    }
}

void RemedyChecker::setDeadline(std::chrono::milliseconds deadline)
{
    m_deadline = std::max(deadline, std::chrono::milliseconds(1));
}

SessionSettings RemedyChecker::probeSettings(const SessionSettings &settings, const SettingsChange &change,
                                             std::chrono::milliseconds deadline)
{
    SessionSettings probe = change.appliedTo(settings);
    // Never credentials while checking a guess: the remedy may point at another server.
    probe.user.clear();
    probe.secret.clear();
    probe.auth = AuthMethod::None;
    probe.allowPlaintextAuth = false;
    auto bound = [deadline](std::chrono::milliseconds value) { return std::min(value, deadline); };
    probe.timeouts.connect = bound(probe.timeouts.connect);
    probe.timeouts.tlsHandshake = bound(probe.timeouts.tlsHandshake);
    probe.timeouts.greeting = bound(probe.timeouts.greeting);
    probe.timeouts.command = bound(probe.timeouts.command);
    probe.timeouts.dataEnd = bound(probe.timeouts.dataEnd);
    probe.timeouts.total = deadline;
    return probe;
}

void RemedyChecker::run()
{
    // One probe per distinct destination: two remedies that lead to the same host, port and
    // security share it.
    for (int i = 0; i < m_diagnosis.remedies.size(); ++i) {
        Remedy &remedy = m_diagnosis.remedies[i];
        remedy.verified = false;
        if (!remedy.settings || !remedy.settings->isCheckable())
            continue;
        const SessionSettings settings = probeSettings(m_settings, *remedy.settings, m_deadline);
        auto same = std::find_if(m_probes.begin(), m_probes.end(), [&settings](const Probe &probe) {
            return probe.settings.host == settings.host && probe.settings.port == settings.port
                   && probe.settings.security == settings.security;
        });
        if (same != m_probes.end()) {
            same->remedies.append(i);
            continue;
        }
        Probe probe;
        probe.settings = settings;
        probe.remedies.append(i);
        m_probes.append(probe);
    }

    if (m_probes.isEmpty()) {
        callSoon([this] { finish(); });
        return;
    }

    for (const Remedy &remedy : std::as_const(m_diagnosis.remedies)) {
        if (remedy.settings && remedy.settings->foreignHost && remedy.settings->host) {
            lookUpAddresses(m_settings.host);
            lookUpAddresses(*remedy.settings->host);
        }
    }

    m_deadlineTimer->start(m_deadline);
    for (int i = 0; i < m_probes.size(); ++i) {
        auto *session = new SmtpSession(m_probes[i].settings, this);
        m_probes[i].session = session;
        connect(session, &SmtpSession::finished, this,
                [this, i](const SessionResult &result) { probeFinished(i, result.ok); });
    }
    // Started after every probe is set up: a session that fails at once cannot finish the
    // checker before the others exist.
    for (Probe &probe : m_probes) {
        if (probe.session && !isFinished())
            probe.session->startProbe();
    }
}

void RemedyChecker::doCancel()
{
    finish();
}

void RemedyChecker::probeFinished(int probeIndex, bool works)
{
    if (isFinished())
        return;
    Probe &probe = m_probes[probeIndex];
    if (probe.done)
        return;
    probe.done = true;
    probe.session = nullptr; // it deletes itself after finished()
    for (int remedyIndex : std::as_const(probe.remedies)) {
        m_diagnosis.remedies[remedyIndex].verified = works;
        Q_EMIT remedyChecked(remedyIndex, works);
    }
    finishWhenDone();
}

void RemedyChecker::lookUpAddresses(const QString &host)
{
    const QString key = host.toLower();
    if (m_addresses.contains(key))
        return;
    m_addresses.insert(key, {});
    m_pendingLookups.insert(key);
    // An IP address "resolves" to itself; QHostInfo answers for it without asking DNS.
    m_lookupIds.append(QHostInfo::lookupHost(host, this, [this, key](const QHostInfo &info) {
        if (isFinished())
            return;
        m_pendingLookups.remove(key);
        if (info.error() == QHostInfo::NoError)
            m_addresses.insert(key, info.addresses());
        finishWhenDone();
    }));
}

void RemedyChecker::finishWhenDone()
{
    const bool probesDone = std::all_of(m_probes.cbegin(), m_probes.cend(), [](const Probe &p) { return p.done; });
    if (probesDone && m_pendingLookups.isEmpty())
        finish();
}

bool RemedyChecker::reachesTheSameMachine(const SettingsChange &change) const
{
    if (!change.host)
        return true;
    const QList<QHostAddress> current = m_addresses.value(m_settings.host.toLower());
    const QList<QHostAddress> proposed = m_addresses.value(change.host->toLower());
    for (const QHostAddress &a : current) {
        for (const QHostAddress &b : proposed) {
            if (a.isEqual(b, QHostAddress::ConvertV4MappedToIPv4))
                return true;
        }
    }
    return false; // no common address, or a lookup that did not answer before the deadline
}

void RemedyChecker::finish()
{
    if (!claimFinish())
        return;
    m_deadlineTimer->stop();
    for (Probe &probe : m_probes) {
        if (probe.session) {
            disconnect(probe.session, nullptr, this, nullptr);
            probe.session->cancel();
            probe.session = nullptr;
        }
    }
    for (const int id : std::as_const(m_lookupIds))
        QHostInfo::abortHostLookup(id);
    m_lookupIds.clear();
    m_diagnosis.remedies.removeIf([this](const Remedy &remedy) {
        return remedy.settings && remedy.settings->foreignHost && !reachesTheSameMachine(*remedy.settings);
    });
    // Verified remedies first; otherwise the diagnosis's own order (best first) stands.
    std::stable_sort(m_diagnosis.remedies.begin(), m_diagnosis.remedies.end(),
                     [](const Remedy &a, const Remedy &b) { return a.verified && !b.verified; });
    Q_EMIT finished(m_diagnosis);
}

} // namespace Postaci
