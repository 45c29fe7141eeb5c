// SettingsFinder without a private network: the offline catalog path, and the network paths
// that need no DNS (an ISPDB URL on a loopback HTTPS server): results, the overall deadline,
// cancel. The end-to-end scenarios with DNS live in tests/integration/discovery.
#include "localhttpserver.h"
#include "testcertificates.h"
#include "timing.h"

#include "common/translation.h"
#include "discovery/autoconfigfetcher.h"
#include "discovery/providercatalog.h"
#include "discovery/settingsfinder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;

namespace {

const QByteArray ispdbDocument = R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="unit.test">
    <domain>unit.test</domain>
    <displayName>Unit Test Mail</displayName>
    <outgoingServer type="smtp">
      <hostname>smtp.unit.test</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.unit.test</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>
)";

struct Run
{
    LookupReport report;
    QList<ServerCandidate> progressive;
    QList<SourceOutcome> outcomes;
    qint64 elapsedMs = -1;
    bool networkObjectCreated = false;
};

} // namespace

class TestSettingsFinder : public QObject
{
    Q_OBJECT
private:
    LocalHttpServer *m_https = nullptr;

    Run run(const QString &input, const FinderOptions &options)
    {
        Run result;
        const EmailAddress target = EmailAddress::parseEmailOrDomain(input);
        if (!target.isValid())
            return result;
        auto *finder = new SettingsFinder(options, this);
        connect(finder, &SettingsFinder::candidateFound, this, [&result](const ServerCandidate &c) { result.progressive.append(c); });
        connect(finder, &SettingsFinder::sourceFinished, this, [&result](const SourceOutcome &o) { result.outcomes.append(o); });
        connect(finder, &SettingsFinder::finished, this, [&result, finder](const LookupReport &) {
            result.networkObjectCreated = !finder->findChildren<QNetworkAccessManager *>().isEmpty();
        });
        QSignalSpy spy(finder, &SettingsFinder::finished);
        QElapsedTimer clock;
        clock.start();
        finder->start(target);
        if (!spy.wait(20000))
            return result;
        result.elapsedMs = clock.elapsed();
        result.report = spy.constFirst().constFirst().value<LookupReport>();
        return result;
    }

    FinderOptions ispdbOnly(const QString &path)
    {
        FinderOptions options;
        options.sources = FinderOptions::Source::Ispdb;
        options.ispdbBaseUrl = QUrl(m_https->baseUrl(u"localhost"_s) + path);
        options.extraCaCertificates = TestCertificates::instance().caCertificates();
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<LookupReport>();
        const TestCertificates &certificates = TestCertificates::instance();
        QVERIFY2(certificates.isValid(), qPrintable(certificates.errorString()));
        m_https = new LocalHttpServer(this);
        QVERIFY(m_https->listenTls(certificates.certificate(CertKind::Valid), certificates.key(CertKind::Valid)));
        m_https->route("/ispdb/", [](QTcpSocket *socket, const QByteArray &path) {
            if (path == "/ispdb/unit.test")
                LocalHttpServer::reply(socket, 200, ispdbDocument);
            else
                LocalHttpServer::reply(socket, 404, "unknown domain\n");
        });
        m_https->route("/silent/", [](QTcpSocket *, const QByteArray &) {});
        m_https->route("/unusable/", [](QTcpSocket *socket, const QByteArray &) {
            LocalHttpServer::reply(socket, 200, "<html><body>Not a clientConfig</body></html>\n");
        });
    }

    void offlineCatalogIsInstantAndCreatesNoNetworkObject()
    {
        QVERIFY(ProviderCatalog::builtIn().findByDomain(u"gmail.com"_s));
        const Run result = run(u"someone@gmail.com"_s, FinderOptions::offline());
        QVERIFY(result.elapsedMs >= 0);
        // Nothing to wait for: far below the 10 s deadline of a lookup on the network (timing.h).
        QVERIFY2(result.elapsedMs < SlowMachineSlackMs, qPrintable(QString::number(result.elapsedMs)));
        QVERIFY(!result.networkObjectCreated);
        QVERIFY(!result.report.candidates.isEmpty());
        const ServerCandidate &best = result.report.candidates.first();
        QCOMPARE(best.bestSource(), CandidateSource::Catalog);
        QVERIFY(best.trusted);
        QVERIFY(best.host.endsWith("gmail.com"_L1));
        QCOMPARE(best.username, u"someone@gmail.com"_s);
        QVERIFY(!best.verified.has_value());
        QVERIFY(!result.report.deadlineReached);
        QCOMPARE(result.report.sources.size(), 1);
        QCOMPARE(result.report.sources.first().name, u"catalog"_s);
        QCOMPARE(result.report.sources.first().outcome, SourceOutcome::Kind::Found);
        QCOMPARE(result.progressive.size(), result.report.candidates.size());
    }

