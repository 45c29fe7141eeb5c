#pragma once

#include <QFlags>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>

using namespace Qt::StringLiterals;

namespace Postaci {

class ProviderCatalog;

// How a SettingsFinder looks: which sources, how long, whom to trust.
struct FinderOptions
{
    enum class Source {
        Catalog = 0x01,
        ProviderAutoconfig = 0x02,  // https://autoconfig.<domain>/mail/config-v1.1.xml
        WellKnownAutoconfig = 0x04, // https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml
        Ispdb = 0x08,
        PlainHttpAutoconfig = 0x10, // last resort, always flagged
        Srv = 0x20,
        Mx = 0x40,
        Guess = 0x80,
    };
    Q_DECLARE_FLAGS(Sources, Source)
    static constexpr Sources allSources()
    {
        return Sources(Source::Catalog) | Source::ProviderAutoconfig | Source::WellKnownAutoconfig | Source::Ispdb
            | Source::PlainHttpAutoconfig | Source::Srv | Source::Mx | Source::Guess;
    }

    enum class Probing {
        Off,              // guesses are still probed (that is how guessing works), nothing else is
        VerifyCandidates, // every candidate is probed and marked verified true/false
    };

    Sources sources = allSources();
    Probing probing = Probing::Off;

    // One deadline for the whole lookup: when it passes, the finder reports what it has and marks
    // every source still running as timed out.
    std::chrono::milliseconds deadline{10000};
    // Each source's own limit; when it is longer than the deadline, the deadline ends it first.
    std::chrono::milliseconds fetchTimeout{8000};   // each HTTP(S) fetch
    std::chrono::milliseconds dnsTimeout{6000};     // each DNS question
    std::chrono::milliseconds probeTimeout{6000};   // each SMTP probe
    qint64 maxFetchBytes = 256 * 1024;

    QUrl ispdbBaseUrl;                             // empty: configuredIspdbBaseUrl()
    QList<QSslCertificate> extraCaCertificates;    // trusted in addition to the system's (tests, private CAs)
    const ProviderCatalog *catalog = nullptr;      // null: the built-in catalog

    // Only the built-in catalog: instant, and no network object is created.
    static FinderOptions offline();

    // The ISPDB base URL from the settings (QSettings key "discovery/ispdbUrl"), else Thunderbird's.
    static QUrl configuredIspdbBaseUrl();
    static QString ispdbSettingsKey() { return u"discovery/ispdbUrl"_s; }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(FinderOptions::Sources)

} // namespace Postaci
