#pragma once

#include "common/job.h"
#include "diagnosis.h"

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
    void finish();

    Diagnosis m_diagnosis;
    SessionSettings m_settings;
    std::chrono::milliseconds m_deadline = defaultDeadline;
    QList<Probe> m_probes;
    QTimer *m_deadlineTimer = nullptr;
};

} // namespace Postaci
