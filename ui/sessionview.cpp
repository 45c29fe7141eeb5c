#include "sessionview.h"

#include "certificatedialog.h"
#include "diagnosisview.h"
#include "labels.h"
#include "smtp/servertext.h"
#include "transcriptview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

enum StepColumn { StepNameColumn, StepTimeColumn };

bool isCertificateError(SessionError error)
{
    switch (error) {
    case SessionError::CertificateUntrusted:
    case SessionError::CertificateHostnameMismatch:
    case SessionError::CertificateExpired:
    case SessionError::CertificatePinMismatch:
        return true;
    default:
        return false;
    }
}

enum class StepState { Running, Done, Failed };

// A step's state as an icon and in words (its tooltip and what a screen reader says), never by
// the icon alone.
void showStepState(QTreeWidgetItem *item, StepState state, const QStyle *style)
{
    QStyle::StandardPixmap icon = QStyle::SP_ArrowRight;
    QString words = SessionView::tr("%1: running");
    if (state == StepState::Done) {
        icon = QStyle::SP_DialogApplyButton;
        words = SessionView::tr("%1: done");
    } else if (state == StepState::Failed) {
        icon = QStyle::SP_MessageBoxCritical;
        words = SessionView::tr("%1: failed");
    }
    item->setIcon(StepNameColumn, style->standardIcon(icon));
    words = words.arg(item->text(StepNameColumn));
    item->setToolTip(StepNameColumn, words);
    item->setData(StepNameColumn, Qt::AccessibleTextRole, words);
}

// "Trust it" is offered only for a test that failed on the certificate, never once a test has
// passed (with the pin or without one): there is nothing left to trust then.
bool offersTrust(const SessionResult &result)
{
    return !result.ok && isCertificateError(result.error) && !result.tls.peerSha256.isEmpty()
           && !result.tls.acceptedByPin;
}

} // namespace

SessionView::SessionView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"sessionView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *statusRow = new QHBoxLayout;
    m_statusIcon = new QLabel(this);
    m_statusIcon->setFixedSize(style()->pixelMetric(QStyle::PM_SmallIconSize),
                               style()->pixelMetric(QStyle::PM_SmallIconSize));
    m_status = new QLabel(tr("No test has run yet."), this);
    m_status->setObjectName(u"sessionStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"sessionProgress"_s);
    m_progress->setRange(0, 0); // busy: how long a server takes is not known in advance
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Test in progress"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel test"), this);
    m_cancel->setObjectName(u"sessionCancelButton"_s);
    m_cancel->setEnabled(false);
    m_certificateButton = new QPushButton(tr("Show certificate…"), this);
    m_certificateButton->setObjectName(u"showCertificateButton"_s);
    m_certificateButton->hide();
    m_sendAnywayButton = new QPushButton(tr("Send &anyway"), this);
    m_sendAnywayButton->setObjectName(u"sendAnywayButton"_s);
    m_sendAnywayButton->setToolTip(tr("Send the test e-mail without checking the recipient's domain first"));
    m_sendAnywayButton->hide();
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_certificateButton);
    statusRow->addWidget(m_sendAnywayButton);
    statusRow->addWidget(m_cancel);
    layout->addLayout(statusRow);

    m_details = new QLabel(this);
    m_details->setObjectName(u"sessionDetails"_s);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();
    layout->addWidget(m_details);

    m_diagnosis = new DiagnosisView(this);
    layout->addWidget(m_diagnosis);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->setObjectName(u"sessionSplitter"_s);
    splitter->setChildrenCollapsible(false);
    m_steps = new QTreeWidget(splitter);
    m_steps->setObjectName(u"sessionSteps"_s);
    m_steps->setAccessibleName(tr("Steps of the test"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderLabels({tr("Step"), tr("Time")});
    m_steps->setRootIsDecorated(false);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::TabFocus);
    m_steps->header()->setSectionResizeMode(StepNameColumn, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(StepTimeColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(false);
    // Wide enough for the longest step name in the current language, and its time.
    int widest = 0;
    for (int step = int(SessionStep::Resolve); step <= int(SessionStep::Done); ++step)
        widest = std::max(widest, m_steps->fontMetrics().horizontalAdvance(SettingsLabels::step(SessionStep(step))));
    m_steps->setMinimumWidth(widest + m_steps->fontMetrics().horizontalAdvance(u"99999 ms"_s) + 40);
    m_transcript = new TranscriptView(splitter);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_transcript);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_steps->minimumWidth(), 10000}); // the transcript gets the rest
    layout->addWidget(splitter, 1);

    connect(m_cancel, &QPushButton::clicked, this, &SessionView::cancel);
    connect(m_certificateButton, &QPushButton::clicked, this, &SessionView::showCertificate);
    connect(m_sendAnywayButton, &QPushButton::clicked, this, [this] {
        if (!m_request || isBusy())
            return;
        TestSendRequest again = *m_request;
        again.recipientCheck = false; // the user read the advice and decided
        start(again);
    });
    connect(m_diagnosis, &DiagnosisView::remedyChosen, this, &SessionView::remedyChosen);
}

