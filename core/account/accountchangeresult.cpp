#include "accountchangeresult.h"

using namespace Qt::StringLiterals;

namespace Postaci {

QString AccountChangeResult::errorName(Error error)
{
    switch (error) {
    case Error::None: return {};
    case Error::InvalidAccount: return u"invalid-account"_s;
    case Error::PasswordRules: return u"password-rules"_s;
    case Error::Keychain: return u"keychain"_s;
    case Error::Store: return u"store"_s;
    case Error::Cancelled: return u"cancelled"_s;
    }
    return {};
}

} // namespace Postaci
