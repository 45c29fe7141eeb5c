#pragma once

#include "deliverability/spfcheck.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Postaci {

// JSON words (docs/cli.md#check-domain): pass, warn, fail, none ("nothing published, and that
// is no problem").
enum class CheckStatus { Pass, Warn, Fail, None };
QString checkStatusName(CheckStatus status);

// A record the user should publish to fix a check: its DNS name, type and exact value.
struct RecordToPublish
{
    QString name; // "_dmarc.firma.com.tr"
    QString type; // "TXT"
    QString value; // "v=DMARC1; p=none; rua=mailto:postmaster@firma.com.tr"

    bool isEmpty() const { return value.isEmpty(); }
    QJsonObject toJson() const;
};

// One line of "Will my mail arrive?".
struct DeliverabilityCheckItem
{
    QString id; // stable: mx, spf, dmarc, dkim, mta-sts, tls-rpt
    CheckStatus status = CheckStatus::None;
    QString record; // what was found, as published (outside text: escape wherever shown)
    QString explanation; // one plain sentence, in the interface's language
    QString remedy; // what to do, in the interface's language; empty when nothing is to be done
    RecordToPublish publish;

    QJsonObject toJson() const;
};

struct DeliverabilityReport
{
    QString sender; // the address asked about; empty when a bare domain was given
    QString domain; // the sender's domain (ASCII form)
    QString serverHost; // empty when no server was given
    QList<QHostAddress> serverAddresses;
    QList<SpfOutcome> spfResults; // one per server address
    QList<DeliverabilityCheckItem> checks; // in the order mx, spf, dmarc, dkim, mta-sts, tls-rpt
    QString verdict; // one sentence
    bool dnsUnavailable = false; // not one DNS question got an answer
    bool deadlineReached = false;
    qint64 elapsedMs = 0;

    bool anyFailed() const;
    const DeliverabilityCheckItem *check(const QString &id) const;
    QJsonObject toJson() const;
};

} // namespace Postaci
