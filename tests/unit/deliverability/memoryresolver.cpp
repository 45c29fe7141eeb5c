#include "memoryresolver.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Postaci::Test {

namespace {

QString key(const QString &name)
{
    // As the suite's driver: empty labels dropped, compared without case.
    QStringList labels = name.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    return labels.join(QLatin1Char('.')).toLower();
}

} // namespace

void MemoryResolver::loadSuiteZone(const QJsonObject &zonedata)
{
    for (auto it = zonedata.begin(); it != zonedata.end(); ++it) {
        Name &name = m_zone[key(it.key())];
        bool hasTxt = false;
        QList<Record> spf;
        const QJsonArray entries = it.value().toArray();
        for (const QJsonValue &entry : entries) {
            if (entry.isString()) {
                if (entry.toString() == "TIMEOUT"_L1)
                    name.timeoutAll = name.records.isEmpty() ? true : name.timeoutAll;
                continue;
            }
            const QJsonObject object = entry.toObject();
            for (auto field = object.begin(); field != object.end(); ++field) {
                Record record;
                record.type = field.key().toUpper();
                const QJsonValue value = field.value();
                if (record.type == "TXT"_L1)
                    hasTxt = true;
                if (value.isString() && value.toString() == "TIMEOUT"_L1) {
                    record.timeout = true;
                } else if (value.isArray() && record.type == "MX"_L1) {
                    record.preference = value.toArray().at(0).toInt();
                    record.value = value.toArray().at(1).toString();
                } else if (value.isArray()) {
                    QString joined; // several character-strings of one record
                    for (const QJsonValue &part : value.toArray())
                        joined += part.toString();
                    record.value = joined;
                } else {
                    record.value = value.toVariant().toString();
                }
                if (record.value == "NONE"_L1 && !record.timeout)
                    continue; // present only to stop the SPF-to-TXT copy below
                if (record.type == "SPF"_L1)
                    spf.append(record);
                else
                    name.records.append(record);
            }
        }
        if (!hasTxt) {
            for (Record record : std::as_const(spf)) {
                record.type = u"TXT"_s;
                name.records.append(record);
            }
        }
    }
}

void MemoryResolver::addText(const QString &name, const QString &text)
{
    m_zone[key(name)].records.append({u"TXT"_s, text});
}

void MemoryResolver::addAddress(const QString &name, const QString &address)
{
    const bool v6 = address.contains(QLatin1Char(':'));
    m_zone[key(name)].records.append({v6 ? u"AAAA"_s : u"A"_s, address});
}

void MemoryResolver::addMx(const QString &name, int preference, const QString &exchange)
{
    m_zone[key(name)].records.append({u"MX"_s, exchange, preference});
}

void MemoryResolver::setFailure(const QString &name)
{
    m_zone[key(name)].timeoutAll = true;
}

DnsResult MemoryResolver::answer(DnsRecordType type, const QString &name, int depth) const
{
    for (const QString &label : name.split(QLatin1Char('.'))) {
        if (label.size() > 63)
            return DnsResult::failure(DnsResult::Status::Failure, u"label too long"_s);
    }
    const auto found = m_zone.constFind(key(name));
    if (found == m_zone.cend())
        return DnsResult::failure(DnsResult::Status::NxDomain, u"NXDOMAIN"_s);
    const QString wanted = dnsRecordTypeName(type);
    DnsResult result;
    bool timeout = found->timeoutAll;
    for (const Record &record : found->records) {
        if (record.type == "CNAME"_L1 && depth == 0)
            return answer(type, record.value, 1);
        if (record.type != wanted)
            continue;
        if (record.timeout) {
            timeout = true;
            continue;
        }
        timeout = false;
        switch (type) {
        case DnsRecordType::TXT:
            result.texts.append(record.value);
            break;
        case DnsRecordType::A:
        case DnsRecordType::AAAA:
            result.addresses.append(QHostAddress(record.value));
            break;
        case DnsRecordType::MX:
        case DnsRecordType::PTR:
            result.names.append(record.value);
            break;
        }
    }
    if (timeout && result.texts.isEmpty() && result.addresses.isEmpty() && result.names.isEmpty())
        return DnsResult::failure(DnsResult::Status::Timeout, u"TIMEOUT"_s);
    const bool empty = result.texts.isEmpty() && result.addresses.isEmpty() && result.names.isEmpty();
    result.status = empty ? DnsResult::Status::NoData : DnsResult::Status::Records;
    return result;
}

void MemoryResolver::lookup(DnsRecordType type, const QString &name, QObject *context, Callback callback)
{
    ++m_asked;
    const DnsResult result = answer(type, name);
    QTimer::singleShot(0, context ? context : this, [this, callback, result] {
        ++m_answered;
        callback(result);
    });
}

} // namespace Postaci::Test
