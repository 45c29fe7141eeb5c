// The lookup end to end, inside a private network namespace with its own DNS (dnsmasq), HTTPS
// and HTTP servers and SMTP servers (tests/support/testnetwork-run, zone in testnet.json).
// Every scenario drives the finder API and `postaci-cli lookup` (POSTACI_CLI).
//
//   provider.test    HTTPS autoconfig (and well-known); a forged plain-HTTP answer is ignored
//   bol.com.br       only in the ISPDB (the real file from $POSTACI_SHARED_DIR/ispdb)
//   srv.test         RFC 6186/8314 SRV records; srvdot.test declines _submissions with "."
//   verified.test    SRV records probed with --probe (one good server, one bad certificate)
//   gworkspace.test  MX at aspmx.l.google.com -> the catalog's Google entry
//   hosted.test      MX at mx1.emailsrvr.com -> the ISPDB entry of emailsrvr.com
//   guess.test       only guessing finds mail.guess.test (aiosmtpd, 465 and 587); smtp.guess.test
//                    has a certificate for another name and must not be suggested
//   plainonly.test   a server without STARTTLS: plaintext, flagged, as the very last resort
//   plainhttp.test   autoconfig only over plain HTTP: flagged, not trusted
//   foreign.test     HTTPS autoconfig pointing at a foreign host: flagged, not trusted
//   nothing.test     nothing anywhere: a clear "not found" that says where Postacı looked
//   slow.test        every source hangs but the ISPDB: the deadline holds, partial result
//   ipaddr.test      HTTPS autoconfig naming 10.0.0.1 and 192.168.0.1: foreign, never trusted
//   hostile.test     a hostile HTTP reason phrase, a refused document quoting C1/bidi
//                    characters, a provider name full of them: nothing reaches the terminal
#include "clirunner.h"
#include "testnetwork.h"
#include "timing.h"

#include "discovery/providercatalog.h"
#include "discovery/settingsfinder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;
using namespace std::chrono_literals;

namespace {

const QString ispdbUrl = u"https://ispdb.test/v1.1/"_s;

struct FinderRun
{
    LookupReport report;
    QList<ServerCandidate> progressive;
    qint64 elapsedMs = -1;
};

QStringList keysOf(const QList<ServerCandidate> &candidates)
{
    QStringList keys;
    for (const ServerCandidate &c : candidates)
        keys.append(c.host + QLatin1Char(':') + QString::number(c.port) + QLatin1Char('/') + securityName(c.security));
    return keys;
}

QStringList warningNames(const ServerCandidate &candidate)
{
    QStringList names;
    for (const CandidateWarning warning : candidate.warnings)
        names.append(candidateWarningName(warning));
    return names;
}

QList<SourceOutcome> outcomesNamed(const LookupReport &report, const QString &name)
{
    QList<SourceOutcome> result;
    for (const SourceOutcome &outcome : report.sources) {
        if (outcome.name == name)
            result.append(outcome);
    }
    return result;
}

QString describe(const LookupReport &report)
{
    return QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
}

} // namespace

class TestLookupEndToEnd : public QObject
{
    Q_OBJECT
private:
    FinderOptions options(std::chrono::milliseconds deadline = 8s) const
    {
        FinderOptions result;
        result.deadline = deadline;
        result.ispdbBaseUrl = QUrl(ispdbUrl);
        result.extraCaCertificates = TestNetwork::caCertificates();
        return result;
    }

    FinderRun find(const QString &input, const FinderOptions &finderOptions)
    {
        FinderRun run;
        const EmailAddress target = EmailAddress::parseEmailOrDomain(input);
        if (!target.isValid())
            return run;
        auto *finder = new SettingsFinder(finderOptions, this);
        connect(finder, &SettingsFinder::candidateFound, this, [&run](const ServerCandidate &c) { run.progressive.append(c); });
        QSignalSpy spy(finder, &SettingsFinder::finished);
        QElapsedTimer clock;
        clock.start();
        finder->start(target);
        if (!spy.wait(30000))
            return run;
        run.elapsedMs = clock.elapsed();
        run.report = spy.constFirst().constFirst().value<LookupReport>();
        return run;
    }

    CliRun cli(const QStringList &arguments, bool json = true)
    {
        QStringList all{u"lookup"_s};
        all += arguments;
        if (json)
            all.append(u"--json"_s);
        return runCli(all, {}, {}, 40000);
    }

    CliRun cliLookup(const QString &input, const QStringList &extra = {}, bool json = true)
    {
        QStringList arguments{input, u"--ispdb-url"_s, ispdbUrl, u"--ca-file"_s, TestNetwork::caFile()};
        arguments += extra;
        return cli(arguments, json);
    }

