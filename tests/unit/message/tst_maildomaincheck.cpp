// The recipient-domain check's local cases. The DNS answers themselves (MX, implicit MX,
// NXDOMAIN) are exercised with a real resolver in tests/integration/smtp (tst_domaincheck_cli).
#include "message/maildomaincheck.h"

#include "timing.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;

class TestMailDomainCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void needsLookup()
    {
        QVERIFY(MailDomainCheck::needsLookup(u"example.com"_s));
        QVERIFY(MailDomainCheck::needsLookup(u"xn--rnek-4qa.com.tr"_s));
        QVERIFY(!MailDomainCheck::needsLookup(u"[127.0.0.1]"_s));
        QVERIFY(!MailDomainCheck::needsLookup(u"[IPv6:::1]"_s));
        QVERIFY(!MailDomainCheck::needsLookup(u"localhost"_s));
        QVERIFY(!MailDomainCheck::needsLookup(u"LocalHost"_s));
        QVERIFY(!MailDomainCheck::needsLookup(u"mail.localhost"_s));
        QVERIFY(!MailDomainCheck::needsLookup(QString()));
    }

    void literalsAreSkipped_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::newRow("ipv4") << u"[127.0.0.1]"_s;
        QTest::newRow("localhost") << u"localhost"_s;
    }

    void literalsAreSkipped()
    {
        QFETCH(QString, domain);
        auto *check = new MailDomainCheck(domain);
        QSignalSpy finished(check, &MailDomainCheck::finished);
        QSignalSpy destroyed(check, &QObject::destroyed);
        check->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<MailDomainCheck::Result>();
        QCOMPARE(result.outcome, MailDomainCheck::Outcome::Skipped);
        QCOMPARE(result.domain, domain);
        QVERIFY(destroyed.wait(10000)); // the job deletes itself
    }

    // Whatever the resolver does, cancel ends the check at once with "could not tell".
    void cancelIsPromptAndNeverClaimsNoMail()
    {
        auto *check = new MailDomainCheck(u"postaci-cancel-test.invalid"_s);
        check->setTimeout(std::chrono::milliseconds(30000));
        QSignalSpy finished(check, &MailDomainCheck::finished);
        check->start();
        QElapsedTimer timer;
        timer.start();
        check->cancel();
        QCOMPARE(finished.size(), 1);
        // At once: far below the 30 s timeout it would otherwise wait for (timing.h).
        QVERIFY2(timer.elapsed() < Test::SlowMachineSlackMs, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(finished.first().first().value<MailDomainCheck::Result>().outcome, MailDomainCheck::Outcome::Unknown);
        check->cancel(); // a second cancel is harmless
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }

    void timeoutIsBounded()
    {
        auto *check = new MailDomainCheck(u"postaci-timeout-test.invalid"_s);
        check->setTimeout(std::chrono::milliseconds(1));
        QSignalSpy finished(check, &MailDomainCheck::finished);
        QElapsedTimer timer;
        timer.start();
        check->start();
        QVERIFY(finished.wait(10000));
        // Bounded by its 1 ms, not by the default 5 s (which could not end before 5000 ms).
        QVERIFY2(timer.elapsed() < Test::SlowMachineSlackMs, qPrintable(QString::number(timer.elapsed())));
        const auto result = finished.first().first().value<MailDomainCheck::Result>();
        // 1 ms is too short for any resolver; a resolver that answers first can only say "no
        // such domain" for .invalid (RFC 6761 §6.4).
        QVERIFY(result.outcome == MailDomainCheck::Outcome::Unknown || result.outcome == MailDomainCheck::Outcome::NoMail);
        if (result.outcome == MailDomainCheck::Outcome::Unknown)
            QVERIFY(!result.detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMailDomainCheck)
#include "tst_maildomaincheck.moc"
