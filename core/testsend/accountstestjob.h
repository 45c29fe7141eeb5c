#pragma once

#include "account/account.h"
#include "common/job.h"
#include "testsendjob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Postaci {

// How one saved account fared in a re-test: the test itself (TestSendResult), the certificate's
// days left and the warnings that do not make it fail.
struct AccountCheck
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::AccountCheck)
public:
    QString accountId;
    QString email;
    QString displayName;
    TestSendResult test;
    bool timedOut = false; // stopped at its deadline (reported as error "timeout")
    std::optional<int> certificateDaysLeft;
    QStringList warnings;     // stable words: certificate-expires-soon, certificate-changed
    QStringList warningTexts; // the same, as sentences

    bool ok() const { return test.ok && !timedOut; }
    // The keychain could not be asked at all (not: it has no password for this account).
    bool keychainUnreachable() const;
    QString stepName() const;
    QString errorName() const; // empty when ok
    // One line for people: "works", or where and why it failed (the diagnosis' title).
    QString summary() const;
    // {"id", "email", "ok", "step", "error", "diagnosis", "certificateDaysLeft", "warnings"}
    QJsonObject toJson() const;
};

struct AccountsTestResult
{
    QList<AccountCheck> accounts; // in the order the accounts were given
    bool cancelled = false;

    bool ok() const;
    bool keychainUnreachable() const;
    // {"ok", "accounts": [...]} (docs/cli.md#accounts-test)
    QJsonObject toJson() const;
};

// Re-tests several saved accounts at once, each through its own TestSendJob (the one test path,
// docs/architecture.md#data-path) and under its own deadline, and records each outcome with its
// account. `postaci-cli accounts test` and the main window's "Test all" both run this job.
//
// Like every Job: start() (nothing is reported from inside it), cancel() stops every test at
// once and finished() follows synchronously with cancelled set; finished() comes exactly once,
// then the job deletes itself.
class AccountsTestJob : public Job
{
    Q_OBJECT
public:
    // Long enough for a slow server's whole session (SessionTimeouts::total is 60 s) and the
    // keychain's answer; bounded so that monitoring never hangs on one account.
    static constexpr std::chrono::milliseconds defaultDeadline{90000};

    AccountsTestJob(const QList<Account> &accounts, TestSendRequest::Kind kind, QObject *parent = nullptr);
    ~AccountsTestJob() override;

    // Before start(): where results are recorded (AccountStore's default when empty), the
    // deadline of each account's test.
    void setAccountsFile(const QString &path) { m_accountsFile = path; }
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    // What the face adds to every account's session settings (the GUI's extra CAs and time limits).
    void setSettingsAdjustment(std::function<SessionSettings(SessionSettings)> adjust) { m_adjust = std::move(adjust); }

    int total() const { return int(m_accounts.size()); }

Q_SIGNALS:
    void accountFinished(const Postaci::AccountCheck &check, int done, int total);
    void finished(const Postaci::AccountsTestResult &result);

private:
    void run() override;
    void doCancel() override;
    void startTest(int index);
    void testFinished(int index, const TestSendResult &result);
    void deadlinePassed(int index);
    void recordTimeout(const AccountCheck &check);
    void finishIfDone();

    QList<Account> m_accounts;
    TestSendRequest::Kind m_kind;
    QString m_accountsFile;
    std::chrono::milliseconds m_deadline = defaultDeadline;
    std::function<SessionSettings(SessionSettings)> m_adjust;
    QList<std::optional<AccountCheck>> m_checks;
    QList<QPointer<TestSendJob>> m_jobs;
    QList<std::shared_ptr<QTimer>> m_timers;
    QList<bool> m_timedOut;
    int m_done = 0;
    bool m_cancelling = false;
};

} // namespace Postaci
