#include "testalldialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

enum Column { AccountColumn, ResultColumn };

} // namespace

TestAllDialog::TestAllDialog(const QList<Account> &accounts, AccountsTestJob *job, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_job(job)
{
    setWindowTitle(tr("Test all accounts"));
    setObjectName(u"testAllDialog"_s);
    resize(640, 360);
    job->setParent(this);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"testAllProgress"_s);
    m_progress->setRange(0, int(accounts.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m tested"));

    m_results = new QTreeWidget(this);
    m_results->setObjectName(u"testAllResults"_s);
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels({tr("Account"), tr("Result")});
    m_results->header()->setSectionResizeMode(AccountColumn, QHeaderView::ResizeToContents);
    for (const Account &account : accounts) {
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(AccountColumn, account.displayName.isEmpty() || account.displayName == account.email
                                             ? account.email
                                             : tr("%1 <%2>").arg(account.displayName, account.email));
        item->setText(ResultColumn, tr("Testing…"));
        item->setData(AccountColumn, Qt::UserRole, account.id);
    }

    m_status = new QLabel(this);
    m_status->setObjectName(u"testAllStatus"_s);
    m_status->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &TestAllDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(job, &AccountsTestJob::accountFinished, this, &TestAllDialog::accountFinished);
    connect(job, &AccountsTestJob::finished, this, &TestAllDialog::allFinished);
}

TestAllDialog::~TestAllDialog()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void TestAllDialog::start()
{
    if (m_job)
        m_job->start();
}

void TestAllDialog::cancel()
{
    if (m_job)
        m_job->cancel(); // finishes at once: allFinished()
}

QString TestAllDialog::statusText() const
{
    return m_status->text();
}

void TestAllDialog::reject()
{
    // While tests run, Cancel (and Escape) stops them; afterwards it closes.
    if (m_job) {
        cancel();
        return;
    }
    QDialog::reject();
}

void TestAllDialog::accountFinished(const AccountCheck &check, int done, int total)
{
    Q_UNUSED(total)
    m_progress->setValue(done);
    m_answered.append(check.accountId);
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_results->topLevelItem(i);
        if (item->data(AccountColumn, Qt::UserRole).toString() != check.accountId)
            continue;
        // Icon and words: a state is never told by colour alone.
        QStringList text{check.summary()};
        text += check.warningTexts;
        item->setText(ResultColumn, text.join(u" · "_s));
        item->setToolTip(ResultColumn, check.test.diagnosis.isNull() ? QString() : check.test.diagnosis.explanation);
        const QStyle::StandardPixmap icon = !check.ok()                    ? QStyle::SP_MessageBoxCritical
                : check.warnings.isEmpty() ? QStyle::SP_DialogApplyButton
                                           : QStyle::SP_MessageBoxWarning;
        item->setIcon(ResultColumn, QApplication::style()->standardIcon(icon));
    }
}

void TestAllDialog::allFinished(const AccountsTestResult &result)
{
    m_job = nullptr; // it deletes itself
    int working = 0;
    for (const AccountCheck &check : result.accounts)
        working += check.ok() ? 1 : 0;
    if (result.cancelled)
        m_status->setText(tr("Cancelled."));
    else
        m_status->setText(tr("%1 of %2 accounts work.").arg(working).arg(result.accounts.size()));
    m_cancel->setText(tr("Close"));
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_results->topLevelItem(i);
        if (!m_answered.contains(item->data(AccountColumn, Qt::UserRole).toString()))
            item->setText(ResultColumn, tr("Not tested (cancelled)"));
    }
    Q_EMIT testsFinished(result);
}

} // namespace Postaci