    static QJsonObject firstCandidate(const CliRun &run)
    {
        return run.json.value(u"candidates"_s).toArray().first().toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<LookupReport>();
        QVERIFY2(TestNetwork::isInside(), "must run inside tests/support/testnetwork-run");
        QVERIFY2(!TestNetwork::caCertificates().isEmpty(), qPrintable(TestNetwork::caFile()));
        QVERIFY2(QFileInfo(qEnvironmentVariable("POSTACI_CLI")).isExecutable(), "POSTACI_CLI must name postaci-cli");
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qWarning().noquote() << TestNetwork::logs();
    }

    void httpsAutoconfig()
    {
        const FinderRun run = find(u"ayse@provider.test"_s, options());
        const LookupReport &report = run.report;
        QCOMPARE(keysOf(report.candidates),
                 (QStringList{u"smtp.provider.test:465/tls"_s, u"smtp.provider.test:587/starttls"_s}));
        for (const ServerCandidate &candidate : report.candidates) {
            QCOMPARE(candidate.bestSource(), CandidateSource::ProviderAutoconfig);
            QVERIFY2(candidate.trusted, qPrintable(describe(report)));
            QCOMPARE(warningNames(candidate), QStringList());
            QCOMPARE(candidate.username, u"ayse@provider.test"_s);
            // Both the autoconfig host and the well-known URL said so: one candidate, two origins.
            QCOMPARE(candidate.origins.size(), 2);
        }
        QVERIFY(!report.deadlineReached);
        QCOMPARE(run.progressive.size(), 2);

        // The forged plain-HTTP answer was fetched but not used.
        const QList<SourceOutcome> plain = outcomesNamed(report, u"plain-http-autoconfig"_s);
        QCOMPARE(plain.size(), 1);
        QVERIFY2(plain.first().reason.startsWith("ignored"_L1), qPrintable(plain.first().reason));
        QVERIFY(!keysOf(report.candidates).join(QLatin1Char(' ')).contains("attacker"_L1));

        QCOMPARE(outcomesNamed(report, u"provider-autoconfig"_s).first().outcome, SourceOutcome::Kind::Found);
        QCOMPARE(outcomesNamed(report, u"well-known-autoconfig"_s).first().outcome, SourceOutcome::Kind::Found);
        QCOMPARE(outcomesNamed(report, u"ispdb"_s).first().outcome, SourceOutcome::Kind::NotFound);
        QCOMPARE(outcomesNamed(report, u"srv"_s).size(), 2);
        // provider.test resolves, so guessing probed it (nothing listens there).
        QVERIFY(!outcomesNamed(report, u"guess"_s).isEmpty());

        const CliRun cliRun = cliLookup(u"ayse@provider.test"_s);
        QCOMPARE(cliRun.exitCode, 0);
        const QJsonObject best = firstCandidate(cliRun);
        QCOMPARE(best.value(u"host"_s).toString(), u"smtp.provider.test"_s);
        QCOMPARE(best.value(u"port"_s).toInt(), 465);
        QVERIFY(best.value(u"port"_s).isDouble()); // a number, not a string
        QCOMPARE(best.value(u"security"_s).toString(), u"tls"_s);
        QCOMPARE(best.value(u"source"_s).toString(), u"provider-autoconfig"_s);
        QCOMPARE(best.value(u"trusted"_s).toBool(), true);
        QCOMPARE(best.value(u"username"_s).toString(), u"ayse@provider.test"_s);
        QVERIFY(best.value(u"warnings"_s).toArray().isEmpty());
        QVERIFY(!best.contains(u"verified"_s)); // only with --probe
        const QJsonArray sources = cliRun.json.value(u"sources"_s).toArray();
        QVERIFY(sources.size() >= 8);
        for (const QJsonValue &value : sources) {
            const QJsonObject source = value.toObject();
            QVERIFY(!source.value(u"name"_s).toString().isEmpty());
            QVERIFY(!source.value(u"query"_s).toString().isEmpty());
            QVERIFY(SourceOutcome::kindFromName(source.value(u"outcome"_s).toString()).has_value());
            QVERIFY(source.value(u"ms"_s).isDouble());
        }

        // Human output: the ranked table with trust marks.
        const CliRun human = cliLookup(u"ayse@provider.test"_s, {}, false);
        QCOMPARE(human.exitCode, 0);
        const QString text = QString::fromUtf8(human.out);
        QVERIFY2(text.indexOf("465"_L1) < text.indexOf("587"_L1), qPrintable(text));
        QVERIFY2(text.contains(QString::fromUtf8("✔")), qPrintable(text));
        QVERIFY2(text.contains("https://autoconfig.provider.test/mail/config-v1.1.xml"_L1), qPrintable(text));
        // Through pipes (no terminal) no progress line mixes into what a script reads.
        QVERIFY2(human.err.isEmpty(), human.err.constData());
    }

