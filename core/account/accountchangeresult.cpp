#include "accountchangeresult.h"

namespace Postaci {

QString AccountChangeResult::errorName(Error error)
{
    switch (error) {
    case Error::None: return {};
    case Error::InvalidAccount: return QStringLiteral("invalid-account");
    case Error::PasswordRules: return QStringLiteral("password-rules");
    case Error::Keychain: return QStringLiteral("keychain");
    case Error::Store: return QStringLiteral("store");
    case Error::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace Postaci
