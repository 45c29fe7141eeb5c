#include "labels.h"

namespace Postaci {

QString Labels::step(SessionStep step)
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

QString Labels::stepName(const QString &name)
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

QString Labels::errorName(const QString &name)
{
    struct Entry
    {
        const char *name;
        const char *text;
    };
    // QT_TRANSLATE_NOOP keeps lupdate aware of the texts of this table.
    static constexpr Entry entries[] = {
            {"invalid-input", QT_TRANSLATE_NOOP("Postaci::Labels", "invalid settings")},
            {"host-not-found", QT_TRANSLATE_NOOP("Postaci::Labels", "server not found")},
            {"connection-refused", QT_TRANSLATE_NOOP("Postaci::Labels", "connection refused")},
            {"connect-timeout", QT_TRANSLATE_NOOP("Postaci::Labels", "no answer (port blocked?)")},
            {"network-error", QT_TRANSLATE_NOOP("Postaci::Labels", "network error")},
            {"connection-closed", QT_TRANSLATE_NOOP("Postaci::Labels", "the server hung up")},
            {"timeout", QT_TRANSLATE_NOOP("Postaci::Labels", "the server was too slow")},
            {"tls-handshake-failed", QT_TRANSLATE_NOOP("Postaci::Labels", "encryption failed")},
            {"certificate-untrusted", QT_TRANSLATE_NOOP("Postaci::Labels", "untrusted certificate")},
            {"certificate-hostname-mismatch", QT_TRANSLATE_NOOP("Postaci::Labels", "certificate for another name")},
            {"certificate-expired", QT_TRANSLATE_NOOP("Postaci::Labels", "certificate expired")},
            {"certificate-pin-mismatch", QT_TRANSLATE_NOOP("Postaci::Labels", "certificate changed")},
            {"tls-expected-plaintext-received", QT_TRANSLATE_NOOP("Postaci::Labels", "wrong security mode")},
            {"plaintext-expected-tls-received", QT_TRANSLATE_NOOP("Postaci::Labels", "wrong security mode")},
            {"not-smtp", QT_TRANSLATE_NOOP("Postaci::Labels", "not a mail server")},
            {"starttls-not-offered", QT_TRANSLATE_NOOP("Postaci::Labels", "no STARTTLS")},
            {"starttls-refused", QT_TRANSLATE_NOOP("Postaci::Labels", "STARTTLS refused")},
            {"starttls-injection", QT_TRANSLATE_NOOP("Postaci::Labels", "tampered connection")},
            {"tls-unavailable", QT_TRANSLATE_NOOP("Postaci::Labels", "TLS unavailable")},
            {"auth-not-offered", QT_TRANSLATE_NOOP("Postaci::Labels", "sign-in not offered")},
            {"auth-mechanism-unsupported", QT_TRANSLATE_NOOP("Postaci::Labels", "sign-in method not supported")},
            {"auth-failed", QT_TRANSLATE_NOOP("Postaci::Labels", "wrong user name or password")},
            {"app-password-required", QT_TRANSLATE_NOOP("Postaci::Labels", "app password needed")},
            {"oauth-required", QT_TRANSLATE_NOOP("Postaci::Labels", "OAuth2 needed")},
            {"auth-required", QT_TRANSLATE_NOOP("Postaci::Labels", "sign-in required")},
            {"encryption-required", QT_TRANSLATE_NOOP("Postaci::Labels", "encryption required")},
            {"plaintext-auth-refused", QT_TRANSLATE_NOOP("Postaci::Labels", "password would travel unencrypted")},
            {"sender-rejected", QT_TRANSLATE_NOOP("Postaci::Labels", "sender refused")},
            {"recipient-rejected", QT_TRANSLATE_NOOP("Postaci::Labels", "recipient refused")},
            {"relay-denied", QT_TRANSLATE_NOOP("Postaci::Labels", "relaying denied")},
            {"message-rejected", QT_TRANSLATE_NOOP("Postaci::Labels", "message refused")},
            {"message-too-large", QT_TRANSLATE_NOOP("Postaci::Labels", "message too large")},
            {"smtputf8-unsupported", QT_TRANSLATE_NOOP("Postaci::Labels", "international address not supported")},
            {"server-busy", QT_TRANSLATE_NOOP("Postaci::Labels", "server busy")},
            {"protocol-violation", QT_TRANSLATE_NOOP("Postaci::Labels", "server misbehaved")},
            {"cancelled", QT_TRANSLATE_NOOP("Postaci::Labels", "cancelled")},
            {"connection-rejected", QT_TRANSLATE_NOOP("Postaci::Labels", "connection rejected")},
    };
    for (const Entry &entry : entries) {
        if (name == QLatin1String(entry.name))
            return tr(entry.text);
    }
    return name;
}

QString Labels::source(CandidateSource source)
{
    switch (source) {
    case CandidateSource::ProviderAutoconfig:
        return tr("Provider's own settings (HTTPS)");
    case CandidateSource::Ispdb:
        return tr("Thunderbird database (ISPDB)");
    case CandidateSource::Catalog:
        return tr("Postacı's provider list");
    case CandidateSource::Srv:
        return tr("DNS service record (SRV)");
    case CandidateSource::Mx:
        return tr("Derived from the mail server (MX)");
    case CandidateSource::Guess:
        return tr("Guessed and tried");
    case CandidateSource::PlainHttpAutoconfig:
        return tr("Provider's settings over plain HTTP");
    }
    return {};
}

QString Labels::sourceName(const QString &name)
{
    if (name == QLatin1String(SourceNames::catalog))
        return tr("Postacı's provider list");
    if (name == QLatin1String(SourceNames::providerAutoconfig))
        return tr("Provider's autoconfig (HTTPS)");
    if (name == QLatin1String(SourceNames::wellKnownAutoconfig))
        return tr("Domain's well-known autoconfig (HTTPS)");
    if (name == QLatin1String(SourceNames::ispdb))
        return tr("Thunderbird database (ISPDB)");
    if (name == QLatin1String(SourceNames::plainHttpAutoconfig))
        return tr("Autoconfig over plain HTTP");
    if (name == QLatin1String(SourceNames::srv))
        return tr("DNS service records (SRV)");
    if (name == QLatin1String(SourceNames::mx))
        return tr("Mail server records (MX)");
    if (name == QLatin1String(SourceNames::mxIspdb))
        return tr("ISPDB entry of the mail server's domain");
    if (name == QLatin1String(SourceNames::guessResolve))
        return tr("Usual server names");
    if (name == QLatin1String(SourceNames::guess))
        return tr("Trying a usual server");
    if (name == QLatin1String(SourceNames::probe))
        return tr("Test connection");
    return name;
}

QString Labels::outcome(SourceOutcome::Kind kind)
{
    switch (kind) {
    case SourceOutcome::Kind::Found:
        return tr("found");
    case SourceOutcome::Kind::NotFound:
        return tr("nothing there");
    case SourceOutcome::Kind::Timeout:
        return tr("no answer in time");
    case SourceOutcome::Kind::Error:
        return tr("error");
    }
    return {};
}

QString Labels::warning(CandidateWarning warning)
{
    switch (warning) {
    case CandidateWarning::PlainHttpSource:
        return tr("came over plain HTTP (could be forged)");
    case CandidateWarning::DnsWithoutDnssec:
        return tr("from DNS without DNSSEC (could be forged)");
    case CandidateWarning::ForeignHost:
        return tr("server outside your domain");
    case CandidateWarning::Plaintext:
        return tr("no encryption");
    case CandidateWarning::Port25:
        return tr("port 25 (often blocked for home users)");
    case CandidateWarning::Guessed:
        return tr("found by guessing");
    }
    return {};
}

} // namespace Postaci