    void onlyInTheIspdb()
    {
        const QString domain = u"bol.com.br"_s;
        QVERIFY2(!ProviderCatalog::builtIn().findByDomain(domain), "pick an ISPDB domain the catalog does not know");
        const FinderRun run = find(u"joao@"_s + domain, options());
        QCOMPARE(keysOf(run.report.candidates),
                 (QStringList{u"smtps.bol.com.br:465/tls"_s, u"smtps.bol.com.br:587/starttls"_s}));
        for (const ServerCandidate &candidate : run.report.candidates) {
            QCOMPARE(candidate.bestSource(), CandidateSource::Ispdb);
            QVERIFY(candidate.trusted);
            QCOMPARE(warningNames(candidate), QStringList());
        }
        const SourceOutcome ispdb = outcomesNamed(run.report, u"ispdb"_s).first();
        QCOMPARE(ispdb.outcome, SourceOutcome::Kind::Found);
        QCOMPARE(ispdb.query, ispdbUrl + domain);
        // autoconfig.bol.com.br does not exist in this network.
        QCOMPARE(outcomesNamed(run.report, u"provider-autoconfig"_s).first().outcome, SourceOutcome::Kind::NotFound);

        const CliRun cliRun = cliLookup(u"joao@"_s + domain);
        QCOMPARE(cliRun.exitCode, 0);
        QCOMPARE(firstCandidate(cliRun).value(u"source"_s).toString(), u"ispdb"_s);
        QCOMPARE(firstCandidate(cliRun).value(u"host"_s).toString(), u"smtps.bol.com.br"_s);
    }

    void srvRecords()
    {
        const FinderRun run = find(u"user@srv.test"_s, options());
        QCOMPARE(keysOf(run.report.candidates),
                 (QStringList{u"smtp.srv.test:465/tls"_s, u"smtp.srv.test:587/starttls"_s,
                              u"backup.srv.test:587/starttls"_s}));
        for (const ServerCandidate &candidate : run.report.candidates) {
            QCOMPARE(candidate.bestSource(), CandidateSource::Srv);
            QCOMPARE(warningNames(candidate), QStringList{u"dns-without-dnssec"_s});
            QVERIFY(!candidate.trusted);
            QCOMPARE(candidate.username, u"user@srv.test"_s);
        }
        const QList<SourceOutcome> srv = outcomesNamed(run.report, u"srv"_s);
        QCOMPARE(srv.size(), 2);
        QStringList queries;
        for (const SourceOutcome &outcome : srv) {
            QCOMPARE(outcome.outcome, SourceOutcome::Kind::Found);
            queries.append(outcome.query);
        }
        queries.sort();
        QCOMPARE(queries, (QStringList{u"SRV _submission._tcp.srv.test"_s, u"SRV _submissions._tcp.srv.test"_s}));

        const CliRun cliRun = cliLookup(u"user@srv.test"_s);
        QCOMPARE(cliRun.exitCode, 0);
        QCOMPARE(firstCandidate(cliRun).value(u"source"_s).toString(), u"srv"_s);
        QCOMPARE(firstCandidate(cliRun).value(u"warnings"_s).toArray(), QJsonArray{u"dns-without-dnssec"_s});
    }

    void srvDotTargetMeansNotAvailable()
    {
        const FinderRun run = find(u"user@srvdot.test"_s, options());
        QCOMPARE(keysOf(run.report.candidates), QStringList{u"mail.srvdot.test:587/starttls"_s});
        bool sawDeclined = false;
        for (const SourceOutcome &outcome : outcomesNamed(run.report, u"srv"_s)) {
            if (outcome.query.contains("_submissions."_L1)) {
                QCOMPARE(outcome.outcome, SourceOutcome::Kind::NotFound);
                QVERIFY2(outcome.reason.contains("not available"_L1), qPrintable(outcome.reason));
                sawDeclined = true;
            }
        }
        QVERIFY(sawDeclined);
    }

    void probeMarksVerified()
    {
        FinderOptions probing = options();
        probing.probing = FinderOptions::Probing::VerifyCandidates;
        const FinderRun run = find(u"user@verified.test"_s, probing);
        QVERIFY(run.report.probed);
        QHash<QString, std::optional<bool>> verified;
        for (const ServerCandidate &candidate : run.report.candidates)
            verified.insert(keysOf({candidate}).first(), candidate.verified);
        QCOMPARE(verified.value(u"mail.guess.test:465/tls"_s), std::optional<bool>(true));
        QCOMPARE(verified.value(u"mail.guess.test:587/starttls"_s), std::optional<bool>(true));
        // The server answers, but its certificate names another host: not verified.
        QCOMPARE(verified.value(u"smtp.guess.test:587/starttls"_s), std::optional<bool>(false));
        // Verified servers rank before the failed one of the same source and security.
        QCOMPARE(keysOf(run.report.candidates).last(), u"smtp.guess.test:587/starttls"_s);
        bool sawCertificateFailure = false;
        for (const SourceOutcome &outcome : outcomesNamed(run.report, u"probe"_s)) {
            if (outcome.query.startsWith("smtp.guess.test:587"_L1)) {
                QCOMPARE(outcome.outcome, SourceOutcome::Kind::Error);
                QVERIFY2(outcome.reason.contains("certificate"_L1), qPrintable(outcome.reason));
                sawCertificateFailure = true;
            }
        }
        QVERIFY2(sawCertificateFailure, qPrintable(describe(run.report)));
        // mail.guess.test is outside verified.test and no provider owns it.
        QVERIFY(run.report.candidates.first().warnings.contains(CandidateWarning::ForeignHost));

        const CliRun cliRun = cliLookup(u"user@verified.test"_s, {u"--probe"_s});
        QCOMPARE(cliRun.exitCode, 0);
        for (const QJsonValue &value : cliRun.json.value(u"candidates"_s).toArray())
            QVERIFY2(value.toObject().value(u"verified"_s).isBool(), cliRun.out.constData());
        QCOMPARE(firstCandidate(cliRun).value(u"verified"_s).toBool(), true);
    }

