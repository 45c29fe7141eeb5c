#pragma once

#include <QString>

namespace Postaci {

// What went wrong with the keychain, in our own words (QtKeychain's errors mapped, see
// SecretJob). Stable names for JSON: "no-backend", "locked", ...
enum class SecretError {
    None,
    NoBackend,    // no keychain service: no Secret Service / KWallet, no D-Bus session
    Locked,       // the keychain is locked and was not unlocked
    AccessDenied, // the user or the system refused access
    NotFound,     // no secret stored under this account id
    TimedOut,     // the keychain did not answer in time (an unanswered unlock prompt)
    Other,
};

QString secretErrorName(SecretError error);
// One translated paragraph: what happened and what the user can do about it.
QString secretErrorMessage(SecretError error);

} // namespace Postaci
