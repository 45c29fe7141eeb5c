#pragma once

#include "smtp/sessionsettings.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Postaci {

// Where a suggestion came from, best-trusted first (the finder ranks by this order).
enum class CandidateSource {
    ProviderAutoconfig, // the provider's own autoconfig over HTTPS
    Ispdb,              // Thunderbird ISPDB (or an organisation's mirror) over HTTPS
    Catalog,            // our built-in resources/providers.json
    Srv,                // RFC 6186 _submissions._tcp / _submission._tcp
    Mx,                 // derived from the domain's MX host (catalog provider or ISPDB of the MX's domain)
    Guess,              // smtp./mail./bare domain on the usual ports
    PlainHttpAutoconfig // autoconfig fetched over plain HTTP (last resort, always flagged)
};

// Why a suggestion should not be trusted blindly. JSON: kebab-case words.
enum class CandidateWarning {
    PlainHttpSource,      // "plain-http-source": could be forged on the path
    DnsWithoutDnssec,     // "dns-without-dnssec"
    ForeignHost,          // "foreign-host": outside the address's domain and not a known provider
    Plaintext,            // "plaintext": no encryption at all
    Port25,               // "port-25": often blocked by ISPs for home users
    Guessed,              // "guessed": nobody said so; found by trying
};

struct CandidateOrigin
{
    CandidateSource source = CandidateSource::Guess;
    QString detail; // the URL, DNS query or host:port that gave it
};

// One way to reach a provider's SMTP server, with everything known about how far to trust it.
struct ServerCandidate
{
    QString host;
    quint16 port = 0;
    Security security = Security::StartTls;
    AuthMethod auth = AuthMethod::Auto;
    QString username;            // resolved from the template (e.g. the full address)
    QList<CandidateOrigin> origins; // every source that suggested it (duplicates folded)
    QList<CandidateWarning> warnings;
    bool trusted = false;
    std::optional<bool> verified; // set when probed (--probe)
    QString providerId;          // catalog id when known
    QString providerName;

    CandidateSource bestSource() const; // the most trusted origin
    // Whether a face may fill the fields with this suggestion without the user choosing it:
    // trusted and encrypted. A plaintext server is never chosen for the user, however trusted
    // its source (docs/security.md#lookup); the wizard's ServerPage only asks this.
    bool isAutoSelectable() const;
    QJsonObject toJson() const;         // docs/cli.md#lookup: host port security auth username source trusted verified warnings provider
};

QString candidateSourceName(CandidateSource source);     // "provider-autoconfig", "ispdb", "catalog", "srv", "mx", "guess", "plain-http-autoconfig"
QString candidateWarningName(CandidateWarning warning);

} // namespace Postaci
