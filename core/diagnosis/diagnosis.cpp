#include "diagnosis.h"

#include "quotedtext.h"

#include "account/secretjob.h"
#include "smtp/peerprotocol.h"
#include "smtp/saslmechanism.h"
#include "smtp/settingslabels.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSslCertificate>

namespace Postaci {

namespace {

// Every sentence of a diagnosis is translated in the context "Postaci::Diagnosis".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::Diagnosis)
};

// ---------------------------------------------------------------------------------------------
// Words for the user

// " Details: …" after an explanation, when the engine said more than its error kind (quoted:
// part of it may be the server's own words).
QString detailsSentence(const SessionResult &r)
{
    if (r.errorDetail.isEmpty())
        return {};
    return QLatin1Char(' ') + Text::tr("Details: %1").arg(quoteServerText(r.errorDetail));
}

// Where the session was, as a sentence of its own: a step phrase inserted into another sentence
// cannot be translated well (Turkish puts it elsewhere and changes its ending).
QString stepSentence(SessionStep step)
{
    switch (step) {
    case SessionStep::Resolve: return Text::tr("Postacı was looking up the server's address at the time.");
    case SessionStep::Connect: return Text::tr("Postacı was connecting at the time.");
    case SessionStep::Tls: return Text::tr("Postacı was setting up encryption (TLS) at the time.");
    case SessionStep::Greeting: return Text::tr("Postacı was waiting for the server's greeting at the time.");
    case SessionStep::Ehlo: return Text::tr("Postacı was introducing itself (EHLO) at the time.");
    case SessionStep::StartTls: return Text::tr("Postacı was switching to encryption (STARTTLS) at the time.");
    case SessionStep::Auth: return Text::tr("Postacı was signing in at the time.");
    case SessionStep::Mail: return Text::tr("Postacı was giving the sender address at the time.");
    case SessionStep::Rcpt: return Text::tr("Postacı was giving the recipient address at the time.");
    case SessionStep::Data: return Text::tr("Postacı was sending the message at the time.");
    case SessionStep::Quit: return Text::tr("Postacı was saying goodbye (QUIT) at the time.");
    case SessionStep::Done: return Text::tr("Postacı was finishing at the time.");
    }
    return {};
}

// The server's last reply, escaped, on one line: "550 5.7.1 Sender not owned".
QString quotedReply(const SessionResult &result)
{
    if (!result.lastReply)
        return {};
    const SmtpReply &reply = *result.lastReply;
    QString text = QString::number(reply.code);
    if (!reply.enhanced.isEmpty() && !reply.lines.value(0).startsWith(reply.enhanced))
        text += QLatin1Char(' ') + reply.enhanced;
    const QString lines = reply.lines.join(QLatin1Char(' '));
    if (!lines.isEmpty())
        text += QLatin1Char(' ') + lines;
    return quoteServerText(text);
}

QString serverSaid(const SessionResult &result)
{
    const QString quoted = quotedReply(result);
    if (quoted.isEmpty())
        return {};
    return QLatin1Char(' ') + Text::tr("The server said: \"%1\".").arg(quoted);
}

QString replyTextLower(const SessionResult &result)
{
    return result.lastReply ? result.lastReply->text().toLower() : QString();
}

QString enhancedCode(const SessionResult &result)
{
    return result.lastReply ? result.lastReply->enhanced : QString();
}

int replyCode(const SessionResult &result)
{
    return result.lastReply ? result.lastReply->code : 0;
}

// ---------------------------------------------------------------------------------------------
// Evidence: who answered on the port

enum class Peer { Nothing, Smtp, Imap, Pop3, Http, Ssh, Ftp, Tls, Other };

Peer peerFromFirstBytes(const QByteArray &bytes)
{
    switch (classifyFirstBytes(bytes)) {
    case PeerProtocol::Incomplete: return bytes.isEmpty() ? Peer::Nothing : Peer::Other;
    case PeerProtocol::Tls: return Peer::Tls;
    case PeerProtocol::Imap: return Peer::Imap;
    case PeerProtocol::Pop3: return Peer::Pop3;
    case PeerProtocol::Http: return Peer::Http;
    case PeerProtocol::Ssh: return Peer::Ssh;
    case PeerProtocol::Other: return Peer::Other;
    case PeerProtocol::Smtp: {
        // FTP greets with "220" too; its greeting nearly always names itself.
        const qsizetype end = bytes.indexOf('\n');
        if (bytes.left(end < 0 ? bytes.size() : end).toUpper().contains("FTP"))
            return Peer::Ftp;
        return Peer::Smtp;
    }
    }
    return Peer::Other;
}

bool isForeignProtocol(Peer peer)
{
    return peer == Peer::Imap || peer == Peer::Pop3 || peer == Peer::Http || peer == Peer::Ssh
        || peer == Peer::Ftp || peer == Peer::Other;
}

QString firstLineOf(const QByteArray &bytes)
{
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    QByteArray line = bytes.left(end);
    if (line.endsWith('\r'))
        line.chop(1);
    return quoteServerBytes(line, 120);
}

// ---------------------------------------------------------------------------------------------
// Remedies

struct Builder
{
    const SessionResult &result;
    const SessionSettings &settings;
    const DiagnosisContext &context;
    Diagnosis diagnosis;

