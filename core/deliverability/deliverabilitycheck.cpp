#include "deliverabilitycheck.h"

#include "deliverability/domainrecords.h"
#include "deliverability/qtdnsresolver.h"
#include "deliverability/spfcheck.h"
#include "discovery/domainnames.h"
#include "discovery/providercatalog.h"

#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

namespace Postaci {

QHostAddress DeliverabilityCheck::unusedAddress()
{
    return QHostAddress(u"192.0.2.1"_s); // TEST-NET-1
}

DeliverabilityCheck::DeliverabilityCheck(const Request &request, QObject *parent)
    : DeliverabilityCheck(request, nullptr, parent)
{ }

DeliverabilityCheck::DeliverabilityCheck(const Request &request, DnsResolver *resolver, QObject *parent)
    : Job(Start::RunFromEventLoop, Lifetime::DeleteWhenFinished, parent)
    , m_request(request)
    , m_resolver(resolver)
{ }

DeliverabilityCheck::~DeliverabilityCheck() = default;

void DeliverabilityCheck::run()
{
    m_clock.start();
    if (!m_resolver) {
        m_resolver = new QtDnsResolver(QDeadlineTimer(m_request.timeout, Qt::PreciseTimer), this);
        m_ownResolver = true;
    }
    connect(m_resolver, &DnsResolver::progressChanged, this, [this] {
        if (!isFinished() && m_resolver)
            Q_EMIT progress(m_resolver->answeredCount(), m_resolver->askedCount());
    });

    const QString &domain = m_request.domain;
    m_facts.sender = m_request.sender;
    m_facts.domain = domain;
    const QString registrable = DomainNames::registrableDomain(domain);
    m_facts.organizationalDomain = registrable.isEmpty() ? domain : registrable;
    m_facts.serverHost = m_request.serverHost;
    const ProviderCatalog &catalog = ProviderCatalog::builtIn();
    m_facts.provider = m_request.providerId.isEmpty() ? nullptr : catalog.byId(m_request.providerId);
    if (!m_facts.provider && !m_request.serverHost.isEmpty())
        m_facts.provider = catalog.findBySmtpHost(m_request.serverHost);

    ++m_pending; // until every question below is asked
    ask(DnsRecordType::MX, domain, [this](const DnsResult &answer) { m_facts.mx = answer; });
    ask(DnsRecordType::TXT, u"_dmarc."_s + domain, [this](const DnsResult &answer) {
        m_facts.dmarc = answer;
        bool found = false;
        for (const QString &text : answer.texts)
            found = found || DomainRecords::isDmarcRecord(text);
        // RFC 7489 §6.6.3: no record at the domain itself -> the organisational domain's.
        if (!found && m_facts.organizationalDomain != m_facts.domain) {
            ask(DnsRecordType::TXT, u"_dmarc."_s + m_facts.organizationalDomain,
                [this](const DnsResult &orgAnswer) { m_facts.organizationalDmarc = orgAnswer; });
        }
    });
    const QStringList selectors = DeliverabilityAssessment::dkimSelectors(m_facts.provider);
    for (const QString &selector : selectors)
        m_facts.dkim.append({selector, DnsResult::failure(DnsResult::Status::Failure, u"not asked"_s)});
    for (qsizetype i = 0; i < selectors.size(); ++i) {
        ask(DnsRecordType::TXT, selectors.at(i) + u"._domainkey."_s + domain,
            [this, i](const DnsResult &answer) { m_facts.dkim[i].second = answer; });
    }
    ask(DnsRecordType::TXT, u"_mta-sts."_s + domain, [this](const DnsResult &answer) { m_facts.mtaSts = answer; });
    ask(DnsRecordType::TXT, u"_smtp._tls."_s + domain, [this](const DnsResult &answer) { m_facts.tlsRpt = answer; });

    const QString &host = m_request.serverHost;
    if (host.isEmpty()) {
        startSpf({unusedAddress()});
    } else if (const QHostAddress literal(host); !literal.isNull()) {
        m_facts.serverAddresses = {literal};
        startSpf(m_facts.serverAddresses);
    } else {
        // Every address of the server: SPF must authorise each one it may send from.
        ++m_pending;
        auto answered = std::make_shared<int>(0);
        const auto store = [this, answered](DnsResult *slot) {
            return [this, answered, slot](const DnsResult &answer) {
                *slot = answer;
                if (++*answered == 2)
                    serverAddressesKnown();
            };
        };
        ask(DnsRecordType::A, host, store(&m_serverA));
        ask(DnsRecordType::AAAA, host, store(&m_serverAaaa));
    }
    partDone();
}

void DeliverabilityCheck::serverAddressesKnown()
{
    m_facts.serverAddresses = m_serverA.addresses + m_serverAaaa.addresses;
    m_facts.serverAddressFailed = !m_serverA.isAnswer() && !m_serverAaaa.isAnswer();
    if (!m_facts.serverAddresses.isEmpty())
        startSpf(m_facts.serverAddresses);
    partDone();
}

void DeliverabilityCheck::startSpf(const QList<QHostAddress> &addresses)
{
    const QString sender = m_request.sender.isEmpty() ? u"postmaster@"_s + m_request.domain : m_request.sender;
    const QString helo = m_request.serverHost.isEmpty() ? m_request.domain : m_request.serverHost;
    m_facts.spf.resize(addresses.size());
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        ++m_pending;
        auto *check = new SpfCheck(m_resolver, {addresses.at(i), m_request.domain, sender, helo}, this);
        m_spfChecks.append(check);
        connect(check, &SpfCheck::finished, this, [this, i](const SpfOutcome &outcome) {
            if (isFinished())
                return;
            m_facts.spf[i] = outcome;
            if (outcome.result != SpfResult::TempError)
                m_anyAnswer = true;
            partDone();
        });
        check->start();
    }
}

void DeliverabilityCheck::ask(DnsRecordType type, const QString &name, std::function<void(const DnsResult &)> store)
{
    ++m_pending;
    m_resolver->lookup(type, name, this, [this, store](const DnsResult &answer) {
        if (isFinished())
            return;
        m_anyAnswer = m_anyAnswer || answer.isAnswer();
        m_anyTimeout = m_anyTimeout || answer.status == DnsResult::Status::Timeout;
        store(answer);
        partDone();
    });
}

void DeliverabilityCheck::partDone()
{
    if (--m_pending == 0)
        finish();
}

void DeliverabilityCheck::doCancel()
{
    finish();
}

void DeliverabilityCheck::finish()
{
    if (!claimFinish())
        return;
    for (const QPointer<SpfCheck> &check : std::as_const(m_spfChecks)) {
        if (check && check->isRunning())
            check->cancel();
    }
    if (m_ownResolver)
        static_cast<QtDnsResolver *>(m_resolver.data())->cancelAll();
    m_facts.dnsUnavailable = !m_anyAnswer;
    DeliverabilityReport report = DeliverabilityAssessment::assess(m_facts);
    report.deadlineReached = m_anyTimeout;
    report.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT finished(report);
}

} // namespace Postaci
