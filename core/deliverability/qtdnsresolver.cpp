#include "qtdnsresolver.h"

#include <QDnsLookup>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

QDnsLookup::Type qtType(DnsRecordType type)
{
    switch (type) {
    case DnsRecordType::A:
        return QDnsLookup::A;
    case DnsRecordType::AAAA:
        return QDnsLookup::AAAA;
    case DnsRecordType::MX:
        return QDnsLookup::MX;
    case DnsRecordType::TXT:
        return QDnsLookup::TXT;
    case DnsRecordType::PTR:
        return QDnsLookup::PTR;
    }
    return QDnsLookup::TXT;
}

QString withoutTrailingDot(QString name)
{
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

DnsResult recordsOf(QDnsLookup *lookup, DnsRecordType type)
{
    DnsResult result;
    switch (type) {
    case DnsRecordType::A:
    case DnsRecordType::AAAA:
        for (const QDnsHostAddressRecord &record : lookup->hostAddressRecords())
            result.addresses.append(record.value());
        break;
    case DnsRecordType::MX: {
        QList<QDnsMailExchangeRecord> records = lookup->mailExchangeRecords();
        std::stable_sort(records.begin(), records.end(),
                         [](const auto &a, const auto &b) { return a.preference() < b.preference(); });
        for (const QDnsMailExchangeRecord &record : records)
            result.names.append(withoutTrailingDot(record.exchange()));
        break;
    }
    case DnsRecordType::TXT:
        for (const QDnsTextRecord &record : lookup->textRecords()) {
            // RFC 7208 §3.3: the character-strings of one record are joined without spaces.
            QByteArray joined;
            for (const QByteArray &part : record.values())
                joined += part;
            result.texts.append(QString::fromUtf8(joined));
        }
        break;
    case DnsRecordType::PTR:
        for (const QDnsDomainNameRecord &record : lookup->pointerRecords())
            result.names.append(withoutTrailingDot(record.value()));
        break;
    }
    const bool empty = result.addresses.isEmpty() && result.names.isEmpty() && result.texts.isEmpty();
    // An answer with only a CNAME in it (the target has nothing of this type) is NODATA too.
    result.status = empty ? DnsResult::Status::NoData : DnsResult::Status::Records;
    return result;
}

} // namespace

QtDnsResolver::QtDnsResolver(QDeadlineTimer deadline, QObject *parent)
    : DnsResolver(parent)
    , m_deadline(deadline)
{ }

QtDnsResolver::~QtDnsResolver()
{
    const auto lookups = m_lookups;
    for (const QPointer<QDnsLookup> &lookup : lookups)
        drop(lookup);
}

QString QtDnsResolver::probeName(const QString &name)
{
    const QString probe = u"_postaci-nodata-probe."_s + name;
    return probe.size() > 253 ? QString() : probe;
}

void QtDnsResolver::lookup(DnsRecordType type, const QString &name, QObject *context, Callback callback)
{
    const QString clean = withoutTrailingDot(name);
    const QString key = dnsRecordTypeName(type) + QLatin1Char(' ') + clean.toLower();
    const Waiter waiter{context ? context : this, std::move(callback)};
    if (const auto cached = m_cache.constFind(key); cached != m_cache.cend()) {
        const DnsResult result = *cached;
        QTimer::singleShot(0, waiter.context.data(), [deliverTo = waiter.callback, result] { deliverTo(result); });
        return;
    }
    QList<Waiter> &waiters = m_waiting[key];
    waiters.append(waiter);
    if (waiters.size() == 1) {
        ask(type, clean, key, Question::Plain);
        Q_EMIT progressChanged();
    }
}

