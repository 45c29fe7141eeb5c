#pragma once

#include "diagnosis/diagnosis.h"
#include "smtp/sessionresult.h"
#include "smtp/sessionsettings.h"
#include "testsend/testsendjob.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

namespace Postaci {

class DiagnosisView;
class TranscriptView;

// One test of a server, live: a status line with a busy indicator and Cancel, the steps with
// their timings, the transcript, and on failure the diagnosis with one-click remedies. The test
// itself is core's TestSendJob (keychain, recipient check, message, session, diagnosis, remedy
// check): this view only starts it and shows what it reports, exactly as postaci-cli does. The
// wizard's Verify page and the main window's test panel both use it.
class SessionView : public QWidget
{
    Q_OBJECT
public:
    enum class State { Idle, Preparing, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    explicit SessionView(QWidget *parent = nullptr);
    ~SessionView() override;

    // Starts the test; nothing happens while one runs.
    void start(const TestSendRequest &request);
    // Stops whatever runs; finished() follows with the test cancelled.
    void cancel();
    void clear();

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Preparing || m_state == State::Running; }
    const SessionResult &result() const { return m_result.session; }
    const TestSendResult &testResult() const { return m_result; }
    const Diagnosis &diagnosis() const;
    QString statusText() const;
    TranscriptView *transcript() const { return m_transcript; }
    // Steps beside the transcript (Qt::Horizontal, the wide test panel of the main window) or
    // above it (Qt::Vertical, the wizard's narrower page).
    void setStepsOrientation(Qt::Orientation orientation);

Q_SIGNALS:
    void stateChanged(Postaci::SessionView::State state);
    // The whole test ended (after the remedies were checked); result() and testResult() hold it.
    void finished(const Postaci::TestSendResult &result);
    void remedyChosen(const Postaci::SettingsChange &change);
    // The user looked at the server's certificate and chose to trust it (SHA-256 of the leaf).
    void certificatePinRequested(const QByteArray &sha256);

private:
    void sessionStarted(const SessionSettings &settings, const QString &testId);
    void sessionStepChanged(SessionStep step);
    void sessionTranscriptLine(const TranscriptLine &line);
    void sessionFinished(const SessionResult &result, const Diagnosis &diagnosis);
    void jobFinished(const TestSendResult &result);
    void showCertificate();
    void setState(State state, const QString &status);
    void setBusy(bool busy);
    QTreeWidgetItem *addStepRow(SessionStep step);

    State m_state = State::Idle;
    TestSendRequest::Kind m_kind = TestSendRequest::Kind::Probe;
    SessionSettings m_settings;
    TestSendResult m_result;
    QPointer<TestSendJob> m_job;
    QElapsedTimer m_clock;
    qint64 m_stepStartedMs = 0;
    QTreeWidgetItem *m_currentStep = nullptr;

    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_details = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_certificateButton = nullptr;
    // "Send anyway" after the recipient check refused the domain (docs/diagnosis.md,
    // recipient-domain-no-mail): the same request again without that check.
    QPushButton *m_sendAnywayButton = nullptr;
    std::optional<TestSendRequest> m_request; // while running, and after a refused recipient domain
    DiagnosisView *m_diagnosis = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeWidget *m_steps = nullptr;
    TranscriptView *m_transcript = nullptr;
};

} // namespace Postaci
