// postaci-cli probe / send-test against aiosmtpd: STARTTLS and implicit TLS, each AUTH
// mechanism, wrong password, extra CA, certificate pinning, timeouts, Ctrl-C, the JSON contract,
// and the message as a mail program decodes it.
#include "aiosmtpdserver.h"
#include "clirunner.h"
#include "deliverycheck.h"
#include "testcertificates.h"
#include "testsupport.h"
#include "timing.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

using namespace Postaci::Test;
using Mode = AiosmtpdServer::Options::Mode;

namespace {

const QString user = u"tester"_s;
const QByteArray password = QByteArrayLiteral("Gizli-Şifre-42");
const QString turkishSubject = u"Postacı deneme iletisi — ğüşıöç İĞÜŞÖÇ"_s;

QStringList serverFlags(const AiosmtpdServer &server, const QString &security)
{
    return {u"--host"_s, server.host(), u"--port"_s, QString::number(server.port()),
            u"--security"_s, security, u"--timeout"_s, u"10"_s};
}

QStringList loginFlags()
{
    return {u"--user"_s, user, u"--password-stdin"_s};
}

QStringList caFlags()
{
    return {u"--ca-file"_s, TestCertificates::instance().caCertificatePath()};
}

QStringList messageFlags()
{
    return {u"--from"_s, u"Ali Yılmaz <ali@Example.TEST>"_s, u"--to"_s,
            u"Veli Öz <veli@localhost>"_s, u"--subject"_s, turkishSubject};
}

QString securityWord(Mode mode)
{
    return mode == Mode::ImplicitTls ? u"tls"_s : u"starttls"_s;
}

QJsonObject readJsonFile(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

} // namespace

class TestCliAiosmtpd : public QObject
{
    Q_OBJECT

private:
    static AiosmtpdServer::Options serverOptions(Mode mode, CertKind cert = CertKind::Valid)
    {
        AiosmtpdServer::Options options;
        options.mode = mode;
        options.requireTls = mode == Mode::StartTls;
        options.authRequired = true;
        options.user = user;
        options.password = QString::fromUtf8(password);
        options.authMechanisms = {u"PLAIN"_s, u"LOGIN"_s, u"CRAM-MD5"_s};
        options.cert = cert;
        return options;
    }

    // One server per kind for the whole test (starting aiosmtpd takes about a second); each test
    // looks only at the messages that arrived after it began.
    AiosmtpdServer &sharedServer(Mode mode, CertKind cert)
    {
        std::unique_ptr<AiosmtpdServer> &slot = m_servers[{int(mode), int(cert)}];
        if (!slot) {
            slot = std::make_unique<AiosmtpdServer>();
            slot->start(serverOptions(mode, cert));
        }
        return *slot;
    }

    std::map<std::pair<int, int>, std::unique_ptr<AiosmtpdServer>> m_servers;

private Q_SLOTS:
    void cleanupTestCase() { m_servers.clear(); }

    void initTestCase()
    {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(u"POSTACI_CLI="_s + cliPath()));
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
    }