    void set(const char *id, const QString &title, const QString &explanation)
    {
        diagnosis.id = QLatin1String(id);
        diagnosis.title = title;
        diagnosis.explanation = explanation;
    }

    void add(const QString &text) { diagnosis.remedies.append(Remedy{text, std::nullopt, false}); }

    void add(const QString &text, const SettingsChange &change)
    {
        for (const Remedy &existing : std::as_const(diagnosis.remedies)) {
            if (existing.settings && *existing.settings == change)
                return; // already offered
        }
        diagnosis.remedies.append(Remedy{text, change, false});
    }

    // Another port and/or security mode on the same host; nothing when it is what failed.
    void addEndpoint(quint16 port, Security security, const QString &why = QString())
    {
        if (port == settings.port && security == settings.security)
            return;
        SettingsChange change;
        if (port != settings.port)
            change.port = port;
        if (security != settings.security)
            change.security = security;
        QString text;
        if (port == settings.port)
            text = Text::tr("Keep port %1 and choose %2 as the security.").arg(port).arg(SettingsLabels::security(security, SettingsLabels::Form::InSentence));
        else
            text = Text::tr("Use port %1 with %2.").arg(port).arg(SettingsLabels::security(security, SettingsLabels::Form::InSentence));
        if (!why.isEmpty())
            text += QLatin1Char(' ') + why;
        add(text, change);
    }

    // The two submission ports of RFC 8314 / RFC 6409, implicit TLS first as RFC 8314 prefers.
    void addSubmissionPorts()
    {
        addEndpoint(465, Security::ImplicitTls, Text::tr("This is the usual port for sending mail with encryption from the start."));
        addEndpoint(587, Security::StartTls, Text::tr("This is the usual port for sending mail with STARTTLS encryption."));
    }

    void addUseFullAddressAsUser()
    {
        if (context.emailAddress.isEmpty() || settings.user.compare(context.emailAddress, Qt::CaseInsensitive) == 0)
            return;
        SettingsChange change;
        change.user = context.emailAddress;
        add(Text::tr("Use your full e-mail address (%1) as the user name: most providers expect it.").arg(context.emailAddress), change);
    }

    void addSignIn()
    {
        if (!settings.hasCredentials()) {
            SettingsChange change;
            if (!context.emailAddress.isEmpty())
                change.user = context.emailAddress;
            if (change.isEmpty())
                add(Text::tr("Enter your user name and password so that Postacı signs in before sending."));
            else
                add(Text::tr("Enter your user name and password so that Postacı signs in before sending."), change);
        }
    }

    // The provider's name when the catalog knows it. Sentences that mention the provider come in
    // two whole versions (named, and "your provider"), never with "your provider" inserted.
    bool knowsProvider() const { return !context.providerName.isEmpty(); }
    QString providerName() const { return context.providerName; }
};

bool mentionsRelay(const QString &lowerText)
{
    return lowerText.contains(QLatin1String("relay"));
}

bool mentionsEncryption(const QString &lowerText)
{
    return lowerText.contains(QLatin1String("starttls")) || lowerText.contains(QLatin1String(" tls"))
        || lowerText.contains(QLatin1String("encrypt"));
}

bool isOAuthRequiredReply(const SessionResult &result)
{
    const QString text = replyTextLower(result);
    return enhancedCode(result) == QLatin1String("5.7.139") || text.contains(QLatin1String("5.7.139"))
        || text.contains(QLatin1String("basic authentication is disabled"))
        || text.contains(QLatin1String("oauth"));
}

bool isAppPasswordReply(const SessionResult &result)
{
    const QString text = replyTextLower(result);
    return enhancedCode(result) == QLatin1String("5.7.9")
        || text.contains(QLatin1String("application-specific password"))
        || text.contains(QLatin1String("app password"));
}

// Host names a certificate is valid for: its DNS subject alternative names, else its CN.
QStringList certificateNames(const TlsDetails &tls)
{
    QStringList names;
    auto addName = [&names](const QString &name) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty() && !names.contains(trimmed, Qt::CaseInsensitive))
            names.append(trimmed);
    };
    for (const QString &san : tls.peerSans)
        addName(san);
    if (!tls.peerChain.isEmpty()) {
        const QSslCertificate &leaf = tls.peerChain.first();
        const auto sans = leaf.subjectAlternativeNames();
        for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
            if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
                addName(it.value());
        }
        if (names.isEmpty()) {
            const QStringList commonNames = leaf.subjectInfo(QSslCertificate::CommonName);
            for (const QString &cn : commonNames)
                addName(cn);
        }
    }
    if (names.isEmpty() && !tls.peerSubject.isEmpty()) {
        // "CN=mail.hosting.example, O=..." or just the common name.
        static const QRegularExpression cn(QStringLiteral("(?:^|[,/]\\s*)CN=([^,/]+)"), QRegularExpression::CaseInsensitiveOption);
        const auto match = cn.match(tls.peerSubject);
        if (match.hasMatch())
            addName(match.captured(1));
    }
    return names;
}

QString dateText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
}

// ---------------------------------------------------------------------------------------------
// The cases

