#pragma once

#include "diagnosis.h"

#include <QObject>

namespace Postaci {

// CONTRACT (built with core/diagnosis): probes each remedy that carries a settings change
// (greeting, EHLO, TLS only; never credentials) within a short deadline, marks the ones that
// work as verified and puts the best verified remedy first.
//
//   auto *checker = new RemedyChecker(diagnosis, settings, parent);
//   connect(checker, &RemedyChecker::finished, ...);  // once; then deleteLater()s itself
//   checker->start();   checker->cancel();
class RemedyChecker : public QObject
{
    Q_OBJECT
public:
    RemedyChecker(const Diagnosis &diagnosis, const SessionSettings &settings, QObject *parent = nullptr);
    void start();
    void cancel();

Q_SIGNALS:
    void finished(const Postaci::Diagnosis &diagnosis);

private:
    Diagnosis m_diagnosis;
    SessionSettings m_settings;
};

} // namespace Postaci
