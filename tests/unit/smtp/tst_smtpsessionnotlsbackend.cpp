// H9 / docs/smtp-behaviours.md#14: without a TLS backend, startClientEncryption() fails and the socket stays
// plaintext. The session must then write nothing at all after STARTTLS. This process selects
// Qt's "cert-only" backend (it parses certificates but cannot do TLS) before anything else.

#include "smtp/smtpsession.h"

#include "scriptedsmtpserver.h"
#include "sessionrunner.h"
#include "timing.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;
using namespace std::chrono_literals;

class TestSmtpSessionNoTlsBackend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nothingIsWrittenAfterStartTls();
    void implicitTlsFailsBeforeConnecting();
};

void TestSmtpSessionNoTlsBackend::initTestCase()
{
    QCOMPARE(QSslSocket::activeBackend(), u"cert-only"_s);
    QVERIFY(!QSslSocket::supportsSsl());
}

void TestSmtpSessionNoTlsBackend::nothingIsWrittenAfterStartTls()
{
    ScriptedSmtpServer server;
    server.setScript({"S: 220 mx.example.test ESMTP", "C: EHLO", "S: 250-mx.example.test", "S: 250-AUTH PLAIN LOGIN",
                      "S: 250 STARTTLS", "C: STARTTLS$", "S: 220 2.0.0 Ready to start TLS"});
    QVERIFY(server.listen());
    SessionSettings settings = scriptedSettings(server.port(), Security::StartTls);
    addCredentials(settings);
    settings.timeouts = SessionTimeouts::uniform(30s); // it fails at once, long before any of them
    const SessionRun run = runSession(settings);
    QCOMPARE(sessionErrorName(run.result.error), sessionErrorName(SessionError::TlsUnavailable));
    QCOMPARE(run.result.step, SessionStep::Tls);
    QVERIFY2(run.elapsedMs < SlowMachineSlackMs, qPrintable(QString::number(run.elapsedMs)));
    QTest::qWait(100);
    // The last bytes on the wire are STARTTLS itself: no EHLO, no AUTH, no QUIT after it.
    QVERIFY2(server.plaintextReceived().endsWith("STARTTLS\r\n"), server.plaintextReceived().constData());
    QVERIFY(isCredentialFree(server.plaintextReceived()));
    QVERIFY(server.failures().isEmpty());
}

void TestSmtpSessionNoTlsBackend::implicitTlsFailsBeforeConnecting()
{
    ScriptedSmtpServer server;
    server.setScript({"S: 220 mx.example.test ESMTP"});
    QVERIFY(server.listen());
    SessionSettings settings = scriptedSettings(server.port(), Security::ImplicitTls);
    addCredentials(settings);
    const SessionRun run = runSession(settings);
    QCOMPARE(sessionErrorName(run.result.error), sessionErrorName(SessionError::TlsUnavailable));
    QTest::qWait(50);
    QCOMPARE(server.connectionCount(), 0);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Must happen before the first QSslSocket of the process.
    if (!QSslSocket::setActiveBackend(u"cert-only"_s)) {
        fprintf(stderr, "the cert-only TLS backend is not available\n");
        return 1;
    }
    TestSmtpSessionNoTlsBackend test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_smtpsessionnotlsbackend.moc"
