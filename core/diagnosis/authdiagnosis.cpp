#include "diagnosisbuilder.h"

#include "quotedtext.h"

#include "smtp/saslmechanism.h"
#include "smtp/settingslabels.h"

using namespace Qt::StringLiterals;

namespace Postaci::DiagnosisInternal {

namespace {

bool mentionsEncryption(const QString &lowerText)
{
    return lowerText.contains("starttls"_L1) || lowerText.contains(" tls"_L1)
           || lowerText.contains("encrypt"_L1);
}

bool isOAuthRequiredReply(const SessionResult &result)
{
    const QString text = replyTextLower(result);
    return enhancedCode(result) == "5.7.139"_L1 || text.contains("5.7.139"_L1)
           || text.contains("basic authentication is disabled"_L1) || text.contains("oauth"_L1);
}

bool isAppPasswordReply(const SessionResult &result)
{
    const QString text = replyTextLower(result);
    return enhancedCode(result) == "5.7.9"_L1
           || text.contains("application-specific password"_L1)
           || text.contains("app password"_L1);
}

void authFailure(Builder &b)
{
    const auto &r = b.result;
    const auto &c = b.context;
    const bool oauth = isOAuthRequiredReply(r) || (c.providerRequiresOAuth && r.error == SessionError::AuthFailed);
    const bool appPassword = r.error == SessionError::AppPasswordRequired || isAppPasswordReply(r)
                             || (c.providerRequiresAppPassword && r.error == SessionError::AuthFailed);

    if (r.error == SessionError::OAuthRequired || (oauth && !appPassword)) {
        b.set("oauth-required", Text::tr("This provider no longer accepts passwords"),
              (b.knowsProvider()
                       ? Text::tr("%1 has switched off sign-in with a user name and password for sending mail (\"basic "
                                  "authentication\"); it only accepts a sign-in through its own web page (OAuth2).")
                                 .arg(b.providerName())
                       : Text::tr(
                               "Your provider has switched off sign-in with a user name and password for sending mail "
                               "(\"basic authentication\"); it only accepts a sign-in through its own web page "
                               "(OAuth2)."))
                      + serverSaid(r));
        const QStringList offered = r.capabilities.authMechanisms();
        if (offered.contains("XOAUTH2"_L1) && b.settings.auth != AuthMethod::XOAuth2) {
            SettingsChange change;
            change.auth = AuthMethod::XOAuth2;
            b.add(Text::tr("Choose XOAUTH2 as the sign-in method and use an access token from your provider."), change);
        }
        if (c.passwordHelpUrl.isValid() && b.knowsProvider())
            b.add(Text::tr("Read how %1 lets programs send mail: %2")
                          .arg(b.providerName(), c.passwordHelpUrl.toString()));
        else if (c.passwordHelpUrl.isValid())
            b.add(Text::tr("Read how your provider lets programs send mail: %1").arg(c.passwordHelpUrl.toString()));
        if (b.knowsProvider())
            b.add(Text::tr("Ask %1 whether mail programs may still sign in with an app password; if not, sending needs "
                           "a program that signs in through the provider's own page.")
                          .arg(b.providerName()));
        else
            b.add(Text::tr("Ask your provider whether mail programs may still sign in with an app password; if not, "
                           "sending needs a program that signs in through the provider's own page."));
        if (enhancedCode(r) == "5.7.139"_L1 || c.providerId == "microsoft365"_L1)
            b.add(Text::tr("If you manage the mail domain (Microsoft 365), an administrator can turn on "
                           "\"Authenticated SMTP\" for this mailbox."));
        return;
    }
    if (appPassword) {
        const QString explanation
                = b.knowsProvider()
                          ? Text::tr("%1 does not accept your normal password from mail programs: it needs an app "
                                     "password, a "
                                     "separate password you create in your account's security settings (this requires "
                                     "two-step "
                                     "verification to be on).")
                                    .arg(b.providerName())
                          : Text::tr(
                                  "Your provider does not accept your normal password from mail programs: it needs an "
                                  "app "
                                  "password, a separate password you create in your account's security settings (this "
                                  "requires two-step verification to be on).");
        b.set("app-password-required", Text::tr("An app password is needed"), explanation + serverSaid(r));
        if (c.passwordHelpUrl.isValid())
            b.add(Text::tr(
                          "Create an app password as described here, then enter it instead of your normal password: %1")
                          .arg(c.passwordHelpUrl.toString()));
        else
            b.add(Text::tr("Sign in to your account's web page, open its security settings, turn on two-step "
                           "verification, create an app password for \"Mail\" and enter it here instead of your normal "
                           "password."));
        b.addUseFullAddressAsUser();
        return;
    }
    b.set("auth-failed", Text::tr("The user name or password was not accepted"),
          Text::tr("The server refused to sign you in with this user name and password.") + serverSaid(r));
    b.addUseFullAddressAsUser();
    b.add(Text::tr("Type the password again; check Caps Lock and the keyboard layout (Turkish ı/i and İ/I are "
                   "different letters)."));
    if (r.error == SessionError::AuthFailed && b.settings.auth != AuthMethod::Auto) {
        SettingsChange change;
        change.auth = AuthMethod::Auto;
        b.add(Text::tr("Let Postacı choose the sign-in method automatically."), change);
    }
}

} // namespace

void diagnoseAuthentication(Builder &b)
{
    const SessionResult &r = b.result;
    const SessionSettings &s = b.settings;

    switch (r.error) {
    case SessionError::AuthNotOffered:
        b.set("auth-not-offered", Text::tr("The server does not offer sign-in here"),
              Text::tr("You gave a user name and password, but the server on port %1 does not offer any way to sign in "
                       "on this connection.")
                      .arg(s.port));
        if (s.security == Security::None)
            b.addEndpoint(s.port, Security::StartTls,
                          Text::tr("Many servers offer sign-in only on an encrypted connection."));
        b.addSubmissionPorts();
        if (s.auth != AuthMethod::None) {
            SettingsChange change;
            change.auth = AuthMethod::None;
            b.add(Text::tr("If this server lets you send without signing in, choose no sign-in."), change);
        }
        return;

    case SessionError::AuthMechanismUnsupported: {
        const QStringList offered = r.capabilities.authMechanisms();
        QString explanation = s.auth == AuthMethod::Auto
                                      ? Text::tr("This server offers no sign-in method that Postacı supports (PLAIN, "
                                                 "LOGIN, CRAM-MD5, XOAUTH2).")
                                      : Text::tr("The sign-in method %1 is not offered by this server.")
                                                .arg(SettingsLabels::auth(s.auth, SettingsLabels::Form::InSentence));
        if (!offered.isEmpty())
            explanation += QLatin1Char(' ')
                           + Text::tr("It offers: %1.").arg(quoteServerText(offered.join(", "_L1)));
        b.set("auth-mechanism-unsupported", Text::tr("The chosen sign-in method is not offered"), explanation);
        bool anySupported = false;
        for (const QString &mechanism : offered) {
            if (const auto method = SaslMechanism::fromMechanismName(mechanism))
                anySupported = true;
        }
        if (s.auth != AuthMethod::Auto && (anySupported || offered.isEmpty())) {
            SettingsChange change;
            change.auth = AuthMethod::Auto;
            b.add(Text::tr("Let Postacı choose the sign-in method automatically."), change);
        }
        for (const QString &mechanism : offered) {
            const auto method = SaslMechanism::fromMechanismName(mechanism);
            if (!method || *method == s.auth)
                continue;
            SettingsChange change;
            change.auth = *method;
            b.add(Text::tr("Use the sign-in method %1.")
                          .arg(SettingsLabels::auth(*method, SettingsLabels::Form::InSentence)),
                  change);
        }
        if (b.diagnosis.remedies.isEmpty()) {
            // Only mechanisms we do not implement (GSSAPI, NTLM...), or none we could read.
            b.add(Text::tr("Ask your provider for a port or server that accepts PLAIN or LOGIN sign-in over an "
                           "encrypted connection."));
        }
        return;
    }

    case SessionError::AuthFailed:
    case SessionError::AppPasswordRequired:
    case SessionError::OAuthRequired:
        authFailure(b);
        return;

    case SessionError::AuthRequired:
        if (mentionsEncryption(replyTextLower(r))) {
            // e.g. Gmail: "530 5.7.0 Must issue a STARTTLS command first."
            b.set("encryption-required", Text::tr("The server requires encryption"),
                  Text::tr("The server accepts mail only over an encrypted connection.") + serverSaid(r));
            b.addEndpoint(s.port, Security::StartTls);
            b.addSubmissionPorts();
            return;
        }
        b.set("auth-required", Text::tr("The server requires you to sign in"),
              Text::tr("The server sends mail only for people who have signed in with a user name and password.")
                      + serverSaid(r));
        b.addSignIn();
        if (s.hasCredentials() && s.auth == AuthMethod::None) {
            SettingsChange change;
            change.auth = AuthMethod::Auto;
            b.add(Text::tr("Turn sign-in on (automatic method)."), change);
        }
        return;

    case SessionError::EncryptionRequired:
        b.set("encryption-required", Text::tr("The server requires encryption"),
              Text::tr("The server accepts a sign-in only over an encrypted connection.") + serverSaid(r));
        b.addEndpoint(s.port, Security::StartTls);
        b.addSubmissionPorts();
        return;

    case SessionError::PlaintextAuthRefused:
        b.set("plaintext-auth-refused", Text::tr("Postacı did not send your password unencrypted"),
              Text::tr("The connection is not encrypted, so your password would travel in readable form. Postacı "
                       "stopped before sending it."));
        b.addEndpoint(s.port, Security::StartTls);
        b.addSubmissionPorts();
        b.add(Text::tr("Only on a network you fully trust: explicitly allow sending the password unencrypted in the "
                       "settings."));
        return;

    default:
        return; // another family's (diagnose() hands each error to its family)
    }
}

} // namespace Postaci::DiagnosisInternal
