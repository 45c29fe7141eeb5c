#include "diagnosis/remedychecker.h"
#include "fakelistener.h"
#include "scenario.h"
#include "smtp/trustedcertificates.h"
#include "timing.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;
using namespace Postaci::Test::Scenario;

// The RemedyChecker job: probes in parallel under one deadline, never with credentials, marks
// and sorts, finishes once, cancels promptly, deletes itself.
namespace {

const QByteArray greeting("220 mail.example.test ESMTP ready\r\n");

FakeListener::Behaviour smtpWithAuth()
{
    FakeListener::Behaviour behaviour;
    behaviour.onConnect = greeting;
    behaviour.rules = {
        {"EHLO", "250-mail.example.test\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n", false},
        {"AUTH", "235 2.7.0 Authentication successful\r\n", false},
        {"QUIT", "221 2.0.0 Bye\r\n", true},
    };
    return behaviour;
}

Remedy remedyTo(const QString &text, quint16 port, Security security)
{
    return Remedy{text, change(port, security), false};
}

} // namespace

class RemedyCheckerTest : public QObject
{
    Q_OBJECT

    // Base settings: a closed port, with credentials that must never be used by a probe.
    SessionSettings base()
    {
        SessionSettings s = settings(u"127.0.0.1"_s, closedPort(), Security::None);
        s.user = u"dukkan@example.test"_s;
        s.secret = u"S3cret-Never-Sent"_s;
        s.auth = AuthMethod::Plain;
        s.allowPlaintextAuth = true;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The system's CA roots are read once per process, by the first session given an extra
        // CA (core/smtp/trustedcertificates.h): read them now, so that the timings below measure
        // the probes and not a disk read on a busy machine.
        QVERIFY(!systemAndExtraCaCertificates({}).isEmpty());
    }

    void probeSettingsCarryNoCredentials()
    {
        const SessionSettings probe = RemedyChecker::probeSettings(base(), change(465, Security::ImplicitTls), 1200ms);
        QCOMPARE(probe.port, quint16(465));
        QCOMPARE(probe.security, Security::ImplicitTls);
        QVERIFY(probe.user.isEmpty());
        QVERIFY(probe.secret.isEmpty());
        QVERIFY(!probe.hasCredentials());
        QCOMPARE(probe.auth, AuthMethod::None);
        QVERIFY(!probe.allowPlaintextAuth);
        QCOMPARE(probe.timeouts.total, 1200ms);
        QVERIFY(probe.timeouts.connect <= 1200ms && probe.timeouts.greeting <= 1200ms && probe.timeouts.command <= 1200ms);
        QCOMPARE(probe.extraCaCertificates, base().extraCaCertificates);
    }

    void verifiesWithoutSendingCredentials()
    {
        FakeListener server(smtpWithAuth());
        QVERIFY(server.listen());
        Diagnosis diagnosis;
        diagnosis.id = u"connection-refused"_s;
        diagnosis.remedies = {remedyTo(u"use the listener"_s, server.port(), Security::None)};
        const Diagnosis result = checked(diagnosis, base(), 5000ms);
        QCOMPARE(result.remedies.size(), 1);
        QVERIFY(result.remedies.first().verified);
        const QByteArray wire = server.received();
        QVERIFY2(wire.contains("EHLO"), wire.constData());
        QVERIFY2(!wire.toUpper().contains("AUTH"), wire.constData());
        QVERIFY(!wire.contains("S3cret"));
        QVERIFY(!wire.contains(QByteArray("\0dukkan@example.test\0S3cret-Never-Sent", 37).toBase64()));
    }

