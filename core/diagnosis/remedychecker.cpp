#include "remedychecker.h"

#include <QTimer>

// PLACEHOLDER until core/diagnosis is built (issue 6): verifies nothing.

namespace Postaci {

RemedyChecker::RemedyChecker(const Diagnosis &diagnosis, const SessionSettings &settings, QObject *parent)
    : QObject(parent), m_diagnosis(diagnosis), m_settings(settings)
{
}

void RemedyChecker::start()
{
    QTimer::singleShot(0, this, [this] {
        Q_EMIT finished(m_diagnosis);
        deleteLater();
    });
}

void RemedyChecker::cancel() {}

} // namespace Postaci
