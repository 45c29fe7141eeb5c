// SmtpSession and TLS against the scripted server: STARTTLS rules (docs/smtp-behaviours.md#13–17, H5–H8),
// certificate verification and pinning, and the round-trip floor of the benchmark.

#include "smtp/smtpsession.h"

#include "scriptedsmtpserver.h"
#include "sessionrunner.h"
#include "testcertificates.h"
#include "timing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;
using namespace std::chrono_literals;

namespace {

const QString greet = u"S: 220 mx.example.test ESMTP ready"_s;
const QString anyEhlo = u"C: EHLO \\S+$"_s;

QStringList reply250(const QStringList &keywords)
{
    QStringList lines{u"S: 250"_s + (keywords.isEmpty() ? u" "_s : u"-"_s)
                      + u"mx.example.test"_s};
    for (qsizetype i = 0; i < keywords.size(); ++i)
        lines.append((i + 1 == keywords.size() ? u"S: 250 "_s : u"S: 250-"_s)
                     + keywords.at(i));
    return lines;
}

// Up to and including the handshake after STARTTLS.
QStringList startTlsOpening(const QStringList &before = {"PIPELINING", "AUTH PLAIN LOGIN", "STARTTLS"})
{
    return QStringList{greet, anyEhlo} + reply250(before)
           + QStringList{"C: STARTTLS$", "S: 220 2.0.0 Ready to start TLS", "TLS"};
}

QStringList implicitOpening()
{
    return {u"TLS"_s, greet};
}

QString plainAuthLine()
{
    const QByteArray blob = '\0' + testUser().toUtf8() + '\0' + testPassword().toUtf8();
    return u"C: AUTH PLAIN "_s + QRegularExpression::escape(QString::fromLatin1(blob.toBase64()))
           + QLatin1Char('$');
}

void useCertificate(ScriptedSmtpServer &server, CertKind kind)
{
    const TestCertificates &certs = TestCertificates::instance();
    server.setCertificate(certs.certificate(kind), certs.key(kind));
}

SessionSettings tlsSettings(quint16 port, Security security, bool withCa = true)
{
    SessionSettings settings = scriptedSettings(port, security);
    if (withCa)
        settings.extraCaCertificates = TestCertificates::instance().caCertificates();
    addCredentials(settings);
    return settings;
}

} // namespace

class TestSmtpSessionTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startTlsForgetsWhatCameBefore();
    void implicitTls();
    void tlsDetailsAreReported();
    void certificates_data();
    void certificates();
    void pinnedServerShowsAnotherValidCertificate_data();
    void pinnedServerShowsAnotherValidCertificate();
    void implicitTlsAgainstAPlaintextServer();
    void implicitTlsAgainstAnImapServer();
    void startTlsAgainstAnImplicitTlsServer();
    void handshakeTimeout();
    void implicitTlsAgainstASilentServer();
    void cancelDuringTls_data();
    void cancelDuringTls();
    void roundTripFloor_data();
    void roundTripFloor();
};

void TestSmtpSessionTls::initTestCase()
{
    QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
    QVERIFY(QSslSocket::supportsSsl());
}

