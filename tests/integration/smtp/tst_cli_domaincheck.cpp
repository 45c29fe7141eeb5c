// "Before sending" (docs/cli.md#before-sending): send-test checks that the recipient's domain accepts mail
// (MX, else A/AAAA) and stops with exit 2 before anything is sent when it cannot; a resolver that
// does not answer is only a warning. Runs the real resolver path (QDnsLookup, /etc/resolv.conf)
// inside a private network namespace with dnsmasq (tests/support/testnetwork-run).
#include "clirunner.h"
#include "testsupport.h"
#include "timing.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci::Test;

class TestCliDomainCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(u"POSTACI_CLI="_s + cliPath()));
        QVERIFY(m_dir.isValid());
        const QString source = qEnvironmentVariable("POSTACI_SOURCE_DIR");
        const QString here = source + u"/tests/integration/smtp/"_s;
        const QString out = m_dir.filePath(u"results.json"_s);
        QProcess run;
        run.setProcessChannelMode(QProcess::MergedChannels);
        run.start(u"/usr/bin/python3"_s,
                  {source + u"/tests/support/testnetwork-run"_s, u"--config"_s,
                   here + u"domaincheck-net.json"_s, u"--"_s, u"/usr/bin/python3"_s,
                   here + u"domaincheck_cases.py"_s, out});
        QVERIFY2(run.waitForFinished(100000), "testnetwork-run did not finish in 100 s");
        const QByteArray log = run.readAll();
        QVERIFY2(run.exitCode() == 0, log.constData());
        m_results = QJsonDocument::fromJson(readFile(out)).object();
        QVERIFY2(!m_results.isEmpty(), log.constData());
    }

    void domainWithMx()
    {
        const QJsonObject r = result(u"good"_s);
        QVERIFY2(r.value("exit"_L1).toInt() == 0, qPrintable(describe(r)));
        QVERIFY2(out(r).contains("good.test accepts mail (MX: mail.good.test)"_L1), qPrintable(describe(r)));
        QVERIFY(err(r).contains("C: DATA"_L1) || err(r).contains("C: BDAT"_L1));
    }

    void domainWithAddressOnly()
    {
        const QJsonObject r = result(u"aonly"_s);
        QVERIFY2(r.value("exit"_L1).toInt() == 0, qPrintable(describe(r)));
        QVERIFY2(out(r).contains("aonly.test accepts mail (no MX record"_L1), qPrintable(describe(r)));
    }

    void nullMxStopsBeforeSending()
    {
        const QJsonObject r = result(u"nullmx"_s);
        QVERIFY2(r.value("exit"_L1).toInt() == 2, qPrintable(describe(r)));
        QVERIFY2(err(r).contains("null MX"_L1), qPrintable(describe(r)));
        QVERIFY2(!err(r).contains("C: "_L1), qPrintable(describe(r))); // nothing was sent
    }

    void missingDomainStopsBeforeSending()
    {
        const QJsonObject r = result(u"missing"_s);
        QVERIFY2(r.value("exit"_L1).toInt() == 2, qPrintable(describe(r)));
        QVERIFY2(err(r).contains("missing.test does not exist"_L1), qPrintable(describe(r)));
        QVERIFY2(!err(r).contains("C: "_L1), qPrintable(describe(r)));
        QVERIFY2(!out(r).contains("Connecting"_L1), qPrintable(describe(r)));

        const QJsonObject j = result(u"missing-json"_s);
        QCOMPARE(j.value("exit"_L1).toInt(), 2);
        const QJsonObject json = QJsonDocument::fromJson(out(j).toUtf8()).object();
        QCOMPARE(json.value("ok"_L1).toBool(true), false);
        QCOMPARE(json.value("error"_L1).toString(), u"invalid-input"_s);
        QVERIFY(json.value("errorDetail"_L1).toString().contains("missing.test"_L1));
    }

    // A name server that never answers: a warning, the message is still sent, and the check
    // gave up within its bound (--timeout 2 caps it at 2 s; the process also bounds the resolver's
    // own wait with it, so that its exit does not wait for 5 s × 2 attempts).
    void silentResolverIsOnlyAWarning()
    {
        const QJsonObject r = result(u"slow"_s);
        QVERIFY2(r.value("exit"_L1).toInt() == 0, qPrintable(describe(r)));
        QVERIFY2(err(r).contains("Warning: Could not check in time whether the recipient's domain slow.test accepts mail"_L1),
                 qPrintable(describe(r)));
        // The whole process (start-up and the send included) with the slack of timing.h.
        QVERIFY2(r.value("ms"_L1).toInt() < 2000 + SlowMachineSlackMs, qPrintable(describe(r)));
    }

private:
    QJsonObject result(const QString &name) const { return m_results.value(name).toObject(); }
    static QString out(const QJsonObject &r) { return r.value("out"_L1).toString(); }
    static QString err(const QJsonObject &r) { return r.value("err"_L1).toString(); }
    static QString describe(const QJsonObject &r)
    {
        return u"exit %1 after %2 ms\n--- stdout ---\n%3\n--- stderr ---\n%4"_s
            .arg(r.value("exit"_L1).toInt())
            .arg(r.value("ms"_L1).toInt())
            .arg(out(r), err(r));
    }

    QTemporaryDir m_dir;
    QJsonObject m_results;
};

QTEST_GUILESS_MAIN(TestCliDomainCheck)
#include "tst_cli_domaincheck.moc"
