#pragma once

#include "common/job.h"
#include "discovery/sourceoutcome.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

using namespace Qt::StringLiterals;

namespace Postaci {

struct DnsAnswer
{
    SourceOutcome outcome; // found when at least one record came back
    QList<QDnsServiceRecord> services; // SRV, sorted by priority then weight (RFC 2782)
    QList<QDnsMailExchangeRecord> mailExchangers; // MX, sorted by preference (RFC 5321 §5.1)
};

// One DNS question (SRV or MX) through QDnsLookup, as a one-shot job with its own timeout:
// QDnsLookup has none, and a resolver that does not answer must not hold a lookup hostage.
//
// QDnsLookup cannot tell whether an answer was DNSSEC-validated, so every candidate built from
// one carries the dns-without-dnssec warning (see CandidateMerger).
//
// start() and isRunning() come from Job; cancel() below goes through Job::cancel(). finished()
// is emitted exactly once, then the query deletes itself.
class DnsQuery : public Job
{
    Q_OBJECT
public:
    DnsQuery(QDnsLookup::Type type, const QString &name, const QString &sourceName, std::chrono::milliseconds timeout,
             QObject *parent = nullptr);
    ~DnsQuery() override;

    // Gives up at once; finished() follows synchronously with this outcome. Only while running.
    void cancel(SourceOutcome::Kind kind = SourceOutcome::Kind::Error,
                const QString &reason = u"cancelled"_s);

    QString queryText() const; // "SRV _submissions._tcp.example.com"

Q_SIGNALS:
    void finished(const Postaci::DnsAnswer &answer);

private:
    void run() override;
    void doCancel() override;
    void lookupFinished();
    void finish(SourceOutcome::Kind kind, const QString &reason);
    void finish(DnsAnswer answer);
    void dropLookup();

    QDnsLookup::Type m_type;
    QString m_name;
    QString m_sourceName;
    std::chrono::milliseconds m_timeoutMs;
    QPointer<QDnsLookup> m_lookup;
    QTimer m_timer;
    QElapsedTimer m_clock;
    SourceOutcome::Kind m_cancelKind = SourceOutcome::Kind::Error;
    QString m_cancelReason = u"cancelled"_s;
};

} // namespace Postaci