void TestSmtpSessionTls::startTlsForgetsWhatCameBefore()
{
    // H6: before TLS the server offers PLAIN and PIPELINING; after TLS only LOGIN and SIZE.
    // Only the second list may count.
    ScriptedSmtpServer server;
    useCertificate(server, CertKind::Valid);
    server.setScript(startTlsOpening({"PIPELINING", "AUTH PLAIN", "STARTTLS"}) + QStringList{anyEhlo}
                     + reply250({"AUTH LOGIN", "SIZE 100000"})
                     + QStringList{"C: AUTH LOGIN$", "S: 334 VXNlcm5hbWU6", "C: .+", "S: 334 UGFzc3dvcmQ6", "C: .+",
                                   "S: 235 ok", "C: MAIL FROM:<tester@example\\.test> SIZE=\\d+$", "S: 250 ok",
                                   "C: RCPT", "S: 250 ok", "C: DATA$", "S: 354 go", "BODY", "S: 250 ok", "C: QUIT$"});
    QVERIFY(server.listen());
    const SessionRun run = runSession(tlsSettings(server.port(), Security::StartTls), testMessage());
    QVERIFY2(run.result.ok, qPrintable(run.result.errorDetail + QLatin1Char('\n') + run.transcriptText()));
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptCompleted(), 10000);
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.failures().join(QLatin1Char('\n'))));

    QCOMPARE(run.result.authMechanism, u"LOGIN"_s);
    QCOMPARE(run.result.capabilities.keywords(), (QStringList{"AUTH", "SIZE"}));
    QCOMPARE(run.result.capabilitiesBeforeTls.keywords(), (QStringList{"PIPELINING", "AUTH", "STARTTLS"}));
    QVERIFY(!run.result.extensionsUsed.contains(u"PIPELINING"_s));

    // H5: nothing between STARTTLS and the ClientHello; the plaintext part ends with STARTTLS
    // and holds no credential; the credentials went inside TLS.
    QVERIFY(server.bytesBeforeHandshake().isEmpty());
    QVERIFY(server.plaintextReceived().endsWith("STARTTLS\r\n"));
    QVERIFY(isCredentialFree(server.plaintextReceived()));
    QVERIFY(server.tlsReceived().contains(testPassword().toUtf8().toBase64()));
    // The EHLO after TLS is the first thing said inside TLS.
    QVERIFY(server.tlsReceived().startsWith("EHLO "));
}

void TestSmtpSessionTls::implicitTls()
{
    ScriptedSmtpServer server;
    useCertificate(server, CertKind::Valid);
    server.setScript(implicitOpening() + QStringList{anyEhlo} + reply250({"AUTH PLAIN LOGIN"})
                     + QStringList{plainAuthLine(), "S: 235 ok", "C: QUIT$"});
    QVERIFY(server.listen());
    const SessionRun run = runSession(tlsSettings(server.port(), Security::ImplicitTls));
    QVERIFY2(run.result.ok, qPrintable(run.result.errorDetail));
    QCOMPARE(run.result.authMechanism, u"PLAIN"_s); // under TLS PLAIN comes first
    QVERIFY(server.plaintextReceived().isEmpty());
    QCOMPARE(run.steps.mid(0, 4),
             (QList<SessionStep>{SessionStep::Resolve, SessionStep::Connect, SessionStep::Tls, SessionStep::Greeting}));
}

void TestSmtpSessionTls::tlsDetailsAreReported()
{
    ScriptedSmtpServer server;
    useCertificate(server, CertKind::Valid);
    server.setScript(startTlsOpening() + QStringList{anyEhlo} + reply250({}) + QStringList{"C: QUIT$"});
    QVERIFY(server.listen());
    SessionSettings settings = tlsSettings(server.port(), Security::StartTls);
    settings.user.clear();
    settings.secret.clear();
    const SessionRun run = runSession(settings);
    QVERIFY2(run.result.ok, qPrintable(run.result.errorDetail));
    const TlsDetails &tls = run.result.tls;
    QCOMPARE(tls.protocol, u"TLSv1.3"_s);
    QVERIFY(!tls.cipher.isEmpty());
    QCOMPARE(tls.peerSha256, TestCertificates::instance().sha256(CertKind::Valid));
    QVERIFY(tls.peerSans.contains(u"localhost"_s));
    QVERIFY(tls.peerSans.contains(u"127.0.0.1"_s));
    QVERIFY(tls.peerSubject.contains(u"CN="_s));
    QVERIFY(!tls.peerChain.isEmpty());
    QVERIFY(tls.verificationErrors.isEmpty());
    QVERIFY(!tls.acceptedByPin);
    const QJsonObject json = run.result.toJson().value(u"tls"_s).toObject();
    QCOMPARE(json.value(u"protocol"_s).toString(), u"TLSv1.3"_s);
    QCOMPARE(json.value(u"peerSha256"_s).toString().size(), 64);
}

