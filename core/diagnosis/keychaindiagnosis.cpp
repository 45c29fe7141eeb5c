#include "keychaindiagnosis.h"

#include "diagnosisbuilder.h"
#include "quotedtext.h"

#include "account/secretjob.h"

using namespace Qt::StringLiterals;

namespace Postaci {

using namespace DiagnosisInternal;

Diagnosis diagnoseSecretError(SecretError error, const QString &backendMessage)
{
    Diagnosis diagnosis;
    const QString details
            = backendMessage.isEmpty()
                      ? QString()
                      : QLatin1Char(' ') + Text::tr("The keychain said: \"%1\".").arg(quoteServerText(backendMessage));
    const QString never = Text::tr("Postacı keeps passwords only in the system keychain, never in a file.");
    switch (error) {
    case SecretError::None:
        return diagnosis;
    case SecretError::NotFound:
        diagnosis.id = u"keychain-password-missing"_s;
        diagnosis.title = Text::tr("No saved password");
        diagnosis.explanation = Text::tr("The system keychain has no password saved for this account.") + details;
        addRemedy(diagnosis, Text::tr("Enter the password again; you can choose to save it in the keychain."));
        return diagnosis;
    case SecretError::Locked:
        diagnosis.id = u"keychain-unavailable"_s;
        diagnosis.title = Text::tr("The keychain is locked");
        diagnosis.explanation = Text::tr("The system keychain is locked, or has no keyring set up yet.")
                                + QLatin1Char(' ') + never + details;
        addRemedy(diagnosis, Text::tr("Unlock the keychain (it usually opens with your login password), or create a "
                                      "default keyring in your desktop's passwords tool, and try again."));
        break;
    case SecretError::AccessDenied:
        diagnosis.id = u"keychain-unavailable"_s;
        diagnosis.title = Text::tr("The keychain refused access");
        diagnosis.explanation = Text::tr("The system keychain refused to let Postacı store or read the password.")
                                + QLatin1Char(' ') + never + details;
        addRemedy(diagnosis, Text::tr("Allow Postacı to use the keychain when it asks, and try again."));
        break;
    case SecretError::TimedOut:
        diagnosis.id = u"keychain-unavailable"_s;
        diagnosis.title = Text::tr("The keychain did not answer");
        diagnosis.explanation
                = Text::tr("The system keychain did not answer in time; it may be waiting for you to unlock it.")
                  + QLatin1Char(' ') + never + details;
        addRemedy(diagnosis, Text::tr("Unlock the keychain and try again."));
        break;
    case SecretError::NoBackend:
    case SecretError::Other:
        diagnosis.id = u"keychain-unavailable"_s;
        diagnosis.title = Text::tr("No keychain is available");
        diagnosis.explanation = Text::tr("No system keychain (such as GNOME Keyring or KWallet) could be reached to "
                                         "keep the password.")
                                + QLatin1Char(' ') + never + details;
        addRemedy(diagnosis, Text::tr("Install and start a keychain (on Linux: GNOME Keyring or KWallet), log in "
                                      "again, and try again."));
        break;
    }
    addRemedy(diagnosis, Text::tr("Or choose not to save the password: Postacı will ask for it each time."));
    return diagnosis;
}

Diagnosis diagnoseKeychainError(QKeychain::Error error, const QString &errorString)
{
    return diagnoseSecretError(SecretJob::mapKeychainError(int(error), errorString), errorString);
}

} // namespace Postaci
