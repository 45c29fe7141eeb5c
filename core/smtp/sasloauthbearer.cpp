#include "sasloauthbearer.h"

namespace Postaci {

SaslOAuthBearer::SaslOAuthBearer(const QString &user, const QString &token)
    : SaslTokenMechanism(encodedAuthzid(user), token)
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

} // namespace Postaci
