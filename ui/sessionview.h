#pragma once

#include "diagnosis/diagnosis.h"
#include "smtp/outgoingmessage.h"
#include "smtp/sessionresult.h"
#include "smtp/sessionsettings.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <chrono>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

namespace Postaci {

class DiagnosisView;
class RemedyChecker;
class SmtpSession;
class TranscriptView;

// One test of a server, live: a status line with a busy indicator and Cancel, the steps with
// their timings, the transcript, and on failure the diagnosis with one-click remedies (checked
// in the background by RemedyChecker). The wizard's Verify page and the main window's test
// panel both use it.
//
// A test may begin with work the owner does itself (reading the password from the keychain,
// checking the recipient's domain): beginPreparation() shows it as running, Cancel emits
// cancelRequested() for the owner to stop it, and failPreparation() ends it.
class SessionView : public QWidget
{
    Q_OBJECT
public:
    enum class State { Idle, Preparing, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    explicit SessionView(QWidget *parent = nullptr);
    ~SessionView() override;

    void setDiagnosisContext(const DiagnosisContext &context) { m_context = context; }
    void setRemedyCheckDeadline(std::chrono::milliseconds deadline) { m_remedyDeadline = deadline; }

    void startProbe(const SessionSettings &settings);
    void startSend(const SessionSettings &settings, const OutgoingMessage &message);

    void beginPreparation(const QString &status);
    void addNote(const QString &text);
    void failPreparation(const QString &title, const QString &explanation);
    void failPreparation(const Diagnosis &diagnosis);
    // Stops whatever runs; finished(Cancelled) follows for a session.
    void cancel();
    void clear();

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Preparing || m_state == State::Running; }
    const SessionResult &result() const { return m_result; }
    const Diagnosis &diagnosis() const;
    QString statusText() const;
    TranscriptView *transcript() const { return m_transcript; }

Q_SIGNALS:
    void stateChanged(Postaci::SessionView::State state);
    void cancelRequested();
    void finished(const Postaci::SessionResult &result);
    void remedyChosen(const Postaci::SettingsChange &change);
    // The user looked at the server's certificate and chose to trust it (SHA-256 of the leaf).
    void certificatePinRequested(const QByteArray &sha256);

private:
    enum class Operation { Probe, Send };
    void start(Operation operation, const SessionSettings &settings, const OutgoingMessage &message);
    void sessionStepChanged(SessionStep step);
    void sessionTranscriptLine(const TranscriptLine &line);
    void sessionFinished(const SessionResult &result);
    void remediesChecked(const Diagnosis &diagnosis);
    void showCertificate();
    void setState(State state, const QString &status);
    void setBusy(bool busy);
    void stopChecker();
    QTreeWidgetItem *addStepRow(SessionStep step);

    State m_state = State::Idle;
    Operation m_operation = Operation::Probe;
    SessionSettings m_settings;
    DiagnosisContext m_context;
    SessionResult m_result;
    std::chrono::milliseconds m_remedyDeadline{5000};
    QPointer<SmtpSession> m_session;
    QPointer<RemedyChecker> m_checker;
    QElapsedTimer m_clock;
    qint64 m_stepStartedMs = 0;
    QTreeWidgetItem *m_currentStep = nullptr;

    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_details = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_certificateButton = nullptr;
    DiagnosisView *m_diagnosis = nullptr;
    QTreeWidget *m_steps = nullptr;
    TranscriptView *m_transcript = nullptr;
};

} // namespace Postaci
