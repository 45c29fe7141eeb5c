#include "saslplain.h"

namespace Postaci {

SaslPlain::SaslPlain(const QString &user, const QString &secret)
    : m_user(user.toUtf8())
    , m_secret(secret.toUtf8())
{ }

std::optional<QByteArray> SaslPlain::initialResponse() const
{
    return QByteArray('\0' + m_user + '\0' + m_secret);
}

std::optional<QByteArray> SaslPlain::respond(const QByteArray &challenge)
{
    // A server that ignored the initial response sends an empty challenge (RFC 4954 §4); answer
    // it once. Anything else is not PLAIN.
    if (!challenge.isEmpty() || m_sent)
        return std::nullopt;
    m_sent = true;
    return initialResponse();
}

} // namespace Postaci
