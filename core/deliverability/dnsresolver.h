#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace Postaci {

enum class DnsRecordType { A, AAAA, MX, TXT, PTR };

QString dnsRecordTypeName(DnsRecordType type); // "TXT"

// The answer to one DNS question, with the four outcomes SPF (RFC 7208 §4.6.4, §5) and the
// other checks must tell apart: records, an existing name without records of this type
// (NODATA), no such name (NXDOMAIN), and no usable answer at all (a server failure, a refusal,
// no server reachable, or no answer before the deadline).
struct DnsResult
{
    enum class Status { Records, NoData, NxDomain, Failure, Timeout };

    Status status = Status::Failure;
    QStringList texts; // TXT: each record's character-strings joined (RFC 7208 §3.3)
    QList<QHostAddress> addresses; // A, AAAA
    QStringList names; // MX exchanges by preference, PTR names; without the trailing dot
    QString detail; // what went wrong ("SERVFAIL", "no answer within 5000 ms")

    bool hasRecords() const { return status == Status::Records; }
    // RFC 7208 §4.6.4: an answer with no records, or NXDOMAIN.
    bool isVoid() const { return status == Status::NoData || status == Status::NxDomain; }
    // The DNS answered the question (with records or without): anything but Failure/Timeout.
    bool isAnswer() const { return status != Status::Failure && status != Status::Timeout; }

    static DnsResult failure(Status status, const QString &detail);
};

// Asks DNS questions asynchronously. The deliverability checks are written against this
// interface so that they run on the real resolver (QtDnsResolver: QDnsLookup) and on an
// in-memory zone in the tests (the RFC 7208 test suite, tests/unit/deliverability).
//
// lookup() never calls back from inside itself: the answer always comes from the event loop,
// exactly once, on the resolver's thread, and only while `context` exists.
class DnsResolver : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Postaci::DnsResult &)>;

    using QObject::QObject;
    ~DnsResolver() override;

    virtual void lookup(DnsRecordType type, const QString &name, QObject *context, Callback callback) = 0;
    // Questions asked so far and how many of them have been answered (for progress).
    virtual int askedCount() const = 0;
    virtual int answeredCount() const = 0;

Q_SIGNALS:
    void progressChanged();
};

} // namespace Postaci