    void probesRunInParallelUnderOneDeadline()
    {
        FakeListener silent1({}), silent2({}), silent3({});
        QVERIFY(silent1.listen() && silent2.listen() && silent3.listen());
        Diagnosis diagnosis;
        diagnosis.id = u"timeout"_s;
        diagnosis.remedies = {remedyTo(u"1"_s, silent1.port(), Security::None),
                              remedyTo(u"2"_s, silent2.port(), Security::StartTls),
                              remedyTo(u"3"_s, silent3.port(), Security::ImplicitTls)};
        // Long step limits: only the deadline (3 s) ends a probe. One deadline for all three is
        // 3 s; one after another would be 9 s, beyond the slack of a slow machine (timing.h).
        SessionSettings longLimits = base();
        longLimits.timeouts = SessionTimeouts::uniform(30s);
        QElapsedTimer clock;
        clock.start();
        const Diagnosis result = checked(diagnosis, longLimits, 3000ms);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed < 3000 + SlowMachineSlackMs, qPrintable(QString::number(elapsed))); // one deadline, not three
        QCOMPARE(result.remedies.size(), 3);
        for (const Remedy &remedy : result.remedies)
            QVERIFY(!remedy.verified);
        QCOMPARE(silent1.connectionCount(), 1);
        QCOMPARE(silent2.connectionCount(), 1);
        QCOMPARE(silent3.connectionCount(), 1);
    }

    void verifiedFirstOtherwiseOriginalOrder()
    {
        FakeListener good1(smtpWithAuth()), good2(smtpWithAuth());
        QVERIFY(good1.listen() && good2.listen());
        const quint16 dead = closedPort();
        Diagnosis diagnosis;
        diagnosis.id = u"connection-refused"_s;
        diagnosis.remedies = {remedyTo(u"dead"_s, dead, Security::None),
                              Remedy{u"words only"_s, std::nullopt, false},
                              remedyTo(u"good1"_s, good1.port(), Security::None),
                              Remedy{u"user name"_s, userChange(u"x@example.test"_s), false},
                              remedyTo(u"good2"_s, good2.port(), Security::None)};
        const Diagnosis result = checked(diagnosis, base(), 5000ms);
        QStringList order;
        for (const Remedy &remedy : result.remedies)
            order.append(remedy.text + (remedy.verified ? u"+"_s : QString()));
        QCOMPARE(order, (QStringList{u"good1+"_s, u"good2+"_s, u"dead"_s,
                                     u"words only"_s, u"user name"_s}));
    }

    void sameDestinationIsProbedOnce()
    {
        FakeListener server(smtpWithAuth());
        QVERIFY(server.listen());
        Diagnosis diagnosis;
        diagnosis.id = u"connection-refused"_s;
        diagnosis.remedies = {remedyTo(u"a"_s, server.port(), Security::None),
                              remedyTo(u"b"_s, server.port(), Security::None)};
        const Diagnosis result = checked(diagnosis, base(), 5000ms);
        QVERIFY(result.remedies.at(0).verified && result.remedies.at(1).verified);
        QCOMPARE(server.connectionCount(), 1);
    }

    void nothingToCheckFinishesAtOnce()
    {
        Diagnosis diagnosis;
        diagnosis.id = u"certificate-expired"_s;
        diagnosis.remedies = {Remedy{u"check the clock"_s, std::nullopt, false}};
        QElapsedTimer clock;
        clock.start();
        const Diagnosis result = checked(diagnosis, base(), 30s);
        // At once: far below the 30 s deadline (timing.h).
        QVERIFY2(clock.elapsed() < SlowMachineSlackMs, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(result.id, diagnosis.id);
        QCOMPARE(result.remedies.size(), 1);
        QVERIFY(!result.remedies.first().verified);
    }

    void cancelIsPromptFinishesOnceAndDeletes()
    {
        FakeListener silent({});
        QVERIFY(silent.listen());
        Diagnosis diagnosis;
        diagnosis.id = u"timeout"_s;
        diagnosis.remedies = {remedyTo(u"silent"_s, silent.port(), Security::None)};
        // Long limits, so that a cancel that waited for the probe would stand out (timing.h).
        SessionSettings longLimits = base();
        longLimits.timeouts = SessionTimeouts::uniform(30s);
        QPointer<RemedyChecker> checker = new RemedyChecker(diagnosis, longLimits);
        checker->setDeadline(30000ms);
        int emitted = 0;
        connect(checker, &RemedyChecker::finished, this, [&emitted](const Diagnosis &) { ++emitted; });
        checker->start();
        QTRY_COMPARE_WITH_TIMEOUT(silent.connectionCount(), 1, 10000); // the probe is under way
        QElapsedTimer clock;
        clock.start();
        checker->cancel();
        QCOMPARE(emitted, 1);     // at once
        QVERIFY2(clock.elapsed() < SlowMachineSlackMs, qPrintable(QString::number(clock.elapsed())));
        checker->cancel();        // harmless
        QTRY_VERIFY_WITH_TIMEOUT(checker.isNull(), 10000); // deleteLater()
        QTest::qWait(200);
        QCOMPARE(emitted, 1);
    }

    void finishedOnceAndDeletedAfterTheDeadline()
    {
        FakeListener silent({});
        QVERIFY(silent.listen());
        Diagnosis diagnosis;
        diagnosis.id = u"timeout"_s;
        diagnosis.remedies = {remedyTo(u"silent"_s, silent.port(), Security::None)};
        QPointer<RemedyChecker> checker = new RemedyChecker(diagnosis, base());
        checker->setDeadline(500ms);
        int emitted = 0;
        connect(checker, &RemedyChecker::finished, this, [&emitted](const Diagnosis &) { ++emitted; });
        checker->start();
        QTRY_COMPARE_WITH_TIMEOUT(emitted, 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(checker.isNull(), 10000);
        QTest::qWait(800); // the probe's own timeouts pass: nothing more arrives
        QCOMPARE(emitted, 1);
    }
};

QTEST_GUILESS_MAIN(RemedyCheckerTest)
#include "tst_remedychecker.moc"
