#include "secreterror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Postaci {

QString secretErrorName(SecretError error)
{
    switch (error) {
    case SecretError::None: return {};
    case SecretError::NoBackend: return u"no-backend"_s;
    case SecretError::Locked: return u"locked"_s;
    case SecretError::AccessDenied: return u"access-denied"_s;
    case SecretError::NotFound: return u"not-found"_s;
    case SecretError::TimedOut: return u"timed-out"_s;
    case SecretError::Other: return u"other"_s;
    }
    return {};
}

QString secretErrorMessage(SecretError error)
{
    switch (error) {
    case SecretError::None:
        return {};
    case SecretError::NoBackend:
        return QCoreApplication::translate("Postaci::SecretError",
            "No keychain is available to keep the password safely (Postacı never writes passwords to a "
            "file). Install and start a keychain such as GNOME Keyring or KWallet and log in again, or "
            "save the account without its password and type the password when you test it.");
    case SecretError::Locked:
        return QCoreApplication::translate("Postaci::SecretError",
            "The keychain is locked, or no keyring is set up in it yet. Unlock it (your desktop asks for "
            "its password), or create a default keyring with your desktop's passwords tool, and try "
            "again; or save the account without its password.");
    case SecretError::AccessDenied:
        return QCoreApplication::translate("Postaci::SecretError",
            "Access to the keychain was refused. Allow Postacı to use the keychain and try again, or "
            "save the account without its password.");
    case SecretError::NotFound:
        return QCoreApplication::translate("Postaci::SecretError",
            "The keychain has no password for this account. Enter the password again to save it.");
    case SecretError::TimedOut:
        return QCoreApplication::translate("Postaci::SecretError",
            "The keychain did not answer in time; it may be waiting for you to unlock it. Unlock it and "
            "try again, or save the account without its password.");
    case SecretError::Other:
        return QCoreApplication::translate("Postaci::SecretError",
            "The keychain reported an error. Try again; if it keeps failing, save the account without "
            "its password.");
    }
    return {};
}

} // namespace Postaci
