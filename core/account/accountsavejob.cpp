#include "accountsavejob.h"

#include "secretjob.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

// When a save is abandoned after the keychain already took the password of a new account,
// take it out again: no secret may outlive the account it belongs to.
void deleteOrphanSecret(const QString &accountId)
{
    SecretJob *job = SecretJob::remove(accountId);
    job->start();
}

} // namespace

// Runs from the event loop: always answer from there, never from inside start().
AccountSaveJob::AccountSaveJob(Mode mode, const AccountStore &store, const Account &account, QObject *parent)
    : Job(Start::RunFromEventLoop, Lifetime::DeleteWhenFinished, parent)
    , m_mode(mode)
    , m_store(store)
    , m_account(account)
{ }

AccountSaveJob::~AccountSaveJob()
{
    m_password.fill(u'\0');
}

AccountSaveJob *AccountSaveJob::withPassword(const AccountStore &store, const Account &account, const QString &password,
                                             const PasswordPolicy &policy, QObject *parent)
{
    auto *job = new AccountSaveJob(Mode::WithPassword, store, account, parent);
    job->m_password = password;
    job->m_policy = policy;
    return job;
}

AccountSaveJob *AccountSaveJob::withoutPassword(const AccountStore &store, const Account &account, QObject *parent)
{
    return new AccountSaveJob(Mode::WithoutPassword, store, account, parent);
}

void AccountSaveJob::doCancel()
{
    if (m_secretJob) {
        // The keychain may still store the password: if it does, remove it again.
        disconnect(m_secretJob, nullptr, this, nullptr);
        if (m_isNew && m_mode == Mode::WithPassword) {
            const QString id = m_account.id;
            connect(m_secretJob, &SecretJob::finished, QCoreApplication::instance(), [id](SecretJob *job) {
                if (job->error() == SecretError::None)
                    deleteOrphanSecret(id);
            });
        }
    }
    AccountChangeResult result;
    result.error = AccountChangeResult::Error::Cancelled;
    result.message = tr("Saving the account was cancelled; nothing was saved.");
    result.account = m_account;
    callSoon([this, result] { finish(result); });
}

void AccountSaveJob::run()
{
    m_account.passwordSaved = m_mode == Mode::WithPassword;
    AccountChangeResult result;
    result.account = m_account;
    const QString problem = m_account.validationError();
    if (!problem.isEmpty()) {
        result.error = AccountChangeResult::Error::InvalidAccount;
        result.message = problem;
        return finish(result);
    }

    // The rules are enforced here, in the core: the checklist in the wizard is a courtesy.
    if (m_mode == Mode::WithPassword) {
        result.failedRules = m_policy.failedRules(m_password, m_account.email);
        if (!result.failedRules.isEmpty()) {
            QStringList labels;
            for (const PasswordPolicy::RuleResult &rule : result.failedRules)
                labels.append(rule.label);
            result.error = AccountChangeResult::Error::PasswordRules;
            result.message = tr("The password does not meet these rules: %1.").arg(labels.join("; "_L1));
            return finish(result);
        }
    }

    // Find out now whether the file can take the account, so that a damaged file does not
    // leave a password in the keychain for an account that was never saved.
    const AccountStore::LoadResult current = m_store.load();
    if (!current.ok()) {
        result.error = AccountChangeResult::Error::Store;
        result.storeResult = current;
        result.message = current.message;
        return finish(result);
    }
    for (const Account &existing : current.accounts) {
        if (existing.id == m_account.id) {
            m_isNew = false;
            m_hadSavedPassword = existing.passwordSaved;
        }
    }

    if (m_mode == Mode::WithoutPassword)
        return writeAccountFile();

    m_secretJob = SecretJob::write(m_account.id, m_policy.normalized(m_password));
    m_password.fill(u'\0');
    m_password.clear();
    connect(m_secretJob, &SecretJob::finished, this, &AccountSaveJob::secretWritten);
    m_secretJob->start();
}

void AccountSaveJob::secretWritten(SecretJob *job)
{
    if (job->error() != SecretError::None) {
        AccountChangeResult result;
        result.account = m_account;
        result.error = AccountChangeResult::Error::Keychain;
        result.secretError = job->error();
        result.secretDetail = job->backendMessage();
        result.message = tr("The account was not saved because its password could not be stored in the keychain.")
                         + u' ' + job->errorMessage();
        if (!job->backendMessage().isEmpty())
            result.message += u' ' + tr("(Keychain: %1)").arg(job->backendMessage());
        return finish(result);
    }
    writeAccountFile();
}

void AccountSaveJob::writeAccountFile()
{
    AccountChangeResult result;
    result.account = m_account;
    const AccountStore::Result saved = m_store.save(m_account);
    if (!saved.ok()) {
        result.error = AccountChangeResult::Error::Store;
        result.storeResult = saved;
        result.message = saved.message;
        if (m_mode == Mode::WithPassword && m_isNew)
            deleteOrphanSecret(m_account.id);
        return finish(result);
    }
    // An OAuth2 account's keychain entry holds its tokens (docs/oauth2.md#tokens), not a password
    // to take out.
    if (m_mode == Mode::WithoutPassword && m_hadSavedPassword && !m_account.usesOAuth()) {
        // The user chose not to keep the password any more: take the old one out.
        m_secretJob = SecretJob::remove(m_account.id);
        connect(m_secretJob, &SecretJob::finished, this, [this, result](SecretJob *job) mutable {
            if (job->error() != SecretError::None && job->error() != SecretError::NotFound) {
                result.secretError = job->error();
                result.secretDetail = job->backendMessage();
                result.warning = tr("The account was saved without its password, but the old password could "
                                    "not be removed from the keychain.")
                                 + u' ' + job->errorMessage();
            }
            finish(result);
        });
        m_secretJob->start();
        return;
    }
    finish(result);
}

void AccountSaveJob::finish(AccountChangeResult result)
{
    if (!claimFinish())
        return;
    m_password.fill(u'\0');
    m_password.clear();
    Q_EMIT finished(result);
}

} // namespace Postaci
