#pragma once

#include "diagnosis/diagnosis.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Postaci {

// A diagnosis in words: title, explanation, and the remedies. A remedy that changes settings
// gets a button ("Apply and test again"); one a probe confirmed is marked as checked.
// Every text is shown as plain text (the explanation may quote the server).
class DiagnosisView : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosisView(QWidget *parent = nullptr);

    void setDiagnosis(const Diagnosis &diagnosis);
    const Diagnosis &diagnosis() const { return m_diagnosis; }
    void clear();
    // A note under the remedies ("Checking which suggestions work…").
    void setCheckingNote(const QString &text);
    // Turns the remedy buttons on or off (off while a test runs).
    void setRemediesEnabled(bool enabled);

    // The caution shown beside a remedy that moves to a foreign host, and asked before it is
    // applied (the wizard and the main window say the same): it names the host and says it is
    // not the provider's own name (docs/security.md#foreign-host).
    static QString foreignHostCaution(const SettingsChange &change);

Q_SIGNALS:
    void remedyChosen(const Postaci::SettingsChange &change);

private:
    void rebuild();

    Diagnosis m_diagnosis;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QVBoxLayout *m_remedies = nullptr;
    QLabel *m_note = nullptr;
    bool m_remediesEnabled = true;
};

} // namespace Postaci
