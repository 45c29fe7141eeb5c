#include "sessionsettings.h"

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {
struct SecurityWord { Security value; const char *word; };
constexpr SecurityWord securityWords[] = {
    {Security::None, "none"}, {Security::StartTls, "starttls"}, {Security::ImplicitTls, "tls"}};

struct AuthWord { AuthMethod value; const char *word; };
constexpr AuthWord authWords[] = {
    {AuthMethod::Auto, "auto"}, {AuthMethod::None, "none"}, {AuthMethod::Plain, "plain"},
    {AuthMethod::Login, "login"}, {AuthMethod::CramMd5, "cram-md5"}, {AuthMethod::XOAuth2, "xoauth2"},
    {AuthMethod::OAuthBearer, "oauthbearer"}, {AuthMethod::OAuth2, "oauth2"}};
} // namespace

QString securityName(Security security)
{
    for (const auto &entry : securityWords) {
        if (entry.value == security)
            return QLatin1String(entry.word);
    }
    return {};
}

std::optional<Security> securityFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (const auto &entry : securityWords) {
        if (lower == QLatin1String(entry.word))
            return entry.value;
    }
    // Words people use for the same thing in mail clients' settings pages.
    if (lower == "ssl"_L1 || lower == "implicit-tls"_L1 || lower == "smtps"_L1)
        return Security::ImplicitTls;
    if (lower == "plain"_L1 || lower == "plaintext"_L1)
        return Security::None;
    return std::nullopt;
}

QString authMethodName(AuthMethod method)
{
    for (const auto &entry : authWords) {
        if (entry.value == method)
            return QLatin1String(entry.word);
    }
    return {};
}

std::optional<AuthMethod> authMethodFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (const auto &entry : authWords) {
        if (lower == QLatin1String(entry.word))
            return entry.value;
    }
    return std::nullopt;
}

SessionTimeouts SessionTimeouts::uniform(std::chrono::milliseconds perStep)
{
    SessionTimeouts timeouts;
    timeouts.connect = timeouts.tlsHandshake = timeouts.greeting = timeouts.command = timeouts.dataEnd = perStep;
    timeouts.total = perStep * 4;
    return timeouts;
}

} // namespace Postaci
