#include "sasloauthbearer.h"

namespace Postaci {

SaslOAuthBearer::SaslOAuthBearer(const QString &user, const QString &token)
    : m_user(encodedAuthzid(user))
    , m_token(token.toUtf8())
{ }

QByteArray SaslOAuthBearer::encodedAuthzid(const QString &user)
{
    QByteArray bytes = user.toUtf8();
    bytes.replace("=", "=3D");
    bytes.replace(",", "=2C");
    return bytes;
}

std::optional<QByteArray> SaslOAuthBearer::initialResponse() const
{
    return QByteArray("n,a=" + m_user + ",\x01" + "auth=Bearer " + m_token + "\x01\x01");
}

std::optional<QByteArray> SaslOAuthBearer::respond(const QByteArray &challenge)
{
    Q_UNUSED(challenge) // the error JSON; the final reply carries the code that matters
    if (m_acknowledged)
        return std::nullopt;
    m_acknowledged = true;
    return QByteArray("\x01");
}

} // namespace Postaci
