#include "dnsresolver.h"

using namespace Qt::StringLiterals;

namespace Postaci {

QString dnsRecordTypeName(DnsRecordType type)
{
    switch (type) {
    case DnsRecordType::A:
        return u"A"_s;
    case DnsRecordType::AAAA:
        return u"AAAA"_s;
    case DnsRecordType::MX:
        return u"MX"_s;
    case DnsRecordType::TXT:
        return u"TXT"_s;
    case DnsRecordType::PTR:
        return u"PTR"_s;
    }
    return {};
}

DnsResult DnsResult::failure(Status status, const QString &detail)
{
    DnsResult result;
    result.status = status;
    result.detail = detail;
    return result;
}

DnsResolver::~DnsResolver() = default;

} // namespace Postaci
