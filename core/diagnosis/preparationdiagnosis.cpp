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

} // namespace Postaci
