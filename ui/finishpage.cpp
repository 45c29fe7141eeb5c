#include "finishpage.h"

#include "account/accountsavejob.h"
#include "accountlistmodel.h"
#include "accountwizard.h"
#include "deliverabilitydialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

FinishPage::FinishPage(AccountWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"finishPage"_s);
    setTitle(tr("Ready to save"));
    setSubTitle(tr("Check the account below. Finish saves it; Cancel leaves nothing behind."));
    setFinalPage(true);

    m_name = valueLabel(u"finishName"_s, this);
    m_address = valueLabel(u"finishAddress"_s, this);
    m_server = valueLabel(u"finishServer"_s, this);
    m_user = valueLabel(u"finishUser"_s, this);
    m_password = valueLabel(u"finishPassword"_s, this);
    m_testIcon = new QLabel(this);
    m_testIcon->setObjectName(u"finishTestIcon"_s);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_testIcon->setFixedSize(iconSize, iconSize);
    m_test = valueLabel(u"finishTest"_s, this);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testIcon, 0, Qt::AlignTop);
    testRow->addWidget(m_test, 1);

    auto *summary = new QWidget(this);
    summary->setObjectName(u"finishSummary"_s);
    auto *form = new QFormLayout(summary);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Server:"), m_server);
    m_userLabel = new QLabel(tr("User name:"), this);
    form->addRow(m_userLabel, m_user);
    m_passwordLabel = new QLabel(tr("Password:"), this);
    form->addRow(m_passwordLabel, m_password);
    auto *testLabel = new QLabel(tr("Test:"), this);
    form->addRow(testLabel, testRow);

    m_status = new QLabel(this);
    m_status->setObjectName(u"saveStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(100);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Saving"));
    m_progress->hide();
    m_withoutPassword = new QPushButton(tr("Save &without the password"), this);
    m_withoutPassword->setObjectName(u"saveWithoutPasswordButton"_s);
    m_withoutPassword->hide();
    m_retry = new QPushButton(tr("&Try again"), this);
    m_retry->setObjectName(u"retrySaveButton"_s);
    m_retry->hide();
    m_sendTest = new QCheckBox(tr("&Send a test e-mail after saving"), this);
    m_sendTest->setObjectName(u"sendTestNowCheckBox"_s);
    m_sendTest->setChecked(true);
    m_checkDelivery = new QPushButton(tr("Will my mail a&rrive?…"), this);
    m_checkDelivery->setObjectName(u"checkDeliveryButton"_s);
    m_checkDelivery->setToolTip(tr("Check the DNS records receivers judge this account's mail by (SPF, DKIM, DMARC)"));

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_withoutPassword);
    buttons->addWidget(m_retry);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addSpacing(8);
    layout->addWidget(m_sendTest);
    layout->addWidget(m_checkDelivery, 0, Qt::AlignLeft);
    layout->addSpacing(8);
    layout->addLayout(statusRow);
    layout->addLayout(buttons);
    layout->addStretch();

    registerField(u"sendTestNow"_s, m_sendTest);
    connect(m_withoutPassword, &QPushButton::clicked, this, [this] { save(PasswordHandling::WithoutPassword); });
    connect(m_retry, &QPushButton::clicked, this, [this] { save(PasswordHandling::AsChosen); });
    // The check needs only the address and the server, so it is offered before Finish saves.
    connect(m_checkDelivery, &QPushButton::clicked, this, [this] {
        auto *dialog = new DeliverabilityDialog(m_wizard->account(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // Cancel while saving: the save stops, and nothing is accepted afterwards.
    connect(wizard, &QDialog::rejected, this, &FinishPage::cancelSave);
}

FinishPage::~FinishPage()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void FinishPage::initializePage()
{
    cancelSave();
    m_saved = false;
    const Account account = m_wizard->account();
    m_name->setText(account.displayName.isEmpty() ? account.email : account.displayName);
    m_address->setText(account.email);
    m_server->setText(AccountListModel::serverText(account));
    const bool signsIn = m_wizard->needsPassword();
    m_userLabel->setVisible(signsIn);
    m_user->setVisible(signsIn);
    m_user->setText(account.user);
    m_passwordLabel->setVisible(signsIn);
    m_password->setVisible(signsIn);
    m_password->setText(m_wizard->savesPassword() ? tr("kept in the system keychain")
                                                  : tr("not saved; Postacı asks for it at each test"));
    const AccountTestResult &test = m_wizard->lastTest();
    m_test->setText(AccountListModel::lastTestText(test));
    const QIcon icon = AccountListModel::lastTestIcon(test);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_testIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(iconSize, iconSize));

    m_withoutPassword->hide();
    m_retry->hide();
    m_progress->hide();
    m_status->setText(m_wizard->savesPassword()
                              ? tr("Nothing is saved yet. Finish saves the account, and its password in the keychain.")
                              : tr("Nothing is saved yet. Finish saves the account."));
    // Enter saves: Finish is the default button, and it gets the focus once the wizard has shown
    // it (after this function; Next, which had the focus, is hidden on the last page).
    QTimer::singleShot(0, this, [this] {
        if (isVisible())
            m_wizard->button(QWizard::FinishButton)->setFocus();
    });
}

bool FinishPage::validatePage()
{
    if (m_saved)
        return true;
    if (!m_job)
        save(PasswordHandling::AsChosen);
    return false; // the wizard is accepted when the save succeeded (saveFinished)
}

void FinishPage::cleanupPage()
{
    cancelSave();
}

void FinishPage::cancelSave()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
    }
    m_progress->hide();
}

