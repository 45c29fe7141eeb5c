#include "servercandidate.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

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

bool ServerCandidate::isAutoSelectable() const
{
    return trusted && security != Security::None;
}

QJsonObject ServerCandidate::toJson() const
{
    QJsonObject json;
    json.insert(u"host"_s, host);
    json.insert(u"port"_s, static_cast<int>(port));
    json.insert(u"security"_s, securityName(security));
    json.insert(u"auth"_s, authMethodName(auth));
    json.insert(u"username"_s, username);
    json.insert(u"source"_s, candidateSourceName(bestSource()));

    QJsonArray originArray;
    for (const CandidateOrigin &origin : origins) {
        originArray.append(QJsonObject{{u"source"_s, candidateSourceName(origin.source)},
                                       {u"detail"_s, origin.detail}});
    }
    json.insert(u"origins"_s, originArray);

    json.insert(u"trusted"_s, trusted);
    // docs/cli.md#lookup: "verified" only exists when the candidate was probed (--probe).
    if (verified.has_value())
        json.insert(u"verified"_s, *verified);

    QJsonArray warningArray;
    for (CandidateWarning warning : warnings)
        warningArray.append(candidateWarningName(warning));
    json.insert(u"warnings"_s, warningArray);

    if (providerId.isEmpty() && providerName.isEmpty()) {
        json.insert(u"provider"_s, QJsonValue(QJsonValue::Null));
    } else {
        json.insert(u"provider"_s, QJsonObject{{u"id"_s, providerId},
                                                            {u"name"_s, providerName}});
    }
    return json;
}

} // namespace Postaci
