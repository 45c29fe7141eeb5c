#pragma once

#include "common/job.h"
#include "discovery/servercandidate.h"
#include "discovery/serverprober.h"
#include "discovery/sourceoutcome.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

using namespace Qt::StringLiterals;

namespace Postaci {

// How a failed probe is reported as a source outcome.
SourceOutcome::Kind probeFailureKind(SessionError error);
// A finished probe as a source outcome of `sourceName` ("guess", "probe"): found, or the failure's
// kind with the session's error name and detail as the reason. The lookup dialog, the wizard and
// `postaci-cli lookup` all show this one wording.
SourceOutcome probeOutcome(const char *sourceName, const ProbeTarget &target, const SessionResult &result, qint64 ms);

// Guessing, the way Thunderbird does it when nobody says where the server is: the usual names
// (smtp.<domain>, mail.<domain>, <domain>) on the usual ports (465 implicit TLS, 587 STARTTLS,
// 25 STARTTLS), probed in parallel. Only names that resolve are probed. A guess becomes a
// candidate only when its probe succeeds (so every guess is verified); a bad certificate fails
// the probe. Plaintext is tried only as a last resort, when no TLS probe succeeded anywhere and
// a server answered but offered no STARTTLS; such a candidate is flagged (never picked over TLS:
// CandidateMerger ranks security before anything else within a source).
//
// start() and isRunning() come from Job; cancel() below goes through Job::cancel(). finished()
// comes exactly once; the guesser does not delete itself (its owner, SettingsFinder, does).
class ServerGuesser : public Job
{
    Q_OBJECT
public:
    struct Options
    {
        std::chrono::milliseconds resolveTimeout{4000};
        ServerProber::Options probe;
    };

    ServerGuesser(const QString &domain, const QString &emailAddress, const Options &options,
                  QObject *parent = nullptr);
    ~ServerGuesser() override;

    // Stops everything; every resolution or probe still running is reported with this outcome,
    // then finished() follows (synchronously). Only while running.
    void cancel(SourceOutcome::Kind kind, const QString &reason);

    static QStringList guessedHosts(const QString &domain);
    struct PortPlan
    {
        quint16 port;
        Security security;
    };
    static QList<PortPlan> guessedPorts();

Q_SIGNALS:
    // orderInSource: the guess's place in the plan (smtp. before mail. before the bare domain; 465, 587, 25).
    void candidateFound(const Postaci::ServerCandidate &candidate, int orderInSource);
    void sourceFinished(const Postaci::SourceOutcome &outcome);
    void finished();

private:
    void run() override;
    void doCancel() override;
    void hostResolved(int index, const QHostInfo &info);
    void probeFinished(const ProbeTarget &target, const SessionResult &result, qint64 ms);
    void maybeFinish();
    int planOrder(const ProbeTarget &target) const;

    QString m_domain;
    QString m_emailAddress;
    Options m_options;
    QStringList m_hosts;
    static constexpr int pendingLookup = -2;
    QList<int> m_lookupIds; // QHostInfo ids; pendingLookup while asking; -1 when done
    QList<QElapsedTimer> m_resolveClocks;
    QTimer m_resolveTimer;
    ServerProber *m_prober = nullptr;
    QList<ProbeTarget> m_startTlsNotOffered; // plaintext fallback candidates
    bool m_tlsSucceeded = false;
    bool m_plainRound = false;
    SourceOutcome::Kind m_cancelKind = SourceOutcome::Kind::Error;
    QString m_cancelReason = u"cancelled"_s;
};

} // namespace Postaci
