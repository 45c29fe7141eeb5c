#include "labels.h"

namespace Postaci {

QString Labels::source(CandidateSource source)
{
    switch (source) {
    case CandidateSource::ProviderAutoconfig:
        return tr("Provider's own settings (HTTPS)");
    case CandidateSource::Ispdb:
        return tr("Thunderbird database (ISPDB)");
    case CandidateSource::Catalog:
        return tr("Postacı's provider list");
    case CandidateSource::Srv:
        return tr("DNS service record (SRV)");
    case CandidateSource::Mx:
        return tr("Derived from the mail server (MX)");
    case CandidateSource::Guess:
        return tr("Guessed and tried");
    case CandidateSource::PlainHttpAutoconfig:
        return tr("Provider's settings over plain HTTP");
    }
    return {};
}

QString Labels::sourceName(const QString &name)
{
    if (name == QLatin1String(SourceNames::catalog))
        return tr("Postacı's provider list");
    if (name == QLatin1String(SourceNames::providerAutoconfig))
        return tr("Provider's autoconfig (HTTPS)");
    if (name == QLatin1String(SourceNames::wellKnownAutoconfig))
        return tr("Domain's well-known autoconfig (HTTPS)");
    if (name == QLatin1String(SourceNames::ispdb))
        return tr("Thunderbird database (ISPDB)");
    if (name == QLatin1String(SourceNames::plainHttpAutoconfig))
        return tr("Autoconfig over plain HTTP");
    if (name == QLatin1String(SourceNames::srv))
        return tr("DNS service records (SRV)");
    if (name == QLatin1String(SourceNames::mx))
        return tr("Mail server records (MX)");
    if (name == QLatin1String(SourceNames::mxIspdb))
        return tr("ISPDB entry of the mail server's domain");
    if (name == QLatin1String(SourceNames::guessResolve))
        return tr("Usual server names");
    if (name == QLatin1String(SourceNames::guess))
        return tr("Trying a usual server");
    if (name == QLatin1String(SourceNames::probe))
        return tr("Test connection");
    return name;
}

QString Labels::outcome(SourceOutcome::Kind kind)
{
    switch (kind) {
    case SourceOutcome::Kind::Found:
        return tr("found");
    case SourceOutcome::Kind::NotFound:
        return tr("nothing there");
    case SourceOutcome::Kind::Timeout:
        return tr("no answer in time");
    case SourceOutcome::Kind::Error:
        return tr("error");
    }
    return {};
}

QString Labels::warning(CandidateWarning warning)
{
    switch (warning) {
    case CandidateWarning::PlainHttpSource:
        return tr("came over plain HTTP (could be forged)");
    case CandidateWarning::DnsWithoutDnssec:
        return tr("from DNS without DNSSEC (could be forged)");
    case CandidateWarning::ForeignHost:
        return tr("server outside your domain");
    case CandidateWarning::Plaintext:
        return tr("no encryption");
    case CandidateWarning::Port25:
        return tr("port 25 (often blocked for home users)");
    case CandidateWarning::Guessed:
        return tr("found by guessing");
    }
    return {};
}

} // namespace Postaci