void FinishPage::save(PasswordHandling handling)
{
    cancelSave();
    m_saved = false;
    m_withoutPassword->hide();
    m_retry->hide();
    m_unsavedPassword.clear();

    Account account = m_wizard->account();
    AccountSaveJob *job = nullptr;
    if (handling == PasswordHandling::AsChosen && m_wizard->savesPassword()) {
        m_status->setText(tr("Saving the password in the keychain, then the account…"));
        job = AccountSaveJob::withPassword(m_wizard->store(), account, m_wizard->password(), m_wizard->passwordPolicy(),
                                           this);
    } else {
        m_status->setText(tr("Saving the account…"));
        if (m_wizard->needsPassword())
            m_unsavedPassword = m_wizard->password(); // for the test right after; never written anywhere
        job = AccountSaveJob::withoutPassword(m_wizard->store(), account, this);
    }
    m_job = job;
    m_progress->show();
    connect(job, &AccountSaveJob::finished, this, &FinishPage::saveFinished);
    job->start();
    Q_EMIT completeChanged();
}

void FinishPage::saveFinished(const AccountChangeResult &result)
{
    m_job = nullptr;
    m_progress->hide();
    if (result.ok()) {
        m_saved = true;
        QString text = result.account.passwordSaved
                               ? tr("The account is saved, and its password is in the keychain.")
                               : tr("The account is saved without a password; Postacı will ask for it when testing.");
        if (!m_wizard->needsPassword())
            text = tr("The account is saved.");
        if (!result.warning.isEmpty())
            text += QLatin1Char(' ') + result.warning;
        m_status->setText(text);
        m_wizard->setSavedAccount(result.account, m_unsavedPassword);
        Q_EMIT completeChanged();
        // Every save starts from a user's "save" (Finish, or one of the buttons after a keychain
        // failure): the account is saved, so the wizard is done — unless there is a warning to
        // read first; Finish then closes it.
        if (result.warning.isEmpty())
            wizard()->accept();
        return;
    }
    m_saved = false;
    m_status->setText(result.message.isEmpty() ? tr("The account could not be saved.") : result.message);
    m_withoutPassword->setVisible(result.error == AccountChangeResult::Error::Keychain);
    m_retry->setVisible(result.error != AccountChangeResult::Error::Cancelled);
    if (result.error == AccountChangeResult::Error::Keychain)
        m_withoutPassword->setFocus();
    Q_EMIT completeChanged();
}

bool FinishPage::isComplete() const
{
    return !m_job; // Finish waits while a save runs
}

} // namespace Postaci
