#pragma once

#include "smtp/saslmechanism.h"

using namespace Qt::StringLiterals;

namespace Postaci {

// RFC 4616: "\0user\0password" in the initial response, no authorization identity.
class SaslPlain : public SaslMechanism
{
public:
    SaslPlain(const QString &user, const QString &secret);
    QString name() const override { return u"PLAIN"_s; }
    std::optional<QByteArray> initialResponse() const override;
    std::optional<QByteArray> respond(const QByteArray &challenge) override;

private:
    QByteArray m_user;
    QByteArray m_secret;
    bool m_sent = false;
};

} // namespace Postaci
