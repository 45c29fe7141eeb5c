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

using namespace Postaci;
using namespace Postaci::Test;

namespace {

const QString user = QStringLiteral("satis");
const QString password = QString::fromUtf8("Gizli-Şifre-42");
const QString senderAddress = QStringLiteral("satis@firma.example.test");

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
    return runCli(arguments, input, {{QStringLiteral("XDG_CONFIG_HOME"), m_config->path()}}, 60000);
}

QString TestCliSendTestAccount::addAccount(const QString &secret, const QStringList &extra)
{
    const QByteArray pin = TestCertificates::instance().sha256(CertKind::Valid).toHex();
    const CliRun added
            = run(QStringList{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--email"),
                              senderAddress, QStringLiteral("--host"), m_server.host(), QStringLiteral("--port"),
                              QString::number(m_server.port()), QStringLiteral("--security"),
                              QStringLiteral("starttls"), QStringLiteral("--user"), user, QStringLiteral("--pin"),
                              QStringLiteral("sha256:") + QString::fromLatin1(pin), QStringLiteral("--password-stdin")}
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

    const CliRun sent = run({QStringLiteral("send-test"), QStringLiteral("--account"), id, QStringLiteral("--to"),
                             QStringLiteral("veli@localhost"), QStringLiteral("--json")});
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
    const QJsonObject json = sent.json;
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("step")).toString(), QStringLiteral("done"));
    QVERIFY(!json.value(QStringLiteral("queueId")).toString().isEmpty());
    QVERIFY2(!sent.out.contains(password.toUtf8()) && !sent.errText().contains(password), "the password was printed");

    // The message arrived, from the account's address, signed in as the account's user.
    const QStringList messages = m_server.messageFiles();
    QCOMPARE(messages.size(), before + 1);
    const QJsonObject envelope
            = QJsonDocument::fromJson(readFile(AiosmtpdServer::envelopeFile(messages.last()))).object();
    QCOMPARE(envelope.value(QStringLiteral("mail_from")).toString(), senderAddress);
    QCOMPARE(envelope.value(QStringLiteral("auth_login")).toString(), user);
    QCOMPARE(envelope.value(QStringLiteral("queue_id")).toString(), json.value(QStringLiteral("queueId")).toString());

    QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("remove"), id}).exitCode, 0);
}

void TestCliSendTestAccount::wrongSavedPasswordIsAnAuthenticationFailure()
{
    const QString id = addAccount(QStringLiteral("Yanlis-Parola-1"));
    QVERIFY(!Account::normalizedId(id).isEmpty());
    const CliRun sent = run({QStringLiteral("send-test"), QStringLiteral("--account"), id, QStringLiteral("--to"),
                             QStringLiteral("veli@localhost"), QStringLiteral("--json")});
    QVERIFY2(sent.exitCode == 5, qPrintable(sent.describe()));
    QCOMPARE(sent.json.value(QStringLiteral("step")).toString(), QStringLiteral("auth"));
    QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("remove"), id}).exitCode, 0);
}

void TestCliSendTestAccount::passwordMissingFromTheKeychain()
{
    const QString id = addAccount(password);
    QVERIFY(!Account::normalizedId(id).isEmpty());
    QCOMPARE(deleteSecret(id).error, SecretError::None); // someone cleaned the keychain
    const int before = int(m_server.messageFiles().size());
    const CliRun sent = run({QStringLiteral("send-test"), QStringLiteral("--account"), id, QStringLiteral("--to"),
                             QStringLiteral("veli@localhost")});
    QVERIFY2(sent.exitCode == 9, qPrintable(sent.describe()));
    QVERIFY(sent.errText().contains(QLatin1String("keychain")));
    QCOMPARE(int(m_server.messageFiles().size()), before);
    QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("remove"), id}).exitCode, 0);
}

void TestCliSendTestAccount::unknownAccount()
{
    const CliRun sent = run({QStringLiteral("send-test"), QStringLiteral("--account"), Account::newId()});
    QVERIFY2(sent.exitCode == 2, qPrintable(sent.describe()));
    QVERIFY(sent.errText().contains(QLatin1String("No saved account")));
}

QTEST_GUILESS_MAIN(TestCliSendTestAccount)
#include "tst_cli_sendtest_account.moc"
