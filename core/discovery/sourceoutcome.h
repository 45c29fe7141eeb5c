#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Postaci {

// What one place the finder asked answered: so that "nothing found" can always say where
// Postacı looked and what each place said (docs/cli.md#lookup, lookup --json "sources").
struct SourceOutcome
{
    // JSON words: "found", "not-found", "timeout", "error".
    enum class Kind { Found, NotFound, Timeout, Error };

    QString name;    // stable word: see sourceNames below
    QString query;   // what was asked: a URL, a DNS query ("SRV _submissions._tcp.example.com") or host:port
    Kind outcome = Kind::NotFound;
    QString reason;  // technical detail, not translated ("HTTP 404", "NXDOMAIN", "certificate-untrusted")
    qint64 ms = 0;   // how long it took (until the answer, or until it was given up)
    int candidateCount = 0; // suggestions it contributed

    QJsonObject toJson() const;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
};

// The source names used in SourceOutcome::name (stable: scripts read them).
namespace SourceNames {
inline constexpr char catalog[] = "catalog";                         // resources/providers.json
inline constexpr char providerAutoconfig[] = "provider-autoconfig";  // https://autoconfig.<domain>/mail/config-v1.1.xml
inline constexpr char wellKnownAutoconfig[] = "well-known-autoconfig"; // https://<domain>/.well-known/autoconfig/...
inline constexpr char ispdb[] = "ispdb";                             // <ispdb base>/<domain>
inline constexpr char plainHttpAutoconfig[] = "plain-http-autoconfig"; // http://autoconfig.<domain>/... (last resort)
inline constexpr char srv[] = "srv";                                 // RFC 6186 / RFC 8314 SRV records
inline constexpr char mx[] = "mx";                                   // MX records of the domain
inline constexpr char mxIspdb[] = "mx-ispdb";                        // ISPDB entry of the MX host's base domain
inline constexpr char guessResolve[] = "guess-resolve";              // does smtp./mail./<domain> resolve?
inline constexpr char guess[] = "guess";                             // a guessed host:port probed
inline constexpr char probe[] = "probe";                             // --probe: a found candidate probed
} // namespace SourceNames

} // namespace Postaci
