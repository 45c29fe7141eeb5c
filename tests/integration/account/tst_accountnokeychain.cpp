// No D-Bus session at all (DBUS_SESSION_BUS_ADDRESS points at a socket that does not exist,
// see CMakeLists.txt; the CLI child processes also run with the variable removed): saving with
// a password fails with the keychain error and leaves no file behind; saving without one works;
// nothing is ever written in clear as a fallback.
#include "accounttesting.h"

#include "account/accountstore.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Postaci;
using namespace Postaci::Test;

class TestAccountNoKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void secretJobSaysThereIsNoKeychain();
    void savingWithPasswordFailsAndLeavesNoFile();
    void savingWithPasswordLeavesAnExistingFileAlone();
    void savingWithoutPasswordWorks();
    void removingNeedsTheKeychainOnlyForASavedPassword();
    void cliAddFailsWithExitCode9_data();
    void cliAddFailsWithExitCode9();

private:
    QString storePath() const { return m_config->filePath(QStringLiteral("postaci/accounts.json")); }
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestAccountNoKeychain::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("postaci-no-bus")),
             "the test must run with DBUS_SESSION_BUS_ADDRESS pointing nowhere (see CMakeLists.txt)");
}

void TestAccountNoKeychain::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
}

void TestAccountNoKeychain::secretJobSaysThereIsNoKeychain()
{
    const SecretOutcome written = writeSecret(Account::newId(), QStringLiteral("Parola-123"));
    QVERIFY(written.finished);
    QCOMPARE(secretErrorName(written.error), secretErrorName(SecretError::NoBackend));
    QVERIFY(!written.backendMessage.isEmpty());
    const SecretOutcome read = readSecret(Account::newId());
    QCOMPARE(secretErrorName(read.error), secretErrorName(SecretError::NoBackend)); // not "not found"
}

void TestAccountNoKeychain::savingWithPasswordFailsAndLeavesNoFile()
{
    const QString password = QStringLiteral("Gizli-Parola-42");
    const std::optional<AccountChangeResult> result =
        runChangeJob(AccountSaveJob::withPassword(AccountStore(storePath()), makeTestAccount(), password));
    QVERIFY(result.has_value());
    QCOMPARE(result->error, AccountChangeResult::Error::Keychain);
    QCOMPARE(secretErrorName(result->secretError), secretErrorName(SecretError::NoBackend));
    // What happened and what to do: the keychain advice, and the save-without-password way out.
    QVERIFY2(result->message.contains(secretErrorMessage(SecretError::NoBackend)), qPrintable(result->message));
    QVERIFY(!result->secretDetail.isEmpty());
    QVERIFY2(allFiles(m_config->path()).isEmpty(), qPrintable(allFiles(m_config->path()).join(u' ')));
}

