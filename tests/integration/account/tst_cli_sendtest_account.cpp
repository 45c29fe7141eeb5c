// postaci-cli send-test --account ID: the saved account's server settings and its password from
// the real keychain (tests/support/with-keychain) reach a real aiosmtpd (STARTTLS, AUTH
// required, the test CA's certificate pinned in the account), and the message arrives.
#include "aiosmtpdserver.h"
#include "clirunner.h"
#include "secrettesting.h"
#include "testcertificates.h"
#include "testsupport.h"

#include "account/account.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;

namespace {

const QString user = u"satis"_s;
const QString password = QString::fromUtf8("Gizli-Şifre-42");
const QString senderAddress = u"satis@firma.example.test"_s;

} // namespace

class TestCliSendTestAccount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void sendTestUsesTheSavedAccountAndItsPassword();
    void wrongSavedPasswordIsAnAuthenticationFailure();
    void passwordMissingFromTheKeychain();
    void unknownAccount();
    void anotherHostDoesNotGetTheAccountsPins();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const;
    QString addAccount(const QString &secret, const QStringList &extra = {});
    AiosmtpdServer m_server;
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestCliSendTestAccount::initTestCase()
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
}

void TestCliSendTestAccount::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
}

CliRun TestCliSendTestAccount::run(const QStringList &arguments, const QByteArray &input) const
{
    // Each test function has its own account store.
    return runCli(arguments, input, {{u"XDG_CONFIG_HOME"_s, m_config->path()}}, 60000);
}

QString TestCliSendTestAccount::addAccount(const QString &secret, const QStringList &extra)
{
    const QByteArray pin = TestCertificates::instance().sha256(CertKind::Valid).toHex();
    const CliRun added
            = run(QStringList{u"accounts"_s, u"add"_s, u"--email"_s,
                              senderAddress, u"--host"_s, m_server.host(), u"--port"_s,
                              QString::number(m_server.port()), u"--security"_s,
                              u"starttls"_s, u"--user"_s, user, u"--pin"_s,
                              u"sha256:"_s + QString::fromLatin1(pin), u"--password-stdin"_s}
                          + extra,
                  secret.toUtf8() + '\n');
    if (added.exitCode != 0)
        qWarning("accounts add failed: %s", qPrintable(added.describe()));
    return QString::fromUtf8(added.out).trimmed();
}

void TestCliSendTestAccount::sendTestUsesTheSavedAccountAndItsPassword()
{
    const QString id = addAccount(password);
    QVERIFY(!Account::normalizedId(id).isEmpty());
    const int before = int(m_server.messageFiles().size());

    const CliRun sent = run({u"send-test"_s, u"--account"_s, id, u"--to"_s,
                             u"veli@localhost"_s, u"--json"_s});
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
    const QJsonObject json = sent.json;
    QCOMPARE(json.value(u"ok"_s).toBool(), true);
    QCOMPARE(json.value(u"step"_s).toString(), u"done"_s);
    QVERIFY(!json.value(u"queueId"_s).toString().isEmpty());
    QVERIFY2(!sent.out.contains(password.toUtf8()) && !sent.errText().contains(password), "the password was printed");

    // The message arrived, from the account's address, signed in as the account's user.
    const QStringList messages = m_server.messageFiles();
    QCOMPARE(messages.size(), before + 1);
    const QJsonObject envelope
            = QJsonDocument::fromJson(readFile(AiosmtpdServer::envelopeFile(messages.last()))).object();
    QCOMPARE(envelope.value(u"mail_from"_s).toString(), senderAddress);
    QCOMPARE(envelope.value(u"auth_login"_s).toString(), user);
    QCOMPARE(envelope.value(u"queue_id"_s).toString(), json.value(u"queueId"_s).toString());

    QCOMPARE(run({u"accounts"_s, u"remove"_s, id}).exitCode, 0);
}

void TestCliSendTestAccount::wrongSavedPasswordIsAnAuthenticationFailure()
{
    const QString id = addAccount(u"Yanlis-Parola-1"_s);
    QVERIFY(!Account::normalizedId(id).isEmpty());
    const CliRun sent = run({u"send-test"_s, u"--account"_s, id, u"--to"_s,
                             u"veli@localhost"_s, u"--json"_s});
    QVERIFY2(sent.exitCode == 5, qPrintable(sent.describe()));
    QCOMPARE(sent.json.value(u"step"_s).toString(), u"auth"_s);
    QCOMPARE(run({u"accounts"_s, u"remove"_s, id}).exitCode, 0);
}

void TestCliSendTestAccount::passwordMissingFromTheKeychain()
{
    const QString id = addAccount(password);
    QVERIFY(!Account::normalizedId(id).isEmpty());
    QCOMPARE(deleteSecret(id).error, SecretError::None); // someone cleaned the keychain
    const int before = int(m_server.messageFiles().size());
    const CliRun sent = run({u"send-test"_s, u"--account"_s, id, u"--to"_s,
                             u"veli@localhost"_s});
    QVERIFY2(sent.exitCode == 9, qPrintable(sent.describe()));
    QVERIFY(sent.errText().contains("keychain"_L1));
    QCOMPARE(int(m_server.messageFiles().size()), before);
    QCOMPARE(run({u"accounts"_s, u"remove"_s, id}).exitCode, 0);
}

void TestCliSendTestAccount::unknownAccount()
{
    const CliRun sent = run({u"send-test"_s, u"--account"_s, Account::newId()});
    QVERIFY2(sent.exitCode == 2, qPrintable(sent.describe()));
    QVERIFY(sent.errText().contains("No saved account"_L1));
}

void TestCliSendTestAccount::anotherHostDoesNotGetTheAccountsPins()
{
    // docs/security.md#pin-changed: the account's pin is for its own host. Another name for the
    // same server (localhost instead of the address) is another host: without its own --pin the
    // test CA's certificate is untrusted again, and the password never leaves.
    const QString id = addAccount(password);
    QVERIFY(!Account::normalizedId(id).isEmpty());
    const CliRun other = run({u"send-test"_s, u"--account"_s, id, u"--host"_s, u"localhost"_s, u"--to"_s,
                              u"veli@localhost"_s, u"--json"_s});
    QVERIFY2(other.exitCode != 0, qPrintable(other.describe()));
    QCOMPARE(other.json.value(u"error"_s).toString(), u"certificate-untrusted"_s);
    QCOMPARE(other.json.value(u"step"_s).toString(), u"tls"_s);

    // The same host, typed differently, keeps the pin.
    const CliRun same = run({u"send-test"_s, u"--account"_s, id, u"--host"_s, m_server.host().toUpper(), u"--to"_s,
                             u"veli@localhost"_s, u"--json"_s});
    QVERIFY2(same.exitCode == 0, qPrintable(same.describe()));
    QCOMPARE(run({u"accounts"_s, u"remove"_s, id}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliSendTestAccount)
#include "tst_cli_sendtest_account.moc"
