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
    case AuthMethod::OAuthBearer:
        return tr("%1 (OAuth2 token)").arg(SaslMechanism::mechanismName(method));
    case AuthMethod::OAuth2:
        return form == Form::Label ? tr("OAuth2 sign-in") : tr("OAuth2 sign-in");
    }
    return {};
}

QString SettingsLabels::step(SessionStep step)
{
    switch (step) {
    case SessionStep::Resolve:
        return tr("Looking up the server");
    case SessionStep::Connect:
        return tr("Connecting");
    case SessionStep::Tls:
        return tr("Encrypting (TLS)");
    case SessionStep::Greeting:
        return tr("Server greeting");
    case SessionStep::Ehlo:
        return tr("Introduction (EHLO)");
    case SessionStep::StartTls:
        return tr("Switching to encryption (STARTTLS)");
    case SessionStep::Auth:
        return tr("Signing in");
    case SessionStep::Mail:
        return tr("Sender (MAIL FROM)");
    case SessionStep::Rcpt:
        return tr("Recipient (RCPT TO)");
    case SessionStep::Data:
        return tr("Sending the message");
    case SessionStep::Quit:
        return tr("Goodbye (QUIT)");
    case SessionStep::Done:
        return tr("Done");
    }
    return {};
}

QString SettingsLabels::stepName(const QString &name)
{
    static constexpr SessionStep steps[]
            = {SessionStep::Resolve, SessionStep::Connect,  SessionStep::Tls,  SessionStep::Greeting,
               SessionStep::Ehlo,    SessionStep::StartTls, SessionStep::Auth, SessionStep::Mail,
               SessionStep::Rcpt,    SessionStep::Data,     SessionStep::Quit, SessionStep::Done};
    for (SessionStep s : steps) {
        if (sessionStepName(s) == name)
            return step(s);
    }
    return name;
}

QString SettingsLabels::errorName(const QString &name)
{
    struct Entry
    {
        const char *name;
        const char *text;
    };
    // QT_TRANSLATE_NOOP keeps lupdate aware of the texts of this table.
    static constexpr Entry entries[] = {
            {"invalid-input", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "invalid settings")},
            {"host-not-found", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "server not found")},
            {"connection-refused", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "connection refused")},
            {"connect-timeout", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "no answer (port blocked?)")},
            {"network-error", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "network error")},
            {"connection-closed", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "the server hung up")},
            {"timeout", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "the server was too slow")},
            {"tls-handshake-failed", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "encryption failed")},
            {"certificate-untrusted", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "untrusted certificate")},
            {"certificate-hostname-mismatch", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "certificate for another name")},
            {"certificate-expired", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "certificate expired")},
            {"certificate-pin-mismatch", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "certificate changed")},
            {"tls-expected-plaintext-received", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "wrong security mode")},
            {"plaintext-expected-tls-received", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "wrong security mode")},
            {"not-smtp", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "not a mail server")},
            {"starttls-not-offered", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "no STARTTLS")},
            {"starttls-refused", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "STARTTLS refused")},
            {"starttls-injection", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "tampered connection")},
            {"tls-unavailable", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "TLS unavailable")},
            {"auth-not-offered", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "sign-in not offered")},
            {"auth-mechanism-unsupported", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "sign-in method not supported")},
            {"auth-failed", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "wrong user name or password")},
            {"app-password-required", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "app password needed")},
            {"oauth-required", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "OAuth2 needed")},
            {"auth-required", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "sign-in required")},
            {"encryption-required", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "encryption required")},
            {"plaintext-auth-refused", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "password would travel unencrypted")},
            {"sender-rejected", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "sender refused")},
            {"recipient-rejected", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "recipient refused")},
            {"relay-denied", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "relaying denied")},
            {"message-rejected", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "message refused")},
            {"message-too-large", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "message too large")},
            {"smtputf8-unsupported", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "international address not supported")},
            {"server-busy", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "server busy")},
            {"protocol-violation", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "server misbehaved")},
            {"cancelled", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "cancelled")},
            {"connection-rejected", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "connection rejected")},
            {"keychain-failure", QT_TRANSLATE_NOOP("Postaci::SettingsLabels", "keychain unavailable")},
    };
    for (const Entry &entry : entries) {
        if (name == QLatin1String(entry.name))
            return tr(entry.text);
    }
    return name;
}

} // namespace Postaci
