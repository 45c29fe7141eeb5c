#include "job.h"

#include <QTimer>

namespace Postaci {

Job::Job(Start start, Lifetime lifetime, QObject *parent)
    : QObject(parent)
    , m_start(start)
    , m_lifetime(lifetime)
{ }

Job::~Job() = default;

void Job::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    if (m_start == Start::RunAtOnce) {
        run();
        return;
    }
    callSoon([this] {
        // A cancel() in between already decided how the job ends.
        if (!m_cancelled)
            run();
    });
}

void Job::cancel()
{
    if (!isRunning() || m_cancelled)
        return;
    m_cancelled = true;
    doCancel();
}

bool Job::claimFinish()
{
    if (m_finished)
        return false;
    m_finished = true;
    if (m_lifetime == Lifetime::DeleteWhenFinished)
        deleteLater();
    return true;
}

void Job::callSoon(std::function<void()> function)
{
    // singleShot(0) with a context object: dropped if the job is deleted first.
    QTimer::singleShot(0, this, [this, function = std::move(function)] {
        if (!m_finished)
            function();
    });
}

} // namespace Postaci
