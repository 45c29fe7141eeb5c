#pragma once

#include <QString>

namespace Postaci {

// The shell command that prints an account's password from the keychain, for the programs an
// export hands the account to (msmtp's passwordeval, swaks). SecretJob stores the password
// through QtKeychain, whose libsecret backend (QtKeychain 0.13, the Secret Service of
// gnome-keyring or KeePassXC) files it under the attributes server = the service ("postaci")
// and user = the key (the account id): `secret-tool lookup server postaci user ID` finds that
// item (secret-tool is in Debian's libsecret-tools). The KWallet backend is not reachable
// this way (docs/export.md#password).
QString keychainLookupCommand(const QString &accountId);

} // namespace Postaci
