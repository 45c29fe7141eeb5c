#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <chrono>
#include <optional>

namespace Postaci {

// How the connection is protected. Flag/JSON words: "none", "starttls", "tls".
enum class Security { None, StartTls, ImplicitTls };

// Which SASL mechanism AUTH uses. Flag/JSON words: auto none plain login cram-md5 xoauth2
// oauthbearer oauth2. OAuth2 is an OAuth2 account's choice: XOAUTH2 or OAUTHBEARER (RFC 7628),
// whichever the server offers (docs/oauth2.md#sasl).
enum class AuthMethod { Auto, None, Plain, Login, CramMd5, XOAuth2, OAuthBearer, OAuth2 };

// XOAUTH2, OAUTHBEARER or the OAuth2 choice: the secret is an access token, not a password.
inline bool isTokenMethod(AuthMethod method)
{
    return method == AuthMethod::XOAuth2 || method == AuthMethod::OAuthBearer || method == AuthMethod::OAuth2;
}

QString securityName(Security security);
std::optional<Security> securityFromName(const QString &name);
QString authMethodName(AuthMethod method);
std::optional<AuthMethod> authMethodFromName(const QString &name);

// Every bounded wait of a session. Defaults are shorter than RFC 5321 §4.5.3.2 because a
// person is waiting for the answer.
struct SessionTimeouts
{
    std::chrono::milliseconds connect{10000};
    std::chrono::milliseconds tlsHandshake{10000};
    std::chrono::milliseconds greeting{15000};
    std::chrono::milliseconds command{15000};
    std::chrono::milliseconds dataEnd{30000};
    std::chrono::milliseconds total{60000};

    // Sets every step to the same value and the total to a small multiple of it.
    static SessionTimeouts uniform(std::chrono::milliseconds perStep);
};

struct SessionSettings
{
    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    AuthMethod auth = AuthMethod::Auto;
    QString user;
    QString secret; // password, or the OAuth2 token for XOAUTH2; never logged
    QList<QSslCertificate> extraCaCertificates;
    QList<QByteArray> pinnedSha256; // raw 32-byte digests of accepted leaf certificates
    QString ehloName; // empty: a sensible default (address literal of the local end)
    bool allowPlaintextAuth = false; // the user acknowledged that the password travels unencrypted
    SessionTimeouts timeouts;

    bool hasCredentials() const { return !user.isEmpty() || !secret.isEmpty(); }
};

} // namespace Postaci