void TestSmtpSessionTls::certificates_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<int>("pin"); // -1: none, else the CertKind whose digest is pinned
    QTest::addColumn<int>("security");
    QTest::addColumn<int>("error");

    const int noPin = -1;
    const int starttls = int(Security::StartTls);
    const int implicit = int(Security::ImplicitTls);
    const QString ip = u"127.0.0.1"_s;
    const QString name = u"localhost"_s;
    auto row = [](const char *rowName, CertKind kind, const QString &host, bool withCa, int pin, int security,
                  SessionError error) {
        QTest::addRow("%s", rowName) << int(kind) << host << withCa << pin << security << int(error);
    };
    row("valid, by name", CertKind::Valid, name, true, noPin, starttls, SessionError::None);
    row("valid, by address (IP SAN)", CertKind::Valid, ip, true, noPin, starttls, SessionError::None);
    row("valid, CA not given", CertKind::Valid, name, false, noPin, starttls, SessionError::CertificateUntrusted);
    row("self-signed", CertKind::SelfSigned, name, true, noPin, starttls, SessionError::CertificateUntrusted);
    row("wrong host", CertKind::WrongHost, name, true, noPin, starttls, SessionError::CertificateHostnameMismatch);
    row("by address, certificate without that IP", CertKind::WrongHost, ip, true, noPin, starttls,
        SessionError::CertificateHostnameMismatch);
    row("expired", CertKind::Expired, name, true, noPin, starttls, SessionError::CertificateExpired);
    row("self-signed, implicit TLS", CertKind::SelfSigned, name, true, noPin, implicit,
        SessionError::CertificateUntrusted);
    row("wrong host, implicit TLS", CertKind::WrongHost, ip, true, noPin, implicit,
        SessionError::CertificateHostnameMismatch);
    row("expired, implicit TLS", CertKind::Expired, name, true, noPin, implicit, SessionError::CertificateExpired);
    // Once pinned (the user saw and accepted this exact certificate), the same server passes.
    row("self-signed, pinned", CertKind::SelfSigned, name, false, int(CertKind::SelfSigned), starttls,
        SessionError::None);
    row("wrong host, pinned", CertKind::WrongHost, ip, true, int(CertKind::WrongHost), starttls, SessionError::None);
    row("wrong host without CA, pinned", CertKind::WrongHost, name, false, int(CertKind::WrongHost), starttls,
        SessionError::None);
    row("expired, pinned", CertKind::Expired, name, true, int(CertKind::Expired), starttls, SessionError::None);
    row("self-signed, pinned, implicit TLS", CertKind::SelfSigned, name, false, int(CertKind::SelfSigned), implicit,
        SessionError::None);
    row("self-signed, another certificate pinned", CertKind::SelfSigned, name, false, int(CertKind::Valid), starttls,
        SessionError::CertificatePinMismatch);
}

