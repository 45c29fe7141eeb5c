#pragma once

#include "smtp/sasltoken.h"

using namespace Qt::StringLiterals;

namespace Postaci {

// RFC 7628 OAUTHBEARER: the initial response is a GS2 header naming the user, then
// key/value pairs separated by ^A: "n,a=USER,^Aauth=Bearer TOKEN^A^A". On failure the server
// sends a 334 with a base64 JSON error; RFC 7628 §3.2.3: the client answers with a single ^A,
// after which the server gives the final 5xx/4xx reply.
class SaslOAuthBearer : public SaslTokenMechanism
{
public:
    SaslOAuthBearer(const QString &user, const QString &token);
    QString name() const override { return u"OAUTHBEARER"_s; }
    std::optional<QByteArray> initialResponse() const override;

    // RFC 7628 §3.1 / RFC 5801 §4: ',' and '=' in the authzid are written =2C and =3D.
    static QByteArray encodedAuthzid(const QString &user);

protected:
    QByteArray acknowledgement() const override { return QByteArray("\x01"); }
};

} // namespace Postaci
