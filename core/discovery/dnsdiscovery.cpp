#include "dnsdiscovery.h"
#include "domainnames.h"

using namespace Qt::StringLiterals;

namespace Postaci::DnsDiscovery {

QString srvName(SubmissionService service, const QString &domain)
{
    return (service == SubmissionService::Submissions ? u"_submissions._tcp."_s : u"_submission._tcp."_s)
        + domain;
}

Security securityFor(SubmissionService service)
{
    return service == SubmissionService::Submissions ? Security::ImplicitTls : Security::StartTls;
}

QString targetHost(const QString &target)
{
    QString host = target.trimmed();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

bool isServiceDeclined(const QList<QDnsServiceRecord> &records)
{
    return records.size() == 1 && targetHost(records.first().target()).isEmpty();
}

QList<ServerCandidate> candidatesFromSrv(SubmissionService service, const QString &domain,
                                         const QList<QDnsServiceRecord> &records, const QString &emailAddress)
{
    QList<ServerCandidate> candidates;
    const QString query = u"SRV "_s + srvName(service, domain);
    for (const QDnsServiceRecord &record : records) {
        const QString host = DomainNames::normalized(targetHost(record.target()));
        if (host.isEmpty() || record.port() == 0)
            continue;
        ServerCandidate candidate;
        candidate.host = host;
        candidate.port = record.port();
        candidate.security = securityFor(service);
        candidate.auth = AuthMethod::Auto;
        candidate.username = emailAddress;
        candidate.origins.append({CandidateSource::Srv, query});
        candidates.append(candidate);
    }
    return candidates;
}

} // namespace Postaci::DnsDiscovery