void notSmtp(Builder &b, Peer peer)
{
    const auto &s = b.settings;
    const QString what = firstLineOf(b.result.firstBytes);
    // Two sentences: what is not there, then who is (each whole, so that translations can
    // word them freely).
    QString explanation = Text::tr("Port %1 of %2 is not answered by a server for sending mail (SMTP).").arg(s.port).arg(s.host);
    explanation += QLatin1Char(' ');
    switch (peer) {
    case Peer::Imap: explanation += Text::tr("An IMAP server answers there, for reading mail, not for sending it."); break;
    case Peer::Pop3: explanation += Text::tr("A POP3 server answers there, for downloading mail, not for sending it."); break;
    case Peer::Http: explanation += Text::tr("A web server (HTTP) answers there."); break;
    case Peer::Ssh: explanation += Text::tr("A remote login server (SSH) answers there."); break;
    case Peer::Ftp: explanation += Text::tr("A file transfer server (FTP) answers there."); break;
    default: explanation += Text::tr("A program that is not a mail server answers there."); break;
    }
    if (!what.isEmpty())
        explanation += QLatin1Char(' ') + Text::tr("It said: \"%1\".").arg(what);
    explanation += QLatin1Char(' ') + Text::tr("Mail is usually sent on port 465 (SSL/TLS) or 587 (STARTTLS).");
    b.set("not-smtp", Text::tr("This port does not belong to a mail-sending server"), explanation);
    b.addSubmissionPorts();
    if (s.port != 25)
        b.addEndpoint(25, Security::StartTls, Text::tr("Port 25 is for servers talking to servers and is often blocked for home connections."));
}

void tlsExpectedPlaintextReceived(Builder &b)
{
    const auto &s = b.settings;
    b.set("tls-expected-plaintext-received", Text::tr("This port expects STARTTLS, not SSL/TLS"),
          Text::tr("Postacı started an encrypted connection at once (SSL/TLS), but the server on port %1 answered "
                   "without encryption, as servers do when they expect STARTTLS: the connection starts unencrypted "
                   "and is then switched to encryption.")
              .arg(s.port));
    b.addEndpoint(s.port, Security::StartTls);
    b.addEndpoint(465, Security::ImplicitTls, Text::tr("This is the usual port for SSL/TLS."));
}

void plaintextExpectedTlsReceived(Builder &b, bool silent)
{
    const auto &s = b.settings;
    QString explanation;
    if (silent) {
        explanation = Text::tr("The server on port %1 did not greet Postacı over an unencrypted connection: it waits "
                               "silently for an encrypted connection from the very start (SSL/TLS).")
                          .arg(s.port);
        if (s.port == 465)
            explanation += QLatin1Char(' ') + Text::tr("Port 465 is the usual port for that.");
    } else {
        explanation = Text::tr("Postacı expected the server on port %1 to greet it unencrypted (%2), but it answered "
                               "with encryption at once, as SSL/TLS ports do.")
                          .arg(s.port)
                          .arg(SettingsLabels::security(s.security, SettingsLabels::Form::InSentence));
    }
    b.set("plaintext-expected-tls-received", Text::tr("This port expects SSL/TLS"), explanation);
    b.addEndpoint(s.port, Security::ImplicitTls);
    b.addEndpoint(587, Security::StartTls, Text::tr("This is the usual port for STARTTLS."));
}

