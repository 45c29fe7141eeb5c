#pragma once

#include "deliverability/dnsresolver.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QPointer>

class QDnsLookup;

namespace Postaci {

// DnsResolver on QDnsLookup (the system resolver, /etc/resolv.conf), for one run of checks:
// every question is asked once and its answer kept for the run (SPF asks the same names from
// many evaluations), and every question ends at one shared deadline (QDnsLookup has no timeout
// of its own).
//
// NODATA. Qt 6.4 (qdnslookup_unix.cpp) reports an answer without records of the asked type for
// a name that exists the same way as a resolver that could not be reached or did not answer:
// QDnsLookup::InvalidReplyError (res_nquery() returns -1 for both; NXDOMAIN alone keeps its own
// NotFoundError). SPF counts the first as a "void lookup" and the second as a temporary error,
// and "the server has no AAAA" must not read as "DNS cannot be asked", so the two are told apart
// here: after an InvalidReplyError the resolver asks one check question, a TXT for a name that
// nobody publishes under the same name (_postaci-nodata-probe.<name>). A DNS that answers it
// (normally NXDOMAIN) is reachable and answering for that zone, so the first answer was NODATA;
// when the check question fails the same way, the DNS could not be asked (Failure).
// docs/deliverability.md#nodata explains the limits (a wildcard of another type under the name).
class QtDnsResolver : public DnsResolver
{
    Q_OBJECT
public:
    explicit QtDnsResolver(QDeadlineTimer deadline, QObject *parent = nullptr);
    ~QtDnsResolver() override;

    void lookup(DnsRecordType type, const QString &name, QObject *context, Callback callback) override;
    int askedCount() const override { return int(m_cache.size() + m_waiting.size()); }
    int answeredCount() const override { return int(m_cache.size()); }

    // Answers every open question with Failure ("cancelled") and asks nothing more.
    void cancelAll();

    static QString probeName(const QString &name); // empty when the name is too long to probe

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    enum class Question { Plain, Probe };

    void ask(DnsRecordType type, const QString &name, const QString &key, Question question);
    void lookupFinished(QDnsLookup *lookup, DnsRecordType type, const QString &name, const QString &key,
                        Question question);
    void resolve(const QString &key, const DnsResult &result);
    void deliver(const Waiter &waiter, const DnsResult &result);
    void drop(QDnsLookup *lookup);

    QDeadlineTimer m_deadline;
    bool m_cancelled = false;
    QHash<QString, DnsResult> m_cache;
    QHash<QString, QList<Waiter>> m_waiting;
    QHash<QString, QPointer<QDnsLookup>> m_lookups;
};

} // namespace Postaci
