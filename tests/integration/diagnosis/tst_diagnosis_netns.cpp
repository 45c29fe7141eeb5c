#include "aiosmtpdserver.h"
#include "scenario.h"
#include "tcprelay.h"
#include "testcertificates.h"
#include "timing.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;
using namespace Postaci::Test::Scenario;

// The scenarios loopback alone cannot produce, run inside the private network namespace that
// tests/integration/diagnosis/in-netns makes (main() below re-runs this program through it):
// port 25 and port 2526 drop every packet (an ISP's block, a firewall), 465 is served through a
// relay by a real aiosmtpd with implicit TLS, 587 has nothing, /etc/hosts names
// mail.example.test, mail.customer.test and other-host.example.net (all 127.0.0.1), and every
// other name is "not found".
class DiagnosisNetnsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<AiosmtpdServer> m_tls;      // Valid certificate (*.example.test)
    std::unique_ptr<AiosmtpdServer> m_hosting;  // WrongHost certificate (other-host.example.net)
    TcpRelay *m_relay465 = nullptr;

    struct Outcome
    {
        SessionResult result;
        Diagnosis diagnosis;
        Diagnosis checked;
    };

    Outcome diagnoseRun(const SessionSettings &s, const DiagnosisContext &context = {})
    {
        Outcome outcome;
        outcome.result = run(s);
        outcome.diagnosis = diagnose(outcome.result, s, context);
        outcome.checked = checked(outcome.diagnosis, s, 5000ms);
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("POSTACI_IN_NETNS") == "1"_L1, "must run inside in-netns");
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));

        m_tls = std::make_unique<AiosmtpdServer>();
        AiosmtpdServer::Options tls;
        tls.mode = AiosmtpdServer::Options::Mode::ImplicitTls;
        QVERIFY2(m_tls->start(tls), qPrintable(m_tls->errorString()));
        m_relay465 = new TcpRelay(m_tls->port(), this);
        QVERIFY2(m_relay465->listen(465), qPrintable(m_relay465->errorString()));

        m_hosting = std::make_unique<AiosmtpdServer>();
        AiosmtpdServer::Options hosting;
        hosting.mode = AiosmtpdServer::Options::Mode::ImplicitTls;
        hosting.cert = CertKind::WrongHost;
        QVERIFY2(m_hosting->start(hosting), qPrintable(m_hosting->errorString()));

        // The namespace is what the test expects: 465 answers through the relay.
        SessionSettings direct = settings(u"mail.example.test"_s, 465, Security::ImplicitTls);
        const SessionResult ok = run(direct);
        QVERIFY2(ok.ok, qPrintable(sessionErrorName(ok.error) + QLatin1Char(' ') + ok.errorDetail));
    }

    void cleanupTestCase()
    {
        m_tls.reset();
        m_hosting.reset();
    }

    // An ISP that drops port 25: the SYN is never answered.
    void port25Blocked()
    {
        SessionSettings s = settings(u"mail.example.test"_s, 25, Security::StartTls);
        s.timeouts.connect = 800ms;
        const Outcome o = diagnoseRun(s);
        QVERIFY2(o.result.error == SessionError::ConnectTimeout, describe(o.diagnosis, o.result));
        QVERIFY2(o.diagnosis.id == "port25-blocked"_L1, describe(o.diagnosis, o.result));
        // diagnose() lists 587 first (same STARTTLS), then 465/TLS ...
        QCOMPARE(o.diagnosis.remedies.value(0).settings, std::optional(change(587, std::nullopt)));
        QCOMPARE(o.diagnosis.remedies.value(1).settings, std::optional(change(465, Security::ImplicitTls)));
        // ... and the check finds that only 465 works here, so it moves first.
        const Remedy *r465 = remedyWith(o.checked, change(465, Security::ImplicitTls));
        const Remedy *r587 = remedyWith(o.checked, change(587, std::nullopt));
        QVERIFY2(r465 && r587, describe(o.checked));
        QVERIFY(r465->verified);
        QVERIFY(!r587->verified);
        QCOMPARE(o.checked.remedies.first().settings, r465->settings);
    }

    // Any other port a firewall drops.
    void connectTimeout()
    {
        SessionSettings s = settings(u"mail.example.test"_s, 2526, Security::StartTls);
        s.timeouts.connect = 800ms;
        const Outcome o = diagnoseRun(s);
        QVERIFY2(o.diagnosis.id == "connect-timeout"_L1, describe(o.diagnosis, o.result));
        const Remedy *r465 = remedyWith(o.checked, change(465, Security::ImplicitTls));
        QVERIFY2(r465, describe(o.checked));
        QVERIFY(r465->verified);
        QVERIFY(!remedyWith(o.checked, change(587, std::nullopt))->verified);
    }

    // RFC 6761: .invalid never resolves.
    void dnsNotFound()
    {
        const SessionSettings s = settings(u"mail.magaza.invalid"_s, 465, Security::ImplicitTls);
        DiagnosisContext context;
        context.emailAddress = u"info@example.test"_s;
        const Outcome o = diagnoseRun(s, context);
        QVERIFY2(o.diagnosis.id == "dns-not-found"_L1, describe(o.diagnosis, o.result));
        QVERIFY(o.diagnosis.explanation.contains("mail.magaza.invalid"_L1));
        // The usual names for the address's domain: mail.example.test exists and serves 465
        // with a certificate that names it; smtp.example.test does not exist.
        const Remedy *mail = remedyWith(o.checked, hostChange(u"mail.example.test"_s));
        const Remedy *smtp = remedyWith(o.checked, hostChange(u"smtp.example.test"_s));
        QVERIFY2(mail && smtp, describe(o.checked));
        QVERIFY(mail->verified);
        QVERIFY(!smtp->verified);
        QCOMPARE(o.checked.remedies.first().settings, mail->settings);
    }

    // No route at all to the server's network (only loopback exists in the namespace).
    void networkUnreachable()
    {
        const SessionSettings s = settings(u"192.0.2.25"_s, 587, Security::StartTls);
        const Outcome o = diagnoseRun(s);
        QVERIFY2(o.result.error == SessionError::NetworkError, describe(o.diagnosis, o.result));
        QVERIFY2(o.diagnosis.id == "network-error"_L1, describe(o.diagnosis, o.result));
        QVERIFY(o.diagnosis.explanation.contains("192.0.2.25"_L1));
    }

    // Shared hosting: mail.customer.test is served by a host whose certificate names only the
    // hosting company's server; that name works.
    void sharedHostingHostnameMismatch()
    {
        const SessionSettings s = settings(u"mail.customer.test"_s, m_hosting->port(), Security::ImplicitTls);
        const Outcome o = diagnoseRun(s);
        QVERIFY2(o.diagnosis.id == "certificate-hostname-mismatch"_L1, describe(o.diagnosis, o.result));
        QVERIFY(o.diagnosis.explanation.contains("other-host.example.net"_L1));
        const Remedy *host = remedyWith(o.checked, hostChange(u"other-host.example.net"_s, true));
        QVERIFY2(host, describe(o.checked));
        QVERIFY(host->verified);
        QCOMPARE(o.checked.remedies.first().settings, host->settings);
        // Kept because both names reach 127.0.0.1, and marked: applying it asks first.
        QVERIFY(host->toJson().value(u"warnings"_s).toArray().contains(u"foreign-host"_s));
    }

    // docs/security.md#foreign-host: the certificate is valid, but for a name that reaches another
    // machine (other-host.example.net is 127.0.0.1; the server was reached at 127.0.0.2). Anyone can
    // get a certificate for a name of their own, so "use that name" would hand the password to
    // them: the remedy is not offered, although its probe (without credentials) would work.
    void certificateNameOfAnotherMachineIsNotOffered()
    {
        TcpRelay relay(m_hosting->port());
        QVERIFY2(relay.listen(m_hosting->port(), QHostAddress(u"127.0.0.2"_s)), qPrintable(relay.errorString()));
        const SessionSettings s = settings(u"127.0.0.2"_s, m_hosting->port(), Security::ImplicitTls);
        DiagnosisContext context;
        context.emailAddress = u"info@customer.test"_s;
        const Outcome o = diagnoseRun(s, context);
        QVERIFY2(o.diagnosis.id == "certificate-hostname-mismatch"_L1, describe(o.diagnosis, o.result));
        QVERIFY2(remedyWith(o.diagnosis, hostChange(u"other-host.example.net"_s, true)), describe(o.diagnosis));
        QVERIFY2(!remedyWith(o.checked, hostChange(u"other-host.example.net"_s, true)), describe(o.checked));
        for (const Remedy &remedy : o.checked.remedies)
            QVERIFY(!remedy.settings || !remedy.settings->foreignHost);
    }

    // docs/smtp-behaviours.md#17: port 465 chosen with STARTTLS, and the server there says nothing at all
    // (not even to a TLS ClientHello, as when a firewall swallows the handshake). Port 465 is
    // privileged, which is why this runs here: 127.0.0.2 is free in the namespace (the relay
    // holds 127.0.0.1:465).
    void silentServerOn465()
    {
        QTcpServer silent;
        QVERIFY2(silent.listen(QHostAddress(u"127.0.0.2"_s), 465), qPrintable(silent.errorString()));
        QList<QTcpSocket *> accepted; // kept open and never written to
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *peer = silent.nextPendingConnection())
                accepted.append(peer);
        });

        SessionSettings starttls = settings(u"127.0.0.2"_s, 465, Security::StartTls);
        starttls.timeouts.greeting = 600ms;
        const Outcome o = diagnoseRun(starttls);
        QVERIFY2(o.result.error == SessionError::PlaintextExpectedTlsReceived, describe(o.diagnosis, o.result));
        QVERIFY2(o.result.errorDetail.contains("465"_L1), qPrintable(o.result.errorDetail));
        QVERIFY2(o.diagnosis.id == "plaintext-expected-tls-received"_L1, describe(o.diagnosis, o.result));
        QVERIFY2(remedyWith(o.diagnosis, change(std::nullopt, Security::ImplicitTls)), describe(o.diagnosis)); // keep 465, switch to SSL/TLS

        // The same silent server with SSL/TLS chosen: a bounded wait, then a timeout, never a hang.
        SessionSettings tls = settings(u"127.0.0.2"_s, 465, Security::ImplicitTls);
        tls.timeouts.tlsHandshake = 600ms;
        QElapsedTimer clock;
        clock.start();
        const SessionResult r = run(tls, std::nullopt, 10s);
        QVERIFY2(!r.ok && r.error != SessionError::Cancelled, qPrintable(sessionErrorName(r.error)));
        // The handshake timeout, well before the 10 s total (timing.h).
        QVERIFY2(clock.elapsed() < 600 + SlowMachineSlackMs, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(r.step, SessionStep::Tls);
        qDeleteAll(accepted);
    }
};

int main(int argc, char **argv)
{
    // Re-run through the namespace script unless already inside it.
    if (qEnvironmentVariable("POSTACI_IN_NETNS") != "1"_L1) {
        const QByteArray script = QByteArray(POSTACI_DIAGNOSIS_TEST_DIR) + "/in-netns";
        QList<char *> args;
        args.append(const_cast<char *>(script.constData()));
        for (int i = 0; i < argc; ++i)
            args.append(argv[i]);
        args.append(nullptr);
        execv(script.constData(), args.data());
        perror("in-netns");
        return 1;
    }
    QCoreApplication app(argc, argv);
    DiagnosisNetnsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_diagnosis_netns.moc"