void QtDnsResolver::ask(DnsRecordType type, const QString &name, const QString &key, Question question)
{
    const qint64 remaining = m_deadline.remainingTime(); // -1: no deadline
    if (m_cancelled || remaining == 0) {
        const DnsResult result = m_cancelled ? DnsResult::failure(DnsResult::Status::Failure, tr("cancelled"))
                                             : DnsResult::failure(DnsResult::Status::Timeout, tr("deadline reached"));
        QTimer::singleShot(0, this, [this, key, result] { resolve(key, result); });
        return;
    }
    auto *lookup = new QDnsLookup(qtType(type), name, this);
    m_lookups.insert(key, lookup);
    auto *timer = new QTimer(lookup);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a deadline never ends early (docs/testing.md)
    connect(timer, &QTimer::timeout, this, [this, lookup, key, remaining] {
        if (m_lookups.value(key) != lookup)
            return;
        drop(lookup);
        resolve(key, DnsResult::failure(DnsResult::Status::Timeout, tr("no answer within %1 ms").arg(remaining)));
    });
    connect(lookup, &QDnsLookup::finished, this,
            [this, lookup, type, name, key, question] { lookupFinished(lookup, type, name, key, question); });
    if (remaining > 0)
        timer->start(std::chrono::milliseconds(remaining));
    lookup->lookup();
}

void QtDnsResolver::lookupFinished(QDnsLookup *lookup, DnsRecordType type, const QString &name, const QString &key,
                                   Question question)
{
    if (m_lookups.value(key) != lookup)
        return;
    const QDnsLookup::Error error = lookup->error();
    const QString errorText = lookup->errorString();
    DnsResult result;
    if (error == QDnsLookup::NoError)
        result = recordsOf(lookup, type);
    drop(lookup);
    switch (error) {
    case QDnsLookup::NoError:
        break;
    case QDnsLookup::NotFoundError:
        result = DnsResult::failure(DnsResult::Status::NxDomain, u"NXDOMAIN"_s);
        break;
    case QDnsLookup::InvalidReplyError:
        if (question == Question::Plain) {
            // NODATA or no answer at all: the check question decides (see the header).
            const QString probe = probeName(name);
            if (probe.isEmpty()) {
                result = DnsResult::failure(DnsResult::Status::Failure, errorText);
                break;
            }
            m_lookups.remove(key); // answered by the check question now
            const QString probeKey = u"probe "_s + probe.toLower();
            Waiter waiter{this, [this, key, errorText](const DnsResult &probeResult) {
                              resolve(key, probeResult.isAnswer()
                                                   ? DnsResult::failure(DnsResult::Status::NoData, u"NODATA"_s)
                                                   : DnsResult::failure(DnsResult::Status::Failure,
                                                                        tr("no answer: %1").arg(errorText)));
                          }};
            if (const auto cached = m_cache.constFind(probeKey); cached != m_cache.cend()) {
                waiter.callback(*cached);
                return;
            }
            QList<Waiter> &waiters = m_waiting[probeKey];
            waiters.append(waiter);
            if (waiters.size() == 1)
                ask(DnsRecordType::TXT, probe, probeKey, Question::Probe);
            return;
        }
        result = DnsResult::failure(DnsResult::Status::Failure, errorText);
        break;
    case QDnsLookup::ServerFailureError:
        result = DnsResult::failure(DnsResult::Status::Failure, u"SERVFAIL"_s);
        break;
    case QDnsLookup::ServerRefusedError:
        result = DnsResult::failure(DnsResult::Status::Failure, u"REFUSED"_s);
        break;
    default:
        result = DnsResult::failure(DnsResult::Status::Failure, errorText);
        break;
    }
    resolve(key, result);
}

void QtDnsResolver::resolve(const QString &key, const DnsResult &result)
{
    m_lookups.remove(key);
    m_cache.insert(key, result);
    const QList<Waiter> waiters = m_waiting.take(key);
    Q_EMIT progressChanged();
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(result);
    }
}

void QtDnsResolver::cancelAll()
{
    m_cancelled = true;
    const QStringList keys = m_lookups.keys();
    for (const QString &key : keys) {
        drop(m_lookups.value(key));
        resolve(key, DnsResult::failure(DnsResult::Status::Failure, tr("cancelled")));
    }
}

void QtDnsResolver::drop(QDnsLookup *lookup)
{
    if (!lookup)
        return;
    lookup->disconnect(this);
    // The resolver runs in Qt's DNS thread pool; abort() only stops the answer from being
    // delivered. The object goes away once that thread reports back (as in DnsQuery).
    if (!lookup->isFinished())
        lookup->abort();
    lookup->deleteLater();
}

} // namespace Postaci
