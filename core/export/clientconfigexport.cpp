// Thunderbird's clientConfig v1.1 (the autoconfig format, see core/discovery/autoconfigparser.h)
// for one account, and the same document plus RFC 6186 SRV records for a domain's owner.

#include "exportwriters.h"

#include "account/emailaddress.h"

#include <QHostAddress>
#include <QUrl>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Postaci::ExportWriters {

namespace {

QString socketType(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return u"SSL"_s;
    case Security::StartTls:
        return u"STARTTLS"_s;
    case Security::None:
        return u"plain"_s;
    }
    return {};
}

// The values AutoconfigParser::bestAuthMethod() reads back to the same method (PLAIN and LOGIN
// both send the password as it is inside TLS: "password-cleartext").
QString authentication(AuthMethod auth)
{
    switch (auth) {
    case AuthMethod::Auto:
    case AuthMethod::Plain:
    case AuthMethod::Login:
        return u"password-cleartext"_s;
    case AuthMethod::CramMd5:
        return u"password-encrypted"_s;
    case AuthMethod::XOAuth2:
    case AuthMethod::OAuthBearer:
    case AuthMethod::OAuth2:
        return u"OAuth2"_s;
    case AuthMethod::None:
        return u"none"_s;
    }
    return {};
}

// %EMAILADDRESS% / %EMAILLOCALPART% where the user name is the address or its local part, so
// one document serves every mailbox of the domain; any other user name is written as it is.
QString usernameTemplate(const Account &account, const EmailAddress &address)
{
    if (account.user.compare(account.email, Qt::CaseInsensitive) == 0)
        return u"%EMAILADDRESS%"_s;
    if (account.user == address.localPart())
        return u"%EMAILLOCALPART%"_s;
    return account.user;
}

QString clientConfig(const Account &account)
{
    const EmailAddress address = EmailAddress::parse(account.email);
    const QString domain = address.domain().toLower();
    QByteArray xml; // written as UTF-8, so the declaration says so
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    writer.writeStartDocument(u"1.0"_s);
    writer.writeStartElement(u"clientConfig"_s);
    writer.writeAttribute(u"version"_s, u"1.1"_s);
    writer.writeStartElement(u"emailProvider"_s);
    writer.writeAttribute(u"id"_s, domain);
    writer.writeTextElement(u"domain"_s, domain);
    writer.writeTextElement(u"displayName"_s, account.displayName.isEmpty() ? domain : account.displayName);
    writer.writeTextElement(u"displayShortName"_s, domain);
    writer.writeStartElement(u"outgoingServer"_s);
    writer.writeAttribute(u"type"_s, u"smtp"_s);
    writer.writeTextElement(u"hostname"_s, account.host);
    writer.writeTextElement(u"port"_s, QString::number(account.port));
    writer.writeTextElement(u"socketType"_s, socketType(account.security));
    writer.writeTextElement(u"authentication"_s, authentication(account.auth));
    if (account.auth != AuthMethod::None)
        writer.writeTextElement(u"username"_s, usernameTemplate(account, address));
    writer.writeEndElement(); // outgoingServer
    writer.writeEndElement(); // emailProvider
    writer.writeEndElement(); // clientConfig
    writer.writeEndDocument();
    return QString::fromUtf8(xml);
}

void addCommonNotes(const Account &account, AccountExport &out)
{
    if (!account.pinnedSha256.isEmpty()) {
        out.notes.append(pinnedCertificateNote(
                account, AccountExport::tr("An autoconfig file cannot carry that: Thunderbird will ask to accept "
                                           "this certificate the first time; compare its SHA-256 fingerprint before "
                                           "you do.")));
    }
}

} // namespace

void thunderbird(const Account &account, AccountExport &out)
{
    out.content = clientConfig(account);
    out.suggestedFileName = u"config-v1.1.xml"_s;
    addCommonNotes(account, out);
}

void autoconfig(const Account &account, AccountExport &out)
{
    out.content = clientConfig(account);
    out.suggestedFileName = u"config-v1.1.xml"_s;
    const EmailAddress address = EmailAddress::parse(account.email);
    const QString domain = QString::fromLatin1(QUrl::toAce(address.domain().toLower()));
    const QString target = QString::fromLatin1(QUrl::toAce(account.host)) + u'.';
    out.notes.append(AccountExport::tr("Publish this file as https://autoconfig.%1/mail/config-v1.1.xml (and, for "
                                       "Thunderbird's second place to look, https://%1/.well-known/autoconfig/mail/"
                                       "config-v1.1.xml).")
                             .arg(domain));
    const QString user = usernameTemplate(account, address);
    if (account.auth != AuthMethod::None && !user.startsWith(u'%')) {
        out.notes.append(AccountExport::tr("The user name %1 is this account's own, not derived from the address: "
                                           "every other mailbox of %2 would be offered it. Edit <username> before "
                                           "publishing if the mailboxes sign in with their own names.")
                                 .arg(user, domain));
    }
    // RFC 6186 §3.1 with RFC 8314 §5.1: _submissions._tcp for implicit TLS, _submission._tcp for
    // a port that starts in plaintext (STARTTLS). Priority 0, weight 1 as the RFCs' examples.
    const QString service = account.security == Security::ImplicitTls ? u"_submissions._tcp"_s : u"_submission._tcp"_s;
    if (QHostAddress(account.host).isNull()) {
        out.dnsRecords.append(u"%1.%2. 3600 IN SRV 0 1 %3 %4"_s.arg(service, domain, QString::number(account.port), target));
    } else {
        // RFC 2782: the target of an SRV record is a host name, never an address.
        out.notes.append(AccountExport::tr("No SRV record: the server is given as an IP address, and an SRV record "
                                           "can only name a host. Give the server a name in DNS first."));
    }
    if (account.security == Security::None) {
        out.notes.append(AccountExport::tr("This server is used without encryption: RFC 8314 asks not to publish such "
                                           "a service. Offer port 465 (TLS) or 587 (STARTTLS) first."));
    }
    addCommonNotes(account, out);
}

} // namespace Postaci::ExportWriters
