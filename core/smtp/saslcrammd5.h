#pragma once

#include "smtp/saslmechanism.h"

using namespace Qt::StringLiterals;

namespace Postaci {

// RFC 2195: the answer is "user SP hex(HMAC-MD5(password, challenge))".
class SaslCramMd5 : public SaslMechanism
{
public:
    SaslCramMd5(const QString &user, const QString &secret);
    QString name() const override { return u"CRAM-MD5"_s; }
    std::optional<QByteArray> respond(const QByteArray &challenge) override;

private:
    QByteArray m_user;
    QByteArray m_secret;
    bool m_answered = false;
};

} // namespace Postaci
