// LookupTarget (what the user asked about) and DomainNames (host comparisons, base domains).
#include "discovery/domainnames.h"
#include "discovery/lookuptarget.h"

#include <QTest>

using namespace Postaci;

class TestLookupTarget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("domain");
        QTest::newRow("address") << "user@example.com" << "user@example.com" << "example.com";
        QTest::newRow("domain") << "example.com" << "" << "example.com";
        QTest::newRow("case and dot") << "  User.Name@Example.COM. " << "User.Name@example.com" << "example.com";
        QTest::newRow("idn") << "ali@bücher.example" << "ali@xn--bcher-kva.example" << "xn--bcher-kva.example";
        QTest::newRow("turkish idn") << "ayşe@şirket.com.tr" << "ayşe@xn--irket-idb.com.tr" << "xn--irket-idb.com.tr";
        QTest::newRow("plus") << "a+tag@mail.example.org" << "a+tag@mail.example.org" << "mail.example.org";
    }
    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, address);
        QFETCH(QString, domain);
        LookupTarget::Error error = LookupTarget::Error::Empty;
        const std::optional<LookupTarget> target = LookupTarget::parse(input, &error);
        QVERIFY(target);
        QCOMPARE(error, LookupTarget::Error::None);
        QCOMPARE(target->emailAddress, address);
        QCOMPARE(target->domain, domain);
        QCOMPARE(target->hasAddress(), !address.isEmpty());
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("error");
        QTest::newRow("empty") << "   " << int(LookupTarget::Error::Empty);
        QTest::newRow("newline") << QStringLiteral("user@example.com\r\nRCPT TO:<x>") << int(LookupTarget::Error::ControlCharacter);
        QTest::newRow("nul") << QStringLiteral("user@exa") + QChar(0) + QStringLiteral("mple.com") << int(LookupTarget::Error::ControlCharacter);
        QTest::newRow("no local part") << "@example.com" << int(LookupTarget::Error::BadLocalPart);
        QTest::newRow("space in local part") << "a b@example.com" << int(LookupTarget::Error::BadLocalPart);
        QTest::newRow("double dot") << "a..b@example.com" << int(LookupTarget::Error::BadLocalPart);
        QTest::newRow("single label") << "localhost" << int(LookupTarget::Error::BadDomain);
        QTest::newRow("empty label") << "user@example..com" << int(LookupTarget::Error::BadDomain);
        QTest::newRow("underscore-free check: slash") << "example.com/path" << int(LookupTarget::Error::BadDomain);
        QTest::newRow("url") << "https://example.com" << int(LookupTarget::Error::BadDomain);
        QTest::newRow("ip address") << "192.168.1.1" << int(LookupTarget::Error::BadDomain);
        QTest::newRow("leading hyphen") << "-bad.example.com" << int(LookupTarget::Error::BadDomain);
        QTest::newRow("too long label") << QString(QString(64, QLatin1Char('a')) + QStringLiteral(".com")) << int(LookupTarget::Error::BadDomain);
    }
    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(int, error);
        LookupTarget::Error actual = LookupTarget::Error::None;
        QVERIFY(!LookupTarget::parse(input, &actual));
        QCOMPARE(int(actual), error);
    }

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

QTEST_GUILESS_MAIN(TestLookupTarget)
#include "tst_lookuptarget.moc"