void certificateProblem(Builder &b)
{
    const auto &r = b.result;
    const auto &s = b.settings;
    switch (r.error) {
    case SessionError::CertificateHostnameMismatch: {
        const QStringList names = certificateNames(r.tls);
        QString explanation = Text::tr("The server's security certificate is not made out to %1, the name you entered, "
                                       "so Postacı cannot be sure it is talking to the right server and sent no password.")
                                  .arg(s.host);
        if (!names.isEmpty())
            explanation += QLatin1Char(' ') + Text::tr("The certificate is valid for: %1.").arg(quoteServerText(names.join(QLatin1String(", "))));
        explanation += QLatin1Char(' ') + Text::tr("This is common with shared web hosting: the mail server is reached as "
                                                   "mail.<your domain>, but its certificate carries the hosting company's name.");
        b.set("certificate-hostname-mismatch", Text::tr("The certificate belongs to another server name"), explanation);
        int offered = 0;
        for (const QString &name : names) {
            if (offered >= 3)
                break;
            if (name.startsWith(QLatin1Char('*')) || name.compare(s.host, Qt::CaseInsensitive) == 0)
                continue; // a wildcard is not a host name we can connect to
            SettingsChange change;
            change.host = name;
            b.add(Text::tr("Use the server name the certificate is made out to: %1.").arg(quoteServerText(name)), change);
            ++offered;
        }
        b.add(Text::tr("Ask your hosting company which server name to use for sending mail."));
        return;
    }
    case SessionError::CertificateExpired: {
        QString explanation = Text::tr("The server's security certificate is not valid at the current date, so Postacı "
                                       "stopped before sending any password.");
        if (!r.tls.peerChain.isEmpty()) {
            const QSslCertificate &leaf = r.tls.peerChain.first();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (leaf.expiryDate().isValid() && leaf.expiryDate() < now)
                explanation += QLatin1Char(' ') + Text::tr("It expired on %1.").arg(dateText(leaf.expiryDate()));
            else if (leaf.effectiveDate().isValid() && leaf.effectiveDate() > now)
                explanation += QLatin1Char(' ') + Text::tr("It only becomes valid on %1: check this computer's date and time.")
                                                      .arg(dateText(leaf.effectiveDate()));
        }
        b.set("certificate-expired", Text::tr("The server's certificate has expired"), explanation);
        b.add(Text::tr("Check that this computer's date and time are correct."));
        b.add(Text::tr("Tell your mail provider or hosting company that the certificate of %1 must be renewed.").arg(s.host));
        return;
    }
    case SessionError::CertificatePinMismatch:
        // Its own id: the certificate may be perfectly valid, it is just not the one the user
        // pinned for this server, which calls for a different action than an untrusted chain.
        b.set("certificate-pin-mismatch", Text::tr("The server's certificate has changed"),
              Text::tr("You told Postacı to accept only one particular certificate for %1, and the server now shows "
                       "another one (SHA-256 %2). Postacı sent no password. Providers renew certificates regularly, "
                       "but a changed certificate can also mean someone is intercepting the connection.")
                  .arg(s.host, QString::fromLatin1(r.tls.peerSha256.toHex(':'))));
        b.add(Text::tr("Ask your provider whether the certificate was renewed; if it was, look at the new certificate's details and accept it."));
        return;
    default: {
        QString issuer;
        if (!r.tls.peerChain.isEmpty())
            issuer = r.tls.peerChain.first().issuerDisplayName();
        QString explanation = Text::tr("The server's security certificate is not signed by an authority this computer "
                                       "trusts (for example, it is self-signed), so Postacı cannot be sure who it is "
                                       "talking to and sent no password.");
        if (!issuer.isEmpty())
            explanation += QLatin1Char(' ') + Text::tr("It was issued by: %1.").arg(quoteServerText(issuer));
        b.set("certificate-untrusted", Text::tr("The server's certificate is not trusted"), explanation);
        b.add(Text::tr("Ask your provider for the correct server name; a provider's own name usually has a trusted certificate."));
        b.add(Text::tr("If you know this server and its certificate, check the certificate's fingerprint with your provider and accept that one certificate."));
        return;
    }
    }
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
                       : Text::tr("Your provider has switched off sign-in with a user name and password for sending mail "
                                  "(\"basic authentication\"); it only accepts a sign-in through its own web page (OAuth2)."))
                  + serverSaid(r));
        const QStringList offered = r.capabilities.authMechanisms();
        if (offered.contains(QLatin1String("XOAUTH2")) && b.settings.auth != AuthMethod::XOAuth2) {
            SettingsChange change;
            change.auth = AuthMethod::XOAuth2;
            b.add(Text::tr("Choose XOAUTH2 as the sign-in method and use an access token from your provider."), change);
        }
        if (c.passwordHelpUrl.isValid() && b.knowsProvider())
            b.add(Text::tr("Read how %1 lets programs send mail: %2").arg(b.providerName(), c.passwordHelpUrl.toString()));
        else if (c.passwordHelpUrl.isValid())
            b.add(Text::tr("Read how your provider lets programs send mail: %1").arg(c.passwordHelpUrl.toString()));
        if (b.knowsProvider())
            b.add(Text::tr("Ask %1 whether mail programs may still sign in with an app password; if not, sending needs "
                           "a program that signs in through the provider's own page.").arg(b.providerName()));
        else
            b.add(Text::tr("Ask your provider whether mail programs may still sign in with an app password; if not, "
                           "sending needs a program that signs in through the provider's own page."));
        if (enhancedCode(r) == QLatin1String("5.7.139") || c.providerId == QLatin1String("microsoft365"))
            b.add(Text::tr("If you manage the mail domain (Microsoft 365), an administrator can turn on \"Authenticated SMTP\" for this mailbox."));
        return;
    }
    if (appPassword) {
        const QString explanation = b.knowsProvider()
                ? Text::tr("%1 does not accept your normal password from mail programs: it needs an app password, a "
                           "separate password you create in your account's security settings (this requires two-step "
                           "verification to be on).")
                          .arg(b.providerName())
                : Text::tr("Your provider does not accept your normal password from mail programs: it needs an app "
                           "password, a separate password you create in your account's security settings (this "
                           "requires two-step verification to be on).");
        b.set("app-password-required", Text::tr("An app password is needed"), explanation + serverSaid(r));
        if (c.passwordHelpUrl.isValid())
            b.add(Text::tr("Create an app password as described here, then enter it instead of your normal password: %1")
                      .arg(c.passwordHelpUrl.toString()));
        else
            b.add(Text::tr("Sign in to your account's web page, open its security settings, turn on two-step "
                           "verification, create an app password for \"Mail\" and enter it here instead of your normal password."));
        b.addUseFullAddressAsUser();
        return;
    }
    b.set("auth-failed", Text::tr("The user name or password was not accepted"),
          Text::tr("The server refused to sign you in with this user name and password.") + serverSaid(r));
    b.addUseFullAddressAsUser();
    b.add(Text::tr("Type the password again; check Caps Lock and the keyboard layout (Turkish ı/i and İ/I are different letters)."));
    if (r.error == SessionError::AuthFailed && b.settings.auth != AuthMethod::Auto) {
        SettingsChange change;
        change.auth = AuthMethod::Auto;
        b.add(Text::tr("Let Postacı choose the sign-in method automatically."), change);
    }
}

