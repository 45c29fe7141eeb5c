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
        QVERIFY(!DomainNames::isSameOrSubdomain(QStringLiteral("example.com.evil.test"), QStringLiteral("example.com")));
        QVERIFY(!DomainNames::isSameOrSubdomain(QStringLiteral("example.com"), QStringLiteral("smtp.example.com")));
        QVERIFY(!DomainNames::isSameOrSubdomain(QString(), QStringLiteral("example.com")));
    }

    void normalized()
    {
        QCOMPARE(DomainNames::normalized(QStringLiteral(" Mail.Example.COM. ")), QStringLiteral("mail.example.com"));
        QCOMPARE(DomainNames::normalized(QStringLiteral("_submission._tcp.example.com")), QStringLiteral("_submission._tcp.example.com"));
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
        QTest::newRow("mx of a hosting firm") << "mx1.mail.hostingfirm.example" << "hostingfirm.example";
        QTest::newRow("google") << "aspmx.l.google.com" << "google.com";
        QTest::newRow("two labels") << "example.com" << "example.com";
        QTest::newRow("com.tr") << "mx.isp.com.tr" << "isp.com.tr";
        QTest::newRow("bare com.tr registration") << "isp.com.tr" << "isp.com.tr";
        QTest::newRow("co.uk") << "mx.mail.example.co.uk" << "example.co.uk";
        QTest::newRow("k12.tr") << "posta.okul.k12.tr" << "okul.k12.tr";
        QTest::newRow("case and dot") << "MX.Example.ORG." << "example.org";
        QTest::newRow("outlook") << "example-com.mail.protection.outlook.com" << "outlook.com";
        QTest::newRow("invalid") << "bad host" << "";
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
