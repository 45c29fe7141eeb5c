#pragma once

#include "account/account.h"
#include "smtp/sessionsettings.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Postaci::Cli {

struct AccountSettings
{
    bool ok = false;
    SessionSettings settings; // with the secret read from the keychain (empty when not saved)
    QString email;            // the account's address: the default sender
    QString errorMessage;     // translated, when !ok
    int exitCode = 0;         // ExitCode when !ok (Usage for an unknown id, Keychain for keychain failures)
    Account account;          // the saved account (no secret in it): aliases, id for AccountStore::recordTestResult
};

// Loads a saved account and its keychain secret, asynchronously; calls done exactly once,
// from the event loop, unless context is destroyed first.
void loadAccountSettings(const QString &accountId, QObject *context, std::function<void(const AccountSettings &)> done);

} // namespace Postaci::Cli