SessionView::~SessionView()
{
    // Nothing may call back into a half-destroyed view: disconnect first, then stop.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

const Diagnosis &SessionView::diagnosis() const
{
    return m_diagnosis->diagnosis();
}

QString SessionView::statusText() const
{
    return m_status->text();
}

void SessionView::setStepsOrientation(Qt::Orientation orientation)
{
    m_splitter->setOrientation(orientation);
    if (orientation == Qt::Vertical) {
        // Above the transcript the steps need the page's width, not their own: about four rows
        // are shown, the transcript gets the rest and more as the page grows.
        const int rows = 4;
        const int rowHeight = m_steps->fontMetrics().height() + 6;
        m_steps->setMinimumWidth(0);
        m_steps->setMinimumHeight(rowHeight * 3);
        m_splitter->setSizes({rowHeight * (rows + 1), 10000});
    } else {
        m_splitter->setSizes({m_steps->minimumWidth(), 10000});
    }
}

void SessionView::clear()
{
    m_steps->clear();
    m_currentStep = nullptr;
    m_transcript->clear();
    m_diagnosis->clear();
    m_details->clear();
    m_details->hide();
    m_certificateButton->hide();
    m_sendAnywayButton->hide();
    m_result = TestSendResult();
}

void SessionView::start(const TestSendRequest &request)
{
    if (isBusy())
        return;
    clear();
    m_request = request;
    m_kind = request.kind;
    m_settings = request.settings;
    m_settings.secret.clear();
    m_currentStep = nullptr;

    auto *job = new TestSendJob(request, this);
    m_job = job;
    connect(job, &TestSendJob::note, m_transcript, &TranscriptView::appendNote);
    connect(job, &TestSendJob::warning, m_transcript, &TranscriptView::appendNote);
    connect(job, &TestSendJob::sessionStarted, this, &SessionView::sessionStarted);
    connect(job, &TestSendJob::stepChanged, this, &SessionView::sessionStepChanged);
    connect(job, &TestSendJob::transcriptLine, this, &SessionView::sessionTranscriptLine);
    connect(job, &TestSendJob::sessionFinished, this, &SessionView::sessionFinished);
    connect(job, &TestSendJob::remediesChecking, this,
            [this] { m_diagnosis->setCheckingNote(tr("Checking which of these settings the server answers…")); });
    connect(job, &TestSendJob::finished, this, &SessionView::jobFinished);
    setState(State::Preparing,
             request.kind == TestSendRequest::Kind::Probe
                     ? tr("Preparing the test of %1, port %2…").arg(m_settings.host).arg(m_settings.port)
                     : tr("Preparing a test e-mail through %1, port %2…").arg(m_settings.host).arg(m_settings.port));
    job->start();
}

void SessionView::sessionStarted(const SessionSettings &settings, const QString &testId)
{
    if (!testId.isEmpty())
        m_transcript->appendNote(tr("Test id: %1").arg(testId)); // what to search for in the mailbox
    m_settings = settings;
    m_clock.start();
    m_stepStartedMs = 0;
    m_currentStep = nullptr;
    setState(State::Running,
             m_kind == TestSendRequest::Kind::Probe
                     ? tr("Testing the connection to %1, port %2…").arg(settings.host).arg(settings.port)
                     : tr("Sending the test e-mail through %1, port %2…").arg(settings.host).arg(settings.port));
}

void SessionView::cancel()
{
    if (m_job)
        m_job->cancel(); // finished(cancelled) follows promptly
}

QTreeWidgetItem *SessionView::addStepRow(SessionStep step)
{
    auto *item = new QTreeWidgetItem(m_steps);
    item->setText(StepNameColumn, SettingsLabels::step(step));
    item->setData(StepNameColumn, Qt::UserRole, int(step));
    m_steps->scrollToItem(item);
    return item;
}

void SessionView::sessionStepChanged(SessionStep step)
{
    const qint64 now = m_clock.elapsed();
    if (m_currentStep) {
        m_currentStep->setText(StepTimeColumn, tr("%1 ms").arg(now - m_stepStartedMs));
        showStepState(m_currentStep, StepState::Done, style());
    }
    m_stepStartedMs = now;
    if (step == SessionStep::Done) {
        m_currentStep = nullptr;
        return;
    }
    m_currentStep = addStepRow(step);
    showStepState(m_currentStep, StepState::Running, style());
    m_currentStep->setText(StepTimeColumn, tr("…"));
}

void SessionView::sessionTranscriptLine(const TranscriptLine &line)
{
    m_transcript->appendLine(line);
}

void SessionView::sessionFinished(const SessionResult &result, const Diagnosis &diagnosis)
{
    m_currentStep = nullptr;

    // The session's own timings are the exact ones; the live rows were an approximation.
    m_steps->clear();
    for (qsizetype i = 0; i < result.timingsMs.size(); ++i) {
        const auto &[step, ms] = result.timingsMs.at(i);
        if (step == SessionStep::Done)
            continue;
        QTreeWidgetItem *item = addStepRow(step);
        item->setText(StepTimeColumn, tr("%1 ms").arg(ms));
        const bool last = i == result.timingsMs.size() - 1;
        showStepState(item, (!result.ok && last) ? StepState::Failed : StepState::Done, style());
    }

    QStringList details;
    // docs/security.md#pin-changed: a changed certificate that verifies on its own lets the test
    // pass, so it must be said where the outcome is read, not only in the transcript.
    if (result.warnings.contains(CertificateChangedWarning))
        details << tr("Warning: the server's certificate is not the pinned one. It is valid for the server, so the "
                      "test went on; check the certificate before trusting it.");
    if (!result.peerAddress.isEmpty())
        details << tr("Connected to %1.").arg(result.peerAddress);
    if (!result.tls.protocol.isEmpty())
        details << tr("Encrypted with %1 (%2).").arg(result.tls.protocol, result.tls.cipher);
    if (!result.authMechanism.isEmpty())
        details << tr("Signed in with %1.").arg(result.authMechanism);
    if (!result.queueId.isEmpty())
        details << tr("Queue id: %1.").arg(escapeServerText(result.queueId));
    m_details->setText(details.join(QLatin1Char(' ')));
    m_details->setVisible(!details.isEmpty());
    m_certificateButton->setVisible(!result.tls.peerChain.isEmpty() || !result.tls.peerSha256.isEmpty());
    if (!diagnosis.isNull())
        m_diagnosis->setDiagnosis(diagnosis);
    if (offersTrust(result))
        m_certificateButton->setText(tr("Show certificate and trust it…"));
    else
        m_certificateButton->setText(tr("Show certificate…"));
}

void SessionView::jobFinished(const TestSendResult &result)
{
    m_job = nullptr; // it deletes itself
    m_result = result;
    // The request (with the password) is kept only while "Send anyway" may still use it.
    if (result.ok || result.cancelled || result.stage != TestSendStage::Recipient)
        m_request.reset();
    m_diagnosis->setCheckingNote(QString());
    if (!result.diagnosis.isNull())
        m_diagnosis->setDiagnosis(result.diagnosis);

    if (result.ok) {
        setState(State::Succeeded, m_kind == TestSendRequest::Kind::Probe
                                           ? tr("Success: the server accepted these settings.")
                                           : tr("Success: the server accepted the test e-mail."));
    } else if (result.cancelled) {
        setState(State::Cancelled, tr("Cancelled."));
    } else if (result.stage != TestSendStage::Session) {
        // Stopped on this side before any server was contacted: the diagnosis says why. The
        // recipient check is advice, not a wall: the user may send anyway.
        m_sendAnywayButton->setVisible(result.stage == TestSendStage::Recipient);
        setState(State::Failed, result.diagnosis.isNull() ? result.session.errorDetail : result.diagnosis.title);
    } else {
        const QString title = result.diagnosis.isNull()
                                      ? SettingsLabels::errorName(sessionErrorName(result.session.error))
                                      : result.diagnosis.title;
        setState(State::Failed, tr("Failed at “%1”: %2").arg(SettingsLabels::step(result.session.step), title));
    }
    Q_EMIT finished(result);
}

void SessionView::showCertificate()
{
    const SessionResult &result = m_result.session;
    const bool canTrust = offersTrust(result);
    auto *dialog = new CertificateDialog(
            result.tls, m_settings.host, m_settings.port,
            canTrust ? CertificateDialog::Offer::TrustButton : CertificateDialog::Offer::None, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QByteArray sha256 = result.tls.peerSha256;
    connect(dialog, &CertificateDialog::trustRequested, this,
            [this, sha256] { Q_EMIT certificatePinRequested(sha256); });
    dialog->open();
}

void SessionView::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_diagnosis->setRemediesEnabled(!busy);
}

void SessionView::setState(State state, const QString &status)
{
    m_state = state;
    m_status->setText(status);
    QStyle::StandardPixmap pixmap = QStyle::SP_CustomBase;
    switch (state) {
    case State::Succeeded:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case State::Failed:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    case State::Cancelled:
        pixmap = QStyle::SP_MessageBoxInformation;
        break;
    default:
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_statusIcon->setPixmap(pixmap == QStyle::SP_CustomBase ? QPixmap()
                                                            : style()->standardIcon(pixmap).pixmap(size, size));
    setBusy(state == State::Preparing || state == State::Running);
    Q_EMIT stateChanged(state);
}

} // namespace Postaci
