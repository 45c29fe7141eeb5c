#pragma once

#include "oauthconfig.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Postaci {

// One authorization attempt (RFC 6749 §4.1, RFC 7636, RFC 8252): a fresh random `state` and
// PKCE code verifier, the redirect address of the loopback listener, and the URL the browser
// opens. Nothing of it is reused for another attempt.
struct OAuthAuthorization
{
    QString state;
    QString codeVerifier; // RFC 7636 §4.1: 43 characters of base64url (32 random bytes)
    QUrl redirectUri;

    static OAuthAuthorization create(const QUrl &redirectUri);
    // RFC 7636 §4.2, S256: BASE64URL(SHA256(ASCII(verifier))), without padding.
    static QString challengeFor(const QString &codeVerifier);
    // 32 bytes from the system's random source as base64url without padding.
    static QString randomToken();

    // The authorization endpoint with response_type=code, client_id, redirect_uri, scope, state,
    // code_challenge, code_challenge_method=S256, and login_hint when an address is known.
    QUrl url(const OAuthConfig &config, const QString &loginHint = {}) const;
};

} // namespace Postaci
