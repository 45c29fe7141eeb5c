#pragma once

#include "common/localizedtext.h"
#include "smtp/sessionsettings.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Postaci {

// One ranked outgoing server of a catalog provider (resources/providers.json "smtp").
struct CatalogSmtpServer
{
    QString host;
    quint16 port = 0;
    Security security = Security::StartTls;
    AuthMethod auth = AuthMethod::Auto;
    QString usernameTemplate; // %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%

    // "host:port:security", the form ispdbNotes use to name a server.
    QString key() const { return host + QLatin1Char(':') + QString::number(port) + QLatin1Char(':') + securityName(security); }
};

// An intentional difference between a catalog entry and the ISPDB file of one of its domains.
struct IspdbNote
{
    enum class Difference { CatalogOnly, IspdbOnly, Username };
    Difference difference = Difference::CatalogOnly;
    QString server; // "host:port:security"
    QString reason;

    static QString differenceName(Difference difference); // "catalog-only", "ispdb-only", "username"
};

// One provider of the built-in catalog.
struct ProviderEntry
{
    QString id;
    QString name;
    QStringList domains;    // lower-case ACE; "*.example.com" = every subdomain of example.com
    QStringList mxPatterns; // lower-case; '*' matches any run of characters
    QList<CatalogSmtpServer> smtp; // best first; empty only when noSmtpReason is set
    QString noSmtpReason;          // the provider offers no SMTP access at all (e.g. Tuta); English
    QJsonValue noSmtpText;         // "noSmtp" as written: a string or {"en": ..., "tr": ...}
    // The "passwordFormat" object exactly as written in providers.json ({kind, length or
    // minLength/maxLength, characters, ignoreSpaces, label, helpUrl}); empty when the provider
    // takes its ordinary password. PasswordPolicy::forProviderFormat reads this shape.
    QJsonObject passwordFormat;
    QString source;         // https URL of the provider's help page
    QDate checked;
    QStringList checkedAgainst;
    QList<IspdbNote> ispdbNotes;
    // "deliverability": what a domain sending through this provider publishes: the SPF include
    // the provider documents and its DKIM selectors (core/deliverability).
    QString spfInclude;
    QStringList dkimSelectors;
    QString notes;       // English (or the only language given)
    QJsonValue notesText; // "notes" as written: a string or {"en": ..., "tr": ...}

    bool hasPasswordFormat() const { return !passwordFormat.isEmpty(); }
    bool offersSmtp() const { return !smtp.isEmpty(); }
    // For display: in the interface's language when the catalog has it (see localizedText()).
    QString localizedNoSmtpReason() const { return localizedText(noSmtpText).trimmed(); }
    QString localizedNotes() const { return localizedText(notesText); }
};

} // namespace Postaci
