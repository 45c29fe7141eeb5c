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

using namespace Postaci::Test;
using Mode = AiosmtpdServer::Options::Mode;

namespace {

const QString user = QStringLiteral("tester");
const QByteArray password = QByteArrayLiteral("Gizli-Şifre-42");
const QString turkishSubject = QStringLiteral("Postacı deneme iletisi — ğüşıöç İĞÜŞÖÇ");

QStringList serverFlags(const AiosmtpdServer &server, const QString &security)
{
    return {QStringLiteral("--host"), server.host(), QStringLiteral("--port"), QString::number(server.port()),
            QStringLiteral("--security"), security, QStringLiteral("--timeout"), QStringLiteral("10")};
}

QStringList loginFlags()
{
    return {QStringLiteral("--user"), user, QStringLiteral("--password-stdin")};
}

QStringList caFlags()
{
    return {QStringLiteral("--ca-file"), TestCertificates::instance().caCertificatePath()};
}

QStringList messageFlags()
{
    return {QStringLiteral("--from"), QStringLiteral("Ali Yılmaz <ali@Example.TEST>"), QStringLiteral("--to"),
            QStringLiteral("Veli Öz <veli@localhost>"), QStringLiteral("--subject"), turkishSubject};
}

QString securityWord(Mode mode)
{
    return mode == Mode::ImplicitTls ? QStringLiteral("tls") : QStringLiteral("starttls");
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
        options.authMechanisms = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")};
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
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(QStringLiteral("POSTACI_CLI=") + cliPath()));
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
    }

    void sendTest_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("auth");
        QTest::addColumn<QString>("mechanism");
        for (const Mode mode : {Mode::StartTls, Mode::ImplicitTls}) {
            const QByteArray prefix = securityWord(mode).toLatin1() + ' ';
            QTest::newRow(QByteArray(prefix + "plain").constData()) << int(mode) << QStringLiteral("plain") << QStringLiteral("PLAIN");
            QTest::newRow(QByteArray(prefix + "login").constData()) << int(mode) << QStringLiteral("login") << QStringLiteral("LOGIN");
            QTest::newRow(QByteArray(prefix + "cram-md5").constData()) << int(mode) << QStringLiteral("cram-md5") << QStringLiteral("CRAM-MD5");
            QTest::newRow(QByteArray(prefix + "auto").constData()) << int(mode) << QStringLiteral("auto") << QString();
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

        const CliRun run = runCli(QStringList{QStringLiteral("send-test")} + serverFlags(server, securityWord(Mode(mode)))
                                      + loginFlags() + caFlags() + messageFlags()
                                      + QStringList{QStringLiteral("--auth"), auth, QStringLiteral("--json")},
                                  password + '\n');
        QVERIFY2(run.exitCode == 0 && run.json.value(QLatin1String("ok")).toBool(), qPrintable(run.describe() + server.stderrText()));
        QCOMPARE(run.json.value(QLatin1String("step")).toString(), QStringLiteral("done"));
        QVERIFY(!run.json.contains(QLatin1String("error")));
        QVERIFY(!run.json.contains(QLatin1String("diagnosis")));
        const QString used = run.json.value(QLatin1String("authMechanism")).toString();
        if (mechanism.isEmpty())
            QVERIFY2(QStringList({QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")}).contains(used), qPrintable(used));
        else
            QCOMPARE(used, mechanism);

        QTRY_COMPARE_WITH_TIMEOUT(server.messageFiles().size(), before + 1, 10000);
        const QString file = server.messageFiles().last();
        const QJsonObject envelope = readJsonFile(AiosmtpdServer::envelopeFile(file));
        // The queue id the user is shown is the one the server gave.
        QCOMPARE(run.json.value(QLatin1String("queueId")).toString(), envelope.value(QLatin1String("queue_id")).toString());
        QCOMPARE(envelope.value(QLatin1String("mail_from")).toString(), QStringLiteral("ali@example.test"));
        QCOMPARE(envelope.value(QLatin1String("rcpt_tos")).toArray(), QJsonArray{QStringLiteral("veli@localhost")});
        QCOMPARE(envelope.value(QLatin1String("auth_login")).toString(), user);
        QVERIFY(envelope.value(QLatin1String("tls")).toBool());

        ExpectedMessage expected;
        expected.subject = turkishSubject;
        expected.fromName = QStringLiteral("Ali Yılmaz");
        expected.fromAddress = QStringLiteral("ali@example.test");
        expected.toName = QStringLiteral("Veli Öz");
        expected.toAddress = QStringLiteral("veli@localhost");
        expected.testId = run.json.value(QLatin1String("testId")).toString();
        expected.messageIdDomain = QStringLiteral("example.test");
        QVERIFY(!expected.testId.isEmpty());
        verifyDelivered(file, expected);
    }

    // The fields of docs/cli.md#json, with their JSON types, and the values that can be checked.
    void jsonContract()
    {
        AiosmtpdServer &server = sharedServer(Mode::StartTls, CertKind::Valid);
        QVERIFY2(server.isRunning(), qPrintable(server.errorString()));
        const qsizetype before = server.messageFiles().size();
        const CliRun run = runCli(QStringList{QStringLiteral("send-test")} + serverFlags(server, QStringLiteral("starttls"))
                                      + loginFlags() + caFlags() + messageFlags() + QStringList{QStringLiteral("--json")},
                                  password);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(server.messageFiles().size(), before + 1, 10000);
        const QJsonObject &json = run.json;
        QVERIFY(json.value(QLatin1String("ok")).isBool());
        QCOMPARE(json.value(QLatin1String("step")).toString(), QStringLiteral("done"));
        const QJsonObject reply = json.value(QLatin1String("reply")).toObject();
        QVERIFY(reply.value(QLatin1String("code")).isDouble());
        QVERIFY(reply.value(QLatin1String("text")).isString());
        const QJsonObject tls = json.value(QLatin1String("tls")).toObject();
        for (const char *key : {"protocol", "cipher", "peerSha256", "peerSubject"})
            QVERIFY2(tls.value(QLatin1String(key)).isString() && !tls.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(tls.value(QLatin1String("peerSans")).isArray());
        QVERIFY(tls.value(QLatin1String("peerSans")).toArray().contains(QStringLiteral("localhost")));
        QCOMPARE(tls.value(QLatin1String("peerSha256")).toString(),
                 QString::fromLatin1(TestCertificates::instance().sha256(CertKind::Valid).toHex()));
        QVERIFY(tls.value(QLatin1String("protocol")).toString().startsWith(QLatin1String("TLSv1.")));
        const QJsonArray capabilities = json.value(QLatin1String("capabilities")).toArray();
        QVERIFY(!capabilities.isEmpty());
        for (const QJsonValue &capability : capabilities)
            QVERIFY(capability.isString());
        QVERIFY(json.value(QLatin1String("authMechanism")).isString());
        QVERIFY(!json.value(QLatin1String("queueId")).toString().isEmpty());
        const QJsonObject timings = json.value(QLatin1String("timingsMs")).toObject();
        const QStringList stepWords{QStringLiteral("resolve"), QStringLiteral("connect"), QStringLiteral("tls"), QStringLiteral("greeting"),
                                    QStringLiteral("ehlo"), QStringLiteral("starttls"), QStringLiteral("auth"), QStringLiteral("mail"),
                                    QStringLiteral("rcpt"), QStringLiteral("data"), QStringLiteral("quit"), QStringLiteral("done")};
        QVERIFY(!timings.isEmpty());
        for (auto it = timings.begin(); it != timings.end(); ++it) {
            QVERIFY2(stepWords.contains(it.key()), qPrintable(it.key()));
            QVERIFY(it.value().isDouble() && it.value().toDouble() >= 0);
        }
        for (const char *step : {"connect", "greeting", "ehlo", "starttls", "tls", "auth"})
            QVERIFY2(timings.contains(QLatin1String(step)), step);
        QVERIFY(json.value(QLatin1String("roundTrips")).isDouble());
        QVERIFY(json.value(QLatin1String("roundTrips")).toInt() >= 5);
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
        const CliRun run = runCli(QStringList{QStringLiteral("probe")} + serverFlags(server, securityWord(Mode(mode))) + loginFlags()
                                      + caFlags() + QStringList{QStringLiteral("--json")},
                                  password + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.json.value(QLatin1String("ok")).toBool());
        QVERIFY(!run.json.value(QLatin1String("authMechanism")).toString().isEmpty());
        QVERIFY(!run.json.contains(QLatin1String("queueId")));
        QVERIFY(!run.json.contains(QLatin1String("testId")));
        QTest::qWait(200);
        QCOMPARE(server.messageFiles().size(), before); // probe sends no message
    }

    void humanOutput()
    {
        AiosmtpdServer &server = sharedServer(Mode::StartTls, CertKind::Valid);
        QVERIFY2(server.isRunning(), qPrintable(server.errorString()));
        const qsizetype before = server.messageFiles().size();
        const CliRun run = runCli(QStringList{QStringLiteral("send-test")} + serverFlags(server, QStringLiteral("starttls"))
                                      + loginFlags() + caFlags() + messageFlags(),
                                  password + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(server.messageFiles().size(), before + 1, 10000);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("✓ Connecting")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("✓ Signing in")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String(" ms")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Success")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Queue id: ")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Test id: ")), qPrintable(out));
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
        const CliRun run = runCli(QStringList{QStringLiteral("send-test")} + serverFlags(server, securityWord(Mode(mode))) + loginFlags()
                                      + caFlags() + messageFlags() + QStringList{QStringLiteral("--auth"), auth, QStringLiteral("--json")},
                                  QByteArrayLiteral("wrong-password\n"));
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        QCOMPARE(run.json.value(QLatin1String("ok")).toBool(true), false);
        QCOMPARE(run.json.value(QLatin1String("error")).toString(), QStringLiteral("auth-failed"));
        QCOMPARE(run.json.value(QLatin1String("step")).toString(), QStringLiteral("auth"));
        QCOMPARE(run.json.value(QLatin1String("reply")).toObject().value(QLatin1String("code")).toInt(), 535);
        QVERIFY(run.json.contains(QLatin1String("diagnosis")));
        QCOMPARE(run.json.value(QLatin1String("diagnosis")).toObject().value(QLatin1String("id")).toString(), QStringLiteral("auth-failed"));
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
        const QMap<QString, QString> env{{QStringLiteral("XDG_CONFIG_HOME"), config.path()}};

        const CliRun added = runCli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--email"),
                                     QStringLiteral("ali@example.test"), QStringLiteral("--host"), server.host(), QStringLiteral("--port"),
                                     QString::number(server.port()), QStringLiteral("--security"), QStringLiteral("starttls"),
                                     QStringLiteral("--user"), user, QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                                    password + '\n', env);
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        const QString id = added.json.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());

        // The account's own address would be the recipient; example.test is not in any DNS (and the
        // check would rightly stop there), so the message goes to a local mailbox instead.
        const CliRun run = runCli(QStringList{QStringLiteral("send-test"), QStringLiteral("--account"), id, QStringLiteral("--to"),
                                              QStringLiteral("veli@localhost"), QStringLiteral("--json")}
                                      + caFlags(),
                                  QByteArray(), env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json.value(QLatin1String("authMechanism")).toString().isEmpty(), false);
        QTRY_COMPARE_WITH_TIMEOUT(server.messageFiles().size(), before + 1, 10000);
        const QJsonObject envelope = readJsonFile(AiosmtpdServer::envelopeFile(server.messageFiles().last()));
        QCOMPARE(envelope.value(QLatin1String("mail_from")).toString(), QStringLiteral("ali@example.test"));
        QCOMPARE(envelope.value(QLatin1String("rcpt_tos")).toArray(), QJsonArray{QStringLiteral("veli@localhost")});

        const CliRun shown = runCli({QStringLiteral("accounts"), QStringLiteral("show"), id, QStringLiteral("--json")}, QByteArray(), env);
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
        const QJsonObject lastTest = shown.json.value(QLatin1String("lastTest")).toObject();
        QVERIFY2(lastTest.value(QLatin1String("ok")).toBool(), qPrintable(shown.describe()));
        QCOMPARE(lastTest.value(QLatin1String("queueId")).toString(), run.json.value(QLatin1String("queueId")).toString());

        // An unknown account: exit 2 before anything is sent.
        const CliRun unknown = runCli({QStringLiteral("send-test"), QStringLiteral("--account"),
                                       QStringLiteral("00000000-0000-0000-0000-000000000000")},
                                      QByteArray(), env);
        QVERIFY2(unknown.exitCode == 2, qPrintable(unknown.describe()));
        QCOMPARE(server.messageFiles().size(), before + 1);

        runCli({QStringLiteral("accounts"), QStringLiteral("remove"), id}, QByteArray(), env); // leaves the keyring clean
    }

    void passwordFromEnvironment()
    {
        AiosmtpdServer &server = sharedServer(Mode::ImplicitTls, CertKind::Valid);
        QVERIFY2(server.isRunning(), qPrintable(server.errorString()));
        const qsizetype before = server.messageFiles().size();
        const CliRun run = runCli(QStringList{QStringLiteral("probe")} + serverFlags(server, QStringLiteral("tls")) + caFlags()
                                      + QStringList{QStringLiteral("--user"), user, QStringLiteral("--password-env"),
                                                    QStringLiteral("POSTACI_TEST_PASSWORD"), QStringLiteral("--json")},
                                  QByteArray(), {{QStringLiteral("POSTACI_TEST_PASSWORD"), QString::fromUtf8(password)}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(server.messageFiles().size(), before); // a probe sends nothing
        QVERIFY(!run.json.value(QLatin1String("authMechanism")).toString().isEmpty());
    }

    // --transcript: the conversation on stderr, prefixed, with no trace of the password.
    void transcript()
    {
        AiosmtpdServer &server = sharedServer(Mode::StartTls, CertKind::Valid);
        QVERIFY2(server.isRunning(), qPrintable(server.errorString()));
        const qsizetype before = server.messageFiles().size();
        const CliRun run = runCli(QStringList{QStringLiteral("send-test")} + serverFlags(server, QStringLiteral("starttls"))
                                      + loginFlags() + caFlags() + messageFlags()
                                      + QStringList{QStringLiteral("--auth"), QStringLiteral("plain"), QStringLiteral("--transcript"),
                                                    QStringLiteral("--json")},
                                  password + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(server.messageFiles().size(), before + 1, 10000);
        QVERIFY(!run.json.isEmpty()); // stdout stays one JSON object
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QLatin1String("\nC: EHLO ")) || err.startsWith(QLatin1String("C: EHLO ")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("S: 220")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("C: STARTTLS")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("C: AUTH PLAIN")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("C: MAIL FROM:<ali@example.test>")), qPrintable(err));
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
        const CliRun run = runCli(QStringList{QStringLiteral("probe")} + serverFlags(server, QStringLiteral("starttls")) + loginFlags()
                                      + QStringList{QStringLiteral("--json")},
                                  password);
        QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
        QCOMPARE(server.messageFiles().size(), before);
        QCOMPARE(run.json.value(QLatin1String("error")).toString(), QStringLiteral("certificate-untrusted"));
        QVERIFY(!run.json.contains(QLatin1String("authMechanism"))); // stopped before any credential
        QVERIFY(run.json.value(QLatin1String("step")).toString() != QLatin1String("auth"));
    }

    // A self-signed server: refused, unless its certificate is pinned by its SHA-256.
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
            QTest::newRow(QByteArray(prefix + "pinned hex").constData()) << int(mode) << QStringLiteral("sha256:") + QString::fromLatin1(selfSigned.toHex()) << 0;
            QTest::newRow(QByteArray(prefix + "pinned with colons").constData())
                << int(mode) << QStringLiteral("sha256:") + QString::fromLatin1(selfSigned.toHex(':').toUpper()) << 0;
            QTest::newRow(QByteArray(prefix + "other pin").constData()) << int(mode) << QStringLiteral("sha256:") + QString::fromLatin1(other.toHex()) << 4;
        }
    }

    void pinning()
    {
        QFETCH(int, mode);
        QFETCH(QString, pin);
        QFETCH(int, exitCode);
        AiosmtpdServer &server = sharedServer(Mode(mode), CertKind::SelfSigned);
        QVERIFY2(server.isRunning(), qPrintable(server.errorString()));
        QStringList arguments = QStringList{QStringLiteral("probe")} + serverFlags(server, securityWord(Mode(mode))) + loginFlags()
            + QStringList{QStringLiteral("--json")};
        if (!pin.isEmpty())
            arguments << QStringLiteral("--pin") << pin;
        const CliRun run = runCli(arguments, password + '\n');
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        if (exitCode == 0) {
            QVERIFY(!run.json.value(QLatin1String("authMechanism")).toString().isEmpty());
        } else {
            QVERIFY(!run.json.contains(QLatin1String("authMechanism")));
            QVERIFY(run.json.value(QLatin1String("error")).toString().startsWith(QLatin1String("certificate-")));
        }
    }

    // A server that accepts the connection and never says a word: exit 7, and the session ends
    // within its time limits (--timeout 1.5 bounds each step, and the whole session to 4 × 1.5 s:
    // SessionTimeouts::uniform), never hanging. Upper bounds have the slack of timing.h.
    void silentServerTimesOut()
    {
        QTcpServer silent; // listening but never accepting: the kernel completes the handshake
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const CliRun run = runCli({QStringLiteral("probe"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                   QString::number(silent.serverPort()), QStringLiteral("--security"), QStringLiteral("starttls"),
                                   QStringLiteral("--timeout"), QStringLiteral("1.5"), QStringLiteral("--json")},
                                  QByteArray(), {}, 20000);
        QVERIFY2(run.exitCode == 7, qPrintable(run.describe()));
        QCOMPARE(run.json.value(QLatin1String("error")).toString(), QStringLiteral("timeout"));
        QCOMPARE(run.json.value(QLatin1String("step")).toString(), QStringLiteral("greeting"));
        qint64 sessionMs = 0;
        const QJsonObject timings = run.json.value(QLatin1String("timingsMs")).toObject();
        for (auto it = timings.begin(); it != timings.end(); ++it)
            sessionMs += it.value().toInteger();
        const qint64 greetingMs = timings.value(QLatin1String("greeting")).toInteger();
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
        process.start(cliPath(), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("probe"), QStringLiteral("--host"),
                                  QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(silent.serverPort()),
                                  QStringLiteral("--security"), QStringLiteral("starttls"), QStringLiteral("--timeout"), QStringLiteral("30"),
                                  QStringLiteral("--json")});
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
        QCOMPARE(json.value(QLatin1String("error")).toString(), QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestCliAiosmtpd)
#include "tst_cli_aiosmtpd.moc"
