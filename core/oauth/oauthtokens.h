#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Postaci {

// What a sign-in leaves in the keychain (docs/oauth2.md#tokens): the refresh token, the access
// token and when it was issued and expires. Stored as one keychain entry under the account's id
// (SecretJob), as a small JSON text; never in a file, a log or a transcript.
struct OAuthTokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime issuedAt;  // UTC
    QDateTime expiresAt; // UTC

    // The text stored in the keychain, and back; nullopt when the entry is not such a text
    // (for example a password saved before the account switched to OAuth2).
    QString toSecret() const;
    static std::optional<OAuthTokens> fromSecret(const QString &secret);

    // True when the access token has expired or expires soon: within a quarter of its
    // lifetime, at most a minute, so that it is still valid when AUTH reaches the server.
    bool needsRefresh(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Overwrites the tokens in memory (they are secrets).
    void wipe();
};

} // namespace Postaci
