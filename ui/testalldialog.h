#pragma once

#include "account/account.h"
#include "testsend/accountstestjob.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Postaci {

// "Test all": every saved account signs in again at the same time (AccountsTestJob, the job
// `postaci-cli accounts test` runs), with progress, one row per account as its answer comes,
// and Cancel. The outcomes are recorded with the accounts; testsFinished() tells the main window
// to show them.
class TestAllDialog : public QDialog
{
    Q_OBJECT
public:
    TestAllDialog(const QList<Account> &accounts, AccountsTestJob *job, QWidget *parent = nullptr);
    ~TestAllDialog() override;

    void start();
    void cancel();
    bool isRunning() const { return m_job != nullptr; }
    QProgressBar *progressBar() const { return m_progress; }
    QTreeWidget *results() const { return m_results; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString statusText() const;

Q_SIGNALS:
    void testsFinished(const Postaci::AccountsTestResult &result);

protected:
    void reject() override;

private:
    void accountFinished(const AccountCheck &check, int done, int total);
    void allFinished(const AccountsTestResult &result);

    QList<Account> m_accounts;
    QPointer<AccountsTestJob> m_job;
    QProgressBar *m_progress = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancel = nullptr;
    QStringList m_answered; // ids whose row shows their result
};

} // namespace Postaci
