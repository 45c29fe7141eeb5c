#pragma once

#include "deliverability/deliverabilityreport.h"
#include "deliverability/dnsresolver.h"
#include "deliverability/spfcheck.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Postaci {

struct ProviderEntry;

// Everything the DNS said about a sender's domain and its server, as DeliverabilityCheck
// collected it. No DNS here: the assessment below is a pure function of these facts.
struct DeliverabilityFacts
{
    QString sender; // the address; empty for a bare domain
    QString domain;
    QString organizationalDomain; // by the Public Suffix List (RFC 7489 §3.2); may equal domain
    QString serverHost; // empty: no server given
    const ProviderEntry *provider = nullptr; // the catalog entry of the server, if known
    QList<QHostAddress> serverAddresses;
    bool serverAddressFailed = false; // its A/AAAA questions got no answer
    DnsResult mx;
    QList<SpfOutcome> spf; // per server address; without a server one check of the record
                           // for a documentation address (syntax and limits only)
    DnsResult dmarc; // _dmarc.<domain>
    std::optional<DnsResult> organizationalDmarc; // _dmarc.<organizational domain>, when asked
    QList<QPair<QString, DnsResult>> dkim; // selector -> TXT at <selector>._domainkey.<domain>
    DnsResult mtaSts; // _mta-sts.<domain>
    DnsResult tlsRpt; // _smtp._tls.<domain>
    bool dnsUnavailable = false; // not one question got an answer
};

// Turns the facts into the six checks, each with a plain sentence and, where something should
// change, the exact record to publish; and the verdict in one sentence (docs/deliverability.md).
class DeliverabilityAssessment
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::DeliverabilityAssessment)
public:
    static DeliverabilityReport assess(const DeliverabilityFacts &facts);

    // The record with `mechanism` added before its "all" (or redirect=), or a new record.
    static QString spfRecordWith(const QString &existing, const QString &mechanism);
    // The DKIM selectors looked for: the common ones and the provider's own.
    static QStringList dkimSelectors(const ProviderEntry *provider);

private:
    explicit DeliverabilityAssessment(const DeliverabilityFacts &facts);

    DeliverabilityCheckItem mxCheck() const;
    DeliverabilityCheckItem spfCheck() const;
    DeliverabilityCheckItem dmarcCheck() const;
    DeliverabilityCheckItem dkimCheck() const;
    DeliverabilityCheckItem mtaStsCheck() const;
    DeliverabilityCheckItem tlsRptCheck() const;
    QString verdict(const QList<DeliverabilityCheckItem> &checks) const;

    QString senderText() const;
    QString spfMechanismToAdd() const;
    RecordToPublish spfFix() const;
    // The DMARC record in force and where it was found; empty text when there is none.
    QPair<QString, QString> dmarcRecord() const;
    QString effectiveDmarcPolicy() const; // empty without a valid record
    bool spfPassesForServer() const;
    bool dkimKeyFound() const;

    const DeliverabilityFacts &m_facts;
};

} // namespace Postaci