void TestSmtpSessionTls::certificates()
{
    QFETCH(int, kind);
    QFETCH(QString, host);
    QFETCH(bool, withCa);
    QFETCH(int, pin);
    QFETCH(int, security);
    QFETCH(int, error);

    ScriptedSmtpServer server;
    useCertificate(server, CertKind(kind));
    const QStringList opening = Security(security) == Security::StartTls ? startTlsOpening() : implicitOpening();
    server.setScript(opening + QStringList{anyEhlo} + reply250({"AUTH PLAIN"})
                     + QStringList{plainAuthLine(), "S: 235 ok", "C: QUIT$"});
    QVERIFY(server.listen());

    SessionSettings settings = tlsSettings(server.port(), Security(security), withCa);
    settings.host = host;
    // Long timeouts: a refused certificate ends the session at once, long before any of them.
    settings.timeouts = SessionTimeouts::uniform(30s);
    if (pin >= 0)
        settings.pinnedSha256 = {TestCertificates::instance().sha256(CertKind(pin))};
    const SessionRun run = runSession(settings);

    QCOMPARE(sessionErrorName(run.result.error), sessionErrorName(SessionError(error)));
    if (SessionError(error) == SessionError::None) {
        QCOMPARE(run.result.authMechanism, u"PLAIN"_s);
        QCOMPARE(run.result.tls.acceptedByPin, pin >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(server.scriptCompleted(), 10000);
        return;
    }
    // H7: the handshake failed, so nothing was sent inside TLS and no AUTH ever left.
    QCOMPARE(sessionStepName(run.result.step), u"tls"_s);
    QVERIFY(!run.result.tls.verificationErrors.isEmpty());
    QCOMPARE(run.result.tls.peerSha256, TestCertificates::instance().sha256(CertKind(kind)));
    QVERIFY(!run.result.errorDetail.isEmpty());
    QTest::qWait(30);
    QVERIFY(server.tlsReceived().isEmpty());
    QVERIFY(isCredentialFree(server.plaintextReceived()));
    for (const TranscriptLine &line : run.lines)
        QVERIFY(line.direction != TranscriptLine::Direction::Client || !line.text.startsWith("AUTH"_L1));
    QVERIFY2(run.elapsedMs < SlowMachineSlackMs, qPrintable(QString::number(run.elapsedMs)));
}

void TestSmtpSessionTls::pinnedServerShowsAnotherValidCertificate_data()
{
    QTest::addColumn<int>("pin"); // the CertKind whose digest is pinned
    QTest::addColumn<bool>("changed");
    QTest::addRow("another certificate pinned") << int(CertKind::SelfSigned) << true;
    QTest::addRow("this certificate pinned") << int(CertKind::Valid) << false;
}

void TestSmtpSessionTls::pinnedServerShowsAnotherValidCertificate()
{
    // docs/security.md#pin-changed: the certificate verifies without the pin, so the session
    // succeeds, but the result says the pinned certificate is not the one shown.
    QFETCH(int, pin);
    QFETCH(bool, changed);
    ScriptedSmtpServer server;
    useCertificate(server, CertKind::Valid);
    server.setScript(startTlsOpening() + QStringList{anyEhlo} + reply250({"AUTH PLAIN"})
                     + QStringList{plainAuthLine(), "S: 235 ok", "C: QUIT$"});
    QVERIFY(server.listen());
    SessionSettings settings = tlsSettings(server.port(), Security::StartTls);
    settings.host = u"localhost"_s;
    settings.pinnedSha256 = {TestCertificates::instance().sha256(CertKind(pin))};
    const SessionRun run = runSession(settings);

    QVERIFY2(run.result.ok, qPrintable(run.result.errorDetail));
    QVERIFY(!run.result.tls.acceptedByPin);
    QCOMPARE(run.result.warnings.contains(u"certificate-changed"_s), changed);
    const QJsonArray warnings = run.result.toJson().value(u"warnings"_s).toArray();
    QCOMPARE(warnings.contains(u"certificate-changed"_s), changed);
    QCOMPARE(run.transcriptText().contains(u"not the pinned one"_s), changed);
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptCompleted(), 10000);
}

void TestSmtpSessionTls::implicitTlsAgainstAPlaintextServer()
{
    // H8 / docs/smtp-behaviours.md#17: port 587 (STARTTLS) configured as implicit TLS.
    ScriptedSmtpServer server;
    server.setScript({greet, anyEhlo});
    QVERIFY(server.listen());
    // Long timeouts: the plaintext greeting ends the handshake at once, long before the 30 s TLS
    // timeout (the second look without TLS ends at the greeting's line, within 3 s anyway).
    SessionSettings settings = tlsSettings(server.port(), Security::ImplicitTls);
    settings.timeouts = SessionTimeouts::uniform(30s);
    const SessionRun run = runSession(settings);
    QCOMPARE(sessionErrorName(run.result.error), sessionErrorName(SessionError::TlsExpectedPlaintextReceived));
    QCOMPARE(run.result.step, SessionStep::Tls);
    QVERIFY2(run.result.firstBytes.startsWith("220 mx.example.test"), run.result.firstBytes.constData());
    QVERIFY2(run.elapsedMs < SlowMachineSlackMs, qPrintable(QString::number(run.elapsedMs)));
    QVERIFY(isCredentialFree(server.plaintextReceived()));
}