void diagnoseInto(Builder &b)
{
    const SessionResult &r = b.result;
    const SessionSettings &s = b.settings;
    const Peer peer = peerFromFirstBytes(r.firstBytes);
    const bool implicitTls = s.security == Security::ImplicitTls;

    // What arrived instead of what was expected decides first: it is the strongest evidence
    // of a wrong port or a wrong security mode, whatever stage the engine noticed it at.
    switch (r.error) {
    case SessionError::NotSmtp:
    case SessionError::ProtocolViolation:
    case SessionError::TlsHandshakeFailed:
    case SessionError::TlsExpectedPlaintextReceived:
    case SessionError::PlaintextExpectedTlsReceived:
    case SessionError::ConnectionClosed:
    case SessionError::Timeout:
        if (isForeignProtocol(peer)) {
            notSmtp(b, peer);
            return;
        }
        // With SSL/TLS chosen, the first thing on the wire must be the server's TLS answer;
        // a plaintext SMTP greeting there means the port speaks STARTTLS (or nothing at all).
        if (peer == Peer::Smtp && implicitTls
            && (r.error == SessionError::TlsExpectedPlaintextReceived || r.step <= SessionStep::Tls)) {
            tlsExpectedPlaintextReceived(b);
            return;
        }
        if (peer == Peer::Tls && !implicitTls) {
            plaintextExpectedTlsReceived(b, false);
            return;
        }
        break;
    default:
        break;
    }

    switch (r.error) {
    case SessionError::None:
    case SessionError::Cancelled:
        return;

    case SessionError::InvalidInput:
        b.set("invalid-input", Text::tr("Some settings cannot be used"),
              Text::tr("Postacı did not contact the server because a value cannot be sent as it is (for example, it "
                       "contains a line break).")
                  + detailsSentence(r));
        b.add(Text::tr("Check the server name, user name and addresses for stray characters and try again."));
        return;

    case SessionError::HostNotFound: {
        b.set("dns-not-found", Text::tr("The server name does not exist"),
              Text::tr("The name %1 could not be found on the Internet. It may be misspelled, or your domain may "
                       "have no mail server under that name.")
                  .arg(quoteServerText(s.host)));
        b.add(Text::tr("Check the spelling of the server name."));
        const QString domain = b.context.emailAddress.section(QLatin1Char('@'), 1).toLower();
        if (!domain.isEmpty()) {
            for (const QString &prefix : {QStringLiteral("mail."), QStringLiteral("smtp.")}) {
                const QString candidate = prefix + domain;
                if (candidate.compare(s.host, Qt::CaseInsensitive) == 0)
                    continue;
                SettingsChange change;
                change.host = candidate;
                b.add(Text::tr("Try %1, the usual name of a domain's mail server.").arg(candidate), change);
            }
        }
        b.add(Text::tr("Check that this computer is connected to the Internet."));
        return;
    }

    case SessionError::ConnectionRefused:
        b.set("connection-refused", Text::tr("Nothing answers on this port"),
              Text::tr("The computer %1 exists, but no program accepts connections on port %2: the port is probably wrong, "
                       "or the mail service is not running.")
                  .arg(quoteServerText(s.host))
                  .arg(s.port));
        b.addSubmissionPorts();
        b.add(Text::tr("Check the port number your provider gives for sending mail (SMTP)."));
        return;

    case SessionError::ConnectTimeout:
        if (s.port == 25) {
            b.set("port25-blocked", Text::tr("Port 25 seems to be blocked"),
                  Text::tr("There was no answer at all on port 25 of %1. Port 25 is meant for mail servers talking to "
                           "each other, and many Internet providers block it for home and office connections to stop "
                           "spam. Mail programs send on port 465 or 587 instead.")
                      .arg(quoteServerText(s.host)));
            b.addEndpoint(587, Security::StartTls, Text::tr("This is the submission port meant for mail programs."));
            b.addEndpoint(465, Security::ImplicitTls, Text::tr("This is the submission port with encryption from the start."));
            return;
        }
        b.set("connect-timeout", Text::tr("The server does not answer"),
              Text::tr("There was no answer at all from port %1 of %2: a firewall may be dropping the connection, the "
                       "port may be wrong, or the server may be down.")
                  .arg(s.port)
                  .arg(quoteServerText(s.host)));
        b.addSubmissionPorts();
        b.add(Text::tr("Check that a firewall or antivirus program does not block Postacı, and try again later."));
        return;

    case SessionError::NetworkError:
        b.set("network-error", Text::tr("The network cannot reach the server"),
              Text::tr("This computer could not open a connection to %1.").arg(quoteServerText(s.host))
                  + detailsSentence(r));
        b.add(Text::tr("Check that this computer is connected to the Internet, then try again."));
        return;

    case SessionError::ConnectionClosed:
        b.set("connection-closed", Text::tr("The server hung up"),
              Text::tr("The server closed the connection.") + QLatin1Char(' ') + stepSentence(r.step) + serverSaid(r));
        if (r.step <= SessionStep::Greeting || r.step == SessionStep::StartTls) {
            if (s.security != Security::ImplicitTls)
                b.addEndpoint(s.port, Security::ImplicitTls);
            b.addSubmissionPorts();
        }
        b.add(Text::tr("Try again in a few minutes; if it keeps happening, your address may be blocked by the server: ask your provider."));
        return;

    case SessionError::Timeout:
        if (r.step == SessionStep::Greeting && peer == Peer::Nothing && !implicitTls && s.port == 465) {
            // A server on 465 that stays silent is waiting for our TLS ClientHello (RFC 8314 §3).
            plaintextExpectedTlsReceived(b, true);
            return;
        }
        b.set("timeout", Text::tr("The server stopped answering"),
              Text::tr("The server took too long to answer.") + QLatin1Char(' ') + stepSentence(r.step));
        if (r.step == SessionStep::Greeting && peer == Peer::Nothing && !implicitTls) {
            b.diagnosis.explanation += QLatin1Char(' ') + Text::tr("A server that expects encryption from the very start (SSL/TLS) also waits silently like this.");
            b.addEndpoint(s.port, Security::ImplicitTls);
            b.addSubmissionPorts();
        } else if (r.step == SessionStep::Tls && implicitTls) {
            b.addEndpoint(s.port, Security::StartTls);
            b.addSubmissionPorts();
        }
        b.add(Text::tr("Try again later, or allow more time in the settings if your connection is slow."));
        return;

    case SessionError::TlsExpectedPlaintextReceived:
        tlsExpectedPlaintextReceived(b);
        return;
    case SessionError::PlaintextExpectedTlsReceived:
        plaintextExpectedTlsReceived(b, peer == Peer::Nothing);
        return;
    case SessionError::NotSmtp:
        notSmtp(b, peer == Peer::Nothing || peer == Peer::Smtp ? Peer::Other : peer);
        return;

    case SessionError::TlsHandshakeFailed:
        b.set("tls-handshake-failed", Text::tr("Encryption could not be set up"),
              Text::tr("Postacı and the server could not agree on how to encrypt the connection (Postacı requires TLS 1.2 "
                       "or newer). The server may be very old or misconfigured.")
                  + detailsSentence(r));
        if (implicitTls)
            b.addEndpoint(587, Security::StartTls);
        else
            b.addEndpoint(465, Security::ImplicitTls);
        b.add(Text::tr("Ask your provider whether the server supports TLS 1.2 or newer."));
        return;

    case SessionError::CertificateUntrusted:
    case SessionError::CertificateHostnameMismatch:
    case SessionError::CertificateExpired:
    case SessionError::CertificatePinMismatch:
        certificateProblem(b);
        return;

    case SessionError::StartTlsNotOffered:
        b.set("starttls-not-offered", Text::tr("The server does not offer encryption on this port"),
              Text::tr("STARTTLS was chosen, but the server on port %1 does not offer it, so Postacı stopped rather than "
                       "send anything unencrypted.")
                  .arg(s.port));
        b.addSubmissionPorts();
        b.add(Text::tr("Ask your provider which port offers encrypted sending."));
        return;

    case SessionError::StartTlsRefused:
        b.set("starttls-refused", Text::tr("The server refused to switch to encryption"),
              Text::tr("The server offers STARTTLS but refused it when asked, so Postacı stopped rather than continue "
                       "unencrypted.")
                  + serverSaid(r));
        b.addEndpoint(465, Security::ImplicitTls);
        b.addEndpoint(587, Security::StartTls);
        b.add(Text::tr("Try again later; if it persists, tell your provider."));
        return;

    case SessionError::StartTlsInjection:
        b.set("starttls-injection", Text::tr("Something interfered with the switch to encryption"),
              Text::tr("Right after agreeing to encrypt, the server (or something between you and it) sent extra data "
                       "that could be an attack on the connection. Postacı stopped and sent no password."));
        b.addEndpoint(465, Security::ImplicitTls, Text::tr("Encryption from the start cannot be interfered with this way."));
        b.add(Text::tr("If you are on a public network, try again from a trusted one."));
        return;

    case SessionError::TlsUnavailable:
        b.set("tls-unavailable", Text::tr("Encryption is not available on this computer"),
              Text::tr("Postacı could not find the encryption library (OpenSSL) it needs, so it stopped before sending anything."));
        b.add(Text::tr("Install OpenSSL 3 (on Debian and Ubuntu: the libssl3 package), then start Postacı again."));
        return;

    case SessionError::AuthNotOffered:
        b.set("auth-not-offered", Text::tr("The server does not offer sign-in here"),
              Text::tr("You gave a user name and password, but the server on port %1 does not offer any way to sign in "
                       "on this connection.")
                  .arg(s.port));
        if (s.security == Security::None)
            b.addEndpoint(s.port, Security::StartTls, Text::tr("Many servers offer sign-in only on an encrypted connection."));
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
            ? Text::tr("This server offers no sign-in method that Postacı supports (PLAIN, LOGIN, CRAM-MD5, XOAUTH2).")
            : Text::tr("The sign-in method %1 is not offered by this server.").arg(SettingsLabels::auth(s.auth, SettingsLabels::Form::InSentence));
        if (!offered.isEmpty())
            explanation += QLatin1Char(' ') + Text::tr("It offers: %1.").arg(quoteServerText(offered.join(QLatin1String(", "))));
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
            b.add(Text::tr("Use the sign-in method %1.").arg(SettingsLabels::auth(*method, SettingsLabels::Form::InSentence)), change);
        }
        if (b.diagnosis.remedies.isEmpty()) {
            // Only mechanisms we do not implement (GSSAPI, NTLM...), or none we could read.
            b.add(Text::tr("Ask your provider for a port or server that accepts PLAIN or LOGIN sign-in over an encrypted connection."));
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
              Text::tr("The server sends mail only for people who have signed in with a user name and password.") + serverSaid(r));
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
        b.add(Text::tr("Only on a network you fully trust: explicitly allow sending the password unencrypted in the settings."));
        return;

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
                  Text::tr("The server sends mail only for people who have signed in with a user name and password.") + serverSaid(r));
            b.addSignIn();
            return;
        }
        b.set("sender-rejected", Text::tr("The sender address was refused"),
              Text::tr("The server does not let this account send as this address. The sender must be the account's own "
                       "address or an alias registered with your provider.")
                  + serverSaid(r));
        if (!b.context.emailAddress.isEmpty())
            b.add(Text::tr("Send from %1, the account's own address.").arg(b.context.emailAddress));
        else
            b.add(Text::tr("Send from the account's own e-mail address."));
        b.add(Text::tr("To send as another address, register it as an alias (\"send mail as\") with your provider first."));
        b.addSignIn();
        return;
    }

    case SessionError::RecipientRejected: {
        const QString text = replyTextLower(r);
        if (mentionsRelay(text) || (enhancedCode(r) == QLatin1String("5.7.1") && !s.hasCredentials())) {
            b.set("relay-denied", Text::tr("The server will not pass on mail for you"),
                  Text::tr("The server delivers mail only to its own addresses unless you sign in.") + serverSaid(r));
            b.addSignIn();
            if (s.port == 25)
                b.addSubmissionPorts();
            return;
        }
        b.set("recipient-rejected", Text::tr("The recipient address was refused"),
              Text::tr("The server does not accept mail for this recipient: the address may be misspelled or no longer exist.")
                  + serverSaid(r));
        b.add(Text::tr("Check the recipient address for typing mistakes."));
        b.add(Text::tr("Send the test message to your own address first."));
        return;
    }

    case SessionError::RelayDenied:
        b.set("relay-denied", Text::tr("The server will not pass on mail for you"),
              Text::tr("The server delivers mail to other domains only for people who have signed in.") + serverSaid(r));
        b.addSignIn();
        if (s.port == 25)
            b.addSubmissionPorts();
        return;

    case SessionError::MessageTooLarge: {
        QString explanation = Text::tr("The server refused the message because it is too large.");
        if (const qint64 limit = r.capabilities.maxSize(); limit > 0)
            explanation += QLatin1Char(' ') + Text::tr("It accepts messages up to %1.").arg(QLocale().formattedDataSize(limit));
        b.set("message-too-large", Text::tr("The message is too large"), explanation + serverSaid(r));
        b.add(Text::tr("Send smaller attachments, or share large files through a link."));
        return;
    }

    case SessionError::MessageRejected:
        b.set("message-rejected", Text::tr("The server refused the message"),
              Text::tr("The server accepted the sender and recipient but refused the message itself, often because a "
                       "spam or virus filter objected to it.")
                  + serverSaid(r));
        b.add(Text::tr("Try again with a plain message; if it is refused again, show the server's answer to your provider."));
        return;

    case SessionError::SmtpUtf8Unsupported:
        b.set("smtputf8-unsupported", Text::tr("The server cannot handle this address"),
              Text::tr("An address contains letters outside the English alphabet before the @ (for example ş or ı). "
                       "This needs the SMTPUTF8 extension, which this server does not offer, so nothing was sent."));
        b.add(Text::tr("Use an address written only with English letters, digits and dots before the @."));
        return;

    case SessionError::ServerBusy:
        b.set("server-busy", Text::tr("The server is busy or temporarily unavailable"),
              Text::tr("The server answered with a temporary refusal.") + QLatin1Char(' ') + stepSentence(r.step)
                  + QLatin1Char(' ') + Text::tr("This usually passes by itself.") + serverSaid(r));
        b.add(Text::tr("Wait a few minutes and try again."));
        b.add(Text::tr("If it keeps happening, show the server's answer to your provider."));
        return;

    case SessionError::ProtocolViolation:
        b.set("protocol-violation", Text::tr("The server broke the mail protocol"),
              Text::tr("The server's answer does not follow the SMTP rules, so Postacı stopped to stay safe.")
                  + QLatin1Char(' ') + stepSentence(r.step) + serverSaid(r)
                  + detailsSentence(r));
        b.add(Text::tr("Check that the host name and port point to your provider's mail server."));
        b.add(Text::tr("Show the transcript to your provider's support."));
        return;

    case SessionError::ConnectionRejected:
        // RFC 5321 §3.1: 554 instead of 220, "no SMTP service here" for this client.
        b.set("connection-rejected", Text::tr("The server refuses to talk to this computer"),
              Text::tr("The server answered the connection with a refusal instead of a greeting. Servers do this when "
                       "the connecting address is on a block list (common for home connections on port 25) or is "
                       "not allowed to send through them.")
                  + serverSaid(r));
        if (s.port == 25)
            b.addSubmissionPorts();
        b.add(Text::tr("If the server's answer names a block list, ask your Internet or mail provider to remove your address from it."));
        return;

    case SessionError::KeychainFailure:
        // Not a session's failure: TestSendJob diagnoses it from the keychain's own error.
        return;
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------

