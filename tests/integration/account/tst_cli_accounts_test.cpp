// postaci-cli accounts test: saved accounts re-tested at once against real aiosmtpd servers with
// their passwords from the real keychain (tests/support/with-keychain): one works, one has a
// wrong password, one a certificate that ends in 3 days (CertKind::ExpiresSoon). The lines, the
// JSON, the exit codes (0, 10, 9), the recorded last tests, --send and the per-account deadline.
#include "aiosmtpdserver.h"
#include "clirunner.h"
#include "secrettesting.h"
#include "testcertificates.h"

#include "account/account.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;

namespace {

const QString user = u"satis"_s;
const QString password = QString::fromUtf8("Gizli-Şifre-42");

} // namespace

class TestCliAccountsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void allAccountsOneLineEach();
    void allAccountsJson();
    void lastTestsAreRecorded();
    void workingAccountsExitZeroDespiteWarnings();
    void sendAlsoSendsTheTestMessage();
    void passwordMissingIsABrokenAccount();
    void keychainUnreachableIsExitNine();
    void silentServerStopsAtTheDeadline();
    void badUsage();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {},
               const QMap<QString, QString> &extraEnv = {}) const;
    QString addAccount(const QString &email, const AiosmtpdServer &server, CertKind pinned, const QString &secret);
    void addThree();

    AiosmtpdServer m_server;
    AiosmtpdServer m_expiring;
    std::unique_ptr<QTemporaryDir> m_config;
    QString m_working;
    QString m_wrongPassword;
    QString m_expiresSoon;
};

void TestCliAccountsTest::initTestCase()
{
    QVERIFY2(hasTestKeychain(), keychainHint());
    QVERIFY2(QFileInfo(qEnvironmentVariable("POSTACI_CLI")).isExecutable(), "POSTACI_CLI is not set");
    QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
    AiosmtpdServer::Options options;
    options.mode = AiosmtpdServer::Options::Mode::StartTls;
    options.requireTls = true;
    options.authRequired = true;
    options.user = user;
    options.password = password;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    options.cert = CertKind::ExpiresSoon;
    QVERIFY2(m_expiring.start(options), qPrintable(m_expiring.errorString()));
}

void TestCliAccountsTest::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
}

CliRun TestCliAccountsTest::run(const QStringList &arguments, const QByteArray &input,
                                const QMap<QString, QString> &extraEnv) const
{
    QMap<QString, QString> env = extraEnv;
    env.insert(u"XDG_CONFIG_HOME"_s, m_config->path());
    return runCli(arguments, input, env, 120000);
}

QString TestCliAccountsTest::addAccount(const QString &email, const AiosmtpdServer &server, CertKind pinned,
                                        const QString &secret)
{
    const QByteArray pin = TestCertificates::instance().sha256(pinned).toHex();
    const CliRun added = run({u"accounts"_s, u"add"_s, u"--email"_s, email, u"--host"_s, server.host(), u"--port"_s,
                              QString::number(server.port()), u"--security"_s, u"starttls"_s, u"--user"_s, user,
                              u"--pin"_s, u"sha256:"_s + QString::fromLatin1(pin), u"--provider"_s, u"none"_s,
                              u"--password-stdin"_s},
                             secret.toUtf8() + '\n');
    if (added.exitCode != 0)
        qWarning("accounts add failed: %s", qPrintable(added.describe()));
    return QString::fromUtf8(added.out).trimmed();
}

void TestCliAccountsTest::addThree()
{
    m_working = addAccount(u"satis@firma.example.test"_s, m_server, CertKind::Valid, password);
    m_wrongPassword = addAccount(u"destek@firma.example.test"_s, m_server, CertKind::Valid, u"Eski-Parola-1"_s);
    m_expiresSoon = addAccount(u"bilgi@firma.example.test"_s, m_expiring, CertKind::ExpiresSoon, password);
    QVERIFY(!Account::normalizedId(m_working).isEmpty());
    QVERIFY(!Account::normalizedId(m_wrongPassword).isEmpty());
    QVERIFY(!Account::normalizedId(m_expiresSoon).isEmpty());
}

