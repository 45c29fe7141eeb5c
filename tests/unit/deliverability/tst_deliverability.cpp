// DeliverabilityCheck and the record readers without a network: the in-memory resolver plays
// the DNS (the same answers the real resolver gives: records, NODATA, NXDOMAIN, no answer).
// The real resolver path (QDnsLookup, dnsmasq) is tested end to end by tst_cli_checkdomain.
#include "memoryresolver.h"

#include "deliverability/deliverabilityassessment.h"
#include "deliverability/deliverabilitycheck.h"
#include "deliverability/domainrecords.h"
#include "deliverability/spfcheck.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using Postaci::Test::MemoryResolver;

namespace {

// Public halves of throwaway keys (openssl genrsa; the private halves were never kept).
const QString Rsa1024Spki
        = u"MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkxQqhK6kxV5bEWbsu8+kZeLjK9V3Z1r26PzI3caChyu0xXsz5Uy4s0aSpAs/h5fOjY2dgnjtxGwYmcnqhre0XIcMtu56DU4YFbiaDchkb1Z5Yy/ACXTLC7iNtXhPzsOKvdTLFXC3zHkLo0IrFqQLfZIZl9kN5wGbGDuKTmpkKuQIDAQAB"_s;
const QString Rsa1024Pkcs1
        = u"MIGJAoGBAOTFCqErqTFXlsRZuy7z6Rl4uMr1XdnWvbo/MjdxoKHK7TFezPlTLizRpKkCz+Hl86NjZ2CeO3EbBiZyeqGt7Rchwy27noNThgVuJoNyGRvVnljL8AJdMsLuI21eE/Ow4q91MsVcLfMeQujQisWpAt9khmX2Q3nAZsYO4pOamQq5AgMBAAE="_s;
const QString Rsa2048Spki
        = u"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxn8Fw1Kjsr0VHtgkc1inQjKPXyIA3XMe2oVUhhZmHmX8GoFkb5pRFak0MJS6ZGtTR11zc3iT0RuBaREp8z2Qr5IhmhyQPxrvfieQQLAyooG3va+cqO59IJuqotfHR92uQiRD9mGKTnQlUo5rQzeKqtD9b3JRI1knZ+wHnnVULvbZKDoUzvB4EdOyXuIQjo9Gwqe9Ym0CsuI8FyvJkkaGXyqP3C51QDsoh5Pb33S35ctkH0M17XyyjEVsFDjZjpyJ/eS8teOOGGKdF0VfT4yBBNAY5bIOKD4TM+yQzUUcBEOKkZ7HIsgPd0QY9JAXVbeh8+zyTGQCVY6g/c6km/0JgQIDAQAB"_s;

DeliverabilityReport runCheck(MemoryResolver *resolver, const QString &sender, const QString &domain,
                              const QString &host)
{
    DeliverabilityCheck::Request request;
    request.sender = sender;
    request.domain = domain;
    request.serverHost = host;
    auto *check = new DeliverabilityCheck(request, resolver);
    QSignalSpy spy(check, &DeliverabilityCheck::finished);
    check->start();
    if (!spy.wait(10000))
        return {};
    return spy.first().first().value<DeliverabilityReport>();
}

CheckStatus statusOf(const DeliverabilityReport &report, const QString &id)
{
    const DeliverabilityCheckItem *item = report.check(id);
    return item ? item->status : CheckStatus::None;
}

QString describe(const DeliverabilityReport &report)
{
    QStringList lines{report.verdict};
    for (const DeliverabilityCheckItem &item : report.checks)
        lines.append(u"%1 %2: %3 | %4"_s.arg(item.id, checkStatusName(item.status), item.explanation, item.remedy));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestDeliverability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dkimKeySizes()
    {
        QCOMPARE(DomainRecords::parseDkimKey(u"v=DKIM1; k=rsa; p="_s + Rsa2048Spki).bits, 2048);
        QCOMPARE(DomainRecords::parseDkimKey(u"v=DKIM1; p="_s + Rsa1024Spki).bits, 1024);
        QCOMPARE(DomainRecords::parseDkimKey(u"p="_s + Rsa1024Pkcs1).bits, 1024); // bare PKCS#1
        const DomainRecords::DkimKey ed
                = DomainRecords::parseDkimKey(u"v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="_s);
        QVERIFY2(ed.isValid(), qPrintable(ed.error));
        QCOMPARE(ed.bits, 256);
        QVERIFY(DomainRecords::parseDkimKey(u"v=DKIM1; p="_s).revoked);
        QVERIFY(!DomainRecords::parseDkimKey(u"v=DKIM1; p=!!!"_s).isValid());
        QVERIFY(!DomainRecords::parseDkimKey(u"v=DKIM1; p=AAAA"_s).isValid());
    }

    void dmarcRecords()
    {
        const DomainRecords::Dmarc dmarc = DomainRecords::parseDmarc(
                u"v=DMARC1; p=reject; sp=quarantine; adkim=s; pct=50; rua=mailto:a@x.test,mailto:b@x.test"_s);
        QVERIFY2(dmarc.isValid(), qPrintable(dmarc.error));
        QCOMPARE(dmarc.policy, u"reject"_s);
        QCOMPARE(dmarc.subdomainPolicy, u"quarantine"_s);
        QCOMPARE(dmarc.dkimAlignment, u"s"_s);
        QCOMPARE(dmarc.spfAlignment, u"r"_s);
        QCOMPARE(dmarc.percent, 50);
        QCOMPARE(dmarc.reportAddresses.size(), 2);
        QVERIFY(!DomainRecords::parseDmarc(u"v=DMARC1; p=maybe"_s).isValid());
        QVERIFY(!DomainRecords::isDmarcRecord(u"p=reject; v=DMARC1"_s)); // v= must come first
        QVERIFY(DomainRecords::mtaStsId(u"v=STSv1; id=20240101T000000"_s));
        QVERIFY(!DomainRecords::mtaStsId(u"v=STSv1;"_s));
        QVERIFY(DomainRecords::tlsRptAddresses(u"v=TLSRPTv1; rua=mailto:tls@x.test"_s));
        QVERIFY(!DomainRecords::tlsRptAddresses(u"v=TLSRPTv1; rua=ftp://x.test"_s));
    }

    void spfRecordToPublish()
    {
        QCOMPARE(DeliverabilityAssessment::spfRecordWith(u"v=spf1 mx -all"_s, u"include:_spf.google.com"_s),
                 u"v=spf1 mx include:_spf.google.com -all"_s);
        QCOMPARE(DeliverabilityAssessment::spfRecordWith(u"v=spf1 a redirect=_spf.x.test"_s, u"a:smtp.x.test"_s),
                 u"v=spf1 a a:smtp.x.test redirect=_spf.x.test"_s);
        QCOMPARE(DeliverabilityAssessment::spfRecordWith(QString(), u"a:smtp.x.test"_s),
                 u"v=spf1 a:smtp.x.test ~all"_s);
    }

    // Every address of the server is checked; one that the record does not cover fails SPF.
    void spfPerAddress()
    {
        MemoryResolver dns;
        dns.addText(u"firma.test"_s, u"v=spf1 ip4:192.0.2.10 -all"_s);
        dns.addAddress(u"smtp.relay.test"_s, u"192.0.2.10"_s);
        dns.addAddress(u"smtp.relay.test"_s, u"2001:db8::10"_s);
        const DeliverabilityReport report = runCheck(&dns, u"ali@firma.test"_s, u"firma.test"_s, u"smtp.relay.test"_s);
        QCOMPARE(report.spfResults.size(), 2);
        QCOMPARE(report.spfResults.at(0).result, SpfResult::Pass);
        QCOMPARE(report.spfResults.at(1).result, SpfResult::Fail);
        QCOMPARE(statusOf(report, u"spf"_s), CheckStatus::Fail);
        QVERIFY2(report.check(u"spf"_s)->explanation.contains("2001:db8::10"_L1), qPrintable(describe(report)));
        QCOMPARE(report.check(u"spf"_s)->publish.value, u"v=spf1 ip4:192.0.2.10 a:smtp.relay.test -all"_s);
    }

    // A catalog provider's documented include is the record to publish, DMARC reject makes the
    // failing SPF a refusal, and the DKIM warning names the provider's selector.
    void catalogIncludeAndDmarcReject()
    {
        MemoryResolver dns;
        dns.addText(u"firma.test"_s, u"v=spf1 mx -all"_s);
        dns.addMx(u"firma.test"_s, 10, u"mx.firma.test"_s);
        dns.addAddress(u"mx.firma.test"_s, u"192.0.2.25"_s);
        dns.addText(u"_dmarc.firma.test"_s, u"v=DMARC1; p=reject; rua=mailto:d@firma.test"_s);
        dns.addAddress(u"smtp.gmail.com"_s, u"198.51.100.1"_s);
        const DeliverabilityReport report = runCheck(&dns, u"ali@firma.test"_s, u"firma.test"_s, u"smtp.gmail.com"_s);
        QCOMPARE(statusOf(report, u"spf"_s), CheckStatus::Fail);
        QCOMPARE(statusOf(report, u"dmarc"_s), CheckStatus::Fail);
        QCOMPARE(statusOf(report, u"dkim"_s), CheckStatus::Warn);
        QCOMPARE(report.check(u"spf"_s)->publish.value, u"v=spf1 mx include:_spf.google.com -all"_s);
        QVERIFY2(report.check(u"dkim"_s)->remedy.contains("google._domainkey.firma.test"_L1),
                 qPrintable(describe(report)));
        QCOMPARE(
                report.verdict,
                u"Mail from ali@firma.test sent through smtp.gmail.com fails SPF, and DMARC p=reject tells receivers to refuse it."_s);
        QVERIFY(report.anyFailed());
    }

    void everythingInOrder()
    {
        MemoryResolver dns;
        dns.addText(u"ok.test"_s, u"v=spf1 a:smtp.ok.test ~all"_s);
        dns.addMx(u"ok.test"_s, 10, u"mx.ok.test"_s);
        dns.addAddress(u"smtp.ok.test"_s, u"192.0.2.7"_s);
        dns.addText(u"_dmarc.ok.test"_s, u"v=DMARC1; p=quarantine"_s);
        dns.addText(u"selector1._domainkey.ok.test"_s, u"v=DKIM1; k=rsa; p="_s + Rsa2048Spki);
        dns.addText(u"_mta-sts.ok.test"_s, u"v=STSv1; id=2024"_s);
        dns.addText(u"_smtp._tls.ok.test"_s, u"v=TLSRPTv1; rua=mailto:tls@ok.test"_s);
        const DeliverabilityReport report = runCheck(&dns, QString(), u"ok.test"_s, u"smtp.ok.test"_s);
        for (const QString &id : {u"mx"_s, u"spf"_s, u"dmarc"_s, u"dkim"_s, u"mta-sts"_s, u"tls-rpt"_s})
            QVERIFY2(statusOf(report, id) == CheckStatus::Pass, qPrintable(id + u"\n"_s + describe(report)));
        QVERIFY(report.check(u"dkim"_s)->explanation.contains("selector1 (RSA, 2048 bits)"_L1));
        QVERIFY(!report.anyFailed());
        QVERIFY(!report.dnsUnavailable);
    }

    // DMARC only at the organisational domain (RFC 7489 §6.6.3), with sp= for subdomains.
    void dmarcAtOrganisationalDomain()
    {
        MemoryResolver dns;
        dns.addText(u"mail.firma.com.tr"_s, u"v=spf1 -all"_s);
        dns.addText(u"_dmarc.firma.com.tr"_s, u"v=DMARC1; p=none; sp=reject"_s);
        const DeliverabilityReport report = runCheck(&dns, QString(), u"mail.firma.com.tr"_s, u"192.0.2.1"_s);
        QCOMPARE(statusOf(report, u"dmarc"_s), CheckStatus::Fail);
        QVERIFY2(report.check(u"dmarc"_s)->explanation.contains("organisational domain firma.com.tr"_L1),
                 qPrintable(describe(report)));
        QCOMPARE(report.check(u"dmarc"_s)->record, u"v=DMARC1; p=none; sp=reject"_s);
    }

    // No DNS answer at all is not "nothing published".
    void dnsUnavailable()
    {
        MemoryResolver dns;
        dns.setFailure(u"dead.test"_s);
        const QString names[] = {u"_dmarc.dead.test"_s, u"_mta-sts.dead.test"_s, u"_smtp._tls.dead.test"_s};
        for (const QString &name : names)
            dns.setFailure(name);
        for (const QString &selector : DeliverabilityAssessment::dkimSelectors(nullptr))
            dns.setFailure(selector + u"._domainkey.dead.test"_s);
        const DeliverabilityReport report = runCheck(&dns, QString(), u"dead.test"_s, QString());
        QVERIFY2(report.dnsUnavailable, qPrintable(describe(report)));
        QCOMPARE(report.verdict, u"DNS could not be asked, so nothing could be checked for dead.test."_s);
    }

    // Without a server the record is still checked for its own errors (ten lookups at most).
    void tooManyLookupsWithoutServer()
    {
        MemoryResolver dns;
        QString record = u"v=spf1"_s;
        for (int i = 0; i < 11; ++i) {
            record += u" include:i%1.test"_s.arg(i);
            dns.addText(u"i%1.test"_s.arg(i), u"v=spf1 -all"_s);
        }
        dns.addText(u"many.test"_s, record + u" -all"_s);
        const DeliverabilityReport report = runCheck(&dns, QString(), u"many.test"_s, QString());
        QCOMPARE(statusOf(report, u"spf"_s), CheckStatus::Fail);
        QVERIFY2(report.check(u"spf"_s)->explanation.contains("more than 10 DNS lookups"_L1),
                 qPrintable(describe(report)));
    }
};

QTEST_GUILESS_MAIN(TestDeliverability)
#include "tst_deliverability.moc"
