#include "settingslabels.h"

#include "smtp/saslmechanism.h"

namespace Postaci {

QString SettingsLabels::security(Security security, Form form)
{
    switch (security) {
    case Security::None:
        return form == Form::Label ? tr("No encryption") : tr("no encryption");
    case Security::StartTls:
        return tr("STARTTLS");
    case Security::ImplicitTls:
        return tr("SSL/TLS");
    }
    return {};
}

QString SettingsLabels::auth(AuthMethod method, Form form)
{
    switch (method) {
    case AuthMethod::Auto:
        return form == Form::Label ? tr("Automatic") : tr("automatic");
    case AuthMethod::None:
        return form == Form::Label ? tr("No sign-in") : tr("no sign-in");
    case AuthMethod::Plain:
    case AuthMethod::Login:
    case AuthMethod::CramMd5:
        // The SASL names are what provider help pages and server lists show.
        return SaslMechanism::mechanismName(method);
    case AuthMethod::XOAuth2:
        return tr("%1 (OAuth2 token)").arg(SaslMechanism::mechanismName(method));
    }
    return {};
}

} // namespace Postaci
