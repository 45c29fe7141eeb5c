#pragma once

#include "smtp/saslmechanism.h"

namespace Postaci {

// What XOAUTH2 and OAUTHBEARER (RFC 7628) share: a user and an access token sent in the initial
// response, and a failure that comes as one 334 challenge carrying a JSON error, which the client
// acknowledges once (acknowledgement()) before the server gives its final 5xx/4xx reply.
class SaslTokenMechanism : public SaslMechanism
{
public:
    std::optional<QByteArray> respond(const QByteArray &challenge) final;

protected:
    SaslTokenMechanism(const QByteArray &user, const QString &token);
    virtual QByteArray acknowledgement() const = 0;

    QByteArray m_user;
    QByteArray m_token;

private:
    bool m_acknowledged = false;
};

} // namespace Postaci
