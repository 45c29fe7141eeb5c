#pragma once

#include "diagnosis.h"
#include "message/maildomaincheck.h"

namespace Postaci {

// Failures before any server was contacted, diagnosed for TestSendJob (docs/diagnosis.md):
// they stop a test on the user's side, so each says that nothing was sent.

// "password-not-saved": the account signs in, but no password was given for this test and
// none is saved in the keychain.
Diagnosis diagnoseMissingPassword(const QString &accountAddress);

// "recipient-domain-no-mail": DNS says the recipient's domain cannot receive mail (it does not
// exist, publishes a null MX, or has neither MX nor address). Null for any other outcome.
Diagnosis diagnoseRecipientDomain(const MailDomainCheck::Result &check);

// "oauth-sign-in-again": an OAuth2 account has no usable sign-in: never signed in, or the
// provider refused the refresh token (invalid_grant: revoked, expired, password changed). Its
// remedy is the sign-in itself (postaci-cli accounts login ID, "Sign in again" in the windows).
Diagnosis diagnoseOAuthSignInAgain(const QString &providerLabel, const QString &accountId, bool wasSignedIn,
                                   const QString &detail = {});

// "oauth-token-endpoint-failed": the provider's token service could not renew the access token
// (no connection, TLS, an error other than invalid_grant). detail is outside text.
Diagnosis diagnoseOAuthTokenEndpoint(const QString &host, const QString &detail);

} // namespace Postaci
