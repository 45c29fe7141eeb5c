#include "saslxoauth2.h"

namespace Postaci {

SaslXOAuth2::SaslXOAuth2(const QString &user, const QString &token)
    : SaslTokenMechanism(user.toUtf8(), token)
{ }

std::optional<QByteArray> SaslXOAuth2::initialResponse() const
{
    return QByteArray("user=" + m_user + "\x01" + "auth=Bearer " + m_token + "\x01\x01");
}

} // namespace Postaci
