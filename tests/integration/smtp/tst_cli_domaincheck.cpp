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

using namespace Postaci::Test;

class TestCliDomainCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(QStringLiteral("POSTACI_CLI=") + cliPath()));
        QVERIFY(m_dir.isValid());
        const QString source = qEnvironmentVariable("POSTACI_SOURCE_DIR");
        const QString here = source + QStringLiteral("/tests/integration/smtp/");
        const QString out = m_dir.filePath(QStringLiteral("results.json"));
        QProcess run;
        run.setProcessChannelMode(QProcess::MergedChannels);
        run.start(QStringLiteral("/usr/bin/python3"),
                  {source + QStringLiteral("/tests/support/testnetwork-run"), QStringLiteral("--config"),
                   here + QStringLiteral("domaincheck-net.json"), QStringLiteral("--"), QStringLiteral("/usr/bin/python3"),
                   here + QStringLiteral("domaincheck_cases.py"), out});
        QVERIFY2(run.waitForFinished(100000), "testnetwork-run did not finish in 100 s");
        const QByteArray log = run.readAll();
        QVERIFY2(run.exitCode() == 0, log.constData());
        m_results = QJsonDocument::fromJson(readFile(out)).object();
        QVERIFY2(!m_results.isEmpty(), log.constData());
    }

    void domainWithMx()
    {
        const QJsonObject r = result(QStringLiteral("good"));
        QVERIFY2(r.value(QLatin1String("exit")).toInt() == 0, qPrintable(describe(r)));
        QVERIFY2(out(r).contains(QLatin1String("good.test accepts mail (MX: mail.good.test)")), qPrintable(describe(r)));
        QVERIFY(err(r).contains(QLatin1String("C: DATA")) || err(r).contains(QLatin1String("C: BDAT")));
    }

    void domainWithAddressOnly()
    {
        const QJsonObject r = result(QStringLiteral("aonly"));
        QVERIFY2(r.value(QLatin1String("exit")).toInt() == 0, qPrintable(describe(r)));
        QVERIFY2(out(r).contains(QLatin1String("aonly.test accepts mail (no MX record")), qPrintable(describe(r)));
    }

    void nullMxStopsBeforeSending()
    {
        const QJsonObject r = result(QStringLiteral("nullmx"));
        QVERIFY2(r.value(QLatin1String("exit")).toInt() == 2, qPrintable(describe(r)));
        QVERIFY2(err(r).contains(QLatin1String("null MX")), qPrintable(describe(r)));
        QVERIFY2(!err(r).contains(QLatin1String("C: ")), qPrintable(describe(r))); // nothing was sent
    }

    void missingDomainStopsBeforeSending()
    {
        const QJsonObject r = result(QStringLiteral("missing"));
        QVERIFY2(r.value(QLatin1String("exit")).toInt() == 2, qPrintable(describe(r)));
        QVERIFY2(err(r).contains(QLatin1String("missing.test does not exist")), qPrintable(describe(r)));
        QVERIFY2(!err(r).contains(QLatin1String("C: ")), qPrintable(describe(r)));
        QVERIFY2(!out(r).contains(QLatin1String("Connecting")), qPrintable(describe(r)));

        const QJsonObject j = result(QStringLiteral("missing-json"));
        QCOMPARE(j.value(QLatin1String("exit")).toInt(), 2);
        const QJsonObject json = QJsonDocument::fromJson(out(j).toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("ok")).toBool(true), false);
        QCOMPARE(json.value(QLatin1String("error")).toString(), QStringLiteral("invalid-input"));
        QVERIFY(json.value(QLatin1String("errorDetail")).toString().contains(QLatin1String("missing.test")));
    }

    // A name server that never answers: a warning, the message is still sent, and the check
    // gave up within its bound (--timeout 2 caps it at 2 s; the process also bounds the resolver's
    // own wait with it, so that its exit does not wait for 5 s × 2 attempts).
    void silentResolverIsOnlyAWarning()
    {
        const QJsonObject r = result(QStringLiteral("slow"));
        QVERIFY2(r.value(QLatin1String("exit")).toInt() == 0, qPrintable(describe(r)));
        QVERIFY2(err(r).contains(QLatin1String("Warning: Could not check in time whether the recipient's domain slow.test accepts mail")),
                 qPrintable(describe(r)));
        // The whole process (start-up and the send included) with the slack of timing.h.
        QVERIFY2(r.value(QLatin1String("ms")).toInt() < 2000 + SlowMachineSlackMs, qPrintable(describe(r)));
    }

private:
    QJsonObject result(const QString &name) const { return m_results.value(name).toObject(); }
    static QString out(const QJsonObject &r) { return r.value(QLatin1String("out")).toString(); }
    static QString err(const QJsonObject &r) { return r.value(QLatin1String("err")).toString(); }
    static QString describe(const QJsonObject &r)
    {
        return QStringLiteral("exit %1 after %2 ms\n--- stdout ---\n%3\n--- stderr ---\n%4")
            .arg(r.value(QLatin1String("exit")).toInt())
            .arg(r.value(QLatin1String("ms")).toInt())
            .arg(out(r), err(r));
    }

    QTemporaryDir m_dir;
    QJsonObject m_results;
};

QTEST_GUILESS_MAIN(TestCliDomainCheck)
#include "tst_cli_domaincheck.moc"
