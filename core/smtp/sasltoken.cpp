#include "sasltoken.h"

namespace Postaci {

SaslTokenMechanism::SaslTokenMechanism(const QByteArray &user, const QString &token)
    : m_user(user)
    , m_token(token.toUtf8())
{ }

std::optional<QByteArray> SaslTokenMechanism::respond(const QByteArray &challenge)
{
    Q_UNUSED(challenge) // the error JSON; the final reply carries the code that matters
    if (m_acknowledged)
        return std::nullopt;
    m_acknowledged = true;
    return acknowledgement();
}

} // namespace Postaci
