#pragma once

#include "smtp/saslmechanism.h"

namespace Postaci {

// RFC 2195: the answer is "user SP hex(HMAC-MD5(password, challenge))".
class SaslCramMd5 : public SaslMechanism
{
public:
    SaslCramMd5(const QString &user, const QString &secret);
    QString name() const override { return QStringLiteral("CRAM-MD5"); }
    std::optional<QByteArray> respond(const QByteArray &challenge) override;

private:
    QByteArray m_user;
    QByteArray m_secret;
    bool m_answered = false;
};

} // namespace Postaci
