#include "saslmechanism.h"

#include "smtp/saslcrammd5.h"
#include "smtp/sasllogin.h"
#include "smtp/sasloauthbearer.h"
#include "smtp/saslplain.h"
#include "smtp/saslxoauth2.h"

using namespace Qt::StringLiterals;

namespace Postaci {

std::unique_ptr<SaslMechanism> SaslMechanism::create(AuthMethod method, const QString &user, const QString &secret)
{
    switch (method) {
    case AuthMethod::Plain:
        return std::make_unique<SaslPlain>(user, secret);
    case AuthMethod::Login:
        return std::make_unique<SaslLogin>(user, secret);
    case AuthMethod::CramMd5:
        return std::make_unique<SaslCramMd5>(user, secret);
    case AuthMethod::XOAuth2:
        return std::make_unique<SaslXOAuth2>(user, secret);
    case AuthMethod::OAuthBearer:
        return std::make_unique<SaslOAuthBearer>(user, secret);
    case AuthMethod::OAuth2: // choose() turns it into one of the two above
    case AuthMethod::Auto:
    case AuthMethod::None:
        break;
    }
    return nullptr;
}

std::optional<AuthMethod> SaslMechanism::fromMechanismName(const QString &name)
{
    for (const AuthMethod method : {AuthMethod::Plain, AuthMethod::Login, AuthMethod::CramMd5, AuthMethod::XOAuth2,
                                    AuthMethod::OAuthBearer}) {
        if (name.compare(mechanismName(method), Qt::CaseInsensitive) == 0)
            return method;
    }
    return std::nullopt;
}

QString SaslMechanism::mechanismName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Plain:
        return u"PLAIN"_s;
    case AuthMethod::Login:
        return u"LOGIN"_s;
    case AuthMethod::CramMd5:
        return u"CRAM-MD5"_s;
    case AuthMethod::XOAuth2:
        return u"XOAUTH2"_s;
    case AuthMethod::OAuthBearer:
        return u"OAUTHBEARER"_s;
    case AuthMethod::OAuth2:
    case AuthMethod::Auto:
    case AuthMethod::None:
        break;
    }
    return {};
}

std::optional<AuthMethod> SaslMechanism::choose(AuthMethod requested, const QStringList &offered,
                                                ChannelSecurity channel)
{
    const auto isOffered
            = [&offered](AuthMethod method) { return offered.contains(mechanismName(method), Qt::CaseInsensitive); };
    if (requested == AuthMethod::None)
        return std::nullopt;
    if (requested == AuthMethod::OAuth2) {
        // XOAUTH2 first: what Microsoft and Google document for SMTP; OAUTHBEARER (RFC 7628)
        // when it is the one the server offers.
        for (AuthMethod method : {AuthMethod::XOAuth2, AuthMethod::OAuthBearer}) {
            if (isOffered(method))
                return method;
        }
        return std::nullopt;
    }
    if (requested != AuthMethod::Auto)
        return isOffered(requested) ? std::optional<AuthMethod>(requested) : std::nullopt;

    const AuthMethod encryptedOrder[] = {AuthMethod::Plain, AuthMethod::CramMd5, AuthMethod::Login};
    const AuthMethod plaintextOrder[] = {AuthMethod::CramMd5, AuthMethod::Plain, AuthMethod::Login};
    const auto &order = channel == ChannelSecurity::Encrypted ? encryptedOrder : plaintextOrder;
    for (AuthMethod method : order) {
        if (isOffered(method))
            return method;
    }
    return std::nullopt;
}

} // namespace Postaci
