#include "saslxoauth2.h"

namespace Postaci {

SaslXOAuth2::SaslXOAuth2(const QString &user, const QString &token)
    : m_user(user.toUtf8())
    , m_token(token.toUtf8())
{ }

std::optional<QByteArray> SaslXOAuth2::initialResponse() const
{
    return QByteArray("user=" + m_user + "\x01" + "auth=Bearer " + m_token + "\x01\x01");
}

std::optional<QByteArray> SaslXOAuth2::respond(const QByteArray &challenge)
{
    Q_UNUSED(challenge) // the error JSON; the final reply carries the code that matters
    if (m_acknowledged)
        return std::nullopt;
    m_acknowledged = true;
    return QByteArray();
}

} // namespace Postaci
