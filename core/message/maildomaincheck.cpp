#include "maildomaincheck.h"

#include <QDnsLookup>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Postaci {

MailDomainCheck::MailDomainCheck(const QString &domain, QObject *parent)
    : Job(Start::RunAtOnce, Lifetime::DeleteWhenFinished, parent)
{
    m_result.domain = domain;
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a deadline never ends early (docs/testing.md)
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_result.timedOut = true;
        m_result.detail = tr("DNS lookup timed out");
        finish(Outcome::Unknown);
    });
}

MailDomainCheck::~MailDomainCheck() = default;

void MailDomainCheck::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

bool MailDomainCheck::needsLookup(const QString &domain)
{
    const QString lower = domain.toLower();
    // RFC 6761 §6.3: "localhost" and names under it are the local machine, never in DNS.
    return !lower.isEmpty() && !lower.startsWith(QLatin1Char('[')) && lower != "localhost"_L1
           && !lower.endsWith(".localhost"_L1);
}

QDnsLookup *MailDomainCheck::newLookup(int type)
{
    auto *lookup = new QDnsLookup(QDnsLookup::Type(type), m_result.domain, this);
    return lookup;
}

void MailDomainCheck::run()
{
    if (!needsLookup(m_result.domain)) {
        callSoon([this] { finish(Outcome::Skipped); });
        return;
    }
    m_timer.start(m_timeout);
    m_mx = newLookup(QDnsLookup::MX);
    connect(m_mx, &QDnsLookup::finished, this, &MailDomainCheck::mxLookupFinished);
    m_mx->lookup();
}

void MailDomainCheck::doCancel()
{
    m_result.detail = tr("cancelled");
    finish(Outcome::Unknown);
}

void MailDomainCheck::mxLookupFinished()
{
    if (isFinished() || !m_mx)
        return;
    if (m_mx->error() == QDnsLookup::NoError && !m_mx->mailExchangeRecords().isEmpty()) {
        QList<QDnsMailExchangeRecord> records = m_mx->mailExchangeRecords();
        // RFC 7505 §3: a single MX whose exchange is "." (the root) declares "no mail here".
        if (records.size() == 1
            && (records.first().exchange().isEmpty() || records.first().exchange() == "."_L1)) {
            m_result.nullMx = true;
            finish(Outcome::NoMail);
            return;
        }
        std::stable_sort(records.begin(), records.end(),
                         [](const auto &a, const auto &b) { return a.preference() < b.preference(); });
        for (const QDnsMailExchangeRecord &record : records)
            m_result.mailServers.append(record.exchange());
        finish(Outcome::AcceptsMail);
        return;
    }
    // No MX (or the resolver could not say): RFC 5321 §5.1 falls back to the address records.
    m_result.detail = m_mx->errorString();
    m_a = newLookup(QDnsLookup::A);
    m_aaaa = newLookup(QDnsLookup::AAAA);
    connect(m_a, &QDnsLookup::finished, this, &MailDomainCheck::addressLookupFinished);
    connect(m_aaaa, &QDnsLookup::finished, this, &MailDomainCheck::addressLookupFinished);
    m_a->lookup();
    m_aaaa->lookup();
}

void MailDomainCheck::addressLookupFinished()
{
    if (isFinished() || !m_mx || !m_a || !m_aaaa)
        return;
    const auto hasAddress = [](QDnsLookup *lookup) {
        return lookup->isFinished() && lookup->error() == QDnsLookup::NoError
               && !lookup->hostAddressRecords().isEmpty();
    };
    if (hasAddress(m_a) || hasAddress(m_aaaa)) {
        m_result.implicitMx = true;
        m_result.mailServers = {m_result.domain};
        finish(Outcome::AcceptsMail);
        return;
    }
    if (!m_a->isFinished() || !m_aaaa->isFinished())
        return;
    // Qt reports NXDOMAIN as NotFoundError; an empty answer (NODATA) as an invalid reply.
    const auto isAbsent = [](QDnsLookup *lookup) {
        return lookup->error() == QDnsLookup::NotFoundError || lookup->error() == QDnsLookup::InvalidReplyError;
    };
    const bool nxdomain = m_a->error() == QDnsLookup::NotFoundError || m_aaaa->error() == QDnsLookup::NotFoundError
                          || m_mx->error() == QDnsLookup::NotFoundError;
    if (nxdomain && isAbsent(m_mx) && isAbsent(m_a) && isAbsent(m_aaaa)) {
        m_result.detail = m_a->errorString();
        finish(Outcome::NoMail);
        return;
    }
    m_result.detail = m_a->errorString();
    finish(Outcome::Unknown);
}

void MailDomainCheck::finish(Outcome outcome)
{
    if (!claimFinish())
        return;
    m_timer.stop();
    for (QDnsLookup *lookup : {m_mx.data(), m_a.data(), m_aaaa.data()}) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->abort();
            lookup->deleteLater();
        }
    }
    m_result.outcome = outcome;
    Q_EMIT finished(m_result);
}

} // namespace Postaci
