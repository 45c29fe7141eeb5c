// Job: the lifecycle the core's one-shot jobs share (start once, cancel only while running,
// finished exactly once, deleteLater afterwards). The jobs themselves are tested with their
// own behaviour (tst_secretjob, tst_maildomaincheck, tst_settingsfinder, tst_remedychecker...).
#include "common/job.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include "timing.h"

using namespace Postaci;

namespace {

// A job that does nothing by itself: the test says when it finishes.
class FakeJob : public Job
{
    Q_OBJECT
public:
    enum class CancelAnswer { AtOnce, FromEventLoop };

    FakeJob(Start start, Lifetime lifetime, CancelAnswer cancelAnswer = CancelAnswer::AtOnce)
        : Job(start, lifetime, nullptr)
        , m_cancelAnswer(cancelAnswer)
    { }

    // Two racing paths (an answer and a timeout) both try to finish.
    bool finishWith(int value)
    {
        if (!claimFinish())
            return false;
        Q_EMIT finished(value);
        return true;
    }
    void finishSoon(int value)
    {
        callSoon([this, value] { finishWith(value); });
    }

    int runs = 0;
    int cancels = 0;

Q_SIGNALS:
    void finished(int value);

private:
    void run() override { ++runs; }
    void doCancel() override
    {
        ++cancels;
        if (m_cancelAnswer == CancelAnswer::AtOnce)
            finishWith(-1);
        else
            finishSoon(-1);
    }

    CancelAnswer m_cancelAnswer;
};

constexpr int waitMs = 10000; // timing.h: for something that should happen

} // namespace

class TestJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startRunsOnce()
    {
        FakeJob job(Job::Start::RunAtOnce, Job::Lifetime::OwnerDeletes);
        QVERIFY(!job.isStarted());
        QVERIFY(!job.isRunning());
        job.start();
        QCOMPARE(job.runs, 1); // at once
        QVERIFY(job.isStarted());
        QVERIFY(job.isRunning());
        job.start();
        job.start();
        QCOMPARE(job.runs, 1);
        QVERIFY(job.finishWith(1));
        QVERIFY(!job.isRunning());
        QVERIFY(job.isFinished());
        job.start(); // after the end, too
        QCOMPARE(job.runs, 1);
    }

    void runFromEventLoopReturnsFirst()
    {
        FakeJob job(Job::Start::RunFromEventLoop, Job::Lifetime::OwnerDeletes);
        job.start();
        job.start();
        QCOMPARE(job.runs, 0); // start() returned before anything ran
        QVERIFY(job.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(job.runs, 1, waitMs);
        QTest::qWait(50);
        QCOMPARE(job.runs, 1);
    }

    void cancelBeforeStartIsIgnored()
    {
        FakeJob job(Job::Start::RunAtOnce, Job::Lifetime::OwnerDeletes);
        QSignalSpy finished(&job, &FakeJob::finished);
        job.cancel();
        QCOMPARE(job.cancels, 0);
        QVERIFY(!job.isCancelled());
        QVERIFY(!job.isFinished());
        QCOMPARE(finished.size(), 0);
        // The job can still run as usual.
        job.start();
        QCOMPARE(job.runs, 1);
        QVERIFY(job.finishWith(7));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toInt(), 7);
    }

    void cancelAfterFinishIsIgnored()
    {
        FakeJob job(Job::Start::RunAtOnce, Job::Lifetime::OwnerDeletes);
        QSignalSpy finished(&job, &FakeJob::finished);
        job.start();
        QVERIFY(job.finishWith(1));
        job.cancel();
        QCOMPARE(job.cancels, 0);
        QVERIFY(!job.isCancelled());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toInt(), 1);
    }

    void cancelWhileRunningCallsTheHookOnce()
    {
        FakeJob job(Job::Start::RunAtOnce, Job::Lifetime::OwnerDeletes);
        QSignalSpy finished(&job, &FakeJob::finished);
        job.start();
        job.cancel();
        QCOMPARE(job.cancels, 1);
        QVERIFY(job.isCancelled());
        QCOMPARE(finished.size(), 1); // this job's cancel answers synchronously
        QCOMPARE(finished.first().first().toInt(), -1);
        job.cancel(); // harmless
        QCOMPARE(job.cancels, 1);
        QCOMPARE(finished.size(), 1);
    }

    void queuedCancelIsNotRepeated()
    {
        FakeJob job(Job::Start::RunAtOnce, Job::Lifetime::OwnerDeletes, FakeJob::CancelAnswer::FromEventLoop);
        QSignalSpy finished(&job, &FakeJob::finished);
        job.start();
        job.cancel();
        job.cancel(); // still finishing: not asked twice
        QCOMPARE(job.cancels, 1);
        QCOMPARE(finished.size(), 0);
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(waitMs));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toInt(), -1);
    }

    void cancelBeforeAQueuedRunSkipsIt()
    {
        FakeJob job(Job::Start::RunFromEventLoop, Job::Lifetime::OwnerDeletes, FakeJob::CancelAnswer::FromEventLoop);
        QSignalSpy finished(&job, &FakeJob::finished);
        job.start();
        job.cancel();
        QCOMPARE(job.cancels, 1);
        QVERIFY(finished.wait(waitMs));
        QTest::qWait(50);
        QCOMPARE(job.runs, 0);
        QCOMPARE(finished.size(), 1);
    }

    void finishedExactlyOnce()
    {
        FakeJob job(Job::Start::RunAtOnce, Job::Lifetime::OwnerDeletes);
        QSignalSpy finished(&job, &FakeJob::finished);
        job.start();
        QVERIFY(job.finishWith(1)); // an answer...
        QVERIFY(!job.finishWith(2)); // ...and a timeout right after it
        job.finishSoon(3); // ...and one queued earlier
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toInt(), 1);
    }

    void callSoonIsDroppedOnceFinished()
    {
        FakeJob job(Job::Start::RunAtOnce, Job::Lifetime::OwnerDeletes);
        QSignalSpy finished(&job, &FakeJob::finished);
        job.start();
        job.finishSoon(1);
        QCOMPARE(finished.size(), 0); // never synchronously
        QVERIFY(finished.wait(waitMs));
        QCOMPARE(finished.first().first().toInt(), 1);
    }

    void deletesItselfAfterTheHandlers()
    {
        QPointer<FakeJob> job = new FakeJob(Job::Start::RunAtOnce, Job::Lifetime::DeleteWhenFinished);
        bool aliveInHandler = false;
        connect(job.data(), &FakeJob::finished, this, [&] { aliveInHandler = !job.isNull() && job->isFinished(); });
        job->start();
        QVERIFY(job->finishWith(1));
        QVERIFY(aliveInHandler);
        QVERIFY(!job.isNull()); // deleteLater(): only once back in the event loop
        QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), waitMs);
    }

    void ownerDeletesStaysAlive()
    {
        FakeJob job(Job::Start::RunAtOnce, Job::Lifetime::OwnerDeletes);
        QSignalSpy destroyed(&job, &QObject::destroyed);
        job.start();
        QVERIFY(job.finishWith(1));
        QTest::qWait(50);
        QCOMPARE(destroyed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