void TestSmtpSessionTls::implicitTlsAgainstAnImapServer()
{
    ScriptedSmtpServer server;
    server.setScript({"S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready"});
    QVERIFY(server.listen());
    const SessionRun run = runSession(tlsSettings(server.port(), Security::ImplicitTls));
    QCOMPARE(sessionErrorName(run.result.error), sessionErrorName(SessionError::NotSmtp));
    QVERIFY(run.result.firstBytes.startsWith("* OK"));
    QVERIFY(isCredentialFree(server.plaintextReceived()));
}

void TestSmtpSessionTls::startTlsAgainstAnImplicitTlsServer()
{
    // H8: port 465 configured as STARTTLS. The server waits for a ClientHello and says nothing;
    // after the greeting timeout the session checks whether the server answers TLS.
    ScriptedSmtpServer server;
    useCertificate(server, CertKind::Valid);
    server.setScript(implicitOpening() + QStringList{anyEhlo});
    QVERIFY(server.listen());
    SessionSettings settings = tlsSettings(server.port(), Security::StartTls);
    settings.timeouts.greeting = 500ms;
    const SessionRun run = runSession(settings);
    QCOMPARE(sessionErrorName(run.result.error), sessionErrorName(SessionError::PlaintextExpectedTlsReceived));
    QCOMPARE(run.result.step, SessionStep::Greeting);
    // The greeting timeout, then a TLS handshake that the server answers at once.
    QVERIFY2(run.elapsedMs >= 500 && run.elapsedMs < 500 + SlowMachineSlackMs,
             qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(run.result.tls.peerSha256, TestCertificates::instance().sha256(CertKind::Valid));
    QVERIFY(isCredentialFree(server.plaintextReceived()));
    QVERIFY(server.tlsReceived().isEmpty());
}

void TestSmtpSessionTls::handshakeTimeout()
{
    // The server says 220 to STARTTLS and then never answers the ClientHello.
    ScriptedSmtpServer server;
    server.setScript(QStringList{greet, anyEhlo} + reply250({"STARTTLS"})
                     + QStringList{"C: STARTTLS$", "S: 220 go ahead"});
    QVERIFY(server.listen());
    SessionSettings settings = tlsSettings(server.port(), Security::StartTls);
    settings.timeouts.tlsHandshake = 500ms;
    const SessionRun run = runSession(settings);
    QCOMPARE(sessionErrorName(run.result.error), sessionErrorName(SessionError::Timeout));
    QCOMPARE(run.result.step, SessionStep::Tls);
    QVERIFY2(run.elapsedMs >= 500 && run.elapsedMs < 500 + SlowMachineSlackMs,
             qPrintable(QString::number(run.elapsedMs)));
    QVERIFY(isCredentialFree(server.plaintextReceived()));
}

void TestSmtpSessionTls::implicitTlsAgainstASilentServer()
{
    // docs/smtp-behaviours.md#17: implicit TLS, the server accepts and never answers the ClientHello.
    ScriptedSmtpServer server;
    server.setScript({});
    QVERIFY(server.listen());
    SessionSettings settings = tlsSettings(server.port(), Security::ImplicitTls);
    settings.timeouts.tlsHandshake = 500ms;
    const SessionRun run = runSession(settings);
    QCOMPARE(sessionErrorName(run.result.error), sessionErrorName(SessionError::Timeout));
    QCOMPARE(run.result.step, SessionStep::Tls);
    QVERIFY2(run.elapsedMs >= 500 && run.elapsedMs < 500 + SlowMachineSlackMs,
             qPrintable(QString::number(run.elapsedMs)));
}

void TestSmtpSessionTls::cancelDuringTls_data()
{
    QTest::addColumn<QString>("trigger"); // a transcript line starting with this text, or "step"
    QTest::addColumn<int>("kind");
    QTest::addRow("when the handshake starts") << u"step"_s << int(CertKind::Valid);
    QTest::addRow("while the certificate errors are reported")
            << u"Certificate problem"_s << int(CertKind::SelfSigned);
    QTest::addRow("once TLS is up") << u"TLS established"_s << int(CertKind::Valid);
}

void TestSmtpSessionTls::cancelDuringTls()
{
    QFETCH(QString, trigger);
    QFETCH(int, kind);
    ScriptedSmtpServer server;
    useCertificate(server, CertKind(kind));
    server.setScript(startTlsOpening() + QStringList{anyEhlo} + reply250({"AUTH PLAIN"})
                     + QStringList{plainAuthLine(), "S: 235 ok", "C: QUIT$"});
    QVERIFY(server.listen());
    auto *session = new SmtpSession(tlsSettings(server.port(), Security::StartTls));
    QList<SessionResult> results;
    connect(session, &SmtpSession::stepChanged, this, [session, trigger](SessionStep step) {
        if (trigger == "step"_L1 && step == SessionStep::Tls)
            session->cancel();
    });
    connect(session, &SmtpSession::transcriptLine, this, [session, trigger](const TranscriptLine &line) {
        if (line.direction == TranscriptLine::Direction::Info && line.text.startsWith(trigger))
            session->cancel();
    });
    connect(session, &SmtpSession::finished, this, [&results](const SessionResult &result) { results.append(result); });
    QSignalSpy destroyed(session, &QObject::destroyed);
    session->startProbe();
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 10000);
    QVERIFY(!destroyed.isEmpty() || destroyed.wait(10000));
    QTest::qWait(100);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().error, SessionError::Cancelled);
    QCOMPARE(results.first().step, SessionStep::Tls);
    QVERIFY(server.tlsReceived().isEmpty()); // not even the EHLO after TLS
    QVERIFY(isCredentialFree(server.plaintextReceived()));
}

