#pragma once

#include "deliverability/dnsresolver.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace Postaci::Test {

// A DnsResolver answering from an in-memory zone, with the behaviours the RFC 7208 test suite
// describes (openspf's testspf.py is its reference driver): a name that is absent is NXDOMAIN,
// a present name without records of the asked type is NODATA, "TIMEOUT" makes a name (or one of
// its types) time out, a CNAME is followed one level, and SPF (type 99) records stand in for TXT
// where a name has no TXT at all. Answers come from the event loop, as from the real resolver.
class MemoryResolver : public DnsResolver
{
    Q_OBJECT
public:
    using DnsResolver::DnsResolver;

    // The suite's "zonedata" object: name -> [ {TYPE: value}, "TIMEOUT", ... ].
    void loadSuiteZone(const QJsonObject &zonedata);

    void addText(const QString &name, const QString &text);
    void addAddress(const QString &name, const QString &address);
    void addMx(const QString &name, int preference, const QString &exchange);
    void setFailure(const QString &name); // every question about it gets no answer

    void lookup(DnsRecordType type, const QString &name, QObject *context, Callback callback) override;
    int askedCount() const override { return m_asked; }
    int answeredCount() const override { return m_answered; }

    DnsResult answer(DnsRecordType type, const QString &name, int depth = 0) const;

private:
    struct Record
    {
        QString type; // "TXT", "SPF", "A", "AAAA", "MX", "PTR", "CNAME"
        QString value;
        int preference = 0;
        bool timeout = false; // {TYPE: TIMEOUT}
    };
    struct Name
    {
        QList<Record> records;
        bool timeoutAll = false;
    };

    QHash<QString, Name> m_zone;
    int m_asked = 0;
    int m_answered = 0;
};

} // namespace Postaci::Test
