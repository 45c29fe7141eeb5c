#pragma once

#include "account.h"
#include "accountchangeresult.h"
#include "accountstore.h"
#include "common/job.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace Postaci {

class SecretJob;

// Removes an account and its password: the secret is deleted from the keychain first, then
// the account from the file. A secret that is already gone is no obstacle. If the keychain
// cannot be reached while the account has a saved password, the account is kept (so the
// secret is not orphaned where nobody can see it) and the error says why — unless the caller
// chose SecretRemoval::BestEffort ("remove anyway"), which removes the account and reports the
// leftover secret as a warning.
//
// finished() is emitted exactly once, always from the event loop (also after cancel()); the job
// deletes itself afterwards. start() and cancel() come from Job.
class AccountRemoveJob : public Job
{
    Q_OBJECT
public:
    enum class SecretRemoval { Required, BestEffort };

    AccountRemoveJob(const AccountStore &store, const QString &accountId,
                     SecretRemoval secretRemoval = SecretRemoval::Required, QObject *parent = nullptr);

Q_SIGNALS:
    void finished(const Postaci::AccountChangeResult &result);

private:
    void run() override;
    void doCancel() override;
    void secretDeleted(SecretJob *job);
    void finish(const AccountChangeResult &result);

    AccountStore m_store;
    QString m_accountId;
    SecretRemoval m_secretRemoval;
    Account m_account;
    QPointer<SecretJob> m_secretJob;
};

} // namespace Postaci