void TestSmtpSessionTls::roundTripFloor_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<bool>("chunking");
    QTest::addColumn<int>("roundTrips");
    // The floor with PIPELINING and TLS 1.3 (issue 3): the greeting is free; STARTTLS costs
    // EHLO, STARTTLS, the handshake; the EHLO after TLS rides with the client Finished.
    QTest::addRow("starttls") << int(Security::StartTls) << false << 7;
    QTest::addRow("starttls, chunking") << int(Security::StartTls) << true << 6;
    QTest::addRow("implicit tls") << int(Security::ImplicitTls) << false << 6;
    QTest::addRow("implicit tls, chunking") << int(Security::ImplicitTls) << true << 5;
}

void TestSmtpSessionTls::roundTripFloor()
{
    QFETCH(int, security);
    QFETCH(bool, chunking);
    QFETCH(int, roundTrips);
    QStringList keywords{"PIPELINING", "AUTH PLAIN LOGIN CRAM-MD5", "8BITMIME"};
    if (chunking)
        keywords.append(u"CHUNKING"_s);
    const QStringList transaction
            = chunking ? QStringList{"C: MAIL",   "C: RCPT",        "C: BDAT", "S: 250 ok",
                                     "S: 250 ok", "S: 250 ok id=1", "C: QUIT$"}
                       : QStringList{"C: MAIL",   "C: RCPT", "C: DATA$",       "S: 250 ok", "S: 250 ok",
                                     "S: 354 go", "BODY",    "S: 250 ok id=1", "C: QUIT$"};
    const QStringList opening = Security(security) == Security::StartTls ? startTlsOpening() : implicitOpening();

    ScriptedSmtpServer server;
    useCertificate(server, CertKind::Valid);
    server.setScript(opening + QStringList{anyEhlo} + reply250(keywords) + QStringList{plainAuthLine(), "S: 235 ok"}
                     + transaction);
    QVERIFY(server.listen());
    const SessionRun run = runSession(tlsSettings(server.port(), Security(security)), testMessage());
    QVERIFY2(run.result.ok,
             qPrintable(run.result.errorDetail + QLatin1Char('\n') + server.failures().join(QLatin1Char('\n'))));
    QCOMPARE(run.result.tls.protocol, u"TLSv1.3"_s);
    QCOMPARE(run.result.roundTrips, roundTrips);
    QCOMPARE(run.result.queueId, u"1"_s);
}

QTEST_GUILESS_MAIN(TestSmtpSessionTls)
#include "tst_smtpsessiontls.moc"
