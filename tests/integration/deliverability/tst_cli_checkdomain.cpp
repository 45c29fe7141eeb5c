// `postaci-cli check-domain` end to end on the real resolver path (QDnsLookup, /etc/resolv.conf)
// inside a private network namespace whose dnsmasq serves the TXT, MX and A records of
// checkdomain-net.json (tests/support/testnetwork-run): SPF pass, fail with DMARC p=reject (exit
// 10), softfail, include chains, redirect=, an include loop and more than 10 lookups (permerror),
// three NODATA answers counted as void lookups (permerror, not temperror), no SPF at all, DMARC
// only at the organisational domain, a DKIM key under selector1 with its size, MTA-STS and
// TLS-RPT, a server without AAAA (NODATA is not "DNS cannot be asked"), and a name server that
// never answers (exit 3).
#include "clirunner.h"
#include "testnetwork.h"
#include "timing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci::Test;

namespace {

const QString Server = u"smtp.relay.test"_s;

QJsonObject checkOf(const CliRun &run, const QString &id)
{
    for (const QJsonValue &value : run.json.value("checks"_L1).toArray()) {
        if (value.toObject().value("id"_L1).toString() == id)
            return value.toObject();
    }
    return {};
}

QString statusOf(const CliRun &run, const QString &id)
{
    return checkOf(run, id).value("status"_L1).toString();
}

CliRun checkDomain(const QString &target, const QStringList &extra = {u"--host"_s, Server})
{
    return runCli(QStringList{u"check-domain"_s, target, u"--json"_s} + extra);
}

} // namespace

