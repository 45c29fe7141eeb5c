#pragma once

#include "smtp/saslmechanism.h"

using namespace Qt::StringLiterals;

namespace Postaci {

// The non-standard LOGIN mechanism (draft-murchison-sasl-login): user name, then password, each
// as the answer to a challenge. The challenge text varies between servers ("Username:",
// "VXNlcm5hbWU6", localized prompts, nothing), so the answers go by order, not by text.
class SaslLogin : public SaslMechanism
{
public:
    SaslLogin(const QString &user, const QString &secret);
    QString name() const override { return u"LOGIN"_s; }
    std::optional<QByteArray> respond(const QByteArray &challenge) override;

private:
    QByteArray m_user;
    QByteArray m_secret;
    int m_step = 0;
};

} // namespace Postaci
