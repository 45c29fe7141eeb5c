#pragma once

#include "discovery/servercandidate.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Postaci {

// One <outgoingServer type="smtp"> of a clientConfig v1.1 document, as written plus what it
// means for Postacı.
struct AutoconfigSmtpServer
{
    QString hostname;            // may contain %EMAILDOMAIN% and friends
    quint16 port = 0;
    QString socketType;          // as written: SSL, STARTTLS or plain
    Security security = Security::StartTls;
    QString usernameTemplate;    // as written; empty when the file has none
    QStringList authentications; // every <authentication>, in order, as written
    AuthMethod auth = AuthMethod::Auto; // the best one Postacı supports
    bool oauth2Available = false;       // one of them was OAuth2
    QStringList restrictions;           // e.g. client-IP-address
};

// <documentation url="..."><descr>...</descr></documentation> and
// <enable visiturl="..."><instruction>...</instruction></enable>.
struct AutoconfigLink
{
    QUrl url;
    QStringList texts;
};

// The <oAuth2> block Thunderbird reads (issuer, scope, authURL, tokenURL).
struct AutoconfigOAuth2
{
    QString issuer;
    QString scope;
    QUrl authUrl;
    QUrl tokenUrl;
};

// What a clientConfig v1.1 document (provider autoconfig or ISPDB) says about sending mail.
struct AutoconfigDocument
{
    QString version;   // clientConfig version attribute ("1.1")
    QString providerId; // emailProvider id attribute
    QStringList domains; // every <domain>, lower-case
    QString displayName;
    QString displayShortName;
    QList<AutoconfigSmtpServer> smtpServers; // in document order (the file's ranking)
    QList<AutoconfigLink> documentation;
    QList<AutoconfigLink> enable;
    std::optional<AutoconfigOAuth2> oauth2;

    bool hasOAuth2() const;

    // One candidate per SMTP server with the placeholders resolved for the address (or bare
    // domain). Servers whose resolved host is not a plausible host name are dropped. trusted is
    // set for the HTTPS sources (ProviderAutoconfig, Ispdb); PlainHttpAutoconfig gets the
    // plain-http-source warning. Foreign-host and DNS warnings are the finder's to add.
    QList<ServerCandidate> toCandidates(const QString &emailOrDomain, CandidateSource source,
                                        const QString &originDetail) const;
};

} // namespace Postaci
