#include "serverprober.h"
#include "candidatemerger.h"

#include "smtp/smtpsession.h"

using namespace Qt::StringLiterals;

namespace Postaci {

QString ProbeTarget::key() const
{
    return CandidateMerger::key(host, port, security);
}

QString ProbeTarget::text() const
{
    return host + QLatin1Char(':') + QString::number(port) + u" ("_s + securityName(security) + QLatin1Char(')');
}

ServerProber::ServerProber(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

ServerProber::~ServerProber()
{
    cancelAll();
}

SessionSettings ServerProber::probeSettings(const ProbeTarget &target, const Options &options)
{
    SessionSettings settings;
    settings.host = target.host;
    settings.port = target.port;
    settings.security = target.security;
    settings.auth = AuthMethod::None;
    // No user, no secret: probing never sends credentials (docs/smtp-behaviours.md, lookup hazards).
    settings.extraCaCertificates = options.extraCaCertificates;
    settings.timeouts = SessionTimeouts::uniform(options.timeout);
    settings.timeouts.total = options.timeout;
    return settings;
}

QList<ProbeTarget> ServerProber::runningTargets() const
{
    QList<ProbeTarget> targets;
    for (const Running &running : m_running)
        targets.append(running.target);
    return targets;
}

void ServerProber::probe(const ProbeTarget &target)
{
    const QString key = target.key();
    if (m_running.contains(key))
        return;
    Running running;
    running.target = target;
    running.clock.start();
    auto *session = new SmtpSession(probeSettings(target, m_options), this);
    running.session = session;
    m_running.insert(key, running);
    connect(session, &SmtpSession::finished, this, [this, key](const SessionResult &result) {
        const auto it = m_running.constFind(key);
        if (it == m_running.constEnd())
            return;
        const ProbeTarget finishedTarget = it->target;
        const qint64 ms = it->clock.elapsed();
        m_running.erase(it);
        Q_EMIT probeFinished(finishedTarget, result, ms);
    });
    session->startProbe();
}

void ServerProber::cancelAll()
{
    const QHash<QString, Running> running = std::exchange(m_running, {});
    for (const Running &entry : running) {
        if (SmtpSession *session = entry.session) {
            session->disconnect(this);
            session->cancel();
        }
    }
}

} // namespace Postaci
