#include "servercandidate.h"

#include <QJsonArray>

#include <algorithm>

namespace Postaci {

namespace {
struct SourceWord { CandidateSource value; const char *word; };
constexpr SourceWord sourceWords[] = {
    {CandidateSource::ProviderAutoconfig, "provider-autoconfig"},
    {CandidateSource::Ispdb, "ispdb"},
    {CandidateSource::Catalog, "catalog"},
    {CandidateSource::Srv, "srv"},
    {CandidateSource::Mx, "mx"},
    {CandidateSource::Guess, "guess"},
    {CandidateSource::PlainHttpAutoconfig, "plain-http-autoconfig"},
};

struct WarningWord { CandidateWarning value; const char *word; };
constexpr WarningWord warningWords[] = {
    {CandidateWarning::PlainHttpSource, "plain-http-source"},
    {CandidateWarning::DnsWithoutDnssec, "dns-without-dnssec"},
    {CandidateWarning::ForeignHost, "foreign-host"},
    {CandidateWarning::Plaintext, "plaintext"},
    {CandidateWarning::Port25, "port-25"},
    {CandidateWarning::Guessed, "guessed"},
};
} // namespace

QString candidateSourceName(CandidateSource source)
{
    for (const auto &entry : sourceWords) {
        if (entry.value == source)
            return QLatin1String(entry.word);
    }
    return {};
}

QString candidateWarningName(CandidateWarning warning)
{
    for (const auto &entry : warningWords) {
        if (entry.value == warning)
            return QLatin1String(entry.word);
    }
    return {};
}

CandidateSource ServerCandidate::bestSource() const
{
    // The enum is declared best-trusted first, so the smallest value wins. A candidate nobody
    // vouched for counts as a guess, the same default CandidateOrigin has.
    if (origins.isEmpty())
        return CandidateSource::Guess;
    const auto best = std::min_element(origins.cbegin(), origins.cend(),
                                       [](const CandidateOrigin &a, const CandidateOrigin &b) {
                                           return static_cast<int>(a.source) < static_cast<int>(b.source);
                                       });
    return best->source;
}

QJsonObject ServerCandidate::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("host"), host);
    json.insert(QStringLiteral("port"), static_cast<int>(port));
    json.insert(QStringLiteral("security"), securityName(security));
    json.insert(QStringLiteral("auth"), authMethodName(auth));
    json.insert(QStringLiteral("username"), username);
    json.insert(QStringLiteral("source"), candidateSourceName(bestSource()));

    QJsonArray originArray;
    for (const CandidateOrigin &origin : origins) {
        originArray.append(QJsonObject{{QStringLiteral("source"), candidateSourceName(origin.source)},
                                       {QStringLiteral("detail"), origin.detail}});
    }
    json.insert(QStringLiteral("origins"), originArray);

    json.insert(QStringLiteral("trusted"), trusted);
    // docs/cli.md#lookup: "verified" only exists when the candidate was probed (--probe).
    if (verified.has_value())
        json.insert(QStringLiteral("verified"), *verified);

    QJsonArray warningArray;
    for (CandidateWarning warning : warnings)
        warningArray.append(candidateWarningName(warning));
    json.insert(QStringLiteral("warnings"), warningArray);

    if (providerId.isEmpty() && providerName.isEmpty()) {
        json.insert(QStringLiteral("provider"), QJsonValue(QJsonValue::Null));
    } else {
        json.insert(QStringLiteral("provider"), QJsonObject{{QStringLiteral("id"), providerId},
                                                            {QStringLiteral("name"), providerName}});
    }
    return json;
}

} // namespace Postaci
