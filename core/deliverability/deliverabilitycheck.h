#pragma once

#include "common/job.h"
#include "deliverability/deliverabilityassessment.h"
#include "deliverability/deliverabilityreport.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>

#include <chrono>
#include <functional>

namespace Postaci {

class DnsResolver;
class SpfCheck;

// "Will my mail arrive?" for a sender's domain and the server that sends its mail: asks every
// DNS question at once (MX, the SPF evaluation per server address, DMARC with the organisational
// domain, DKIM keys under the usual selectors, MTA-STS, TLS-RPT), all under one deadline, each
// question once per run, and reports the six checks and a verdict (DeliverabilityAssessment).
// docs/deliverability.md; the CLI face is `postaci-cli check-domain`, the GUI face
// DeliverabilityDialog.
//
//   auto *check = new DeliverabilityCheck({u"ali@firma.com.tr"_s, u"firma.com.tr"_s, u"smtp.gmail.com"_s}, parent);
//   connect(check, &DeliverabilityCheck::progress, ...);  // answered / asked questions
//   connect(check, &DeliverabilityCheck::finished, ...);  // once; then it deleteLater()s itself
//   check->start();   // runs from the event loop
//   check->cancel();  // finishes at once (synchronously) with what is known
class DeliverabilityCheck : public Job
{
    Q_OBJECT
public:
    struct Request
    {
        QString sender; // the address; empty for a bare domain
        QString domain; // the sender's domain, ASCII (EmailAddress::domain())
        QString serverHost; // the SMTP server; empty: none given (SPF is then checked for errors only)
        QString providerId; // the account's catalog entry, if known (else found by the server name)
        std::chrono::milliseconds timeout{10000};
    };

    // A documentation address (RFC 5737) that no real server sends from: the SPF record is
    // evaluated for it when no server is given, to find its errors (too many lookups, syntax).
    static QHostAddress unusedAddress();

    explicit DeliverabilityCheck(const Request &request, QObject *parent = nullptr);
    // Asks through `resolver` (not owned) instead of the system's resolver.
    DeliverabilityCheck(const Request &request, DnsResolver *resolver, QObject *parent = nullptr);
    ~DeliverabilityCheck() override;

Q_SIGNALS:
    void progress(int answered, int asked);
    void finished(const Postaci::DeliverabilityReport &report);

private:
    void run() override;
    void doCancel() override;
    void ask(DnsRecordType type, const QString &name, std::function<void(const DnsResult &)> store);
    void serverAddressesKnown();
    void startSpf(const QList<QHostAddress> &addresses);
    void partDone();
    void finish();

    Request m_request;
    QPointer<DnsResolver> m_resolver;
    bool m_ownResolver = false;
    DeliverabilityFacts m_facts;
    QList<QPointer<SpfCheck>> m_spfChecks;
    DnsResult m_serverA;
    DnsResult m_serverAaaa;
    int m_pending = 0;
    bool m_anyAnswer = false;
    bool m_anyTimeout = false;
    QElapsedTimer m_clock;
};

} // namespace Postaci
