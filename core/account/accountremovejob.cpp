#include "accountremovejob.h"

#include "secretjob.h"

namespace Postaci {

AccountRemoveJob::AccountRemoveJob(const AccountStore &store, const QString &accountId, SecretRemoval secretRemoval,
                                   QObject *parent)
    : Job(Start::RunFromEventLoop, Lifetime::DeleteWhenFinished, parent)
    , m_store(store)
    , m_accountId(accountId)
    , m_secretRemoval(secretRemoval)
{ }

void AccountRemoveJob::doCancel()
{
    if (m_secretJob)
        disconnect(m_secretJob, nullptr, this, nullptr);
    AccountChangeResult result;
    result.error = AccountChangeResult::Error::Cancelled;
    result.account = m_account;
    result.message = tr("Removing the account was cancelled; the account is still saved.");
    callSoon([this, result] { finish(result); });
}

void AccountRemoveJob::run()
{
    AccountStore::Result found;
    const std::optional<Account> account = m_store.find(m_accountId, &found);
    if (!account) {
        AccountChangeResult result;
        result.error = AccountChangeResult::Error::Store;
        result.storeResult = found;
        result.message = found.message;
        return finish(result);
    }
    m_account = *account;
    m_secretJob = SecretJob::remove(m_account.id);
    connect(m_secretJob, &SecretJob::finished, this, &AccountRemoveJob::secretDeleted);
    m_secretJob->start();
}

void AccountRemoveJob::secretDeleted(SecretJob *job)
{
    AccountChangeResult result;
    result.account = m_account;
    const bool secretGone = job->error() == SecretError::None || job->error() == SecretError::NotFound;
    if (!secretGone) {
        result.secretError = job->error();
        result.secretDetail = job->backendMessage();
        // Without a saved password there is nothing to orphan; with one, keep the account
        // unless told to remove it anyway.
        if (m_account.passwordSaved && m_secretRemoval == SecretRemoval::Required) {
            result.error = AccountChangeResult::Error::Keychain;
            result.message = tr("The account was not removed because its password could not be deleted from "
                                "the keychain.")
                             + u' ' + job->errorMessage();
            if (!job->backendMessage().isEmpty())
                result.message += u' ' + tr("(Keychain: %1)").arg(job->backendMessage());
            return finish(result);
        }
        if (m_account.passwordSaved) {
            result.warning = tr("The account was removed, but its password may still be in the keychain.") + u' '
                             + job->errorMessage();
        }
    }
    const AccountStore::Result removed = m_store.remove(m_account.id);
    if (!removed.ok()) {
        result.error = AccountChangeResult::Error::Store;
        result.storeResult = removed;
        result.message = removed.message;
    }
    finish(result);
}

void AccountRemoveJob::finish(const AccountChangeResult &result)
{
    if (!claimFinish())
        return;
    Q_EMIT finished(result);
}

} // namespace Postaci
