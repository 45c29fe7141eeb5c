// AutoconfigFetcher against a local HTTP(S) server on loopback: answers, size limit, timeout,
// redirects (HTTPS to HTTPS followed, HTTPS to HTTP refused), certificate verification, cancel.
#include "localhttpserver.h"
#include "testcertificates.h"
#include "timing.h"

#include "common/translation.h"
#include "discovery/autoconfigfetcher.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;

namespace {
const QByteArray smallDocument = "<?xml version=\"1.0\"?><clientConfig version=\"1.1\"/>\n";
}

class TestAutoconfigFetcher : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager *m_network = nullptr;
    LocalHttpServer *m_https = nullptr;
    LocalHttpServer *m_http = nullptr;

    AutoconfigFetchResult fetch(const QUrl &url, AutoconfigFetcher::Options options = {}, bool trustTestCa = true,
                                QNetworkAccessManager *network = nullptr)
    {
        if (trustTestCa)
            options.extraCaCertificates = TestCertificates::instance().caCertificates();
        auto *fetcher = new AutoconfigFetcher(network ? network : m_network, u"test-source"_s, url, options, this);
        QSignalSpy spy(fetcher, &AutoconfigFetcher::finished);
        fetcher->start();
        if (!spy.wait(15000))
            return {};
        return spy.constFirst().constFirst().value<AutoconfigFetchResult>();
    }

    QUrl httpsUrl(const QString &path) const { return QUrl(m_https->baseUrl(u"localhost"_s) + path); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<AutoconfigFetchResult>();
        const TestCertificates &certificates = TestCertificates::instance();
        QVERIFY2(certificates.isValid(), qPrintable(certificates.errorString()));
        m_network = new QNetworkAccessManager(this);
        m_https = new LocalHttpServer(this);
        QVERIFY(m_https->listenTls(certificates.certificate(CertKind::Valid), certificates.key(CertKind::Valid)));
        m_http = new LocalHttpServer(this);
        QVERIFY(m_http->listenPlain());

        for (LocalHttpServer *server : {m_https, m_http}) {
            server->route("/ok", [](QTcpSocket *socket, const QByteArray &) { LocalHttpServer::reply(socket, 200, smallDocument); });
            server->route("/missing", [](QTcpSocket *socket, const QByteArray &) { LocalHttpServer::reply(socket, 404, "no\n"); });
            server->route("/broken", [](QTcpSocket *socket, const QByteArray &) { LocalHttpServer::reply(socket, 500, "oops\n"); });
            server->route("/empty", [](QTcpSocket *socket, const QByteArray &) { LocalHttpServer::reply(socket, 200, ""); });
            server->route("/silent", [](QTcpSocket *, const QByteArray &) {});
            server->route("/big-announced", [](QTcpSocket *socket, const QByteArray &) {
                // Announces 10 MiB, sends a little: the header alone must end the fetch.
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: 10485760\r\n\r\n");
                socket->write(QByteArray(4096, 'x'));
            });
            server->route("/big-streamed", [](QTcpSocket *socket, const QByteArray &) {
                // No length: chunks keep coming until the client hangs up, bounded at 64 MiB,
                // which at 32 KiB per 5 ms takes at least 10 s.
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nConnection: close\r\n\r\n");
                auto *timer = new QTimer(socket);
                auto sent = std::make_shared<qint64>(0);
                QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, sent] {
                    if (socket->state() != QAbstractSocket::ConnectedState || *sent >= 64 * 1024 * 1024) {
                        timer->stop();
                        socket->disconnectFromHost();
                        return;
                    }
                    socket->write(QByteArray(32 * 1024, 'y'));
                    *sent += 32 * 1024;
                });
                timer->start(5);
            });
            // An endless chain: /chain/1 -> /chain/2 -> ...
            server->route("/chain/", [](QTcpSocket *socket, const QByteArray &path) {
                LocalHttpServer::redirect(socket, "/chain/" + QByteArray::number(path.mid(7).toInt() + 1));
            });
        }
        const QByteArray plainOk = m_http->baseUrl().toLatin1() + "/ok";
        m_https->route("/to-http", [plainOk](QTcpSocket *socket, const QByteArray &) { LocalHttpServer::redirect(socket, plainOk); });
        const QByteArray httpsOk = m_https->baseUrl(u"localhost"_s).toLatin1() + "/ok";
        m_https->route("/to-https", [httpsOk](QTcpSocket *socket, const QByteArray &) { LocalHttpServer::redirect(socket, httpsOk); });
        m_http->route("/to-https", [httpsOk](QTcpSocket *socket, const QByteArray &) { LocalHttpServer::redirect(socket, httpsOk); });
    }

    void found()
    {
        const QUrl url = httpsUrl(u"/ok"_s);
        QElapsedTimer clock;
        clock.start();
        const AutoconfigFetchResult result = fetch(url);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(result.outcome.outcome, SourceOutcome::Kind::Found);
        QCOMPARE(result.outcome.name, u"test-source"_s);
        QCOMPARE(result.outcome.query, url.toString());
        QCOMPARE(result.body, smallDocument);
        // The fetch's own time: a part of what the test measured around it, however slow the machine.
        QVERIFY2(result.outcome.ms >= 0 && result.outcome.ms <= elapsed,
                 qPrintable(QString::number(result.outcome.ms) + QLatin1Char(' ') + QString::number(elapsed)));
    }

    void notFoundAndErrors()
    {
        AutoconfigFetchResult result = fetch(httpsUrl(u"/missing"_s));
        QCOMPARE(result.outcome.outcome, SourceOutcome::Kind::NotFound);
        QVERIFY2(result.outcome.reason.startsWith("HTTP 404"_L1), qPrintable(result.outcome.reason));
        QVERIFY(result.body.isEmpty());

        result = fetch(httpsUrl(u"/broken"_s));
        QCOMPARE(result.outcome.outcome, SourceOutcome::Kind::Error);
        QVERIFY2(result.outcome.reason.startsWith("HTTP 500"_L1), qPrintable(result.outcome.reason));

        result = fetch(httpsUrl(u"/empty"_s));
        QCOMPARE(result.outcome.outcome, SourceOutcome::Kind::NotFound);
    }

    void sizeLimitFromTheHeader()
    {
        // The server sends 4 KiB of the 10 MiB it announces, then nothing: the header alone ends the
        // fetch, far sooner than the (30 s) timeout would (timing.h).
        AutoconfigFetcher::Options options;
        options.timeout = std::chrono::milliseconds(30000);
        QElapsedTimer clock;
        clock.start();
        const AutoconfigFetchResult result = fetch(httpsUrl(u"/big-announced"_s), options);
        QCOMPARE(result.outcome.outcome, SourceOutcome::Kind::Error);
        QVERIFY2(result.outcome.reason.contains("larger than 262144"_L1), qPrintable(result.outcome.reason));
        QVERIFY(result.body.isEmpty());
        QVERIFY2(clock.elapsed() < SlowMachineSlackMs, qPrintable(QString::number(clock.elapsed())));
    }

    void sizeLimitWhileStreaming()
    {
        QElapsedTimer clock;
        clock.start();
        const AutoconfigFetchResult result = fetch(httpsUrl(u"/big-streamed"_s));
        QCOMPARE(result.outcome.outcome, SourceOutcome::Kind::Error);
        QVERIFY2(result.outcome.reason.contains("larger than 262144"_L1), qPrintable(result.outcome.reason));
        QVERIFY(result.body.isEmpty());
        // Aborted after ~256 KiB: far before the server's 64 MiB at 32 KiB per 5 ms (10 s or more).
        QVERIFY2(clock.elapsed() < SlowMachineSlackMs, qPrintable(QString::number(clock.elapsed())));
    }

    void smallerLimitIsHonoured()
    {
        AutoconfigFetcher::Options options;
        options.maxBytes = 16;
        const AutoconfigFetchResult result = fetch(httpsUrl(u"/ok"_s), options);
        QCOMPARE(result.outcome.outcome, SourceOutcome::Kind::Error);
    }

    void timeout()
    {
        AutoconfigFetcher::Options options;
        options.timeout = std::chrono::milliseconds(400);
        QElapsedTimer clock;
        clock.start();
        const AutoconfigFetchResult result = fetch(httpsUrl(u"/silent"_s), options);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(result.outcome.outcome, SourceOutcome::Kind::Timeout);
        // The timer (precise, never early) starts after this clock, and after the fetcher's own
        // clock that outcome.ms is read from.
        QVERIFY2(elapsed >= 400 && elapsed < 400 + SlowMachineSlackMs, qPrintable(QString::number(elapsed)));
        QVERIFY2(result.outcome.ms >= 400, qPrintable(QString::number(result.outcome.ms)));
    }

    void httpsToHttpRedirectIsRefused()
    {
        const int plainRequestsBefore = m_http->requestCount();
        const AutoconfigFetchResult result = fetch(httpsUrl(u"/to-http"_s));
        QCOMPARE(result.outcome.outcome, SourceOutcome::Kind::Error);
        QVERIFY2(result.outcome.reason.contains("redirect from HTTPS"_L1), qPrintable(result.outcome.reason));
        QVERIFY(result.body.isEmpty());
        // The plain-HTTP server never saw the request.
        QCOMPARE(m_http->requestCount(), plainRequestsBefore);
    }

    void httpsToHttpsRedirectIsFollowed()
    {
        const AutoconfigFetchResult result = fetch(httpsUrl(u"/to-https"_s));
        QCOMPARE(result.outcome.outcome, SourceOutcome::Kind::Found);
        QCOMPARE(result.body, smallDocument);
        QCOMPARE(result.finalUrl.path(), u"/ok"_s);
        QCOMPARE(result.outcome.query, httpsUrl(u"/to-https"_s).toString()); // what was asked
    }

    void plainHttpMayUpgradeToHttps()
    {
        const AutoconfigFetchResult result = fetch(QUrl(m_http->baseUrl() + u"/to-https"_s));
        QCOMPARE(result.outcome.outcome, SourceOutcome::Kind::Found);
        QCOMPARE(result.finalUrl.scheme(), u"https"_s);
    }

    void redirectLoopIsBounded()
    {
        const AutoconfigFetchResult result = fetch(httpsUrl(u"/chain/1"_s));
        QCOMPARE(result.outcome.outcome, SourceOutcome::Kind::Error);
        QVERIFY2(result.outcome.reason.contains("redirect"_L1), qPrintable(result.outcome.reason));
    }

    void untrustedCertificateFails()
    {
        // A manager of its own: QNetworkAccessManager reuses open connections, and one that was
        // verified with the test CA would not be verified again.
        QNetworkAccessManager fresh;
        const AutoconfigFetchResult result = fetch(httpsUrl(u"/ok"_s), {}, false, &fresh);
        QCOMPARE(result.outcome.outcome, SourceOutcome::Kind::Error);
        QVERIFY2(result.outcome.reason.contains("TLS"_L1), qPrintable(result.outcome.reason));
        QVERIFY(result.body.isEmpty());
    }

    void hostNameIsVerified()
    {
        // Signed by the trusted test CA, but for another host name.
        const TestCertificates &certificates = TestCertificates::instance();
        LocalHttpServer wrongHost;
        QVERIFY(wrongHost.listenTls(certificates.certificate(CertKind::WrongHost), certificates.key(CertKind::WrongHost)));
        wrongHost.route("/ok", [](QTcpSocket *socket, const QByteArray &) { LocalHttpServer::reply(socket, 200, smallDocument); });
        const AutoconfigFetchResult result = fetch(QUrl(wrongHost.baseUrl(u"localhost"_s) + u"/ok"_s));
        QCOMPARE(result.outcome.outcome, SourceOutcome::Kind::Error);
        QVERIFY2(result.outcome.reason.contains("TLS"_L1), qPrintable(result.outcome.reason));
        QCOMPARE(wrongHost.requestCount(), 0);
    }

    void cancelIsImmediate()
    {
        auto *fetcher = new AutoconfigFetcher(m_network, u"x"_s, httpsUrl(u"/silent"_s), {}, this);
        QSignalSpy spy(fetcher, &AutoconfigFetcher::finished);
        fetcher->start();
        QTest::qWait(100);
        QVERIFY(fetcher->isRunning());
        fetcher->cancel(SourceOutcome::Kind::Timeout, u"deadline"_s);
        QCOMPARE(spy.size(), 1); // synchronously
        const auto result = spy.constFirst().constFirst().value<AutoconfigFetchResult>();
        QCOMPARE(result.outcome.outcome, SourceOutcome::Kind::Timeout);
        QCOMPARE(result.outcome.reason, u"deadline"_s);
    }

    void invalidUrl()
    {
        const AutoconfigFetchResult result = fetch(QUrl(u"ftp://localhost/x"_s));
        QCOMPARE(result.outcome.outcome, SourceOutcome::Kind::Error);
    }

    // The reasons are shown to users (lookup dialog, wizard, postaci-cli lookup): with the Turkish
    // catalogue every one of them is Turkish, not the English text. Run in both languages and
    // compared, so that a reason that bypasses tr() fails here.
    void reasonsSpeakTurkish()
    {
        const auto english = qScopeGuard([] { installTranslations(*QCoreApplication::instance(), u"en"_s); });
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl refused(u"https://127.0.0.1:%1/x"_s.arg(closed.serverPort()));
        closed.close(); // nothing listens there any more: connection refused
        AutoconfigFetcher::Options quick;
        quick.timeout = std::chrono::milliseconds(300);
        const QList<std::pair<QUrl, AutoconfigFetcher::Options>> cases = {
            {httpsUrl(u"/empty"_s), {}},
            {httpsUrl(u"/silent"_s), quick},
            {httpsUrl(u"/big-announced"_s), {}},
            {httpsUrl(u"/to-http"_s), {}},
            {httpsUrl(u"/chain/1"_s), {}},
            {QUrl(u"ftp://localhost/x"_s), {}},
            {refused, {}},
        };
        for (const auto &[url, options] : cases) {
            installTranslations(*QCoreApplication::instance(), u"en"_s);
            const QString inEnglish = fetch(url, options).outcome.reason;
            installTranslations(*QCoreApplication::instance(), u"tr"_s);
            const QString inTurkish = fetch(url, options).outcome.reason;
            const QString shown = url.toString() + u": "_s + inEnglish + u" / "_s + inTurkish;
            QVERIFY2(!inEnglish.isEmpty() && !inTurkish.isEmpty(), qPrintable(shown));
            QVERIFY2(inTurkish != inEnglish, qPrintable(shown));
        }
        installTranslations(*QCoreApplication::instance(), u"tr"_s);
        QCOMPARE(fetch(httpsUrl(u"/silent"_s), quick).outcome.reason, u"300 ms içinde tam bir yanıt gelmedi"_s);
    }

    void wellKnownUrls()
    {
        QCOMPARE(AutoconfigFetcher::providerAutoconfigUrl(u"example.com"_s, u"a+b@example.com"_s).toString(QUrl::FullyEncoded),
                 u"https://autoconfig.example.com/mail/config-v1.1.xml?emailaddress=a%2Bb%40example.com"_s);
        QCOMPARE(AutoconfigFetcher::providerAutoconfigUrl(u"example.com"_s, QString()).toString(),
                 u"https://autoconfig.example.com/mail/config-v1.1.xml"_s);
        QCOMPARE(AutoconfigFetcher::wellKnownAutoconfigUrl(u"example.com"_s).toString(),
                 u"https://example.com/.well-known/autoconfig/mail/config-v1.1.xml"_s);
        // docs/security.md#lookup: the address never travels in clear.
        QCOMPARE(AutoconfigFetcher::plainHttpAutoconfigUrl(u"example.com"_s).toString(QUrl::FullyEncoded),
                 u"http://autoconfig.example.com/mail/config-v1.1.xml"_s);
        QCOMPARE(AutoconfigFetcher::ispdbUrl(AutoconfigFetcher::defaultIspdbBaseUrl(), u"example.com"_s).toString(),
                 u"https://live.thunderbird.net/autoconfig/v1.1/example.com"_s);
        QCOMPARE(AutoconfigFetcher::ispdbUrl(QUrl(u"https://ispdb.example.org/v1.1"_s), u"example.com"_s).toString(),
                 u"https://ispdb.example.org/v1.1/example.com"_s);
    }
};

QTEST_GUILESS_MAIN(TestAutoconfigFetcher)
#include "tst_autoconfigfetcher.moc"
