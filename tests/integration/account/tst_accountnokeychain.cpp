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

using namespace Qt::StringLiterals;

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
    QString storePath() const { return m_config->filePath(u"postaci/accounts.json"_s); }
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestAccountNoKeychain::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains("postaci-no-bus"_L1),
             "the test must run with DBUS_SESSION_BUS_ADDRESS pointing nowhere (see CMakeLists.txt)");
}

void TestAccountNoKeychain::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
}

void TestAccountNoKeychain::secretJobSaysThereIsNoKeychain()
{
    const SecretOutcome written = writeSecret(Account::newId(), u"Parola-123"_s);
    QVERIFY(written.finished);
    QCOMPARE(secretErrorName(written.error), secretErrorName(SecretError::NoBackend));
    QVERIFY(!written.backendMessage.isEmpty());
    const SecretOutcome read = readSecret(Account::newId());
    QCOMPARE(secretErrorName(read.error), secretErrorName(SecretError::NoBackend)); // not "not found"
}

void TestAccountNoKeychain::savingWithPasswordFailsAndLeavesNoFile()
{
    const QString password = u"Gizli-Parola-42"_s;
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
    const Account existing = makeTestAccount(u"eski@firma.example.com"_s);
    QVERIFY(runChangeJob(AccountSaveJob::withoutPassword(AccountStore(storePath()), existing))->ok());
    QFile file(storePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const QStringList filesBefore = allFiles(m_config->path());

    const std::optional<AccountChangeResult> result = runChangeJob(
        AccountSaveJob::withPassword(AccountStore(storePath()), makeTestAccount(), u"Gizli-Parola-42"_s));
    QCOMPARE(result->error, AccountChangeResult::Error::Keychain);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(allFiles(m_config->path()), filesBefore);
    QVERIFY(filesContaining(m_config->path(), u"Gizli-Parola-42"_s).isEmpty());
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
    QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(u"POSTACI_CLI: "_s + cli));
    QTemporaryDir runtime;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, m_config->path());
    // No other way to a bus: no per-user bus socket, no X11 to autolaunch one.
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    if (removeBusVariable)
        environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(cli, {u"--lang"_s, u"en"_s, u"accounts"_s, u"add"_s,
                        u"--email"_s, u"satis@firma.example.com"_s,
                        u"--host"_s, u"mail.firma.example.com"_s,
                        u"--port"_s, u"587"_s, u"--security"_s,
                        u"starttls"_s, u"--password-stdin"_s, u"--json"_s});
    QVERIFY(process.waitForStarted(10000));
    process.write("Gizli-Parola-42\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    const QString errorText = QString::fromUtf8(process.readAllStandardError());
    const QByteArray output = process.readAllStandardOutput();
    QCOMPARE(process.exitCode(), 9);
    QVERIFY2(errorText.contains("keychain"_L1), qPrintable(errorText));
    const QJsonObject json = QJsonDocument::fromJson(output).object();
    QCOMPARE(json.value(u"error"_s).toString(), u"keychain"_s);
    QCOMPARE(json.value(u"keychainError"_s).toString(), u"no-backend"_s);
    QVERIFY2(allFiles(m_config->path()).isEmpty(), qPrintable(allFiles(m_config->path()).join(u' ')));
    QVERIFY(!output.contains("Gizli-Parola-42") && !errorText.contains("Gizli-Parola-42"_L1));
}

QTEST_GUILESS_MAIN(TestAccountNoKeychain)
#include "tst_accountnokeychain.moc"