    void mxPointsAtCatalogProvider()
    {
        const ProviderEntry *google = ProviderCatalog::builtIn().findByMxHost(u"aspmx.l.google.com"_s);
        QVERIFY2(google && !google->smtp.isEmpty(), "the catalog maps *.google.com MX hosts to a Google entry");
        const FinderRun run = find(u"ceo@gworkspace.test"_s, options());
        QVERIFY2(!run.report.candidates.isEmpty(), qPrintable(describe(run.report)));
        const ServerCandidate &best = run.report.candidates.first();
        QCOMPARE(best.host, google->smtp.first().host);
        QCOMPARE(best.bestSource(), CandidateSource::Mx);
        QCOMPARE(best.providerId, google->id);
        QVERIFY(best.warnings.contains(CandidateWarning::DnsWithoutDnssec));
        // A host of the MX-mapped provider is not foreign.
        QVERIFY2(!best.warnings.contains(CandidateWarning::ForeignHost), qPrintable(describe(run.report)));
        QVERIFY(!best.trusted);
        QCOMPARE(best.username, u"ceo@gworkspace.test"_s);
        const SourceOutcome mx = outcomesNamed(run.report, u"mx"_s).first();
        QCOMPARE(mx.outcome, SourceOutcome::Kind::Found);
        QVERIFY2(mx.reason.contains("aspmx.l.google.com"_L1), qPrintable(mx.reason));

        const CliRun cliRun = cliLookup(u"ceo@gworkspace.test"_s);
        QCOMPARE(cliRun.exitCode, 0);
        QCOMPARE(firstCandidate(cliRun).value(u"source"_s).toString(), u"mx"_s);
    }

    void mxPointsAtIspdbHostingCompany()
    {
        QVERIFY(!ProviderCatalog::builtIn().findByMxHost(u"mx1.emailsrvr.com"_s));
        const FinderRun run = find(u"shop@hosted.test"_s, options());
        QCOMPARE(keysOf(run.report.candidates), QStringList{u"secure.emailsrvr.com:465/tls"_s});
        const ServerCandidate &best = run.report.candidates.first();
        QCOMPARE(best.bestSource(), CandidateSource::Mx);
        QCOMPARE(warningNames(best), QStringList{u"dns-without-dnssec"_s});
        const QList<SourceOutcome> mxIspdb = outcomesNamed(run.report, u"mx-ispdb"_s);
        QCOMPARE(mxIspdb.size(), 1);
        QCOMPARE(mxIspdb.first().query, ispdbUrl + u"emailsrvr.com"_s);
        QCOMPARE(mxIspdb.first().outcome, SourceOutcome::Kind::Found);
    }

