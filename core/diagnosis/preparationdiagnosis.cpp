#include "preparationdiagnosis.h"

#include "diagnosisbuilder.h"
#include "quotedtext.h"

using namespace Qt::StringLiterals;

namespace Postaci {

using namespace DiagnosisInternal;

Diagnosis diagnoseMissingPassword(const QString &accountAddress)
{
    Diagnosis diagnosis;
    diagnosis.id = u"password-not-saved"_s;
    diagnosis.title = Text::tr("No password for this test");
    diagnosis.explanation = Text::tr("The account %1 signs in with a password, but its password was not saved in the "
                                     "keychain and none was given for this test. Nothing was sent.")
                                    .arg(quoteServerText(accountAddress));
    addRemedy(diagnosis, Text::tr("Give the password for this test (in the test dialog, or with --password-stdin "
                                  "or --password-env on the command line)."));
    addRemedy(diagnosis, Text::tr("Or edit the account and save its password in the keychain."));
    return diagnosis;
}

Diagnosis diagnoseRecipientDomain(const MailDomainCheck::Result &check)
{
    Diagnosis diagnosis;
    if (check.outcome != MailDomainCheck::Outcome::NoMail)
        return diagnosis;
    const QString domain = quoteServerText(check.domain);
    diagnosis.id = u"recipient-domain-no-mail"_s;
    diagnosis.title = Text::tr("The recipient's domain does not accept mail");
    diagnosis.explanation = check.nullMx ? Text::tr("%1 says it receives no e-mail at all (it publishes a \"null MX\" "
                                                    "record). Nothing was sent.")
                                                   .arg(domain)
                                         : Text::tr("%1 does not exist or has no mail server and no address in DNS, so "
                                                    "a message to it would bounce. "
                                                    "Nothing was sent.")
                                                   .arg(domain);
    addRemedy(diagnosis, Text::tr("Check the recipient address for a typo."));
    addRemedy(diagnosis, Text::tr("If only your company's own server knows this domain, send anyway: the check is "
                                  "advice (\"Send anyway\", or --no-recipient-check on the command line)."));
    return diagnosis;
}

Diagnosis diagnoseOAuthSignInAgain(const QString &providerLabel, const QString &accountId, bool wasSignedIn,
                                   const QString &detail)
{
    Diagnosis diagnosis;
    diagnosis.id = u"oauth-sign-in-again"_s;
    diagnosis.title = wasSignedIn ? Text::tr("Sign in again") : Text::tr("Not signed in yet");
    diagnosis.explanation
            = (wasSignedIn ? Text::tr("%1 no longer accepts this account's saved sign-in (it was revoked, expired, or "
                                      "the password was changed). Nothing was sent.")
                                     .arg(quoteServerText(providerLabel))
                           : Text::tr("This account signs in with %1 (OAuth2), and nobody has signed in with it on "
                                      "this computer yet. Nothing was sent.")
                                     .arg(quoteServerText(providerLabel)))
              + (detail.isEmpty() ? QString() : u' ' + Text::tr("The provider said: %1").arg(quoteServerText(detail)));
    addRemedy(diagnosis, Text::tr("Sign in with %1: \"Sign in again\" in the main window, or postaci-cli accounts "
                                  "login %2.")
                                 .arg(quoteServerText(providerLabel), accountId));
    return diagnosis;
}

Diagnosis diagnoseOAuthTokenEndpoint(const QString &host, const QString &detail)
{
    Diagnosis diagnosis;
    diagnosis.id = u"oauth-token-endpoint-failed"_s;
    diagnosis.title = Text::tr("The sign-in could not be renewed");
    diagnosis.explanation = Text::tr("The access token had expired and %1 could not renew it: %2. Nothing was sent.")
                                    .arg(quoteServerText(host), quoteServerText(detail));
    addRemedy(diagnosis, Text::tr("Check the connection to the internet (and a proxy or firewall), then test again."));
    addRemedy(diagnosis, Text::tr("If it keeps failing, sign in again."));
    return diagnosis;
}

} // namespace Postaci
