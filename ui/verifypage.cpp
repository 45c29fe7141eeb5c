#include "verifypage.h"

#include "accountwizard.h"
#include "diagnosisview.h"
#include "labels.h"
#include "sessionview.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Postaci {

VerifyPage::VerifyPage(AccountWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"verifyPage"_s);
    setTitle(tr("Testing the settings"));
    setSubTitle(tr("Postacı connects to the server, sets up encryption and signs in, without sending any mail."));

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"verifySummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_again = new QPushButton(tr("&Test again"), this);
    m_again->setObjectName(u"testAgainButton"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_again);

    m_view = new SessionView(this);
    // The wizard is narrower than the main window's test panel: steps above the transcript, so
    // neither is squeezed and the transcript wraps at the page's full width.
    m_view->setStepsOrientation(Qt::Vertical);

    m_warning = new QLabel(tr("The test did not succeed. Apply a suggestion above, go back and change the settings, or "
                              "save the account anyway and fix it later."),
                           this);
    m_warning->setObjectName(u"verifyWarning"_s);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_warning->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_warning);

    connect(m_again, &QPushButton::clicked, this, &VerifyPage::runTest);
    connect(m_view, &SessionView::stateChanged, this, [this](SessionView::State state) {
        m_again->setEnabled(state != SessionView::State::Running && state != SessionView::State::Preparing);
        Q_EMIT completeChanged();
    });
    connect(m_view, &SessionView::finished, this, &VerifyPage::testFinished);
    connect(m_view, &SessionView::remedyChosen, this, [this](const SettingsChange &change) {
        if (!change.foreignHost) {
            m_wizard->applySettingsChange(change);
            runTest();
            return;
        }
        // Never sign in to a name only a certificate vouches for before the user said yes.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Use another server name?"),
                                    DiagnosisView::foreignHostCaution(change), QMessageBox::Yes | QMessageBox::Cancel,
                                    this);
        box->setObjectName(u"confirmForeignHostBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->button(QMessageBox::Yes)->setText(tr("&Use %1").arg(change.host.value_or(QString())));
        box->setDefaultButton(QMessageBox::Cancel);
        connect(box, &QMessageBox::finished, this, [this, box, change] {
            if (box->clickedButton() != box->button(QMessageBox::Yes))
                return;
            m_wizard->applySettingsChange(change);
            runTest();
        });
        box->open();
    });
    connect(m_view, &SessionView::certificatePinRequested, this, [this](const QByteArray &sha256) {
        m_wizard->addPinnedCertificate(sha256);
        runTest();
    });
}

void VerifyPage::initializePage()
{
    runTest();
}

void VerifyPage::cleanupPage()
{
    m_view->cancel();
}

void VerifyPage::runTest()
{
    if (m_view->isBusy())
        return;
    const TestSendRequest request = m_wizard->verifyRequest();
    const SessionSettings &settings = request.settings;
    m_summary->setText(tr("%1, port %2, %3; user name: %4")
                               .arg(settings.host)
                               .arg(settings.port)
                               .arg(SettingsLabels::security(settings.security),
                                    settings.user.isEmpty() ? tr("(no sign-in)") : settings.user));
    m_warning->hide();
    m_view->start(request);
}

void VerifyPage::testFinished()
{
    const SessionResult &result = m_view->result();
    if (m_view->testResult().cancelled) {
        m_wizard->setLastTest(AccountTestResult()); // a cancelled test says nothing about the server
        m_warning->show();
        return;
    }
    m_wizard->setLastTest(AccountTestResult::fromSession(result));
    m_warning->setVisible(!result.ok);
    Q_EMIT completeChanged();
    // The focus was on Next or Cancel test, disabled while the test ran: give it to what comes
    // next for a keyboard user — the first fix offered, else Next.
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !focus->isEnabled() || !focus->isVisible()) {
        QWidget *next = findChild<QPushButton *>(u"remedyButton"_s);
        if (!next || !next->isVisible())
            next = m_wizard->button(QWizard::NextButton);
        next->setFocus();
    }
}

bool VerifyPage::isComplete() const
{
    return !m_view->isBusy();
}

} // namespace Postaci
