#include "sasllogin.h"

namespace Postaci {

SaslLogin::SaslLogin(const QString &user, const QString &secret)
    : m_user(user.toUtf8())
    , m_secret(secret.toUtf8())
{ }

std::optional<QByteArray> SaslLogin::respond(const QByteArray &challenge)
{
    Q_UNUSED(challenge)
    switch (m_step++) {
    case 0:
        return m_user;
    case 1:
        return m_secret;
    default:
        return std::nullopt;
    }
}

} // namespace Postaci
