// DomainNames: host comparisons and base domains. (What the user asks a lookup about is parsed
// by EmailAddress::parseEmailOrDomain, tested in tst_emailaddress.)
#include "discovery/domainnames.h"

#include <QTest>

using namespace Postaci;

class TestDomainNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameOrSubdomain()
    {
        QVERIFY(DomainNames::isSameOrSubdomain(QStringLiteral("smtp.example.com"), QStringLiteral("example.com")));
        QVERIFY(DomainNames::isSameOrSubdomain(QStringLiteral("Example.COM."), QStringLiteral("example.com")));
        QVERIFY(DomainNames::isSameOrSubdomain(QStringLiteral("a.b.example.com"), QStringLiteral("EXAMPLE.com")));
        QVERIFY(!DomainNames::isSameOrSubdomain(QStringLiteral("notexample.com"), QStringLiteral("example.com")));
        QVERIFY(!DomainNames::isSameOrSubdomain(QStringLiteral("example.com.evil.test"),
                                                QStringLiteral("example.com")));
        QVERIFY(!DomainNames::isSameOrSubdomain(QStringLiteral("example.com"), QStringLiteral("smtp.example.com")));
        QVERIFY(!DomainNames::isSameOrSubdomain(QString(), QStringLiteral("example.com")));
    }

    // An IP address is never a domain: not under one, not one itself, whatever its digits end in.
    void addressesAreNotDomains_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("domain");
        QTest::newRow("10.0.0.1 in 0.1") << QStringLiteral("10.0.0.1") << QStringLiteral("0.1");
        QTest::newRow("10.0.0.1 in 0.0.1") << QStringLiteral("10.0.0.1") << QStringLiteral("0.0.1");
        QTest::newRow("192.168.0.1 in 168.0.1") << QStringLiteral("192.168.0.1") << QStringLiteral("168.0.1");
        QTest::newRow("127.0.0.1 in itself") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1");
        QTest::newRow("::1 in 1") << QStringLiteral("::1") << QStringLiteral("1");
        QTest::newRow("[::1] in itself") << QStringLiteral("[::1]") << QStringLiteral("[::1]");
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
        QCOMPARE(DomainNames::normalized(QStringLiteral(" Mail.Example.COM. ")), QStringLiteral("mail.example.com"));
        QCOMPARE(DomainNames::normalized(QStringLiteral("_submission._tcp.example.com")),
                 QStringLiteral("_submission._tcp.example.com"));
        QCOMPARE(DomainNames::normalized(QString::fromUtf8("bücher.example")), QStringLiteral("xn--bcher-kva.example"));
        QCOMPARE(DomainNames::normalized(QStringLiteral("localhost")), QStringLiteral("localhost"));
        // Injection is refused, not trimmed away.
        QVERIFY(DomainNames::normalized(QStringLiteral("gmail.com\n")).isEmpty());
        QVERIFY(DomainNames::normalized(QStringLiteral("gmail.com\r\nRCPT TO:<x>")).isEmpty());
        QVERIFY(DomainNames::normalized(QStringLiteral("gmail") + QChar(0) + QStringLiteral(".com")).isEmpty());
        QVERIFY(DomainNames::normalized(QStringLiteral("-bad.example.com")).isEmpty());
        QVERIFY(DomainNames::normalized(QString(64, u'a') + QStringLiteral(".com")).isEmpty());
    }

    void registrableDomain_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mx of a hosting firm")
                << QStringLiteral("mx1.mail.hostingfirm.example") << QStringLiteral("hostingfirm.example");
        QTest::newRow("google") << QStringLiteral("aspmx.l.google.com") << QStringLiteral("google.com");
        QTest::newRow("two labels") << QStringLiteral("example.com") << QStringLiteral("example.com");
        QTest::newRow("gmail") << QStringLiteral("gmail.com") << QStringLiteral("gmail.com");
        QTest::newRow("com.tr") << QStringLiteral("mx.isp.com.tr") << QStringLiteral("isp.com.tr");
        QTest::newRow("com.tr, deeper") << QStringLiteral("mail.firma.com.tr") << QStringLiteral("firma.com.tr");
        QTest::newRow("bare com.tr registration") << QStringLiteral("isp.com.tr") << QStringLiteral("isp.com.tr");
        QTest::newRow("co.uk") << QStringLiteral("mx.mail.example.co.uk") << QStringLiteral("example.co.uk");
        QTest::newRow("k12.tr") << QStringLiteral("posta.okul.k12.tr") << QStringLiteral("okul.k12.tr");
        QTest::newRow("case and dot") << QStringLiteral("MX.Example.ORG.") << QStringLiteral("example.org");
        QTest::newRow("outlook") << QStringLiteral("example-com.mail.protection.outlook.com")
                                 << QStringLiteral("outlook.com");
        QTest::newRow("invalid") << QStringLiteral("bad host") << QString();

        // What the hand-written table before libpsl got wrong (docs/architecture.md#public-suffixes).
        QTest::newRow("mil.tr") << QStringLiteral("mx.kurum.mil.tr") << QStringLiteral("kurum.mil.tr");
        QTest::newRow("three-level gov.nc.tr")
                << QStringLiteral("mail.belediye.gov.nc.tr") << QStringLiteral("belediye.gov.nc.tr");
        QTest::newRow("wildcard *.kawasaki.jp")
                << QStringLiteral("mx.firma.kawasaki.jp") << QStringLiteral("mx.firma.kawasaki.jp");
        QTest::newRow("exception !city.kawasaki.jp")
                << QStringLiteral("city.kawasaki.jp") << QStringLiteral("city.kawasaki.jp");
        QTest::newRow("wildcard *.ck") << QStringLiteral("mail.firma.co.ck") << QStringLiteral("firma.co.ck");
        QTest::newRow("exception !www.ck") << QStringLiteral("www.ck") << QStringLiteral("www.ck");
        QTest::newRow("pvt.k12.ma.us") << QStringLiteral("mail.okul.pvt.k12.ma.us")
                                       << QStringLiteral("okul.pvt.k12.ma.us");
        // The private section counts: alice.github.io and mallory.github.io are not one organisation.
        QTest::newRow("private github.io") << QStringLiteral("mx.alice.github.io") << QStringLiteral("alice.github.io");
        QTest::newRow("private blogspot.com")
                << QStringLiteral("posta.ali.blogspot.com") << QStringLiteral("ali.blogspot.com");
        // A public suffix is nobody's base domain.
        QTest::newRow("suffix com.tr") << QStringLiteral("com.tr") << QString();
        QTest::newRow("suffix co.uk") << QStringLiteral("CO.UK.") << QString();
        QTest::newRow("private suffix github.io") << QStringLiteral("github.io") << QString();
        QTest::newRow("single label") << QStringLiteral("localhost") << QString();
        // Internationalised names: UTF-8 or punycode in, punycode out, with the IDN rules applied
        // (公司.香港 is a public suffix).
        QTest::newRow("IDN in UTF-8") << QString::fromUtf8("posta.firma.公司.香港")
                                      << QStringLiteral("firma.xn--55qx5d.xn--j6w193g");
        QTest::newRow("IDN in punycode") << QStringLiteral("posta.firma.xn--55qx5d.xn--j6w193g")
                                         << QStringLiteral("firma.xn--55qx5d.xn--j6w193g");
        QTest::newRow("IDN label") << QString::fromUtf8("mx.bücher.example") << QStringLiteral("xn--bcher-kva.example");
        // IP addresses have no base domain.
        QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << QString();
        QTest::newRow("192.168.0.1") << QStringLiteral("192.168.0.1") << QString();
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << QString();
        QTest::newRow("::1") << QStringLiteral("::1") << QString();
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
