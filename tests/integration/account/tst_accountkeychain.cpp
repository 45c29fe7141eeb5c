// Saving and removing accounts with the real keychain (tests/support/with-keychain): the
// password goes to the keychain and into no file; the rules are enforced before the keychain
// is touched; removing an account removes its secret.
#include "accounttesting.h"

#include "account/accountstore.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;

class TestAccountKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void savingPutsThePasswordOnlyInTheKeychain();
    void savingAgainReplacesThePassword();
    void passwordRulesAreCheckedBeforeTheKeychain();
    void providerFormatStoresThePasswordWithoutSpaces();
    void invalidAccountTouchesNothing();
    void damagedFileStopsTheSaveBeforeTheKeychain();
    void failedFileWriteTakesTheNewSecretBack();
    void savingWithoutPasswordRemovesTheOldOne();
    void removingAnAccountRemovesItsSecret();
    void removingWhenTheSecretIsAlreadyGone();
    void removingAnUnknownAccount();

private:
    QString configDir() const { return m_config->path(); }
    QString storePath() const { return m_config->filePath(u"postaci/accounts.json"_s); }
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestAccountKeychain::initTestCase()
{
    QVERIFY2(hasTestKeychain(), keychainHint());
}

void TestAccountKeychain::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
}

void TestAccountKeychain::savingPutsThePasswordOnlyInTheKeychain()
{
    const QString password = QString::fromUtf8("Gizli-Parola-Şİ42");
    const Account account = makeTestAccount();
    const std::optional<AccountChangeResult> result =
        runChangeJob(AccountSaveJob::withPassword(AccountStore(storePath()), account, password));
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->message));
    QVERIFY(result->account.passwordSaved);

    const SecretOutcome read = readSecret(account.id);
    QVERIFY2(read.error == SecretError::None, qPrintable(read.backendMessage));
    QCOMPARE(read.secret, password);

    const AccountStore::LoadResult loaded = AccountStore(storePath()).load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.accounts.size(), 1);
    QCOMPARE(loaded.accounts.first().id, account.id);
    QVERIFY(loaded.accounts.first().passwordSaved);

    // The grep the issue asks for: no file in the configuration folder has the password.
    QVERIFY(!allFiles(configDir()).isEmpty());
    const QStringList leaks = filesContaining(configDir(), password);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u' ')));
    QCOMPARE(deleteSecret(account.id).error, SecretError::None);
}

void TestAccountKeychain::savingAgainReplacesThePassword()
{
    Account account = makeTestAccount();
    QVERIFY(runChangeJob(AccountSaveJob::withPassword(AccountStore(storePath()), account, u"Birinci-Parola1"_s))->ok());
    account.port = 465;
    account.security = Security::ImplicitTls;
    QVERIFY(runChangeJob(AccountSaveJob::withPassword(AccountStore(storePath()), account, u"Ikinci-Parola2"_s))->ok());
    QCOMPARE(readSecret(account.id).secret, u"Ikinci-Parola2"_s);
    const AccountStore::LoadResult loaded = AccountStore(storePath()).load();
    QCOMPARE(loaded.accounts.size(), 1);
    QCOMPARE(loaded.accounts.first().port, quint16(465));
    QVERIFY(filesContaining(configDir(), u"Birinci-Parola1"_s).isEmpty());
    QVERIFY(filesContaining(configDir(), u"Ikinci-Parola2"_s).isEmpty());
    QCOMPARE(deleteSecret(account.id).error, SecretError::None);
}

void TestAccountKeychain::passwordRulesAreCheckedBeforeTheKeychain()
{
    const Account account = makeTestAccount(u"Ahmet1990@example.com"_s);
    struct Case { QString password; PasswordPolicy::Rule rule; };
    const QList<Case> cases{{u"Kisa1"_s, PasswordPolicy::Rule::Length},
                            {u"ahmet1990"_s, PasswordPolicy::Rule::Uppercase},
                            {u"AHMET1990@EXAMPLE.COM"_s, PasswordPolicy::Rule::Lowercase},
                            {u"aHMET1990"_s, PasswordPolicy::Rule::NotLocalPart},
                            {u"Parola-12\n"_s, PasswordPolicy::Rule::NoControlCharacters}};
    for (const Case &c : cases) {
        const std::optional<AccountChangeResult> result =
            runChangeJob(AccountSaveJob::withPassword(AccountStore(storePath()), account, c.password));
        QVERIFY(result.has_value());
        QCOMPARE(result->error, AccountChangeResult::Error::PasswordRules);
        bool listed = false;
        for (const PasswordPolicy::RuleResult &rule : result->failedRules)
            listed = listed || rule.rule == c.rule;
        QVERIFY2(listed, qPrintable(c.password));
        QVERIFY(!result->message.isEmpty());
    }
    // Nothing reached the keychain or the disk.
    QCOMPARE(readSecret(account.id).error, SecretError::NotFound);
    QVERIFY(allFiles(configDir()).isEmpty());
}

void TestAccountKeychain::providerFormatStoresThePasswordWithoutSpaces()
{
    const PasswordPolicy google = PasswordPolicy::forProviderFormat(QJsonDocument::fromJson(
        R"({"kind": "app-password", "length": 16, "characters": "a-z", "ignoreSpaces": true,
            "label": "16-letter app password"})").object());
    QVERIFY(google.isProviderFormat());
    Account account = makeTestAccount(u"ahmet@gmail.com"_s);
    account.providerId = u"gmail"_s;

    // The default rules would refuse an app password; the provider's rule accepts it.
    const std::optional<AccountChangeResult> refused =
        runChangeJob(AccountSaveJob::withPassword(AccountStore(storePath()), account, u"abcd efgh ijkl mnop"_s));
    QCOMPARE(refused->error, AccountChangeResult::Error::PasswordRules);

    const std::optional<AccountChangeResult> saved = runChangeJob(
        AccountSaveJob::withPassword(AccountStore(storePath()), account, u"abcd efgh ijkl mnop"_s, google));
    QVERIFY2(saved->ok(), qPrintable(saved->message));
    QCOMPARE(readSecret(account.id).secret, u"abcdefghijklmnop"_s);
    QVERIFY(filesContaining(configDir(), u"abcdefghijklmnop"_s).isEmpty());
    QCOMPARE(deleteSecret(account.id).error, SecretError::None);
}

