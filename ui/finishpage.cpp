#include "finishpage.h"

#include "account/accountsavejob.h"
#include "accountlistmodel.h"
#include "accountwizard.h"
#include "deliverabilitydialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Postaci {

FinishPage::FinishPage(AccountWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"finishPage"_s);
    setTitle(tr("Saving the account"));
    setFinalPage(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"finishSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
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
    m_sendTest = new QCheckBox(tr("&Send a test e-mail now"), this);
    m_sendTest->setObjectName(u"sendTestNowCheckBox"_s);
    m_sendTest->setChecked(true);
    m_checkDelivery = new QPushButton(tr("Will my mail a&rrive?…"), this);
    m_checkDelivery->setObjectName(u"checkDeliveryButton"_s);
    m_checkDelivery->setToolTip(tr("Check the DNS records receivers judge this account's mail by (SPF, DKIM, DMARC)"));
    m_checkDelivery->hide();

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_withoutPassword);
    buttons->addWidget(m_retry);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addLayout(statusRow);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_sendTest);
    layout->addWidget(m_checkDelivery, 0, Qt::AlignLeft);
    layout->addStretch();

    registerField(u"sendTestNow"_s, m_sendTest);
    connect(m_withoutPassword, &QPushButton::clicked, this, [this] { save(PasswordHandling::WithoutPassword); });
    connect(m_retry, &QPushButton::clicked, this, [this] { save(PasswordHandling::AsChosen); });
    connect(m_checkDelivery, &QPushButton::clicked, this, [this] {
        auto *dialog = new DeliverabilityDialog(m_wizard->account(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
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
    const Account account = m_wizard->account();
    QStringList lines;
    lines << tr("Name: %1").arg(account.displayName.isEmpty() ? account.email : account.displayName)
          << tr("Address: %1").arg(account.email) << tr("Server: %1").arg(AccountListModel::serverText(account));
    if (m_wizard->needsPassword())
        lines << tr("User name: %1").arg(account.user);
    const AccountTestResult &test = m_wizard->lastTest();
    lines << tr("Test: %1").arg(AccountListModel::lastTestText(test));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    save(PasswordHandling::AsChosen);
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
    m_checkDelivery->hide();
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
        m_checkDelivery->show();
    } else {
        m_saved = false;
        m_status->setText(result.message.isEmpty() ? tr("The account could not be saved.") : result.message);
        m_withoutPassword->setVisible(result.error == AccountChangeResult::Error::Keychain);
        m_retry->setVisible(result.error != AccountChangeResult::Error::Cancelled);
        if (result.error == AccountChangeResult::Error::Keychain)
            m_withoutPassword->setFocus();
    }
    Q_EMIT completeChanged();
}

bool FinishPage::isComplete() const
{
    return m_saved;
}

} // namespace Postaci
