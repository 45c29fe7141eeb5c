#include "diagnosisbuilder.h"

#include "quotedtext.h"

#include "discovery/domainnames.h"
#include "discovery/providercatalog.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace Postaci::DiagnosisInternal {

namespace {

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
        static const QRegularExpression cn(u"(?:^|[,/]\\s*)CN=([^,/]+)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
        const auto match = cn.match(tls.peerSubject);
        if (match.hasMatch())
            addName(match.captured(1));
    }
    return names;
}

// A name a certificate carries is foreign when it is outside the e-mail's domain (by the public
// suffix list) and no provider of the catalog sends through it: nothing but the certificate, which
// anyone can get for a domain of their own, vouches for it (docs/security.md#foreign-host).
bool isForeignHost(const QString &name, const DiagnosisContext &context)
{
    const QString domain = context.emailAddress.section(QLatin1Char('@'), -1);
    if (context.emailAddress.contains(QLatin1Char('@'))) {
        const QString base = DomainNames::registrableDomain(domain);
        if (!base.isEmpty() && DomainNames::isSameOrSubdomain(name, base))
            return false;
    }
    for (const ProviderEntry &provider : ProviderCatalog::builtIn().providers()) {
        for (const CatalogSmtpServer &server : provider.smtp) {
            if (server.host.compare(name, Qt::CaseInsensitive) == 0)
                return false;
        }
    }
    return true;
}

QString dateText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
}

void certificateProblem(Builder &b)
{
    const auto &r = b.result;
    const auto &s = b.settings;
    switch (r.error) {
    case SessionError::CertificateHostnameMismatch: {
        const QStringList names = certificateNames(r.tls);
        QString explanation
                = Text::tr("The server's security certificate is not made out to %1, the name you entered, "
                           "so Postacı cannot be sure it is talking to the right server and sent no password.")
                          .arg(s.host);
        if (!names.isEmpty())
            explanation += QLatin1Char(' ')
                           + Text::tr("The certificate is valid for: %1.")
                                     .arg(quoteServerText(names.join(", "_L1)));
        explanation += QLatin1Char(' ')
                       + Text::tr("This is common with shared web hosting: the mail server is reached as "
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
            change.foreignHost = isForeignHost(name, b.context);
            b.add(change.foreignHost
                          ? Text::tr("Use the server name the certificate is made out to: %1. It is not a name of "
                                     "your e-mail domain or of a provider Postacı knows: use it only if your "
                                     "provider or hosting company names it.")
                                    .arg(quoteServerText(name))
                          : Text::tr("Use the server name the certificate is made out to: %1.").arg(quoteServerText(name)),
                  change);
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
                explanation += QLatin1Char(' ')
                               + Text::tr("It only becomes valid on %1: check this computer's date and time.")
                                         .arg(dateText(leaf.effectiveDate()));
        }
        b.set("certificate-expired", Text::tr("The server's certificate has expired"), explanation);
        b.add(Text::tr("Check that this computer's date and time are correct."));
        b.add(Text::tr("Tell your mail provider or hosting company that the certificate of %1 must be renewed.")
                      .arg(s.host));
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
        b.add(Text::tr("Ask your provider whether the certificate was renewed; if it was, look at the new "
                       "certificate's details and accept it."));
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
        b.add(Text::tr("Ask your provider for the correct server name; a provider's own name usually has a trusted "
                       "certificate."));
        b.add(Text::tr("If you know this server and its certificate, check the certificate's fingerprint with your "
                       "provider and accept that one certificate."));
        return;
    }
    }
}

} // namespace

void diagnoseTls(Builder &b)
{
    const SessionResult &r = b.result;
    const SessionSettings &s = b.settings;
    const bool implicitTls = s.security == Security::ImplicitTls;

    switch (r.error) {
    case SessionError::TlsHandshakeFailed:
        b.set("tls-handshake-failed", Text::tr("Encryption could not be set up"),
              Text::tr("Postacı and the server could not agree on how to encrypt the connection (Postacı requires TLS "
                       "1.2 "
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
              Text::tr("STARTTLS was chosen, but the server on port %1 does not offer it, so Postacı stopped rather "
                       "than "
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
        b.addEndpoint(465, Security::ImplicitTls,
                      Text::tr("Encryption from the start cannot be interfered with this way."));
        b.add(Text::tr("If you are on a public network, try again from a trusted one."));
        return;

    case SessionError::TlsUnavailable:
        b.set("tls-unavailable", Text::tr("Encryption is not available on this computer"),
              Text::tr("Postacı could not find the encryption library (OpenSSL) it needs, so it stopped before sending "
                       "anything."));
        b.add(Text::tr("Install OpenSSL 3 (on Debian and Ubuntu: the libssl3 package), then start Postacı again."));
        return;

    default:
        return; // another family's (diagnose() hands each error to its family)
    }
}

} // namespace Postaci::DiagnosisInternal
