#pragma once

#include <QObject>

#include <functional>

namespace Postaci {

// The lifecycle every one-shot asynchronous job in the core shares (docs/architecture.md,
// "One-shot jobs"): construct, start() once, cancel() while it runs, exactly one finished(...),
// then (usually) deleteLater(). In the spirit of KDE's KJob (start / kill → doKill /
// emitResult, auto-delete) and QtKeychain's Job (start, finished once, setAutoDelete), but
// small: the result types differ from job to job, so each subclass declares and emits its own
// typed finished(...) signal; the base only decides *whether* it may.
//
//   class MyJob : public Job {
//       void run() override { ... }              // called once, by start()
//       void doCancel() override { finish(...); } // called once, by cancel() while running
//       void finish(const Result &result) {
//           if (!claimFinish())                   // true exactly once
//               return;
//           Q_EMIT finished(result);
//       }
//   };
//
// Everything happens on the owning thread; nothing here blocks or spins an event loop.
class Job : public QObject
{
    Q_OBJECT
public:
    // When start() calls run(): at once, or on the next turn of the event loop (for jobs that
    // promise never to report anything from inside start(), so a caller may connect after it).
    enum class Start { RunAtOnce, RunFromEventLoop };
    // Who deletes the job: itself (deleteLater() once it finished, so its finished() handlers
    // can still read it), or its owner.
    enum class Lifetime { DeleteWhenFinished, OwnerDeletes };

    ~Job() override;

    // Runs the job: calls run() once (at once, or from the event loop: see Start). Later calls
    // are ignored, as are calls after the job finished.
    void start();
    // Stops the job: calls doCancel() once, and only while the job runs (started, not yet
    // finished). Before start() and after the end it does nothing. Whether finished() follows
    // synchronously or from the event loop is the job's own promise (see its header).
    void cancel();

    bool isStarted() const { return m_started; }
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    // cancel() was accepted (the job was running). The job may still be finishing.
    bool isCancelled() const { return m_cancelled; }

protected:
    Job(Start start, Lifetime lifetime, QObject *parent);

    virtual void run() = 0;
    // Called at most once, only while running. Must lead to the job finishing (claimFinish()),
    // synchronously or through callSoon().
    virtual void doCancel() = 0;

    // True exactly once: the caller then emits its finished(...) signal. Every later call
    // returns false, so two paths racing to finish (a timeout and an answer, a cancel and an
    // error) emit once. With Lifetime::DeleteWhenFinished this also schedules deleteLater():
    // the deletion happens only when control returns to the event loop, i.e. after the
    // finished() handlers ran, exactly as if it were called after the emit.
    bool claimFinish();

    // Calls `function` on the next turn of the event loop, unless the job has finished by then.
    // For answers that must not arrive synchronously (from inside start() or cancel()).
    void callSoon(std::function<void()> function);

private:
    Start m_start;
    Lifetime m_lifetime;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace Postaci