void TestAccountKeychain::invalidAccountTouchesNothing()
{
    Account account = makeTestAccount();
    account.host = u"mail.example.com\r\nMAIL FROM:<x@y.z>"_s;
    const std::optional<AccountChangeResult> result =
        runChangeJob(AccountSaveJob::withPassword(AccountStore(storePath()), account, u"Parola-123"_s));
    QCOMPARE(result->error, AccountChangeResult::Error::InvalidAccount);
    QCOMPARE(readSecret(account.id).error, SecretError::NotFound);
    QVERIFY(allFiles(configDir()).isEmpty());
}

void TestAccountKeychain::damagedFileStopsTheSaveBeforeTheKeychain()
{
    QVERIFY(QDir().mkpath(QFileInfo(storePath()).absolutePath()));
    QFile file(storePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ damaged");
    file.close();
    const Account account = makeTestAccount();
    const std::optional<AccountChangeResult> result =
        runChangeJob(AccountSaveJob::withPassword(AccountStore(storePath()), account, u"Parola-123"_s));
    QCOMPARE(result->error, AccountChangeResult::Error::Store);
    QCOMPARE(result->storeResult.error, AccountStore::Error::Corrupt);
    QCOMPARE(readSecret(account.id).error, SecretError::NotFound);
}

void TestAccountKeychain::failedFileWriteTakesTheNewSecretBack()
{
    // The file write fails after the keychain took the password: the folder disappears between
    // the two steps. The secret of the new account must not stay behind.
    AccountStore store(storePath());
    const QString folder = QFileInfo(storePath()).absolutePath();
    store.setBeforeCommitHookForTesting([folder] { QDir(folder).removeRecursively(); });
    const Account account = makeTestAccount();
    const std::optional<AccountChangeResult> result =
        runChangeJob(AccountSaveJob::withPassword(store, account, u"Parola-123"_s));
    QVERIFY(result.has_value());
    QCOMPARE(result->error, AccountChangeResult::Error::Store);
    QCOMPARE(result->storeResult.error, AccountStore::Error::WriteFailed);
    QTRY_COMPARE_WITH_TIMEOUT(readSecret(account.id).error, SecretError::NotFound, 10000);
}

void TestAccountKeychain::savingWithoutPasswordRemovesTheOldOne()
{
    Account account = makeTestAccount();
    QVERIFY(runChangeJob(AccountSaveJob::withPassword(AccountStore(storePath()), account, u"Parola-123"_s))->ok());
    QCOMPARE(readSecret(account.id).error, SecretError::None);

    const std::optional<AccountChangeResult> result =
        runChangeJob(AccountSaveJob::withoutPassword(AccountStore(storePath()), account));
    QVERIFY2(result->ok(), qPrintable(result->message));
    QVERIFY(result->warning.isEmpty());
    QVERIFY(!AccountStore(storePath()).load().accounts.first().passwordSaved);
    QCOMPARE(readSecret(account.id).error, SecretError::NotFound);
}

void TestAccountKeychain::removingAnAccountRemovesItsSecret()
{
    const Account account = makeTestAccount();
    const Account other = makeTestAccount(u"diger@firma.example.com"_s);
    QVERIFY(runChangeJob(AccountSaveJob::withPassword(AccountStore(storePath()), account, u"Parola-123"_s))->ok());
    QVERIFY(runChangeJob(AccountSaveJob::withPassword(AccountStore(storePath()), other, u"Diger-456"_s))->ok());

    const std::optional<AccountChangeResult> result =
        runChangeJob(new AccountRemoveJob(AccountStore(storePath()), account.id));
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->account.id, account.id);
    QCOMPARE(readSecret(account.id).error, SecretError::NotFound);
    const AccountStore::LoadResult loaded = AccountStore(storePath()).load();
    QCOMPARE(loaded.accounts.size(), 1);
    QCOMPARE(loaded.accounts.first().id, other.id);
    QCOMPARE(readSecret(other.id).secret, u"Diger-456"_s);
    QCOMPARE(deleteSecret(other.id).error, SecretError::None);
}

void TestAccountKeychain::removingWhenTheSecretIsAlreadyGone()
{
    const Account account = makeTestAccount();
    QVERIFY(runChangeJob(AccountSaveJob::withPassword(AccountStore(storePath()), account, u"Parola-123"_s))->ok());
    QCOMPARE(deleteSecret(account.id).error, SecretError::None); // someone cleaned the keychain

    const std::optional<AccountChangeResult> result =
        runChangeJob(new AccountRemoveJob(AccountStore(storePath()), account.id));
    QVERIFY2(result->ok(), qPrintable(result->message));
    QVERIFY(AccountStore(storePath()).load().accounts.isEmpty());
}

void TestAccountKeychain::removingAnUnknownAccount()
{
    const std::optional<AccountChangeResult> result =
        runChangeJob(new AccountRemoveJob(AccountStore(storePath()), Account::newId()));
    QCOMPARE(result->error, AccountChangeResult::Error::Store);
    QCOMPARE(result->storeResult.error, AccountStore::Error::UnknownAccount);
}

QTEST_GUILESS_MAIN(TestAccountKeychain)
#include "tst_accountkeychain.moc"