    void offlineUnknownDomainSaysWhereItLooked()
    {
        const Run result = run(u"nobody@unknown-domain.test"_s, FinderOptions::offline());
        QVERIFY(result.report.candidates.isEmpty());
        QCOMPARE(result.report.sources.size(), 1);
        QCOMPARE(result.report.sources.first().outcome, SourceOutcome::Kind::NotFound);
        QCOMPARE(result.report.sources.first().query, u"unknown-domain.test"_s);
        QVERIFY(!result.networkObjectCreated);
    }

    void ispdbOverHttpsIsTrusted()
    {
        const Run result = run(u"ali@unit.test"_s, ispdbOnly(u"/ispdb/"_s));
        QCOMPARE(result.report.candidates.size(), 2);
        // The file lists 587 first; ranking puts implicit TLS first (RFC 8314).
        QCOMPARE(result.report.candidates.at(0).port, quint16(465));
        QCOMPARE(result.report.candidates.at(1).port, quint16(587));
        for (const ServerCandidate &candidate : result.report.candidates) {
            QCOMPARE(candidate.bestSource(), CandidateSource::Ispdb);
            QVERIFY(candidate.trusted);
            QVERIFY(candidate.warnings.isEmpty());
            QCOMPARE(candidate.username, u"ali"_s);
        }
        QCOMPARE(result.report.sources.size(), 1);
        QCOMPARE(result.report.sources.first().name, u"ispdb"_s);
        QCOMPARE(result.report.sources.first().outcome, SourceOutcome::Kind::Found);
        QVERIFY(result.report.sources.first().query.endsWith("/ispdb/unit.test"_L1));
        QVERIFY(result.networkObjectCreated);
        QVERIFY(!result.report.deadlineReached);

        const QJsonObject json = result.report.toJson();
        QCOMPARE(json.value(u"candidates"_s).toArray().size(), 2);
        QCOMPARE(json.value(u"candidates"_s).toArray().first().toObject().value(u"port"_s).toInt(), 465);
        QCOMPARE(json.value(u"sources"_s).toArray().first().toObject().value(u"outcome"_s).toString(),
                 u"found"_s);
    }

    void ispdbNotFound()
    {
        const Run result = run(u"unknown.test"_s, ispdbOnly(u"/ispdb/"_s));
        QVERIFY(result.report.candidates.isEmpty());
        QCOMPARE(result.report.sources.first().outcome, SourceOutcome::Kind::NotFound);
        QVERIFY(result.report.sources.first().reason.contains("404"_L1));
    }

    void deadlineHoldsAndReportsTimeouts()
    {
        FinderOptions options = ispdbOnly(u"/silent/"_s);
        options.sources |= FinderOptions::Source::Catalog;
        options.deadline = std::chrono::milliseconds(700);
        const Run result = run(u"someone@gmail.com"_s, options);
        // The deadline timer (precise, never early) starts after this clock; the fetch's own
        // timeout (8 s) would come later than the upper bound.
        QVERIFY2(result.elapsedMs >= 700 && result.elapsedMs < 700 + SlowMachineSlackMs,
                 qPrintable(QString::number(result.elapsedMs)));
        QVERIFY(result.report.deadlineReached);
        // What was found before the deadline is there: the catalog's answer.
        QVERIFY(!result.report.candidates.isEmpty());
        bool sawTimeout = false;
        for (const SourceOutcome &outcome : result.report.sources) {
            if (outcome.name == "ispdb"_L1) {
                QCOMPARE(outcome.outcome, SourceOutcome::Kind::Timeout);
                QVERIFY2(outcome.reason.contains("deadline"_L1), qPrintable(outcome.reason));
                sawTimeout = true;
            }
        }
        QVERIFY(sawTimeout);
    }

