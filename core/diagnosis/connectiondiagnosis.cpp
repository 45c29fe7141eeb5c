#include "diagnosisbuilder.h"

#include "quotedtext.h"

#include "smtp/peerprotocol.h"
#include "smtp/settingslabels.h"

using namespace Qt::StringLiterals;

namespace Postaci::DiagnosisInternal {

namespace {

// ---------------------------------------------------------------------------------------------
// Evidence: who answered on the port

enum class Peer { Nothing, Smtp, Imap, Pop3, Http, Ssh, Ftp, Tls, Other };

Peer peerFromFirstBytes(const QByteArray &bytes)
{
    switch (classifyFirstBytes(bytes)) {
    case PeerProtocol::Incomplete:
        return bytes.isEmpty() ? Peer::Nothing : Peer::Other;
    case PeerProtocol::Tls:
        return Peer::Tls;
    case PeerProtocol::Imap:
        return Peer::Imap;
    case PeerProtocol::Pop3:
        return Peer::Pop3;
    case PeerProtocol::Http:
        return Peer::Http;
    case PeerProtocol::Ssh:
        return Peer::Ssh;
    case PeerProtocol::Other:
        return Peer::Other;
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
    return peer == Peer::Imap || peer == Peer::Pop3 || peer == Peer::Http || peer == Peer::Ssh || peer == Peer::Ftp
           || peer == Peer::Other;
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
// Wrong port, wrong security mode

void notSmtp(Builder &b, Peer peer)
{
    const auto &s = b.settings;
    const QString what = firstLineOf(b.result.firstBytes);
    // Two sentences: what is not there, then who is (each whole, so that translations can
    // word them freely).
    QString explanation
            = Text::tr("Port %1 of %2 is not answered by a server for sending mail (SMTP).").arg(s.port).arg(s.host);
    explanation += QLatin1Char(' ');
    switch (peer) {
    case Peer::Imap:
        explanation += Text::tr("An IMAP server answers there, for reading mail, not for sending it.");
        break;
    case Peer::Pop3:
        explanation += Text::tr("A POP3 server answers there, for downloading mail, not for sending it.");
        break;
    case Peer::Http:
        explanation += Text::tr("A web server (HTTP) answers there.");
        break;
    case Peer::Ssh:
        explanation += Text::tr("A remote login server (SSH) answers there.");
        break;
    case Peer::Ftp:
        explanation += Text::tr("A file transfer server (FTP) answers there.");
        break;
    default:
        explanation += Text::tr("A program that is not a mail server answers there.");
        break;
    }
    if (!what.isEmpty())
        explanation += QLatin1Char(' ') + Text::tr("It said: \"%1\".").arg(what);
    explanation += QLatin1Char(' ') + Text::tr("Mail is usually sent on port 465 (SSL/TLS) or 587 (STARTTLS).");
    b.set("not-smtp", Text::tr("This port does not belong to a mail-sending server"), explanation);
    b.addSubmissionPorts();
    if (s.port != 25)
        b.addEndpoint(25, Security::StartTls,
                      Text::tr("Port 25 is for servers talking to servers and is often blocked for home connections."));
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

} // namespace

bool diagnoseWrongPeer(Builder &b)
{
    const SessionResult &r = b.result;
    const Peer peer = peerFromFirstBytes(r.firstBytes);
    const bool implicitTls = b.settings.security == Security::ImplicitTls;

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
            return true;
        }
        // With SSL/TLS chosen, the first thing on the wire must be the server's TLS answer;
        // a plaintext SMTP greeting there means the port speaks STARTTLS (or nothing at all).
        if (peer == Peer::Smtp && implicitTls
            && (r.error == SessionError::TlsExpectedPlaintextReceived || r.step <= SessionStep::Tls)) {
            tlsExpectedPlaintextReceived(b);
            return true;
        }
        if (peer == Peer::Tls && !implicitTls) {
            plaintextExpectedTlsReceived(b, false);
            return true;
        }
        return false;
    default:
        return false;
    }
}

void diagnoseConnection(Builder &b)
{
    const SessionResult &r = b.result;
    const SessionSettings &s = b.settings;
    const Peer peer = peerFromFirstBytes(r.firstBytes);
    const bool implicitTls = s.security == Security::ImplicitTls;

    switch (r.error) {
    case SessionError::HostNotFound: {
        b.set("dns-not-found", Text::tr("The server name does not exist"),
              Text::tr("The name %1 could not be found on the Internet. It may be misspelled, or your domain may "
                       "have no mail server under that name.")
                      .arg(quoteServerText(s.host)));
        b.add(Text::tr("Check the spelling of the server name."));
        const QString domain = b.context.emailAddress.section(QLatin1Char('@'), 1).toLower();
        if (!domain.isEmpty()) {
            for (const QString &prefix : {u"mail."_s, u"smtp."_s}) {
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
              Text::tr("The computer %1 exists, but no program accepts connections on port %2: the port is probably "
                       "wrong, "
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
            b.addEndpoint(465, Security::ImplicitTls,
                          Text::tr("This is the submission port with encryption from the start."));
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
        b.add(Text::tr("Try again in a few minutes; if it keeps happening, your address may be blocked by the server: "
                       "ask your provider."));
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
            b.diagnosis.explanation += QLatin1Char(' ')
                                       + Text::tr("A server that expects encryption from the very start (SSL/TLS) also "
                                                  "waits silently like this.");
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

    case SessionError::ConnectionRejected:
        // RFC 5321 §3.1: 554 instead of 220, "no SMTP service here" for this client.
        b.set("connection-rejected", Text::tr("The server refuses to talk to this computer"),
              Text::tr("The server answered the connection with a refusal instead of a greeting. Servers do this when "
                       "the connecting address is on a block list (common for home connections on port 25) or is "
                       "not allowed to send through them.")
                      + serverSaid(r));
        if (s.port == 25)
            b.addSubmissionPorts();
        b.add(Text::tr("If the server's answer names a block list, ask your Internet or mail provider to remove your "
                       "address from it."));
        return;

    default:
        return; // another family's (diagnose() hands each error to its family)
    }
}

} // namespace Postaci::DiagnosisInternal