    void onlyGuessingFindsMailHost()
    {
        // Every source answers at once here. Their own limits and the deadline are long (20 s), so
        // that one source waiting for its timeout stands out from a slow machine (timing.h).
        FinderOptions longLimits = options(20s);
        longLimits.fetchTimeout = longLimits.dnsTimeout = longLimits.probeTimeout = 20s;
        const FinderRun run = find(u"owner@guess.test"_s, longLimits);
        QCOMPARE(keysOf(run.report.candidates),
                 (QStringList{u"mail.guess.test:465/tls"_s, u"mail.guess.test:587/starttls"_s}));
        for (const ServerCandidate &candidate : run.report.candidates) {
            QCOMPARE(candidate.bestSource(), CandidateSource::Guess);
            QCOMPARE(candidate.verified, std::optional<bool>(true));
            QCOMPARE(warningNames(candidate), QStringList{u"guessed"_s});
            QVERIFY(!candidate.trusted);
            QCOMPARE(candidate.username, u"owner@guess.test"_s);
        }
        // smtp.guess.test answers with a certificate for another name: the probe fails, no candidate.
        bool sawBadCertificate = false;
        for (const SourceOutcome &outcome : outcomesNamed(run.report, u"guess"_s)) {
            if (outcome.query.startsWith("smtp.guess.test:587"_L1)) {
                QCOMPARE(outcome.outcome, SourceOutcome::Kind::Error);
                QVERIFY2(outcome.reason.contains("certificate"_L1), qPrintable(outcome.reason));
                sawBadCertificate = true;
            }
        }
        QVERIFY2(sawBadCertificate, qPrintable(describe(run.report)));
        // The bare domain does not resolve: not probed.
        bool sawUnresolved = false;
        for (const SourceOutcome &outcome : outcomesNamed(run.report, u"guess-resolve"_s)) {
            if (outcome.query == "A/AAAA guess.test"_L1) {
                QCOMPARE(outcome.outcome, SourceOutcome::Kind::NotFound);
                sawUnresolved = true;
            }
        }
        QVERIFY(sawUnresolved);
        for (const SourceOutcome &outcome : outcomesNamed(run.report, u"guess"_s))
            QVERIFY2(!outcome.query.startsWith("guess.test:"_L1), qPrintable(outcome.query));
        QVERIFY2(run.elapsedMs < SlowMachineSlackMs, qPrintable(QString::number(run.elapsedMs)));

        const CliRun cliRun = cliLookup(u"owner@guess.test"_s);
        QCOMPARE(cliRun.exitCode, 0);
        QCOMPARE(firstCandidate(cliRun).value(u"host"_s).toString(), u"mail.guess.test"_s);
        QCOMPARE(firstCandidate(cliRun).value(u"verified"_s).toBool(), true);
    }

    void plaintextOnlyAsFlaggedLastResort()
    {
        const FinderRun run = find(u"owner@plainonly.test"_s, options());
        QCOMPARE(keysOf(run.report.candidates), QStringList{u"mail.plainonly.test:587/none"_s});
        const ServerCandidate &candidate = run.report.candidates.first();
        QVERIFY(candidate.warnings.contains(CandidateWarning::Plaintext));
        QVERIFY(candidate.warnings.contains(CandidateWarning::Guessed));
        QVERIFY(!candidate.trusted);
        // The STARTTLS probe came first and failed for want of STARTTLS.
        bool sawStartTlsMissing = false;
        for (const SourceOutcome &outcome : outcomesNamed(run.report, u"guess"_s)) {
            if (outcome.query == "mail.plainonly.test:587 (starttls)"_L1) {
                QVERIFY2(outcome.reason.contains("starttls-not-offered"_L1), qPrintable(outcome.reason));
                sawStartTlsMissing = true;
            }
        }
        QVERIFY2(sawStartTlsMissing, qPrintable(describe(run.report)));
    }

    void plainHttpAutoconfigIsFlagged()
    {
        const FinderRun run = find(u"deniz@plainhttp.test"_s, options());
        QCOMPARE(keysOf(run.report.candidates), QStringList{u"smtp.plainhttp.test:587/starttls"_s});
        const ServerCandidate &candidate = run.report.candidates.first();
        QCOMPARE(candidate.bestSource(), CandidateSource::PlainHttpAutoconfig);
        QCOMPARE(warningNames(candidate), QStringList{u"plain-http-source"_s});
        QVERIFY(!candidate.trusted);
        QCOMPARE(candidate.username, u"deniz"_s);
        // HTTPS was asked first and said nothing (404 at autoconfig.plainhttp.test).
        QCOMPARE(outcomesNamed(run.report, u"provider-autoconfig"_s).first().outcome, SourceOutcome::Kind::NotFound);

        const CliRun cliRun = cliLookup(u"deniz@plainhttp.test"_s);
        QCOMPARE(cliRun.exitCode, 0);
        QCOMPARE(firstCandidate(cliRun).value(u"source"_s).toString(), u"plain-http-autoconfig"_s);
        QCOMPARE(firstCandidate(cliRun).value(u"trusted"_s).toBool(), false);
        QCOMPARE(firstCandidate(cliRun).value(u"warnings"_s).toArray(), QJsonArray{u"plain-http-source"_s});
    }

