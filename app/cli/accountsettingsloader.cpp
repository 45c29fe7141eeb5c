#include "accountsettingsloader.h"

#include "exitcode.h"

#include <QCoreApplication>
#include <QTimer>

// PLACEHOLDER until core/account is built (issue 4): no account can be found.

namespace Postaci::Cli {

void loadAccountSettings(const QString &accountId, QObject *context, std::function<void(const AccountSettings &)> done)
{
    QTimer::singleShot(0, context, [accountId, done] {
        AccountSettings result;
        result.errorMessage = QCoreApplication::translate("Postaci::Cli", "No saved account has the id \"%1\".").arg(accountId);
        result.exitCode = Usage;
        done(result);
    });
}

} // namespace Postaci::Cli