    void sendTest_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("auth");
        QTest::addColumn<QString>("mechanism");
        for (const Mode mode : {Mode::StartTls, Mode::ImplicitTls}) {
            const QByteArray prefix = securityWord(mode).toLatin1() + ' ';
            QTest::newRow(QByteArray(prefix + "plain").constData()) << int(mode) << u"plain"_s << u"PLAIN"_s;
            QTest::newRow(QByteArray(prefix + "login").constData()) << int(mode) << u"login"_s << u"LOGIN"_s;
            QTest::newRow(QByteArray(prefix + "cram-md5").constData()) << int(mode) << u"cram-md5"_s << u"CRAM-MD5"_s;
            QTest::newRow(QByteArray(prefix + "auto").constData()) << int(mode) << u"auto"_s << QString();
        }
    }

    void sendTest()
    {
        QFETCH(int, mode);
        QFETCH(QString, auth);
        QFETCH(QString, mechanism);
        AiosmtpdServer &server = sharedServer(Mode(mode), CertKind::Valid);
        QVERIFY2(server.isRunning(), qPrintable(server.errorString()));
        const qsizetype before = server.messageFiles().size();

        const CliRun run = runCli(QStringList{u"send-test"_s} + serverFlags(server, securityWord(Mode(mode)))
                                      + loginFlags() + caFlags() + messageFlags()
                                      + QStringList{u"--auth"_s, auth, u"--json"_s},
                                  password + '\n');
        QVERIFY2(run.exitCode == 0 && run.json.value("ok"_L1).toBool(), qPrintable(run.describe() + server.stderrText()));
        QCOMPARE(run.json.value("step"_L1).toString(), u"done"_s);
        QVERIFY(!run.json.contains("error"_L1));
        QVERIFY(!run.json.contains("diagnosis"_L1));
        const QString used = run.json.value("authMechanism"_L1).toString();
        if (mechanism.isEmpty())
            QVERIFY2(QStringList({u"PLAIN"_s, u"LOGIN"_s, u"CRAM-MD5"_s}).contains(used), qPrintable(used));
        else
            QCOMPARE(used, mechanism);

        QTRY_COMPARE_WITH_TIMEOUT(server.messageFiles().size(), before + 1, 10000);
        const QString file = server.messageFiles().last();
        const QJsonObject envelope = readJsonFile(AiosmtpdServer::envelopeFile(file));
        // The queue id the user is shown is the one the server gave.
        QCOMPARE(run.json.value("queueId"_L1).toString(), envelope.value("queue_id"_L1).toString());
        QCOMPARE(envelope.value("mail_from"_L1).toString(), u"ali@example.test"_s);
        QCOMPARE(envelope.value("rcpt_tos"_L1).toArray(), QJsonArray{u"veli@localhost"_s});
        QCOMPARE(envelope.value("auth_login"_L1).toString(), user);
        QVERIFY(envelope.value("tls"_L1).toBool());

        ExpectedMessage expected;
        expected.subject = turkishSubject;
        expected.fromName = u"Ali Yılmaz"_s;
        expected.fromAddress = u"ali@example.test"_s;
        expected.toName = u"Veli Öz"_s;
        expected.toAddress = u"veli@localhost"_s;
        expected.testId = run.json.value("testId"_L1).toString();
        expected.messageIdDomain = u"example.test"_s;
        QVERIFY(!expected.testId.isEmpty());
        verifyDelivered(file, expected);
    }

    // The fields of docs/cli.md#json, with their JSON types, and the values that can be checked.
    void jsonContract()
    {
        AiosmtpdServer &server = sharedServer(Mode::StartTls, CertKind::Valid);
        QVERIFY2(server.isRunning(), qPrintable(server.errorString()));
        const qsizetype before = server.messageFiles().size();
        const CliRun run = runCli(QStringList{u"send-test"_s} + serverFlags(server, u"starttls"_s)
                                      + loginFlags() + caFlags() + messageFlags() + QStringList{u"--json"_s},
                                  password);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(server.messageFiles().size(), before + 1, 10000);
        const QJsonObject &json = run.json;
        QVERIFY(json.value("ok"_L1).isBool());
        QCOMPARE(json.value("step"_L1).toString(), u"done"_s);
        const QJsonObject reply = json.value("reply"_L1).toObject();
        QVERIFY(reply.value("code"_L1).isDouble());
        QVERIFY(reply.value("text"_L1).isString());
        const QJsonObject tls = json.value("tls"_L1).toObject();
        for (const char *key : {"protocol", "cipher", "peerSha256", "peerSubject"})
            QVERIFY2(tls.value(QLatin1String(key)).isString() && !tls.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(tls.value("peerSans"_L1).isArray());
        QVERIFY(tls.value("peerSans"_L1).toArray().contains(u"localhost"_s));
        QCOMPARE(tls.value("peerSha256"_L1).toString(),
                 QString::fromLatin1(TestCertificates::instance().sha256(CertKind::Valid).toHex()));
        QVERIFY(tls.value("protocol"_L1).toString().startsWith("TLSv1."_L1));
        const QJsonArray capabilities = json.value("capabilities"_L1).toArray();
        QVERIFY(!capabilities.isEmpty());
        for (const QJsonValue &capability : capabilities)
            QVERIFY(capability.isString());
        QVERIFY(json.value("authMechanism"_L1).isString());
        QVERIFY(!json.value("queueId"_L1).toString().isEmpty());
        const QJsonObject timings = json.value("timingsMs"_L1).toObject();
        const QStringList stepWords{u"resolve"_s, u"connect"_s, u"tls"_s, u"greeting"_s,
                                    u"ehlo"_s, u"starttls"_s, u"auth"_s, u"mail"_s,
                                    u"rcpt"_s, u"data"_s, u"quit"_s, u"done"_s};
        QVERIFY(!timings.isEmpty());
        for (auto it = timings.begin(); it != timings.end(); ++it) {
            QVERIFY2(stepWords.contains(it.key()), qPrintable(it.key()));
            QVERIFY(it.value().isDouble() && it.value().toDouble() >= 0);
        }
        for (const char *step : {"connect", "greeting", "ehlo", "starttls", "tls", "auth"})
            QVERIFY2(timings.contains(QLatin1String(step)), step);
        QVERIFY(json.value("roundTrips"_L1).isDouble());
        QVERIFY(json.value("roundTrips"_L1).toInt() >= 5);
    }

    void probe_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("starttls") << int(Mode::StartTls);
        QTest::newRow("tls") << int(Mode::ImplicitTls);
    }

    void probe()
    {
        QFETCH(int, mode);
        AiosmtpdServer &server = sharedServer(Mode(mode), CertKind::Valid);
        QVERIFY2(server.isRunning(), qPrintable(server.errorString()));
        const qsizetype before = server.messageFiles().size();
        const CliRun run = runCli(QStringList{u"probe"_s} + serverFlags(server, securityWord(Mode(mode))) + loginFlags()
                                      + caFlags() + QStringList{u"--json"_s},
                                  password + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.json.value("ok"_L1).toBool());
        QVERIFY(!run.json.value("authMechanism"_L1).toString().isEmpty());
        QVERIFY(!run.json.contains("queueId"_L1));
        QVERIFY(!run.json.contains("testId"_L1));
        QTest::qWait(200);
        QCOMPARE(server.messageFiles().size(), before); // probe sends no message
    }

    void humanOutput()
    {
        AiosmtpdServer &server = sharedServer(Mode::StartTls, CertKind::Valid);
        QVERIFY2(server.isRunning(), qPrintable(server.errorString()));
        const qsizetype before = server.messageFiles().size();
        const CliRun run = runCli(QStringList{u"send-test"_s} + serverFlags(server, u"starttls"_s)
                                      + loginFlags() + caFlags() + messageFlags(),
                                  password + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(server.messageFiles().size(), before + 1, 10000);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"✓ Connecting"_s), qPrintable(out));
        QVERIFY2(out.contains(u"✓ Signing in"_s), qPrintable(out));
        QVERIFY2(out.contains(" ms"_L1), qPrintable(out));
        QVERIFY2(out.contains("Success"_L1), qPrintable(out));
        QVERIFY2(out.contains("Queue id: "_L1), qPrintable(out));
        QVERIFY2(out.contains("Test id: "_L1), qPrintable(out));
        QVERIFY(!out.trimmed().startsWith(QLatin1Char('{')));
    }

    void wrongPassword_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("auth");
        for (const Mode mode : {Mode::StartTls, Mode::ImplicitTls}) {
            for (const char *auth : {"plain", "login", "cram-md5"})
                QTest::newRow(qPrintable(securityWord(mode) + QLatin1Char(' ') + QLatin1String(auth))) << int(mode) << QString::fromLatin1(auth);
        }
    }

    void wrongPassword()
    {
        QFETCH(int, mode);
        QFETCH(QString, auth);
        AiosmtpdServer &server = sharedServer(Mode(mode), CertKind::Valid);
        QVERIFY2(server.isRunning(), qPrintable(server.errorString()));
        const qsizetype before = server.messageFiles().size();
        const CliRun run = runCli(QStringList{u"send-test"_s} + serverFlags(server, securityWord(Mode(mode))) + loginFlags()
                                      + caFlags() + messageFlags() + QStringList{u"--auth"_s, auth, u"--json"_s},
                                  QByteArrayLiteral("wrong-password\n"));
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        QCOMPARE(run.json.value("ok"_L1).toBool(true), false);
        QCOMPARE(run.json.value("error"_L1).toString(), u"auth-failed"_s);
        QCOMPARE(run.json.value("step"_L1).toString(), u"auth"_s);
        QCOMPARE(run.json.value("reply"_L1).toObject().value("code"_L1).toInt(), 535);
        QVERIFY(run.json.contains("diagnosis"_L1));
        QCOMPARE(run.json.value("diagnosis"_L1).toObject().value("id"_L1).toString(), u"auth-failed"_s);
        QVERIFY(!run.out.contains("wrong-password"));
        QTest::qWait(200);
        QCOMPARE(server.messageFiles().size(), before);
    }

    // send-test --account ID: server, user name and keychain password from a saved account
    // (postaci-cli accounts add), the account's address as the sender, flags on
    // top (--ca-file), and the outcome recorded as the account's last test. Needs the keychain
    // session of tests/support/with-keychain (scripts/test runs every test inside one).
    void sendTestWithAccount()
    {
        AiosmtpdServer &server = sharedServer(Mode::StartTls, CertKind::Valid);
        QVERIFY2(server.isRunning(), qPrintable(server.errorString()));
        const qsizetype before = server.messageFiles().size();
        QTemporaryDir config;
        QVERIFY(config.isValid());
        const QMap<QString, QString> env{{u"XDG_CONFIG_HOME"_s, config.path()}};

        const CliRun added = runCli({u"accounts"_s, u"add"_s, u"--email"_s,
                                     u"ali@example.test"_s, u"--host"_s, server.host(), u"--port"_s,
                                     QString::number(server.port()), u"--security"_s, u"starttls"_s,
                                     u"--user"_s, user, u"--password-stdin"_s, u"--json"_s},
                                    password + '\n', env);
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        const QString id = added.json.value("id"_L1).toString();
        QVERIFY(!id.isEmpty());

        // The account's own address would be the recipient; example.test is not in any DNS (and the
        // check would rightly stop there), so the message goes to a local mailbox instead.
        const CliRun run = runCli(QStringList{u"send-test"_s, u"--account"_s, id, u"--to"_s,
                                              u"veli@localhost"_s, u"--json"_s}
                                      + caFlags(),
                                  QByteArray(), env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json.value("authMechanism"_L1).toString().isEmpty(), false);
        QTRY_COMPARE_WITH_TIMEOUT(server.messageFiles().size(), before + 1, 10000);
        const QJsonObject envelope = readJsonFile(AiosmtpdServer::envelopeFile(server.messageFiles().last()));
        QCOMPARE(envelope.value("mail_from"_L1).toString(), u"ali@example.test"_s);
        QCOMPARE(envelope.value("rcpt_tos"_L1).toArray(), QJsonArray{u"veli@localhost"_s});

        const CliRun shown = runCli({u"accounts"_s, u"show"_s, id, u"--json"_s}, QByteArray(), env);
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
        const QJsonObject lastTest = shown.json.value("lastTest"_L1).toObject();
        QVERIFY2(lastTest.value("ok"_L1).toBool(), qPrintable(shown.describe()));
        QCOMPARE(lastTest.value("queueId"_L1).toString(), run.json.value("queueId"_L1).toString());

        // An unknown account: exit 2 before anything is sent.
        const CliRun unknown = runCli({u"send-test"_s, u"--account"_s,
                                       u"00000000-0000-0000-0000-000000000000"_s},
                                      QByteArray(), env);
        QVERIFY2(unknown.exitCode == 2, qPrintable(unknown.describe()));
        QCOMPARE(server.messageFiles().size(), before + 1);

        runCli({u"accounts"_s, u"remove"_s, id}, QByteArray(), env); // leaves the keyring clean
    }

    void passwordFromEnvironment()
    {
        AiosmtpdServer &server = sharedServer(Mode::ImplicitTls, CertKind::Valid);
        QVERIFY2(server.isRunning(), qPrintable(server.errorString()));
        const qsizetype before = server.messageFiles().size();
        const CliRun run = runCli(QStringList{u"probe"_s} + serverFlags(server, u"tls"_s) + caFlags()
                                      + QStringList{u"--user"_s, user, u"--password-env"_s,
                                                    u"POSTACI_TEST_PASSWORD"_s, u"--json"_s},
                                  QByteArray(), {{u"POSTACI_TEST_PASSWORD"_s, QString::fromUtf8(password)}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(server.messageFiles().size(), before); // a probe sends nothing
        QVERIFY(!run.json.value("authMechanism"_L1).toString().isEmpty());
    }

    // --transcript: the conversation on stderr, prefixed, with no trace of the password.
    void transcript()
    {
        AiosmtpdServer &server = sharedServer(Mode::StartTls, CertKind::Valid);
        QVERIFY2(server.isRunning(), qPrintable(server.errorString()));
        const qsizetype before = server.messageFiles().size();
        const CliRun run = runCli(QStringList{u"send-test"_s} + serverFlags(server, u"starttls"_s)
                                      + loginFlags() + caFlags() + messageFlags()
                                      + QStringList{u"--auth"_s, u"plain"_s, u"--transcript"_s,
                                                    u"--json"_s},
                                  password + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(server.messageFiles().size(), before + 1, 10000);
        QVERIFY(!run.json.isEmpty()); // stdout stays one JSON object
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains("\nC: EHLO "_L1) || err.startsWith("C: EHLO "_L1), qPrintable(err));
        QVERIFY2(err.contains("S: 220"_L1), qPrintable(err));
        QVERIFY2(err.contains("C: STARTTLS"_L1), qPrintable(err));
        QVERIFY2(err.contains("C: AUTH PLAIN"_L1), qPrintable(err));
        QVERIFY2(err.contains("C: MAIL FROM:<ali@example.test>"_L1), qPrintable(err));
        const QByteArray plainResponse = QByteArray('\0' + user.toUtf8() + '\0' + password).toBase64();
        for (const QByteArray &secret : {password, plainResponse, password.toBase64()}) {
            QVERIFY(!run.err.contains(secret));
            QVERIFY(!run.out.contains(secret));
        }
    }

    void untrustedCertificateWithoutCaFile()
    {
        AiosmtpdServer &server = sharedServer(Mode::StartTls, CertKind::Valid);
        QVERIFY2(server.isRunning(), qPrintable(server.errorString()));
        const qsizetype before = server.messageFiles().size();
        const CliRun run = runCli(QStringList{u"probe"_s} + serverFlags(server, u"starttls"_s) + loginFlags()
                                      + QStringList{u"--json"_s},
                                  password);
        QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
        QCOMPARE(server.messageFiles().size(), before);
        QCOMPARE(run.json.value("error"_L1).toString(), u"certificate-untrusted"_s);
        QVERIFY(!run.json.contains("authMechanism"_L1)); // stopped before any credential
        QVERIFY(run.json.value("step"_L1).toString() != "auth"_L1);
    }

    // A self-signed server: refused, unless its certificate is pinned by its SHA-256.
    void pinnedServerShowsAnotherValidCertificate()
    {
        // docs/security.md#pin-changed: the server's certificate is valid (the CA is given) but
        // not the pinned one: the test passes, and says loudly that the certificate changed.
        AiosmtpdServer &server = sharedServer(Mode::StartTls, CertKind::Valid);
        QVERIFY2(server.isRunning(), qPrintable(server.errorString()));
        const QString otherPin
                = u"sha256:"_s + QString::fromLatin1(TestCertificates::instance().sha256(CertKind::SelfSigned).toHex());
        const QStringList arguments = QStringList{u"probe"_s} + serverFlags(server, u"starttls"_s) + loginFlags()
                                      + caFlags() + QStringList{u"--pin"_s, otherPin};
        const CliRun json = runCli(arguments + QStringList{u"--json"_s}, password + '\n');
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        QVERIFY2(json.json.value("warnings"_L1).toArray().contains(u"certificate-changed"_s), qPrintable(json.describe()));
        QVERIFY(!json.json.value("tls"_L1).toObject().value("acceptedByPin"_L1).toBool());

        const CliRun human = runCli(arguments, password + '\n');
        QVERIFY2(human.exitCode == 0, qPrintable(human.describe()));
        QVERIFY2(human.errText().contains("certificate has changed"_L1), qPrintable(human.describe()));

        // The pinned certificate itself: no warning.
        const QString samePin
                = u"sha256:"_s + QString::fromLatin1(TestCertificates::instance().sha256(CertKind::Valid).toHex());
        const CliRun same = runCli(QStringList{u"probe"_s} + serverFlags(server, u"starttls"_s) + loginFlags() + caFlags()
                                           + QStringList{u"--pin"_s, samePin, u"--json"_s},
                                   password + '\n');
        QVERIFY2(same.exitCode == 0, qPrintable(same.describe()));
        QVERIFY(!same.json.contains("warnings"_L1));
    }

    void pinning_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<int>("exitCode");
        const QByteArray selfSigned = TestCertificates::instance().sha256(CertKind::SelfSigned);
        const QByteArray other = TestCertificates::instance().sha256(CertKind::Valid);
        for (const Mode mode : {Mode::StartTls, Mode::ImplicitTls}) {
            const QByteArray prefix = securityWord(mode).toLatin1() + ' ';
            QTest::newRow(QByteArray(prefix + "no pin").constData()) << int(mode) << QString() << 4;
            QTest::newRow(QByteArray(prefix + "pinned hex").constData()) << int(mode) << u"sha256:"_s + QString::fromLatin1(selfSigned.toHex()) << 0;
            QTest::newRow(QByteArray(prefix + "pinned with colons").constData())
                << int(mode) << u"sha256:"_s + QString::fromLatin1(selfSigned.toHex(':').toUpper()) << 0;
            QTest::newRow(QByteArray(prefix + "other pin").constData()) << int(mode) << u"sha256:"_s + QString::fromLatin1(other.toHex()) << 4;
        }
    }

    void pinning()
    {
        QFETCH(int, mode);
        QFETCH(QString, pin);
        QFETCH(int, exitCode);
        AiosmtpdServer &server = sharedServer(Mode(mode), CertKind::SelfSigned);
        QVERIFY2(server.isRunning(), qPrintable(server.errorString()));
        QStringList arguments = QStringList{u"probe"_s} + serverFlags(server, securityWord(Mode(mode))) + loginFlags()
            + QStringList{u"--json"_s};
        if (!pin.isEmpty())
            arguments << u"--pin"_s << pin;
        const CliRun run = runCli(arguments, password + '\n');
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        if (exitCode == 0) {
            QVERIFY(!run.json.value("authMechanism"_L1).toString().isEmpty());
        } else {
            QVERIFY(!run.json.contains("authMechanism"_L1));
            QVERIFY(run.json.value("error"_L1).toString().startsWith("certificate-"_L1));
        }
    }

    // A server that accepts the connection and never says a word: exit 7, and the session ends
    // within its time limits (--timeout 1.5 bounds each step, and the whole session to 4 × 1.5 s:
    // SessionTimeouts::uniform), never hanging. Upper bounds have the slack of timing.h.
    void silentServerTimesOut()
    {
        QTcpServer silent; // listening but never accepting: the kernel completes the handshake
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const CliRun run = runCli({u"probe"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                                   QString::number(silent.serverPort()), u"--security"_s, u"starttls"_s,
                                   u"--timeout"_s, u"1.5"_s, u"--json"_s},
                                  QByteArray(), {}, 20000);
        QVERIFY2(run.exitCode == 7, qPrintable(run.describe()));
        QCOMPARE(run.json.value("error"_L1).toString(), u"timeout"_s);
        QCOMPARE(run.json.value("step"_L1).toString(), u"greeting"_s);
        qint64 sessionMs = 0;
        const QJsonObject timings = run.json.value("timingsMs"_L1).toObject();
        for (auto it = timings.begin(); it != timings.end(); ++it)
            sessionMs += it.value().toInteger();
        const qint64 greetingMs = timings.value("greeting"_L1).toInteger();
        // The step's time is measured from before its timer (precise, never early) started.
        QVERIFY2(greetingMs >= 1500, qPrintable(run.describe()));
        QVERIFY2(sessionMs < 4 * 1500 + SlowMachineSlackMs, qPrintable(run.describe()));
        // Then the diagnosis tries other ports and modes, all within its own 5 s deadline.
        QVERIFY2(run.ms < 4 * 1500 + 5000 + SlowMachineSlackMs, qPrintable(run.describe()));
        if (greetingMs > 1500 + 500)
            qInfo("the greeting step took %lld ms for a 1500 ms limit (the engine also checks for a TLS-first server)", greetingMs);
    }

    // Ctrl-C cancels the session cleanly: a result is still printed, and the exit is prompt.
    void interruptCancels()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QProcess process;
        process.start(cliPath(), {u"--lang"_s, u"en"_s, u"probe"_s, u"--host"_s,
                                  u"127.0.0.1"_s, u"--port"_s, QString::number(silent.serverPort()),
                                  u"--security"_s, u"starttls"_s, u"--timeout"_s, u"30"_s,
                                  u"--json"_s});
        QVERIFY(process.waitForStarted(10000));
        process.closeWriteChannel();
        // Connected means the session runs, and the SIGINT handler (installed before) is in place.
        QVERIFY2(silent.waitForNewConnection(10000), "postaci-cli never connected");
        QTest::qWait(200);
        QCOMPARE(process.state(), QProcess::Running);
        QElapsedTimer timer;
        timer.start();
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY2(process.waitForFinished(10000), "postaci-cli did not end after SIGINT");
        // Prompt: far below the 30 s step limit the session would otherwise wait for.
        QVERIFY2(timer.elapsed() < SlowMachineSlackMs, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit); // handled, not killed by the signal
        QCOMPARE(process.exitCode(), 1);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(json.value("error"_L1).toString(), u"cancelled"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliAiosmtpd)
#include "tst_cli_aiosmtpd.moc"
