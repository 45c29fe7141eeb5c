#include "deliverabilityreport.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Postaci {

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return u"pass"_s;
    case CheckStatus::Warn:
        return u"warn"_s;
    case CheckStatus::Fail:
        return u"fail"_s;
    case CheckStatus::None:
        return u"none"_s;
    }
    return {};
}

QJsonObject RecordToPublish::toJson() const
{
    return {{u"name"_s, name}, {u"type"_s, type}, {u"value"_s, value}};
}

QJsonObject DeliverabilityCheckItem::toJson() const
{
    QJsonObject object{{u"id"_s, id},
                       {u"status"_s, checkStatusName(status)},
                       {u"record"_s, record},
                       {u"explanation"_s, explanation},
                       {u"remedy"_s, remedy}};
    if (!publish.isEmpty())
        object.insert(u"publish"_s, publish.toJson());
    return object;
}

bool DeliverabilityReport::anyFailed() const
{
    return std::any_of(checks.cbegin(), checks.cend(),
                       [](const auto &item) { return item.status == CheckStatus::Fail; });
}

const DeliverabilityCheckItem *DeliverabilityReport::check(const QString &id) const
{
    for (const DeliverabilityCheckItem &item : checks) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

QJsonObject DeliverabilityReport::toJson() const
{
    QJsonArray addresses;
    for (const QHostAddress &address : serverAddresses)
        addresses.append(address.toString());
    QJsonArray spf;
    for (const SpfOutcome &outcome : spfResults) {
        spf.append(QJsonObject{{u"address"_s, outcome.ip.toString()},
                               {u"result"_s, spfResultName(outcome.result)},
                               {u"decidedBy"_s, outcome.decidedBy},
                               {u"dnsLookups"_s, outcome.dnsLookups},
                               {u"voidLookups"_s, outcome.voidLookups}});
    }
    QJsonArray items;
    for (const DeliverabilityCheckItem &item : checks)
        items.append(item.toJson());
    QJsonObject server;
    if (!serverHost.isEmpty())
        server = {{u"host"_s, serverHost}, {u"addresses"_s, addresses}};
    return {{u"domain"_s, domain},
            {u"sender"_s, sender},
            {u"server"_s, serverHost.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(server)},
            {u"spf"_s, spf},
            {u"checks"_s, items},
            {u"verdict"_s, verdict},
            {u"dnsReachable"_s, !dnsUnavailable},
            {u"deadlineReached"_s, deadlineReached},
            {u"elapsedMs"_s, elapsedMs}};
}

} // namespace Postaci
