#pragma once

#include "account.h"
#include "accountchangeresult.h"
#include "accountstore.h"
#include "common/job.h"
#include "passwordpolicy.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace Postaci {

class SecretJob;

// Saves an account, with or without its password, as one all-or-nothing step.
//
// With a password: the account is validated, the password checked against the policy
// (before the keychain is touched), the accounts file checked to be writable, then the
// password is written to the keychain and only after that the account to the file. If the
// keychain fails nothing is saved, and the message says what happened and what to do
// (install or unlock a keychain, or save without the password). If the file cannot be written
// after the keychain succeeded, the secret of a new account is deleted again.
// Without a password: the account is saved with passwordSaved = false, and a password saved
// earlier for it is deleted from the keychain.
//
// finished() is emitted exactly once, always from the event loop (also after cancel()); the job
// deletes itself afterwards. start() and cancel() come from Job.
class AccountSaveJob : public Job
{
    Q_OBJECT
public:
    static AccountSaveJob *withPassword(const AccountStore &store, const Account &account, const QString &password,
                                        const PasswordPolicy &policy = PasswordPolicy(), QObject *parent = nullptr);
    static AccountSaveJob *withoutPassword(const AccountStore &store, const Account &account,
                                           QObject *parent = nullptr);

    ~AccountSaveJob() override;

Q_SIGNALS:
    void finished(const Postaci::AccountChangeResult &result);

private:
    enum class Mode { WithPassword, WithoutPassword };
    AccountSaveJob(Mode mode, const AccountStore &store, const Account &account, QObject *parent);
    void run() override;
    void doCancel() override;
    void secretWritten(SecretJob *job);
    void writeAccountFile();
    void finish(AccountChangeResult result);

    Mode m_mode;
    AccountStore m_store;
    Account m_account;
    QString m_password;
    PasswordPolicy m_policy;
    bool m_isNew = true;
    bool m_hadSavedPassword = false;
    QPointer<SecretJob> m_secretJob;
};

} // namespace Postaci