void TestAccountNoKeychain::savingWithPasswordLeavesAnExistingFileAlone()
{
    const Account existing = makeTestAccount(QStringLiteral("eski@firma.example.com"));
    QVERIFY(runChangeJob(AccountSaveJob::withoutPassword(AccountStore(storePath()), existing))->ok());
    QFile file(storePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const QStringList filesBefore = allFiles(m_config->path());

    const std::optional<AccountChangeResult> result = runChangeJob(
        AccountSaveJob::withPassword(AccountStore(storePath()), makeTestAccount(), QStringLiteral("Gizli-Parola-42")));
    QCOMPARE(result->error, AccountChangeResult::Error::Keychain);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(allFiles(m_config->path()), filesBefore);
    QVERIFY(filesContaining(m_config->path(), QStringLiteral("Gizli-Parola-42")).isEmpty());
}

void TestAccountNoKeychain::savingWithoutPasswordWorks()
{
    const Account account = makeTestAccount();
    const std::optional<AccountChangeResult> result =
        runChangeJob(AccountSaveJob::withoutPassword(AccountStore(storePath()), account));
    QVERIFY2(result->ok(), qPrintable(result->message));
    const AccountStore::LoadResult loaded = AccountStore(storePath()).load();
    QCOMPARE(loaded.accounts.size(), 1);
    QVERIFY(!loaded.accounts.first().passwordSaved);
}

void TestAccountNoKeychain::removingNeedsTheKeychainOnlyForASavedPassword()
{
    // Without a saved password the unreachable keychain is no obstacle.
    const Account plain = makeTestAccount();
    QVERIFY(runChangeJob(AccountSaveJob::withoutPassword(AccountStore(storePath()), plain))->ok());
    std::optional<AccountChangeResult> result = runChangeJob(new AccountRemoveJob(AccountStore(storePath()), plain.id));
    QVERIFY2(result->ok(), qPrintable(result->message));

    // With one (saved while a keychain was there), the account stays so the secret is not
    // orphaned, unless the user says to remove it anyway.
    Account withSecret = makeTestAccount();
    withSecret.passwordSaved = true;
    QVERIFY(AccountStore(storePath()).save(withSecret).ok());
    result = runChangeJob(new AccountRemoveJob(AccountStore(storePath()), withSecret.id));
    QCOMPARE(result->error, AccountChangeResult::Error::Keychain);
    QCOMPARE(AccountStore(storePath()).load().accounts.size(), 1);

    result = runChangeJob(new AccountRemoveJob(AccountStore(storePath()), withSecret.id,
                                               AccountRemoveJob::SecretRemoval::BestEffort));
    QVERIFY2(result->ok(), qPrintable(result->message));
    QVERIFY(!result->warning.isEmpty());
    QVERIFY(AccountStore(storePath()).load().accounts.isEmpty());
}

void TestAccountNoKeychain::cliAddFailsWithExitCode9_data()
{
    QTest::addColumn<bool>("removeBusVariable");
    QTest::newRow("bus address pointing nowhere") << false;
    QTest::newRow("no bus variable at all") << true;
}

void TestAccountNoKeychain::cliAddFailsWithExitCode9()
{
    QFETCH(bool, removeBusVariable);
    const QString cli = qEnvironmentVariable("POSTACI_CLI");
    QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(QStringLiteral("POSTACI_CLI: ") + cli));
    QTemporaryDir runtime;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    // No other way to a bus: no per-user bus socket, no X11 to autolaunch one.
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (removeBusVariable)
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(cli, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("accounts"), QStringLiteral("add"),
                        QStringLiteral("--email"), QStringLiteral("satis@firma.example.com"),
                        QStringLiteral("--host"), QStringLiteral("mail.firma.example.com"),
                        QStringLiteral("--port"), QStringLiteral("587"), QStringLiteral("--security"),
                        QStringLiteral("starttls"), QStringLiteral("--password-stdin"), QStringLiteral("--json")});
    QVERIFY(process.waitForStarted(10000));
    process.write("Gizli-Parola-42\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    const QString errorText = QString::fromUtf8(process.readAllStandardError());
    const QByteArray output = process.readAllStandardOutput();
    QCOMPARE(process.exitCode(), 9);
    QVERIFY2(errorText.contains(QLatin1String("keychain")), qPrintable(errorText));
    const QJsonObject json = QJsonDocument::fromJson(output).object();
    QCOMPARE(json.value(QStringLiteral("error")).toString(), QStringLiteral("keychain"));
    QCOMPARE(json.value(QStringLiteral("keychainError")).toString(), QStringLiteral("no-backend"));
    QVERIFY2(allFiles(m_config->path()).isEmpty(), qPrintable(allFiles(m_config->path()).join(u' ')));
    QVERIFY(!output.contains("Gizli-Parola-42") && !errorText.contains(QLatin1String("Gizli-Parola-42")));
}

QTEST_GUILESS_MAIN(TestAccountNoKeychain)
#include "tst_accountnokeychain.moc"
