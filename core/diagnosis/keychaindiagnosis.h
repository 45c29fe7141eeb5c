#pragma once

#include "diagnosis.h"

#include "account/secreterror.h"

#include <QString>

#include <qt6keychain/keychain.h>

namespace Postaci {

// The keychain could not store or read a password: a failure before any server was contacted
// (docs/diagnosis.md). Its own header so that only the code that handles QtKeychain's errors
// includes QtKeychain; diagnosis.h stays free of it.

// From our own SecretError (SecretJob::error() and backendMessage()), or straight from a
// finished QtKeychain job (mapped the way SecretJob maps it). Gives "keychain-unavailable" (no
// keychain, locked, access refused, no answer, D-Bus failure) or "keychain-password-missing"
// (nothing stored for the account); null for no error.
Diagnosis diagnoseSecretError(SecretError error, const QString &backendMessage);
Diagnosis diagnoseKeychainError(QKeychain::Error error, const QString &errorString);

} // namespace Postaci
