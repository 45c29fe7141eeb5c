// An Apple configuration profile (a property list, "Configuration Profile Reference": payload
// type com.apple.mail.managed) with the outgoing server of the account. No password: the device
// asks for it.

#include "exportwriters.h"

#include <QUuid>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Postaci::ExportWriters {

namespace {

QString appleAuthentication(AuthMethod auth)
{
    switch (auth) {
    case AuthMethod::None:
        return u"EmailAuthNone"_s;
    case AuthMethod::CramMd5:
        return u"EmailAuthCRAMMD5"_s;
    case AuthMethod::Auto:
    case AuthMethod::Plain:
    case AuthMethod::Login:
    case AuthMethod::XOAuth2:
    case AuthMethod::OAuthBearer:
    case AuthMethod::OAuth2:
        return u"EmailAuthPassword"_s;
    }
    return {};
}

// The same account gives the same UUIDs, so installing a new export replaces the old profile
// instead of adding a second one (RFC 4122 name-based, SHA-1).
QString payloadUuid(const Account &account, const QString &part)
{
    const QUuid space = QUuid::fromString(account.id);
    return QUuid::createUuidV5(space, part).toString(QUuid::WithoutBraces).toUpper();
}

class Plist
{
public:
    explicit Plist(QByteArray *out) : m_writer(out)
    {
        m_writer.setAutoFormatting(true);
        m_writer.setAutoFormattingIndent(2);
    }
    QXmlStreamWriter &writer() { return m_writer; }
    void key(const QString &name, const QString &value)
    {
        m_writer.writeTextElement(u"key"_s, name);
        m_writer.writeTextElement(u"string"_s, value);
    }
    void key(const QString &name, int value)
    {
        m_writer.writeTextElement(u"key"_s, name);
        m_writer.writeTextElement(u"integer"_s, QString::number(value));
    }
    void key(const QString &name, bool value)
    {
        m_writer.writeTextElement(u"key"_s, name);
        m_writer.writeEmptyElement(value ? u"true"_s : u"false"_s);
    }

private:
    QXmlStreamWriter m_writer;
};

} // namespace

void mobileconfig(const Account &account, AccountExport &out)
{
    const QString name = account.displayName.isEmpty() ? account.email : account.displayName;
    const QString identifier = u"io.github.postaci.account."_s + account.id;
    QByteArray xml; // written as UTF-8, so the declaration says so
    Plist plist(&xml);
    QXmlStreamWriter &w = plist.writer();
    w.writeStartDocument(u"1.0"_s);
    w.writeDTD(u"<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
               "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"_s);
    w.writeStartElement(u"plist"_s);
    w.writeAttribute(u"version"_s, u"1.0"_s);
    w.writeStartElement(u"dict"_s);
    w.writeTextElement(u"key"_s, u"PayloadContent"_s);
    w.writeStartElement(u"array"_s);
    w.writeStartElement(u"dict"_s);
    plist.key(u"EmailAccountDescription"_s, name);
    plist.key(u"EmailAccountName"_s, account.displayName);
    plist.key(u"EmailAddress"_s, account.email);
    plist.key(u"OutgoingMailServerHostName"_s, account.host);
    plist.key(u"OutgoingMailServerPortNumber"_s, int(account.port));
    plist.key(u"OutgoingMailServerUseSSL"_s, account.security != Security::None);
    plist.key(u"OutgoingMailServerAuthentication"_s, appleAuthentication(account.auth));
    if (account.auth != AuthMethod::None)
        plist.key(u"OutgoingMailServerUsername"_s, account.user);
    plist.key(u"OutgoingPasswordSameAsIncomingPassword"_s, false);
    plist.key(u"PayloadType"_s, u"com.apple.mail.managed"_s);
    plist.key(u"PayloadVersion"_s, 1);
    plist.key(u"PayloadIdentifier"_s, identifier + u".mail"_s);
    plist.key(u"PayloadUUID"_s, payloadUuid(account, u"mail"_s));
    plist.key(u"PayloadDisplayName"_s, name);
    w.writeEndElement(); // dict
    w.writeEndElement(); // array
    plist.key(u"PayloadDisplayName"_s, name);
    plist.key(u"PayloadIdentifier"_s, identifier);
    plist.key(u"PayloadType"_s, u"Configuration"_s);
    plist.key(u"PayloadUUID"_s, payloadUuid(account, u"profile"_s));
    plist.key(u"PayloadVersion"_s, 1);
    w.writeEndElement(); // dict
    w.writeEndElement(); // plist
    w.writeEndDocument();
    out.content = QString::fromUtf8(xml);
    out.suggestedFileName = u"postaci.mobileconfig"_s;
    out.notes.append(AccountExport::tr("The profile carries the outgoing server only; Apple Mail also needs the "
                                       "incoming (IMAP or POP) server, which Postacı does not test. Add it in Apple "
                                       "Configurator before installing the profile. The device asks for the "
                                       "password."));
    if (!account.pinnedSha256.isEmpty()) {
        out.notes.append(pinnedCertificateNote(
                account, AccountExport::tr("Apple devices trust a certificate only through a certificate payload: "
                                           "add the server's certificate (or its CA) to the profile in Apple "
                                           "Configurator.")));
    }
}

} // namespace Postaci::ExportWriters
