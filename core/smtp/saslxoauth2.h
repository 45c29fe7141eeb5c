#pragma once

#include "smtp/sasltoken.h"

using namespace Qt::StringLiterals;

namespace Postaci {

// Google's and Microsoft's XOAUTH2: "user=U^Aauth=Bearer TOKEN^A^A" as the initial response.
// On failure the server sends a 334 with a base64 JSON error; the client must answer with an
// empty line, after which the server gives the final 5xx/4xx reply.
class SaslXOAuth2 : public SaslTokenMechanism
{
public:
    SaslXOAuth2(const QString &user, const QString &token);
    QString name() const override { return u"XOAUTH2"_s; }
    std::optional<QByteArray> initialResponse() const override;

protected:
    QByteArray acknowledgement() const override { return QByteArray(); }
};

} // namespace Postaci