class TestCliCheckDomain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverAuthorised()
    {
        const CliRun run = checkDomain(u"ali@pass.test"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json.value("domain"_L1).toString(), u"pass.test"_s);
        const QJsonObject server = run.json.value("server"_L1).toObject();
        QCOMPARE(server.value("host"_L1).toString(), Server);
        // The server has no AAAA (NODATA): one address, and no DNS trouble reported.
        QCOMPARE(server.value("addresses"_L1).toArray(), QJsonArray{u"192.0.2.10"_s});
        for (const QString &id : {u"mx"_s, u"spf"_s, u"dmarc"_s, u"dkim"_s, u"mta-sts"_s, u"tls-rpt"_s})
            QVERIFY2(statusOf(run, id) == "pass"_L1, qPrintable(id + u": "_s + run.describe()));
        QCOMPARE(checkOf(run, u"spf"_s).value("record"_L1).toString(), u"v=spf1 a:smtp.relay.test -all"_s);
        QVERIFY2(checkOf(run, u"dkim"_s).value("explanation"_L1).toString().contains("selector1 (RSA, 2048 bits)"_L1),
                 qPrintable(run.describe()));
        QVERIFY(checkOf(run, u"mta-sts"_s).value("explanation"_L1).toString().contains("id 20240101"_L1));
        QVERIFY(checkOf(run, u"tls-rpt"_s).value("explanation"_L1).toString().contains("mailto:tls@pass.test"_L1));
        QCOMPARE(
                run.json.value("verdict"_L1).toString(),
                u"Mail from ali@pass.test sent through smtp.relay.test should arrive: SPF authorises the server and nothing fails."_s);
        QCOMPARE(run.json.value("spf"_L1).toArray().first().toObject().value("result"_L1).toString(), u"pass"_s);
    }

    void humanOutput()
    {
        const CliRun run = runCli({u"check-domain"_s, u"ali@pass.test"_s, u"--host"_s, Server});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"✔ pass   SPF"_s), qPrintable(run.describe()));
        QVERIFY2(out.contains("should arrive"_L1), qPrintable(run.describe()));
    }

    void failWithDmarcReject()
    {
        const CliRun run = checkDomain(u"ali@reject.test"_s);
        QVERIFY2(run.exitCode == 10, qPrintable(run.describe()));
        QCOMPARE(statusOf(run, u"spf"_s), u"fail"_s);
        QCOMPARE(statusOf(run, u"dmarc"_s), u"fail"_s);
        QCOMPARE(
                run.json.value("verdict"_L1).toString(),
                u"Mail from ali@reject.test sent through smtp.relay.test fails SPF, and DMARC p=reject tells receivers to refuse it."_s);
        const QJsonObject publish = checkOf(run, u"spf"_s).value("publish"_L1).toObject();
        QCOMPARE(publish.value("name"_L1).toString(), u"reject.test"_s);
        QCOMPARE(publish.value("value"_L1).toString(), u"v=spf1 ip4:198.51.100.0/24 a:smtp.relay.test -all"_s);
        QVERIFY(checkOf(run, u"spf"_s).value("remedy"_L1).toString().contains(publish.value("value"_L1).toString()));
    }

    void softFailIsAWarningAndMissingDmarcToo()
    {
        const CliRun run = checkDomain(u"soft.test"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(statusOf(run, u"spf"_s), u"warn"_s);
        QVERIFY(checkOf(run, u"spf"_s).value("explanation"_L1).toString().contains("~all"_L1));
        QCOMPARE(statusOf(run, u"dmarc"_s), u"warn"_s);
        const QJsonObject publish = checkOf(run, u"dmarc"_s).value("publish"_L1).toObject();
        QCOMPARE(publish.value("name"_L1).toString(), u"_dmarc.soft.test"_s);
        QCOMPARE(publish.value("value"_L1).toString(), u"v=DMARC1; p=none; rua=mailto:postmaster@soft.test"_s);
        QCOMPARE(statusOf(run, u"mta-sts"_s), u"none"_s);
        QCOMPARE(statusOf(run, u"mx"_s), u"warn"_s); // NODATA: the name exists without MX
    }

    void includeChainAndRedirect()
    {
        for (const QString &domain : {u"chain.test"_s, u"redirect.test"_s}) {
            const CliRun run = checkDomain(domain);
            QVERIFY2(statusOf(run, u"spf"_s) == "pass"_L1, qPrintable(run.describe()));
            QVERIFY2(run.json.value("spf"_L1).toArray().first().toObject().value("dnsLookups"_L1).toInt() >= 3,
                     qPrintable(run.describe()));
        }
    }

    void tooManyLookups_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("reason");
        QTest::newRow("include loop") << u"loop.test"_s << u"more than 10 DNS lookups"_s;
        QTest::newRow("11 includes") << u"many.test"_s << u"more than 10 DNS lookups"_s;
        // Three names that exist without an address: NODATA, counted as void lookups (RFC 7208
        // §4.6.4), which Qt alone would have reported like a DNS failure.
        QTest::newRow("3 void lookups") << u"voids.test"_s << u"more than 2 void lookups"_s;
    }

    void tooManyLookups()
    {
        QFETCH(QString, domain);
        QFETCH(QString, reason);
        const CliRun run = checkDomain(domain);
        QVERIFY2(run.exitCode == 10, qPrintable(run.describe()));
        QCOMPARE(statusOf(run, u"spf"_s), u"fail"_s);
        QCOMPARE(run.json.value("spf"_L1).toArray().first().toObject().value("result"_L1).toString(), u"permerror"_s);
        QVERIFY2(checkOf(run, u"spf"_s).value("explanation"_L1).toString().contains(reason),
                 qPrintable(run.describe()));
    }

    void noSpfAtAll()
    {
        const CliRun run = checkDomain(u"nospf.test"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(statusOf(run, u"spf"_s), u"warn"_s);
        QCOMPARE(statusOf(run, u"mx"_s), u"pass"_s);
        QCOMPARE(checkOf(run, u"spf"_s).value("publish"_L1).toObject().value("value"_L1).toString(),
                 u"v=spf1 a:smtp.relay.test ~all"_s);
    }

    void dmarcAtOrganisationalDomainOnly()
    {
        const CliRun run = checkDomain(u"ali@mail.orgonly.test"_s);
        QVERIFY2(statusOf(run, u"dmarc"_s) == "pass"_L1, qPrintable(run.describe()));
        QCOMPARE(checkOf(run, u"dmarc"_s).value("record"_L1).toString(),
                 u"v=DMARC1; p=none; sp=reject; rua=mailto:d@orgonly.test"_s);
        const QString explanation = checkOf(run, u"dmarc"_s).value("explanation"_L1).toString();
        QVERIFY2(explanation.contains("p=reject at the organisational domain orgonly.test"_L1),
                 qPrintable(run.describe()));
    }

    void savedAccount()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        const QMap<QString, QString> env{{u"XDG_CONFIG_HOME"_s, config.path()}};
        const CliRun added
                = runCli({u"accounts"_s, u"add"_s, u"--email"_s, u"ali@reject.test"_s, u"--host"_s, Server, u"--port"_s,
                          u"587"_s, u"--security"_s, u"starttls"_s, u"--no-password"_s, u"--json"_s},
                         {}, env);
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        QString id = added.json.value("id"_L1).toString();
        if (id.isEmpty())
            id = added.json.value("account"_L1).toObject().value("id"_L1).toString();
        QVERIFY2(!id.isEmpty(), qPrintable(added.describe()));
        const CliRun run = runCli({u"check-domain"_s, u"ali@reject.test"_s, u"--account"_s, id, u"--json"_s}, {}, env);
        QVERIFY2(run.exitCode == 10, qPrintable(run.describe()));
        QCOMPARE(run.json.value("server"_L1).toObject().value("host"_L1).toString(), Server);
    }

    // A name server that never answers: every question ends at the one deadline and the exit
    // code says DNS could not be asked at all.
    void dnsCannotBeAsked()
    {
        const CliRun run = runCli({u"check-domain"_s, u"dead.test"_s, u"--timeout"_s, u"2"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
        QCOMPARE(run.json.value("dnsReachable"_L1).toBool(true), false);
        QCOMPARE(run.json.value("verdict"_L1).toString(),
                 u"DNS could not be asked, so nothing could be checked for dead.test."_s);
        QVERIFY2(run.ms < 2000 + SlowMachineSlackMs, qPrintable(run.describe()));
    }

    void usageErrors()
    {
        QCOMPARE(runCli({u"check-domain"_s, u"x.test"_s, u"--host"_s, Server, u"--account"_s, u"1"_s}).exitCode, 2);
        QCOMPARE(runCli({u"check-domain"_s, u"not a domain"_s}).exitCode, 2);
        QCOMPARE(runCli({u"check-domain"_s}).exitCode, 2);
    }
};

POSTACI_TESTNETWORK_MAIN(TestCliCheckDomain, POSTACI_TESTNET_CONFIG)
#include "tst_cli_checkdomain.moc"
