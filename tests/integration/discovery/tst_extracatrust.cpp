// A CA the user adds (--ca-file, a company's private CA) is trusted beside the system's roots,
// never instead of them: Qt drops its on-demand system roots as soon as any CA list is set
// (core/smtp/trustedcertificates.h). Inside a private namespace whose /etc/ssl/certs holds only
// the namespace's CA (testnetwork-run "system_trusts_ca"), the SMTP session and the autoconfig
// fetcher are given an unrelated extra CA and must still trust servers the system trusts.
#include "testcertificates.h"
#include "testnetwork.h"

#include "discovery/autoconfigfetcher.h"
#include "smtp/sessionresult.h"
#include "smtp/sessionsettings.h"
#include "smtp/smtpsession.h"
#include "smtp/trustedcertificates.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;
using namespace std::chrono_literals;

class TestExtraCaTrust : public QObject
{
    Q_OBJECT

    // The harness's own throwaway CA: it signed nothing in this namespace.
    static QList<QSslCertificate> unrelatedCa() { return TestCertificates::instance().caCertificates(); }

    static SessionResult probe(const QList<QSslCertificate> &extraCas)
    {
        SessionSettings settings;
        settings.host = u"mail.trust.test"_s;
        settings.port = 587;
        settings.security = Security::StartTls;
        settings.extraCaCertificates = extraCas;
        SmtpSession session(settings);
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.startProbe();
        if (!finished.wait(20000))
            return {};
        return finished.constFirst().constFirst().value<SessionResult>();
    }

    static AutoconfigFetchResult fetchIspdb(const QList<QSslCertificate> &extraCas)
    {
        QNetworkAccessManager manager;
        AutoconfigFetcher::Options options;
        options.extraCaCertificates = extraCas;
        const QUrl url = AutoconfigFetcher::ispdbUrl(QUrl(u"https://ispdb.test/v1.1/"_s), u"gmail.com"_s);
        auto *fetcher = new AutoconfigFetcher(&manager, u"ispdb"_s, url, options);
        QSignalSpy finished(fetcher, &AutoconfigFetcher::finished);
        fetcher->start();
        if (!finished.wait(20000))
            return {};
        return finished.constFirst().constFirst().value<AutoconfigFetchResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SessionResult>();
        qRegisterMetaType<AutoconfigFetchResult>();
        QVERIFY2(TestNetwork::isInside(), "must run inside tests/support/testnetwork-run");
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
        // The scenario is what the test thinks: the system's only root is the namespace's CA,
        // and the "extra" CA is a different one.
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        QCOMPARE(system, TestNetwork::caCertificates());
        QVERIFY(!system.contains(unrelatedCa().first()));
    }

    void sessionWithoutExtraCaTrustsTheSystem()
    {
        const SessionResult result = probe({});
        QVERIFY2(result.ok, qPrintable(sessionErrorName(result.error) + QLatin1Char(' ') + result.errorDetail));
    }

    void sessionKeepsSystemRootsBesideAnExtraCa()
    {
        const SessionResult result = probe(unrelatedCa());
        QVERIFY2(result.ok, qPrintable(sessionErrorName(result.error) + QLatin1Char(' ') + result.errorDetail));
        QCOMPARE(result.step, SessionStep::Done);
    }

    void fetcherKeepsSystemRootsBesideAnExtraCa()
    {
        const AutoconfigFetchResult result = fetchIspdb(unrelatedCa());
        QVERIFY2(result.outcome.outcome == SourceOutcome::Kind::Found,
                 qPrintable(SourceOutcome::kindName(result.outcome.outcome) + QLatin1Char(' ') + result.outcome.reason));
        QVERIFY(result.body.contains("smtp.gmail.com"));
    }

    void theListIsTheSystemsPlusTheExtra()
    {
        const QList<QSslCertificate> list = systemAndExtraCaCertificates(unrelatedCa());
        QCOMPARE(list, TestNetwork::caCertificates() + unrelatedCa());
    }
};

POSTACI_TESTNETWORK_MAIN(TestExtraCaTrust, POSTACI_TESTNET_CONFIG)
#include "tst_extracatrust.moc"
