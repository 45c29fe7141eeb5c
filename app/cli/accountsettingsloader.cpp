#include "accountsettingsloader.h"

#include "exitcode.h"

#include "account/accountstore.h"
#include "account/secretjob.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace Postaci::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postaci::Cli::AccountSettingsLoader", text);
}

} // namespace

void loadAccountSettings(const QString &accountId, QObject *context, std::function<void(const AccountSettings &)> done)
{
    AccountSettings result;
    const AccountStore store;
    AccountStore::Result found;
    const std::optional<Account> account = store.find(accountId, &found);
    if (!account) {
        result.errorMessage = found.message;
        result.exitCode = found.error == AccountStore::Error::UnknownAccount ? Usage : Other;
        QTimer::singleShot(0, context, [result, done] { done(result); });
        return;
    }
    result.account = *account;
    result.email = account->email;
    if (!account->passwordSaved) {
        // Saved without a password: the caller may take one from --password-stdin/-env.
        result.ok = true;
        result.settings = account->toSessionSettings(QString());
        QTimer::singleShot(0, context, [result, done] { done(result); });
        return;
    }

    SecretJob *job = SecretJob::read(account->id);
    QObject::connect(job, &SecretJob::finished, context, [result, done](SecretJob *finishedJob) mutable {
        if (finishedJob->error() == SecretError::None) {
            result.ok = true;
            result.settings = result.account.toSessionSettings(finishedJob->secret());
        } else {
            result.exitCode = Keychain;
            if (finishedJob->error() == SecretError::NotFound) {
                result.errorMessage = tr("The password of the account \"%1\" is no longer in the keychain. Add the "
                                         "account again with its password, or give the server settings and "
                                         "--password-stdin instead of --account.")
                                          .arg(result.account.id);
            } else {
                result.errorMessage = tr("The password of the account could not be read from the keychain.") + u' '
                    + finishedJob->errorMessage();
                if (!finishedJob->backendMessage().isEmpty())
                    result.errorMessage += u' ' + tr("(Keychain: %1)").arg(finishedJob->backendMessage());
            }
        }
        done(result);
        result.settings.secret.fill(u'\0');
    });
    job->start();
}

} // namespace Postaci::Cli