    // The finder's own reasons (catalog, unusable document, deadline, cancel) follow the
    // interface language; the outcome kind does not.
    void reasonsSpeakTurkish()
    {
        const auto backToEnglish = qScopeGuard([] { installTranslations(*QCoreApplication::instance(), u"en"_s); });
        FinderOptions deadline = ispdbOnly(u"/silent/"_s);
        deadline.sources |= FinderOptions::Source::Catalog;
        deadline.deadline = std::chrono::milliseconds(300);
        const QList<std::pair<QString, FinderOptions>> cases = {
            {u"nobody@unknown-domain.test"_s, FinderOptions::offline()},
            {u"someone@unknown-domain.test"_s, deadline},
            {u"someone@unit.test"_s, ispdbOnly(u"/unusable/"_s)},
        };
        QSet<QString> kinds;
        for (const auto &[input, options] : cases) {
            installTranslations(*QCoreApplication::instance(), u"en"_s);
            const Run inEnglish = run(input, options);
            installTranslations(*QCoreApplication::instance(), u"tr"_s);
            const Run inTurkish = run(input, options);
            QCOMPARE(inTurkish.report.sources.size(), inEnglish.report.sources.size());
            for (qsizetype i = 0; i < inEnglish.report.sources.size(); ++i) {
                const SourceOutcome &english = inEnglish.report.sources.at(i);
                const SourceOutcome &turkish = inTurkish.report.sources.at(i);
                const QString shown = input + u" "_s + english.name + u": "_s + english.reason
                    + u" / "_s + turkish.reason;
                QCOMPARE(turkish.outcome, english.outcome);
                QVERIFY2(!english.reason.isEmpty() && turkish.reason != english.reason, qPrintable(shown));
                kinds.insert(SourceOutcome::kindName(turkish.outcome));
            }
        }
        QVERIFY2(kinds.contains(u"not-found"_s) && kinds.contains(u"timeout"_s)
                     && kinds.contains(u"error"_s),
                 qPrintable(QStringList(kinds.cbegin(), kinds.cend()).join(u' ')));
    }

    void ispdbUrlFromTheSettings()
    {
        // Organisations host their own ISPDB: the setting is used when no URL is given.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"postaci-test"_s);
        QCoreApplication::setApplicationName(u"tst_settingsfinder"_s);
        QSettings settings;
        settings.setValue(FinderOptions::ispdbSettingsKey(), QString(m_https->baseUrl(u"localhost"_s) + u"/ispdb/"_s));
        settings.sync();
        FinderOptions options = ispdbOnly(u"/ispdb/"_s);
        options.ispdbBaseUrl = QUrl();
        const Run result = run(u"ali@unit.test"_s, options);
        QCOMPARE(result.report.candidates.size(), 2);
        QCOMPARE(result.report.sources.first().query, m_https->baseUrl(u"localhost"_s) + u"/ispdb/unit.test"_s);

        // Only HTTPS is taken from the settings: anything else falls back to Thunderbird's.
        settings.setValue(FinderOptions::ispdbSettingsKey(), u"http://ispdb.example.org/v1.1/"_s);
        QCOMPARE(FinderOptions::configuredIspdbBaseUrl(), AutoconfigFetcher::defaultIspdbBaseUrl());
        settings.remove(FinderOptions::ispdbSettingsKey());
        QCOMPARE(FinderOptions::configuredIspdbBaseUrl(), AutoconfigFetcher::defaultIspdbBaseUrl());
    }

    void cancelIsPrompt()
    {
        const EmailAddress target = EmailAddress::parseEmailOrDomain(u"x@unit.test"_s);
        QVERIFY(target.isValid());
        auto *finder = new SettingsFinder(ispdbOnly(u"/silent/"_s), this);
        QSignalSpy spy(finder, &SettingsFinder::finished);
        finder->start(target);
        QTest::qWait(150);
        QVERIFY(finder->isRunning());
        QElapsedTimer clock;
        clock.start();
        finder->cancel();
        QCOMPARE(spy.size(), 1);
        // At once: far below the fetch's 8 s timeout and the 10 s deadline (timing.h).
        QVERIFY2(clock.elapsed() < SlowMachineSlackMs, qPrintable(QString::number(clock.elapsed())));
        const auto report = spy.constFirst().constFirst().value<LookupReport>();
        QVERIFY(report.cancelled);
        QCOMPARE(report.sources.size(), 1);
        QCOMPARE(report.sources.first().outcome, SourceOutcome::Kind::Error);
        QCOMPARE(report.sources.first().reason, u"cancelled"_s);
    }
};

QTEST_GUILESS_MAIN(TestSettingsFinder)
#include "tst_settingsfinder.moc"