QJsonObject Remedy::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("text"), text);
    json.insert(QStringLiteral("settings"), settings ? settings->toJson() : QJsonObject());
    json.insert(QStringLiteral("verified"), verified);
    return json;
}

QJsonObject Diagnosis::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("title"), title);
    json.insert(QStringLiteral("explanation"), explanation);
    QJsonArray list;
    for (const Remedy &remedy : remedies)
        list.append(remedy.toJson());
    json.insert(QStringLiteral("remedies"), list);
    return json;
}

QString Diagnosis::toPlainText() const
{
    if (isNull())
        return {};
    QString text = title + QLatin1Char('\n') + explanation + QLatin1Char('\n');
    if (!remedies.isEmpty()) {
        text += Text::tr("What you can do:") + QLatin1Char('\n');
        int number = 1;
        for (const Remedy &remedy : remedies) {
            text += QStringLiteral("  %1. ").arg(number++) + remedy.text;
            if (remedy.verified)
                text += QLatin1Char(' ') + Text::tr("[checked: this works]");
            text += QLatin1Char('\n');
        }
    }
    return text;
}

Diagnosis diagnose(const SessionResult &result, const SessionSettings &settings)
{
    return diagnose(result, settings, DiagnosisContext());
}

Diagnosis diagnose(const SessionResult &result, const SessionSettings &settings, const DiagnosisContext &context)
{
    if (result.ok)
        return {};
    Builder builder{result, settings, context, {}};
    diagnoseInto(builder);
    return builder.diagnosis;
}