void TestCliAccountsTest::allAccountsOneLineEach()
{
    addThree();
    const CliRun tested = run({u"accounts"_s, u"test"_s, u"--all"_s});
    QVERIFY2(tested.exitCode == 10, qPrintable(tested.describe()));
    const QStringList lines = QString::fromUtf8(tested.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // one per account, plus the expiring one's warning
    QVERIFY2(lines.at(0).startsWith(u"✓ %1 satis@firma.example.test: works; certificate: "_s.arg(m_working)),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"✗ %1 destek@firma.example.test: failed at step \"Signing in\": "_s.arg(m_wrongPassword)),
             qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2), u"✓ %1 bilgi@firma.example.test: works; certificate: 3 days left"_s.arg(m_expiresSoon));
    QCOMPARE(lines.at(3), u"    Warning: The server's certificate expires in 3 days."_s);
    QVERIFY2(!tested.out.contains(password.toUtf8()) && !tested.err.contains(password.toUtf8()), "password printed");
}

void TestCliAccountsTest::allAccountsJson()
{
    addThree();
    const CliRun tested = run({u"accounts"_s, u"test"_s, u"--all"_s, u"--json"_s});
    QVERIFY2(tested.exitCode == 10, qPrintable(tested.describe()));
    const QJsonObject json = tested.json;
    QCOMPARE(json.value(u"ok"_s).toBool(true), false);
    const QJsonArray accounts = json.value(u"accounts"_s).toArray();
    QCOMPARE(accounts.size(), 3);

    const QJsonObject working = accounts.at(0).toObject();
    QCOMPARE(working.value(u"id"_s).toString(), m_working);
    QCOMPARE(working.value(u"email"_s).toString(), u"satis@firma.example.test"_s);
    QCOMPARE(working.value(u"ok"_s).toBool(), true);
    QCOMPARE(working.value(u"step"_s).toString(), u"done"_s);
    QVERIFY(!working.contains(u"error"_s));
    QVERIFY(!working.contains(u"diagnosis"_s));
    QVERIFY(working.value(u"certificateDaysLeft"_s).toInt() > 3000); // the harness' Valid: ten years
    QCOMPARE(working.value(u"warnings"_s).toArray(), QJsonArray());

    const QJsonObject wrong = accounts.at(1).toObject();
    QCOMPARE(wrong.value(u"id"_s).toString(), m_wrongPassword);
    QCOMPARE(wrong.value(u"ok"_s).toBool(true), false);
    QCOMPARE(wrong.value(u"step"_s).toString(), u"auth"_s);
    QCOMPARE(wrong.value(u"error"_s).toString(), u"auth-failed"_s);
    QVERIFY(!wrong.value(u"diagnosis"_s).toObject().value(u"id"_s).toString().isEmpty());
    QVERIFY(wrong.value(u"certificateDaysLeft"_s).isDouble()); // TLS ran before the sign-in

    const QJsonObject expiring = accounts.at(2).toObject();
    QCOMPARE(expiring.value(u"ok"_s).toBool(), true);
    QCOMPARE(expiring.value(u"certificateDaysLeft"_s).toInt(), 3);
    QCOMPARE(expiring.value(u"warnings"_s).toArray(), QJsonArray{u"certificate-expires-soon"_s});
}

void TestCliAccountsTest::lastTestsAreRecorded()
{
    addThree();
    QCOMPARE(run({u"accounts"_s, u"test"_s, u"--all"_s}).exitCode, 10);
    const QJsonArray accounts = run({u"accounts"_s, u"list"_s, u"--json"_s}).json.value(u"accounts"_s).toArray();
    QCOMPARE(accounts.size(), 3);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &value : accounts) {
        const QJsonObject last = value.toObject().value(u"lastTest"_s).toObject();
        const bool expectOk = value.toObject().value(u"id"_s).toString() != m_wrongPassword;
        QCOMPARE(last.value(u"ok"_s).toBool(), expectOk);
        const QDateTime when = QDateTime::fromString(last.value(u"time"_s).toString(), Qt::ISODate);
        QVERIFY(qAbs(when.secsTo(now)) < 600);
        QVERIFY(!last.value(u"certificateExpiry"_s).toString().isEmpty()); // for the list's warning
    }
}

void TestCliAccountsTest::workingAccountsExitZeroDespiteWarnings()
{
    addThree();
    const CliRun tested = run({u"accounts"_s, u"test"_s, m_working, m_expiresSoon, u"--json"_s});
    QVERIFY2(tested.exitCode == 0, qPrintable(tested.describe()));
    QCOMPARE(tested.json.value(u"ok"_s).toBool(), true);
    QCOMPARE(tested.json.value(u"accounts"_s).toArray().size(), 2);
}

