#pragma once

#include "account.h"
#include "accountstore.h"
#include "passwordpolicy.h"
#include "secreterror.h"

#include <QList>
#include <QString>

namespace Postaci {

// The outcome of AccountSaveJob / AccountRemoveJob.
struct AccountChangeResult
{
    enum class Error {
        None,
        InvalidAccount, // Account::validationError()
        PasswordRules,  // failedRules lists the rules the password breaks
        Keychain,       // secretError says what; nothing was saved (or, for remove, removed)
        Store,          // storeError says what (unknown id, damaged file, ...)
        Cancelled,
    };

    Error error = Error::None;
    QString message;                               // translated: what happened, what to do
    QList<PasswordPolicy::RuleResult> failedRules; // PasswordRules
    SecretError secretError = SecretError::None;   // Keychain (and warnings on success)
    QString secretDetail;                          // the keychain's own words
    AccountStore::Result storeResult;              // Store
    Account account;                               // as saved / removed
    // Set when the account was saved or removed but an old secret could not be deleted.
    QString warning;

    bool ok() const { return error == Error::None; }
    static QString errorName(Error error);
};

} // namespace Postaci
