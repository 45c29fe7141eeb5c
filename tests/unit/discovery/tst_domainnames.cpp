// DomainNames: host comparisons and base domains. (What the user asks a lookup about is parsed
// by EmailAddress::parseEmailOrDomain, tested in tst_emailaddress.)
#include "discovery/domainnames.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;

class TestDomainNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameOrSubdomain()
    {
        QVERIFY(DomainNames::isSameOrSubdomain(u"smtp.example.com"_s, u"example.com"_s));
        QVERIFY(DomainNames::isSameOrSubdomain(u"Example.COM."_s, u"example.com"_s));
        QVERIFY(DomainNames::isSameOrSubdomain(u"a.b.example.com"_s, u"EXAMPLE.com"_s));
        QVERIFY(!DomainNames::isSameOrSubdomain(u"notexample.com"_s, u"example.com"_s));
        QVERIFY(!DomainNames::isSameOrSubdomain(u"example.com.evil.test"_s,
                                                u"example.com"_s));
        QVERIFY(!DomainNames::isSameOrSubdomain(u"example.com"_s, u"smtp.example.com"_s));
        QVERIFY(!DomainNames::isSameOrSubdomain(QString(), u"example.com"_s));
    }

    // An IP address is never a domain: not under one, not one itself, whatever its digits end in.
    void addressesAreNotDomains_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("domain");
        QTest::newRow("10.0.0.1 in 0.1") << u"10.0.0.1"_s << u"0.1"_s;
        QTest::newRow("10.0.0.1 in 0.0.1") << u"10.0.0.1"_s << u"0.0.1"_s;
        QTest::newRow("192.168.0.1 in 168.0.1") << u"192.168.0.1"_s << u"168.0.1"_s;
        QTest::newRow("127.0.0.1 in itself") << u"127.0.0.1"_s << u"127.0.0.1"_s;
        QTest::newRow("::1 in 1") << u"::1"_s << u"1"_s;
        QTest::newRow("[::1] in itself") << u"[::1]"_s << u"[::1]"_s;
    }
    void addressesAreNotDomains()
    {
        QFETCH(QString, address);
        QFETCH(QString, domain);
        QVERIFY(!DomainNames::isSameOrSubdomain(address, domain));
        QVERIFY(DomainNames::registrableDomain(address).isEmpty());
    }

    void normalized()
    {
        QCOMPARE(DomainNames::normalized(u" Mail.Example.COM. "_s), u"mail.example.com"_s);
        QCOMPARE(DomainNames::normalized(u"_submission._tcp.example.com"_s),
                 u"_submission._tcp.example.com"_s);
        QCOMPARE(DomainNames::normalized(QString::fromUtf8("bücher.example")), u"xn--bcher-kva.example"_s);
        QCOMPARE(DomainNames::normalized(u"localhost"_s), u"localhost"_s);
        // Injection is refused, not trimmed away.
        QVERIFY(DomainNames::normalized(u"gmail.com\n"_s).isEmpty());
        QVERIFY(DomainNames::normalized(u"gmail.com\r\nRCPT TO:<x>"_s).isEmpty());
        QVERIFY(DomainNames::normalized(u"gmail"_s + QChar(0) + u".com"_s).isEmpty());
        QVERIFY(DomainNames::normalized(u"-bad.example.com"_s).isEmpty());
        QVERIFY(DomainNames::normalized(QString(64, u'a') + u".com"_s).isEmpty());
    }

    void registrableDomain_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mx of a hosting firm")
                << u"mx1.mail.hostingfirm.example"_s << u"hostingfirm.example"_s;
        QTest::newRow("google") << u"aspmx.l.google.com"_s << u"google.com"_s;
        QTest::newRow("two labels") << u"example.com"_s << u"example.com"_s;
        QTest::newRow("gmail") << u"gmail.com"_s << u"gmail.com"_s;
        QTest::newRow("com.tr") << u"mx.isp.com.tr"_s << u"isp.com.tr"_s;
        QTest::newRow("com.tr, deeper") << u"mail.firma.com.tr"_s << u"firma.com.tr"_s;
        QTest::newRow("bare com.tr registration") << u"isp.com.tr"_s << u"isp.com.tr"_s;
        QTest::newRow("co.uk") << u"mx.mail.example.co.uk"_s << u"example.co.uk"_s;
        QTest::newRow("k12.tr") << u"posta.okul.k12.tr"_s << u"okul.k12.tr"_s;
        QTest::newRow("case and dot") << u"MX.Example.ORG."_s << u"example.org"_s;
        QTest::newRow("outlook") << u"example-com.mail.protection.outlook.com"_s
                                 << u"outlook.com"_s;
        QTest::newRow("invalid") << u"bad host"_s << QString();

        // What the hand-written table before libpsl got wrong (docs/architecture.md#public-suffixes).
        QTest::newRow("mil.tr") << u"mx.kurum.mil.tr"_s << u"kurum.mil.tr"_s;
        QTest::newRow("three-level gov.nc.tr")
                << u"mail.belediye.gov.nc.tr"_s << u"belediye.gov.nc.tr"_s;
        QTest::newRow("wildcard *.kawasaki.jp")
                << u"mx.firma.kawasaki.jp"_s << u"mx.firma.kawasaki.jp"_s;
        QTest::newRow("exception !city.kawasaki.jp")
                << u"city.kawasaki.jp"_s << u"city.kawasaki.jp"_s;
        QTest::newRow("wildcard *.ck") << u"mail.firma.co.ck"_s << u"firma.co.ck"_s;
        QTest::newRow("exception !www.ck") << u"www.ck"_s << u"www.ck"_s;
        QTest::newRow("pvt.k12.ma.us") << u"mail.okul.pvt.k12.ma.us"_s
                                       << u"okul.pvt.k12.ma.us"_s;
        // The private section counts: alice.github.io and mallory.github.io are not one organisation.
        QTest::newRow("private github.io") << u"mx.alice.github.io"_s << u"alice.github.io"_s;
        QTest::newRow("private blogspot.com")
                << u"posta.ali.blogspot.com"_s << u"ali.blogspot.com"_s;
        // A public suffix is nobody's base domain.
        QTest::newRow("suffix com.tr") << u"com.tr"_s << QString();
        QTest::newRow("suffix co.uk") << u"CO.UK."_s << QString();
        QTest::newRow("private suffix github.io") << u"github.io"_s << QString();
        QTest::newRow("single label") << u"localhost"_s << QString();
        // Internationalised names: UTF-8 or punycode in, punycode out, with the IDN rules applied
        // (公司.香港 is a public suffix).
        QTest::newRow("IDN in UTF-8") << QString::fromUtf8("posta.firma.公司.香港")
                                      << u"firma.xn--55qx5d.xn--j6w193g"_s;
        QTest::newRow("IDN in punycode") << u"posta.firma.xn--55qx5d.xn--j6w193g"_s
                                         << u"firma.xn--55qx5d.xn--j6w193g"_s;
        QTest::newRow("IDN label") << QString::fromUtf8("mx.bücher.example") << u"xn--bcher-kva.example"_s;
        // IP addresses have no base domain.
        QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << QString();
        QTest::newRow("192.168.0.1") << u"192.168.0.1"_s << QString();
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << QString();
        QTest::newRow("::1") << u"::1"_s << QString();
    }
    void registrableDomain()
    {
        QFETCH(QString, host);
        QFETCH(QString, expected);
        QCOMPARE(DomainNames::registrableDomain(host), expected);
    }
};

QTEST_GUILESS_MAIN(TestDomainNames)
#include "tst_domainnames.moc"
