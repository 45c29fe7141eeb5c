#include "dnsquery.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

QString typeName(QDnsLookup::Type type)
{
    switch (type) {
    case QDnsLookup::SRV:
        return u"SRV"_s;
    case QDnsLookup::MX:
        return u"MX"_s;
    case QDnsLookup::A:
        return u"A"_s;
    case QDnsLookup::AAAA:
        return u"AAAA"_s;
    case QDnsLookup::TXT:
        return u"TXT"_s;
    default:
        return u"DNS"_s;
    }
}

QString errorReason(QDnsLookup *lookup)
{
    switch (lookup->error()) {
    case QDnsLookup::NotFoundError:
        return DnsQuery::tr("NXDOMAIN (no such name)");
    case QDnsLookup::ServerFailureError:
        return u"SERVFAIL: "_s + lookup->errorString();
    case QDnsLookup::ServerRefusedError:
        return u"REFUSED: "_s + lookup->errorString();
    default:
        return lookup->errorString();
    }
}

} // namespace

DnsQuery::DnsQuery(QDnsLookup::Type type, const QString &name, const QString &sourceName,
                   std::chrono::milliseconds timeout, QObject *parent)
    : Job(Start::RunAtOnce, Lifetime::DeleteWhenFinished, parent)
    , m_type(type)
    , m_name(name)
    , m_sourceName(sourceName)
    , m_timeoutMs(timeout)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a deadline never ends early (docs/testing.md)
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(SourceOutcome::Kind::Timeout, tr("no answer within %1 ms").arg(qint64(m_timeoutMs.count())));
    });
}

DnsQuery::~DnsQuery()
{
    dropLookup();
}

QString DnsQuery::queryText() const
{
    return typeName(m_type) + QLatin1Char(' ') + m_name;
}

void DnsQuery::run()
{
    m_clock.start();
    m_lookup = new QDnsLookup(m_type, m_name, this);
    connect(m_lookup, &QDnsLookup::finished, this, &DnsQuery::lookupFinished);
    m_timer.start(m_timeoutMs);
    m_lookup->lookup();
}

void DnsQuery::cancel(SourceOutcome::Kind kind, const QString &reason)
{
    // Job::cancel() decides whether there is anything to cancel; doCancel() reports it.
    m_cancelKind = kind;
    m_cancelReason = reason;
    Job::cancel();
}

void DnsQuery::doCancel()
{
    finish(m_cancelKind, m_cancelReason);
}

void DnsQuery::dropLookup()
{
    if (!m_lookup)
        return;
    QDnsLookup *lookup = m_lookup;
    m_lookup = nullptr;
    lookup->disconnect(this);
    if (lookup->isFinished()) {
        lookup->deleteLater();
    } else {
        // The resolver runs in Qt's DNS thread pool; abort() only stops the answer from being
        // delivered. The object goes away once that thread reports back.
        lookup->abort();
        lookup->deleteLater();
    }
}

void DnsQuery::lookupFinished()
{
    if (isFinished() || !m_lookup)
        return;
    DnsAnswer answer;
    QDnsLookup *lookup = m_lookup;
    if (lookup->error() == QDnsLookup::NoError) {
        answer.services = lookup->serviceRecords();
        answer.mailExchangers = lookup->mailExchangeRecords();
        std::stable_sort(answer.services.begin(), answer.services.end(),
                         [](const QDnsServiceRecord &a, const QDnsServiceRecord &b) {
                             if (a.priority() != b.priority())
                                 return a.priority() < b.priority();
                             return a.weight() > b.weight();
                         });
        std::stable_sort(answer.mailExchangers.begin(), answer.mailExchangers.end(),
                         [](const QDnsMailExchangeRecord &a, const QDnsMailExchangeRecord &b) {
                             return a.preference() < b.preference();
                         });
        const bool any = !answer.services.isEmpty() || !answer.mailExchangers.isEmpty();
        answer.outcome.outcome = any ? SourceOutcome::Kind::Found : SourceOutcome::Kind::NotFound;
        if (!any)
            answer.outcome.reason = tr("no %1 records").arg(typeName(m_type));
    } else if (lookup->error() == QDnsLookup::NotFoundError) {
        answer.outcome.outcome = SourceOutcome::Kind::NotFound;
        answer.outcome.reason = errorReason(lookup);
    } else if (lookup->error() == QDnsLookup::InvalidReplyError) {
        // Qt 6.4 (qdnslookup_unix.cpp) reports an empty NOERROR answer (NODATA: the name exists,
        // without records of this type) as an invalid reply, because res_nquery() returns -1 for
        // it. That is by far the usual case (a domain with no MX or SRV), so it counts as not found.
        answer.outcome.outcome = SourceOutcome::Kind::NotFound;
        answer.outcome.reason = tr("no %1 records (NODATA or an empty answer)").arg(typeName(m_type));
    } else {
        answer.outcome.outcome = SourceOutcome::Kind::Error;
        answer.outcome.reason = errorReason(lookup);
    }
    finish(answer);
}

void DnsQuery::finish(SourceOutcome::Kind kind, const QString &reason)
{
    DnsAnswer answer;
    answer.outcome.outcome = kind;
    answer.outcome.reason = reason;
    finish(answer);
}

void DnsQuery::finish(DnsAnswer answer)
{
    if (!claimFinish())
        return;
    m_timer.stop();
    dropLookup();
    answer.outcome.name = m_sourceName;
    answer.outcome.query = queryText();
    answer.outcome.ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT finished(answer);
}

} // namespace Postaci
