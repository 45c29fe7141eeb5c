#include "saslcrammd5.h"

#include <QMessageAuthenticationCode>

namespace Postaci {

SaslCramMd5::SaslCramMd5(const QString &user, const QString &secret)
    : m_user(user.toUtf8())
    , m_secret(secret.toUtf8())
{ }

std::optional<QByteArray> SaslCramMd5::respond(const QByteArray &challenge)
{
    if (m_answered || challenge.isEmpty())
        return std::nullopt;
    m_answered = true;
    const QByteArray digest = QMessageAuthenticationCode::hash(challenge, m_secret, QCryptographicHash::Md5);
    return QByteArray(m_user + ' ' + digest.toHex());
}

} // namespace Postaci