    void plainHttpRequestCarriesNoAddress()
    {
        // Issue 11 finding 5: the plain-HTTP autoconfig request carried "?emailaddress=…" in
        // clear. The servers' log shows every request line as it arrived.
        const FinderRun run = find(u"ayse@provider.test"_s, options());
        QVERIFY2(run.elapsedMs >= 0, "the lookup did not finish");
        int plainRequests = 0;
        int httpsRequests = 0;
        const QStringList lines = TestNetwork::logs().split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.contains("] http autoconfig.provider.test "_L1)) {
                ++plainRequests;
                QVERIFY2(!line.contains("emailaddress"_L1) && !line.contains("ayse"_L1), qPrintable(line));
            } else if (line.contains("] https autoconfig.provider.test "_L1) && line.contains("emailaddress=ayse"_L1)) {
                ++httpsRequests; // over HTTPS the address is still sent, as Thunderbird does
            }
        }
        QVERIFY2(plainRequests > 0, qPrintable(TestNetwork::logs()));
        QVERIFY2(httpsRequests > 0, qPrintable(TestNetwork::logs()));
    }

    void ignoredPlainHttpDocumentIsNotProbed()
    {
        // Issue 11 finding 5: with --probe, the hosts of a plain-HTTP document were probed even
        // when the document was then ignored (HTTPS answered): a forged answer made Postacı
        // connect wherever it said.
        FinderOptions probing = options();
        probing.probing = FinderOptions::Probing::VerifyCandidates;
        const FinderRun run = find(u"ayse@provider.test"_s, probing);
        const QList<SourceOutcome> plain = outcomesNamed(run.report, u"plain-http-autoconfig"_s);
        QCOMPARE(plain.size(), 1);
        QVERIFY2(plain.first().reason.startsWith("ignored"_L1), qPrintable(describe(run.report)));
        for (const SourceOutcome &outcome : run.report.sources)
            QVERIFY2(!outcome.query.contains("attacker"_L1), qPrintable(describe(run.report)));

        // A plain-HTTP document that is used (nothing better answered) is still probed.
        const FinderRun kept = find(u"deniz@plainhttp.test"_s, probing);
        QCOMPARE(keysOf(kept.report.candidates), QStringList{u"smtp.plainhttp.test:587/starttls"_s});
        bool probed = false;
        for (const SourceOutcome &outcome : outcomesNamed(kept.report, QLatin1String(SourceNames::probe)))
            probed = probed || outcome.query.contains("smtp.plainhttp.test"_L1);
        QVERIFY2(probed, qPrintable(describe(kept.report)));
        QVERIFY(kept.report.candidates.first().verified.has_value());
    }

    void ipAddressesAreNeverTrusted()
    {
        // Issue 11 finding 3: the catalog's 127.0.0.1 gave the base domain "0.1", so 10.0.0.1 and
        // 192.168.0.1 from an autoconfig document counted as a known provider: trusted,
        // unflagged and chosen for the user. An address is known only when listed exactly.
        const FinderRun run = find(u"ali@ipaddr.test"_s, options());
        const QStringList keys = keysOf(run.report.candidates);
        QVERIFY2(keys.contains(u"10.0.0.1:465/tls"_s) && keys.contains(u"192.168.0.1:587/starttls"_s),
                 qPrintable(describe(run.report)));
        for (const ServerCandidate &candidate : run.report.candidates) {
            QVERIFY2(!candidate.trusted, qPrintable(describe(run.report)));
            QVERIFY2(!candidate.isAutoSelectable(), qPrintable(describe(run.report)));
            if (candidate.host.startsWith("10."_L1) || candidate.host.startsWith("192."_L1))
                QVERIFY2(candidate.warnings.contains(CandidateWarning::ForeignHost), qPrintable(describe(run.report)));
        }

        const CliRun cliRun = cliLookup(u"ali@ipaddr.test"_s);
        QCOMPARE(cliRun.exitCode, 0);
        for (const QJsonValue &value : cliRun.json.value(u"candidates"_s).toArray()) {
            const QJsonObject candidate = value.toObject();
            QCOMPARE(candidate.value(u"trusted"_s).toBool(), false);
            QVERIFY(candidate.value(u"warnings"_s).toArray().contains(u"foreign-host"_s));
        }
    }

    void outsideTextNeverReachesTheTerminal()
    {
        // Issue 11 finding 2: `postaci-cli lookup` printed an HTTP reason phrase (and values from
        // documents) as it came, so a server could move the cursor, clear lines or retitle the
        // terminal. autoconfig.hostile.test answers "500 ESC[2A ESC[2K ESC]0;owned BEL CSI…";
        // hostile.test's well-known document is refused for a socketType with C1 and bidi
        // characters; the plain-HTTP document's provider name is full of them.
        const CliRun human = cliLookup(u"eve@hostile.test"_s, {}, false);
        QCOMPARE(human.exitCode, 0);
        const QString text = QString::fromUtf8(human.out);
        for (const QByteArray &output : {human.out, human.err}) {
            QVERIFY2(!output.contains('\x1b'), output.constData());
            QVERIFY2(!output.contains('\x07'), output.constData());
            for (const char32_t c : QString::fromUtf8(output).toUcs4()) {
                const bool control = (c < 0x20 && c != U'\n') || (c >= 0x7F && c <= 0x9F);
                QVERIFY2(!control && QChar::category(c) != QChar::Other_Format,
                         qPrintable(u"U+%1 reached the output:\n%2"_s.arg(quint32(c), 4, 16, QLatin1Char('0')).arg(text)));
            }
        }
        // --json carries the same texts with the hidden characters as \u escapes, none raw.
        const CliRun json = cliLookup(u"eve@hostile.test"_s, {}, true);
        QCOMPARE(json.exitCode, 0);
        for (const char32_t c : QString::fromUtf8(json.out).toUcs4()) {
            const bool hidden = (c >= 0x7F && c <= 0x9F) || QChar::category(c) == QChar::Other_Format;
            QVERIFY2(!hidden, json.out.constData());
        }
        QVERIFY2(json.out.contains("\\u202e") || json.out.contains("\\u009b"), json.out.constData());
        // What the server said is still shown, visibly escaped.
        QVERIFY2(text.contains("HTTP 500 \\x1B[2A\\x1B[2K\\x1B]0;owned\\x07"_L1), qPrintable(text));
        QVERIFY2(text.contains("\\u{009B}2J\\u{202E}LSS"_L1), qPrintable(text));
        // The provider name lost its invisible characters when the document was read.
        QVERIFY2(text.contains("Provider: Hostile2J0;owned liaM"_L1), qPrintable(text));
    }

    void foreignHostIsFlagged()
    {
        const FinderRun run = find(u"ali@foreign.test"_s, options());
        QCOMPARE(keysOf(run.report.candidates), QStringList{u"smtp.elsewhere-hosting.test:465/tls"_s});
        const ServerCandidate &candidate = run.report.candidates.first();
        QCOMPARE(candidate.bestSource(), CandidateSource::ProviderAutoconfig);
        QCOMPARE(warningNames(candidate), QStringList{u"foreign-host"_s});
        QVERIFY(!candidate.trusted);

        const CliRun cliRun = cliLookup(u"ali@foreign.test"_s);
        QCOMPARE(cliRun.exitCode, 0);
        QCOMPARE(firstCandidate(cliRun).value(u"warnings"_s).toArray(), QJsonArray{u"foreign-host"_s});
        QCOMPARE(firstCandidate(cliRun).value(u"trusted"_s).toBool(), false);
    }

    void nothingAtAll()
    {
        const FinderRun run = find(u"who@nothing.test"_s, options());
        QVERIFY(run.report.candidates.isEmpty());
        QVERIFY(!run.report.deadlineReached);
        QStringList names;
        for (const SourceOutcome &outcome : run.report.sources) {
            names.append(outcome.name);
            QVERIFY2(outcome.outcome == SourceOutcome::Kind::NotFound, qPrintable(outcome.name + QLatin1Char(' ') + outcome.reason));
            QVERIFY(!outcome.query.isEmpty());
        }
        for (const char *expected : {"catalog", "provider-autoconfig", "well-known-autoconfig", "ispdb", "plain-http-autoconfig",
                                     "srv", "mx", "guess-resolve"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        QCOMPARE(names.count(u"srv"_s), 2);
        QCOMPARE(names.count(u"guess-resolve"_s), 3);

        const CliRun json = cliLookup(u"who@nothing.test"_s);
        QCOMPARE(json.exitCode, 1);
        QVERIFY(json.json.value(u"candidates"_s).toArray().isEmpty());
        QVERIFY(json.json.value(u"sources"_s).toArray().size() >= 11);

        const CliRun human = cliLookup(u"who@nothing.test"_s, {}, false);
        QCOMPARE(human.exitCode, 1);
        const QString text = QString::fromUtf8(human.out);
        QVERIFY2(text.contains("No SMTP settings found for who@nothing.test"_L1), qPrintable(text));
        QVERIFY2(text.contains("https://autoconfig.nothing.test/mail/config-v1.1.xml"_L1), qPrintable(text));
        QVERIFY2(text.contains("SRV _submissions._tcp.nothing.test"_L1), qPrintable(text));
        QVERIFY2(text.contains("mail.nothing.test"_L1), qPrintable(text)); // what to try
        QVERIFY2(text.contains("Ask your e-mail provider"_L1), qPrintable(text));
    }

    void badInputIsExitTwo()
    {
        for (const QString &input : {u"not an address"_s, u"@nothing.test"_s, u"localhost"_s}) {
            const CliRun run = cli({input}, false);
            QCOMPARE(run.exitCode, 2);
            QVERIFY(!run.err.isEmpty());
        }
        QCOMPARE(cli({u"x@provider.test"_s, u"--ispdb-url"_s, u"http://ispdb.test/v1.1/"_s}, false).exitCode, 2);
    }

    // Last: the black-holed DNS questions of this scenario keep resolver threads busy for a while.
    void slowSourcesDeadlineHolds()
    {
        const auto deadline = 3s;
        // The sources' own limits far beyond the deadline: only the deadline can end them in time.
        FinderOptions slowOptions = options(deadline);
        slowOptions.fetchTimeout = slowOptions.dnsTimeout = slowOptions.probeTimeout = 20s;
        const FinderRun run = find(u"user@slow.test"_s, slowOptions);
        QVERIFY2(run.report.deadlineReached, qPrintable(describe(run.report)));
        // Total time is the deadline, not the sum of every source's wait (25 s HTTP, 20 s limits).
        // The deadline timer (precise, never early) starts after this clock.
        QVERIFY2(run.elapsedMs >= 3000 && run.elapsedMs < 3000 + SlowMachineSlackMs,
                 qPrintable(QString::number(run.elapsedMs)));
        // The partial result: the ISPDB answered at once.
        QCOMPARE(keysOf(run.report.candidates), QStringList{u"smtp.slow.test:465/tls"_s});
        QCOMPARE(run.report.candidates.first().bestSource(), CandidateSource::Ispdb);
        for (const char *name : {"provider-autoconfig", "srv", "mx"}) {
            const QList<SourceOutcome> outcomes = outcomesNamed(run.report, QLatin1String(name));
            QVERIFY2(!outcomes.isEmpty(), name);
            for (const SourceOutcome &outcome : outcomes) {
                QCOMPARE(outcome.outcome, SourceOutcome::Kind::Timeout);
                // Cut at the deadline, not at the source's own (20 s) limit.
                QVERIFY2(outcome.ms < 3000 + SlowMachineSlackMs, qPrintable(QString::number(outcome.ms)));
            }
        }
        const CliRun cliRun = cliLookup(u"user@slow.test"_s, {u"--timeout"_s, u"3"_s});
        QCOMPARE(cliRun.exitCode, 0);
        QCOMPARE(cliRun.json.value(u"partial"_s).toBool(), true);
        QCOMPARE(firstCandidate(cliRun).value(u"host"_s).toString(), u"smtp.slow.test"_s);
        // Measured by the finder from before it started its deadline timer: never below 3000.
        const qint64 reported = cliRun.json.value(u"elapsedMs"_s).toInteger();
        QVERIFY2(reported >= 3000 && reported < 3000 + SlowMachineSlackMs, qPrintable(QString::number(reported)));
        // The process ends with its answer, without waiting for resolver threads still blocked (the
        // bound includes the start-up of the process).
        QVERIFY2(cliRun.ms < 3000 + SlowMachineSlackMs, qPrintable(QString::number(cliRun.ms)));

        // At a terminal, the human output says each source's answer as it comes: the ISPDB's
        // long before the deadline ends the lookup. script(1) gives the CLI a pseudo-terminal.
        auto quoted = [](const QString &word) -> QString { return QLatin1Char('\'') + word + QLatin1Char('\''); };
        const QStringList words{qEnvironmentVariable("POSTACI_CLI"), u"--lang"_s, u"en"_s,
                                u"lookup"_s, u"user@slow.test"_s, u"--ispdb-url"_s,
                                ispdbUrl, u"--ca-file"_s, TestNetwork::caFile(), u"--timeout"_s,
                                u"3"_s};
        QStringList command;
        for (const QString &word : words)
            command.append(quoted(word));
        QProcess terminal;
        terminal.setStandardInputFile(QProcess::nullDevice()); // script(1) ends only at end of input
        QElapsedTimer clock;
        clock.start();
        terminal.start(u"script"_s, {u"-qefc"_s, command.join(QLatin1Char(' ')), u"/dev/null"_s});
        QByteArray seen;
        qint64 ispdbAnsweredMs = -1;
        qint64 deadlineShownMs = -1;
        for (int i = 0; i < 200 && terminal.state() != QProcess::NotRunning; ++i) { // at most 20 s
            terminal.waitForReadyRead(100);
            seen += terminal.readAllStandardOutput();
            if (ispdbAnsweredMs < 0 && seen.contains("  ispdb: found ("))
                ispdbAnsweredMs = clock.elapsed();
            if (deadlineShownMs < 0 && seen.contains("provider-autoconfig: timed out ("))
                deadlineShownMs = clock.elapsed();
        }
        QVERIFY2(terminal.state() == QProcess::NotRunning || terminal.waitForFinished(10000), seen.constData());
        seen += terminal.readAllStandardOutput();
        const qint64 endedMs = clock.elapsed();
        QVERIFY2(seen.contains("Looking up user@slow.test"), seen.constData());
        // The ISPDB's line came in an earlier read than the lines the deadline wrote (3 s later).
        // Not a time from the start: that would count the start-up of two processes as well.
        QVERIFY2(ispdbAnsweredMs >= 0 && deadlineShownMs >= 0 && ispdbAnsweredMs < deadlineShownMs,
                 qPrintable(QString::number(ispdbAnsweredMs) + QLatin1Char(' ') + QString::number(deadlineShownMs)
                            + QLatin1Char(' ') + QString::fromUtf8(seen)));
        QVERIFY2(seen.contains("provider-autoconfig: timed out ("), seen.constData());
        // The CLI's deadline timer (precise, never early) started after this clock.
        QVERIFY2(endedMs >= 3000, qPrintable(QString::number(endedMs)));
        QVERIFY2(seen.contains("smtp.slow.test"), seen.constData()); // and then the report
    }
};

POSTACI_TESTNETWORK_MAIN(TestLookupEndToEnd, POSTACI_TESTNET_CONFIG)
#include "tst_lookupendtoend.moc"
