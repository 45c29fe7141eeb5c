#pragma once

#include "common/job.h"
#include "diagnosis.h"

#include <QHash>
#include <QSet>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>

class QTimer;

namespace Postaci {

class SmtpSession;

// Probes each remedy whose settings change can be checked without credentials (another host,
// port or security mode) with SmtpSession::startProbe(): greeting, EHLO, TLS and QUIT, with the
// user name and password cleared. All probes run in parallel under one short deadline; the
// remedies whose probe succeeds are marked verified and moved first (the original order is
// kept otherwise, so the best verified remedy leads).
//
// A remedy that moves to a foreign host (SettingsChange::foreignHost: a name only a certificate
// vouches for) stays only when that name resolves to an address the current server resolves to
// — the shared-hosting case, where mail.<your domain> and the hosting company's name are one
// machine. Otherwise it is dropped: a certificate for any name is free, and the remedy would
// hand the password to whoever holds it (docs/security.md#foreign-host).
//
//   auto *checker = new RemedyChecker(diagnosis, settings, parent);
//   connect(checker, &RemedyChecker::finished, ...);  // once; then deleteLater()s itself
//   checker->start();   checker->cancel();            // cancel: finished() is emitted at once
//
// start() and cancel() come from Job.
class RemedyChecker : public Job
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds defaultDeadline{5000};

    RemedyChecker(const Diagnosis &diagnosis, const SessionSettings &settings, QObject *parent = nullptr);
    ~RemedyChecker() override;

    // The overall deadline for every probe together (default 5 s); set before start().
    void setDeadline(std::chrono::milliseconds deadline);
    std::chrono::milliseconds deadline() const { return m_deadline; }

    // The settings a remedy is probed with: the change applied, credentials cleared, AUTH off,
    // every step bounded by the deadline.
    static SessionSettings probeSettings(const SessionSettings &settings, const SettingsChange &change,
                                         std::chrono::milliseconds deadline);

Q_SIGNALS:
    // Progress: the remedy at `index` (in the diagnosis as given) was probed.
    void remedyChecked(int index, bool works);
    void finished(const Postaci::Diagnosis &diagnosis);

private:
    struct Probe
    {
        SessionSettings settings;
        QList<int> remedies; // indexes of the remedies this probe answers for
        QPointer<SmtpSession> session;
        bool done = false;
    };

    void run() override;
    void doCancel() override;
    void probeFinished(int probeIndex, bool works);
    void lookUpAddresses(const QString &host);
    void finishWhenDone();
    bool reachesTheSameMachine(const SettingsChange &change) const;
    void finish();

    Diagnosis m_diagnosis;
    SessionSettings m_settings;
    std::chrono::milliseconds m_deadline = defaultDeadline;
    QList<Probe> m_probes;
    QHash<QString, QList<QHostAddress>> m_addresses; // lower-case host -> addresses (empty: none)
    QSet<QString> m_pendingLookups;                  // hosts whose answer has not come yet
    QList<int> m_lookupIds;                          // to abort what is still running at the end
    QTimer *m_deadlineTimer = nullptr;
};

} // namespace Postaci
