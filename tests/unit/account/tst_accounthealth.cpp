// AccountHealth: the certificate's days left as people count them, the warning under 14 days,
// an old last test; and the certificate's end date kept with the last test (JSON round trip).
#include "account/accounthealth.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;

class TestAccountHealth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void daysLeft_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<int>("days");
        QTest::newRow("60 hours") << qint64(60 * 3600) << 3;
        QTest::newRow("exactly 3 days") << qint64(3 * 86400) << 3;
        QTest::newRow("one second") << qint64(1) << 1;
        QTest::newRow("now") << qint64(0) << 0;
        QTest::newRow("an hour ago") << qint64(-3600) << -1;
        QTest::newRow("two days ago") << qint64(-2 * 86400) << -2;
    }

    void daysLeft()
    {
        QFETCH(qint64, seconds);
        QFETCH(int, days);
        const QDateTime now(QDate(2026, 12, 4), QTime(15, 0), Qt::UTC);
        QCOMPARE(AccountHealth::certificateDaysLeft(now.addSecs(seconds), now), days);
        QVERIFY(!AccountHealth::certificateDaysLeft(QDateTime(), now));
    }

    void warningUnderFourteenDays()
    {
        QVERIFY(!AccountHealth::certificateWarning(std::nullopt));
        QVERIFY(!AccountHealth::certificateWarning(14));
        QCOMPARE(AccountHealth::certificateWarning(13)->word, QString(CertificateExpiresSoonWarning));
        QCOMPARE(AccountHealth::certificateWarning(3)->word, QString(CertificateExpiresSoonWarning));
        QVERIFY(AccountHealth::certificateWarning(-1)); // expired: still a warning, its own words
        QVERIFY(AccountHealth::certificateWarning(-1)->text != AccountHealth::certificateWarning(3)->text);
    }

    void warningsFromTheLastTest()
    {
        const QDateTime now(QDate(2026, 12, 4), QTime(15, 0), Qt::UTC);
        AccountTestResult never;
        QVERIFY(AccountHealth::warnings(never, now).isEmpty());
        AccountTestResult fresh{now.addDays(-1), true, u"done"_s, {}, {}, now.addDays(200)};
        QVERIFY(AccountHealth::warnings(fresh, now).isEmpty());
        AccountTestResult old = fresh;
        old.time = now.addDays(-31);
        QCOMPARE(AccountHealth::warnings(old, now).size(), 1);
        QCOMPARE(AccountHealth::warnings(old, now).constFirst().word, QString(LastTestOldWarning));
        AccountTestResult soon = fresh;
        soon.certificateExpiry = now.addDays(5);
        QCOMPARE(AccountHealth::warnings(soon, now).constFirst().word, QString(CertificateExpiresSoonWarning));
    }

    void certificateExpiryIsKeptWithTheLastTest()
    {
        AccountTestResult result{QDateTime(QDate(2026, 12, 4), QTime(15, 0), Qt::UTC), true, u"done"_s, {}, {},
                                 QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC)};
        const QJsonObject json = result.toJson();
        QCOMPARE(json.value(u"certificateExpiry"_s).toString(), u"2026-12-07T09:30:00Z"_s);
        QCOMPARE(AccountTestResult::fromJson(json), result);
        result.certificateExpiry = QDateTime();
        QVERIFY(!result.toJson().contains(u"certificateExpiry"_s)); // no TLS: no field
        QCOMPARE(AccountTestResult::fromJson(result.toJson()), result);
    }
};

QTEST_GUILESS_MAIN(TestAccountHealth)
#include "tst_accounthealth.moc"