Diagnosis diagnoseSecretError(SecretError error, const QString &backendMessage)
{
    Diagnosis diagnosis;
    auto remedy = [&diagnosis](const QString &text) { diagnosis.remedies.append(Remedy{text, std::nullopt, false}); };
    const QString details = backendMessage.isEmpty()
        ? QString()
        : QLatin1Char(' ') + Text::tr("The keychain said: \"%1\".").arg(quoteServerText(backendMessage));
    const QString never = Text::tr("Postacı keeps passwords only in the system keychain, never in a file.");
    switch (error) {
    case SecretError::None:
        return diagnosis;
    case SecretError::NotFound:
        diagnosis.id = QStringLiteral("keychain-password-missing");
        diagnosis.title = Text::tr("No saved password");
        diagnosis.explanation = Text::tr("The system keychain has no password saved for this account.") + details;
        remedy(Text::tr("Enter the password again; you can choose to save it in the keychain."));
        return diagnosis;
    case SecretError::Locked:
        diagnosis.id = QStringLiteral("keychain-unavailable");
        diagnosis.title = Text::tr("The keychain is locked");
        diagnosis.explanation = Text::tr("The system keychain is locked, or has no keyring set up yet.") + QLatin1Char(' ') + never + details;
        remedy(Text::tr("Unlock the keychain (it usually opens with your login password), or create a default keyring in your desktop's passwords tool, and try again."));
        break;
    case SecretError::AccessDenied:
        diagnosis.id = QStringLiteral("keychain-unavailable");
        diagnosis.title = Text::tr("The keychain refused access");
        diagnosis.explanation = Text::tr("The system keychain refused to let Postacı store or read the password.") + QLatin1Char(' ') + never + details;
        remedy(Text::tr("Allow Postacı to use the keychain when it asks, and try again."));
        break;
    case SecretError::TimedOut:
        diagnosis.id = QStringLiteral("keychain-unavailable");
        diagnosis.title = Text::tr("The keychain did not answer");
        diagnosis.explanation = Text::tr("The system keychain did not answer in time; it may be waiting for you to unlock it.") + QLatin1Char(' ') + never + details;
        remedy(Text::tr("Unlock the keychain and try again."));
        break;
    case SecretError::NoBackend:
    case SecretError::Other:
        diagnosis.id = QStringLiteral("keychain-unavailable");
        diagnosis.title = Text::tr("No keychain is available");
        diagnosis.explanation = Text::tr("No system keychain (such as GNOME Keyring or KWallet) could be reached to keep the password.")
            + QLatin1Char(' ') + never + details;
        remedy(Text::tr("Install and start a keychain (on Linux: GNOME Keyring or KWallet), log in again, and try again."));
        break;
    }
    remedy(Text::tr("Or choose not to save the password: Postacı will ask for it each time."));
    return diagnosis;
}

Diagnosis diagnoseKeychainError(QKeychain::Error error, const QString &errorString)
{
    return diagnoseSecretError(SecretJob::mapKeychainError(int(error), errorString), errorString);
}

} // namespace Postaci