void TestCliAccountsTest::sendAlsoSendsTheTestMessage()
{
    addThree();
    const int before = int(m_server.messageFiles().size());
    const int beforeExpiring = int(m_expiring.messageFiles().size());
    const CliRun tested = run({u"accounts"_s, u"test"_s, u"--all"_s, u"--send"_s, u"--json"_s});
    QVERIFY2(tested.exitCode == 10, qPrintable(tested.describe()));
    // The working account's message (the wrong password's never got that far); the expiring one's.
    QCOMPARE(int(m_server.messageFiles().size()), before + 1);
    QCOMPARE(int(m_expiring.messageFiles().size()), beforeExpiring + 1);
    QCOMPARE(tested.json.value(u"accounts"_s).toArray().at(0).toObject().value(u"step"_s).toString(), u"done"_s);
}

void TestCliAccountsTest::passwordMissingIsABrokenAccount()
{
    // The keychain answers but has nothing for the account: that account is broken (10), the
    // keychain is not (9).
    m_working = addAccount(u"satis@firma.example.test"_s, m_server, CertKind::Valid, password);
    QCOMPARE(deleteSecret(m_working).error, SecretError::None);
    const CliRun tested = run({u"accounts"_s, u"test"_s, m_working, u"--json"_s});
    QVERIFY2(tested.exitCode == 10, qPrintable(tested.describe()));
    const QJsonObject check = tested.json.value(u"accounts"_s).toArray().at(0).toObject();
    QCOMPARE(check.value(u"error"_s).toString(), u"keychain-failure"_s);
    QCOMPARE(check.value(u"diagnosis"_s).toObject().value(u"id"_s).toString(), u"keychain-password-missing"_s);
}

void TestCliAccountsTest::keychainUnreachableIsExitNine()
{
    addThree();
    const CliRun tested = run({u"accounts"_s, u"test"_s, u"--all"_s, u"--json"_s}, {},
                              {{u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/postaci-no-bus"_s}});
    QVERIFY2(tested.exitCode == 9, qPrintable(tested.describe()));
    const QJsonArray accounts = tested.json.value(u"accounts"_s).toArray();
    QCOMPARE(accounts.size(), 3);
    for (const QJsonValue &value : accounts)
        QCOMPARE(value.toObject().value(u"diagnosis"_s).toObject().value(u"id"_s).toString(), u"keychain-unavailable"_s);
}

void TestCliAccountsTest::silentServerStopsAtTheDeadline()
{
    // Listens but never greets (the kernel completes the connection; nobody answers).
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const CliRun added = run({u"accounts"_s, u"add"_s, u"--email"_s, u"satis@firma.example.test"_s, u"--host"_s,
                              u"127.0.0.1"_s, u"--port"_s, QString::number(silent.serverPort()), u"--security"_s,
                              u"starttls"_s, u"--auth"_s, u"none"_s, u"--provider"_s, u"none"_s,
                              u"--no-password"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    m_working = addAccount(u"bilgi@firma.example.test"_s, m_server, CertKind::Valid, password);
    const CliRun tested = run({u"accounts"_s, u"test"_s, u"--all"_s, u"--deadline"_s, u"1"_s, u"--json"_s});
    QVERIFY2(tested.exitCode == 10, qPrintable(tested.describe()));
    const QJsonArray accounts = tested.json.value(u"accounts"_s).toArray();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).toObject().value(u"error"_s).toString(), u"timeout"_s);
    QCOMPARE(accounts.at(0).toObject().value(u"step"_s).toString(), u"greeting"_s);
    // The other account has its own deadline and is not held up by the silent one.
    QCOMPARE(accounts.at(1).toObject().value(u"ok"_s).toBool(), true);
    const QJsonObject last = run({u"accounts"_s, u"list"_s, u"--json"_s})
                                     .json.value(u"accounts"_s).toArray().at(0).toObject().value(u"lastTest"_s).toObject();
    QCOMPARE(last.value(u"error"_s).toString(), u"timeout"_s); // recorded too
}

void TestCliAccountsTest::badUsage()
{
    m_working = addAccount(u"satis@firma.example.test"_s, m_server, CertKind::Valid, password);
    QCOMPARE(run({u"accounts"_s, u"test"_s}).exitCode, 2);
    QCOMPARE(run({u"accounts"_s, u"test"_s, m_working, u"--all"_s}).exitCode, 2);
    QCOMPARE(run({u"accounts"_s, u"test"_s, Account::newId()}).exitCode, 2);
    QCOMPARE(run({u"accounts"_s, u"test"_s, u"--all"_s, u"--deadline"_s, u"-1"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliAccountsTest)
#include "tst_cli_accounts_test.moc"
