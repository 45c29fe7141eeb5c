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

} // namespace Postaci
