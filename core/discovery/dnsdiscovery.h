#pragma once

#include "discovery/servercandidate.h"

#include <QDnsLookup>
#include <QList>
#include <QString>

namespace Postaci {

// Turning DNS answers into suggestions (RFC 6186 with RFC 8314 §5.1).
namespace DnsDiscovery {

enum class SubmissionService {
    Submissions, // _submissions._tcp: implicit TLS (RFC 8314 §5.1); asked first
    Submission,  // _submission._tcp: STARTTLS (RFC 6186 §3.1)
};

QString srvName(SubmissionService service, const QString &domain); // "_submissions._tcp.example.com"
Security securityFor(SubmissionService service);

// RFC 6186 §3.4 / RFC 2782: a single record whose target is "." means the service is
// decidedly not available at this domain.
bool isServiceDeclined(const QList<QDnsServiceRecord> &records);

// One candidate per usable record, in the records' order (sorted by priority and weight).
// RFC 6186 says nothing about the user name; the full address is what providers that
// publish these records expect, so it is used when an address is known.
QList<ServerCandidate> candidatesFromSrv(SubmissionService service, const QString &domain,
                                         const QList<QDnsServiceRecord> &records, const QString &emailAddress);

// The target host name without the trailing dot; empty for ".".
QString targetHost(const QString &target);

} // namespace DnsDiscovery
} // namespace Postaci
