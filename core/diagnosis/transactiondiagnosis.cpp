#include "diagnosisbuilder.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Postaci::DiagnosisInternal {

namespace {

bool mentionsRelay(const QString &lowerText)
{
    return lowerText.contains("relay"_L1);
}

} // namespace

void diagnoseTransaction(Builder &b)
{
    const SessionResult &r = b.result;
    const SessionSettings &s = b.settings;

    switch (r.error) {
    case SessionError::SenderRejected: {
        const QString text = replyTextLower(r);
        if (mentionsRelay(text)) {
            b.set("relay-denied", Text::tr("The server will not pass on mail for you"),
                  Text::tr("The server accepts mail only for its own addresses unless you sign in.") + serverSaid(r));
            b.addSignIn();
            if (s.port == 25)
                b.addSubmissionPorts();
            return;
        }
        if (replyCode(r) == 530) {
            b.set("auth-required", Text::tr("The server requires you to sign in"),
                  Text::tr("The server sends mail only for people who have signed in with a user name and password.")
                          + serverSaid(r));
            b.addSignIn();
            return;
        }
        b.set("sender-rejected", Text::tr("The sender address was refused"),
              Text::tr(
                      "The server does not let this account send as this address. The sender must be the account's own "
                      "address or an alias registered with your provider.")
                      + serverSaid(r));
        if (!b.context.emailAddress.isEmpty())
            b.add(Text::tr("Send from %1, the account's own address.").arg(b.context.emailAddress));
        else
            b.add(Text::tr("Send from the account's own e-mail address."));
        b.add(Text::tr(
                "To send as another address, register it as an alias (\"send mail as\") with your provider first."));
        b.addSignIn();
        return;
    }

    case SessionError::RecipientRejected: {
        const QString text = replyTextLower(r);
        if (mentionsRelay(text) || (enhancedCode(r) == "5.7.1"_L1 && !s.hasCredentials())) {
            b.set("relay-denied", Text::tr("The server will not pass on mail for you"),
                  Text::tr("The server delivers mail only to its own addresses unless you sign in.") + serverSaid(r));
            b.addSignIn();
            if (s.port == 25)
                b.addSubmissionPorts();
            return;
        }
        b.set("recipient-rejected", Text::tr("The recipient address was refused"),
              Text::tr("The server does not accept mail for this recipient: the address may be misspelled or no longer "
                       "exist.")
                      + serverSaid(r));
        b.add(Text::tr("Check the recipient address for typing mistakes."));
        b.add(Text::tr("Send the test message to your own address first."));
        return;
    }

    case SessionError::RelayDenied:
        b.set("relay-denied", Text::tr("The server will not pass on mail for you"),
              Text::tr("The server delivers mail to other domains only for people who have signed in.")
                      + serverSaid(r));
        b.addSignIn();
        if (s.port == 25)
            b.addSubmissionPorts();
        return;

    case SessionError::MessageTooLarge: {
        QString explanation = Text::tr("The server refused the message because it is too large.");
        if (const qint64 limit = r.capabilities.maxSize(); limit > 0)
            explanation += QLatin1Char(' ')
                           + Text::tr("It accepts messages up to %1.").arg(QLocale().formattedDataSize(limit));
        b.set("message-too-large", Text::tr("The message is too large"), explanation + serverSaid(r));
        b.add(Text::tr("Send smaller attachments, or share large files through a link."));
        return;
    }

    case SessionError::MessageRejected:
        b.set("message-rejected", Text::tr("The server refused the message"),
              Text::tr("The server accepted the sender and recipient but refused the message itself, often because a "
                       "spam or virus filter objected to it.")
                      + serverSaid(r));
        b.add(Text::tr(
                "Try again with a plain message; if it is refused again, show the server's answer to your provider."));
        return;

    case SessionError::SmtpUtf8Unsupported:
        b.set("smtputf8-unsupported", Text::tr("The server cannot handle this address"),
              Text::tr("An address contains letters outside the English alphabet before the @ (for example ş or ı). "
                       "This needs the SMTPUTF8 extension, which this server does not offer, so nothing was sent."));
        b.add(Text::tr("Use an address written only with English letters, digits and dots before the @."));
        return;

    default:
        return; // another family's (diagnose() hands each error to its family)
    }
}

} // namespace Postaci::DiagnosisInternal
