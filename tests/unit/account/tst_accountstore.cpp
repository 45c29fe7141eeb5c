// AccountStore: round trip, atomic writes (a process killed mid-write), two processes writing
// at once, damaged and newer files kept aside, unusable folders.
//
// The same executable is its own helper process: "--child-add PATH N PREFIX" adds N accounts
// one by one, "--child-crash-before-commit PATH" kills itself after writing the new content to
// the temporary file and before it replaces the old one.
#include "account/accountstore.h"

#include "timing.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>

using namespace Postaci;

Q_DECLARE_METATYPE(AccountStore::Error)

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

Account makeAccount(const QString &name)
{
    Account account;
    account.id = Account::newId();
    account.displayName = name;
    account.email = u8("kullanici@example.com");
    account.host = u8("smtp.example.com");
    account.port = 587;
    account.security = Security::StartTls;
    account.user = account.email;
    return account;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QStringList backups(const QString &filePath, const QString &kind)
{
    const QFileInfo info(filePath);
    return info.absoluteDir().entryList({info.fileName() + u'.' + kind + u8("-*")}, QDir::Files);
}

int childAdd(const QString &path, int count, const QString &prefix)
{
    AccountStore store(path);
    store.setLockTimeout(std::chrono::seconds(20));
    for (int i = 0; i < count; ++i) {
        const AccountStore::Result result = store.save(makeAccount(prefix + QString::number(i)));
        if (!result.ok()) {
            fprintf(stderr, "child %s: %s (%s)\n", qPrintable(prefix), qPrintable(result.message), qPrintable(result.detail));
            return 1;
        }
    }
    return 0;
}

int childCrashBeforeCommit(const QString &path)
{
    AccountStore store(path);
    store.setBeforeCommitHookForTesting([] { std::raise(SIGKILL); });
    store.save(makeAccount(u8("never saved")));
    return 3; // not reached
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void missingFileIsAnEmptyList();
    void roundTrip();
    void fileIsPrivateAndVersioned();
    void invalidAccountIsRefused();
    void readersSeeOldOrNewNeverHalf();
    void processKilledBeforeCommitLeavesOldFile();
    void concurrentWritersFromTwoProcesses();
    void corruptFileIsKeptAndNeverOverwritten_data();
    void corruptFileIsKeptAndNeverOverwritten();
    void newerSchemaIsKeptAndNeverOverwritten();
    void startingANewListKeepsTheOldFile();
    void oversizedFileIsKeptAside();
    void folderThatIsAFile();
    void fileThatIsAFolder();
    void lockHeldTooLongIsReported();

private:
    QString path() const { return m_dir->filePath(u8("config/postaci/accounts.json")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAccountStore::missingFileIsAnEmptyList()
{
    const AccountStore store(path());
    const AccountStore::LoadResult loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QVERIFY(loaded.accounts.isEmpty());
    QVERIFY(!QFile::exists(path())); // loading creates nothing
}

void TestAccountStore::roundTrip()
{
    AccountStore store(path());
    Account first = makeAccount(u8("Birinci"));
    const Account second = makeAccount(u8("İkinci"));
    Account third = makeAccount(u8("Üçüncü"));
    third.aliases = {u8("satis@example.com")};
    third.security = Security::ImplicitTls;
    third.port = 465;
    third.passwordSaved = true;
    for (const Account &account : {first, second, third})
        QVERIFY2(store.save(account).ok(), qPrintable(store.save(account).message));

    AccountStore::LoadResult loaded = AccountStore(path()).load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.accounts, (QList<Account>{first, second, third}));

    // Saving an existing id replaces it in place.
    first.displayName = u8("Birinci (değişti)");
    first.port = 2525;
    QVERIFY(store.save(first).ok());
    loaded = store.load();
    QCOMPARE(loaded.accounts, (QList<Account>{first, second, third}));

    AccountTestResult test;
    test.time = QDateTime::currentDateTimeUtc().addMSecs(-QDateTime::currentDateTimeUtc().time().msec());
    test.ok = true;
    test.step = u8("done");
    test.queueId = u8("4VbP1d2Xyz");
    QVERIFY(store.recordTestResult(u8("{") + second.id.toUpper() + u8("}"), test).ok());
    AccountStore::Result found;
    const std::optional<Account> secondAgain = store.find(second.id, &found);
    QVERIFY(secondAgain.has_value());
    QCOMPARE(secondAgain->lastTest, test);

    QVERIFY(store.remove(first.id).ok());
    loaded = store.load();
    QCOMPARE(loaded.accounts.size(), 2);
    QCOMPARE(loaded.accounts.first().id, second.id);

    const AccountStore::Result unknown = store.remove(first.id);
    QCOMPARE(unknown.error, AccountStore::Error::UnknownAccount);
    QVERIFY(!unknown.message.isEmpty());
    QVERIFY(!store.find(u8("no-such-id"), &found).has_value());
    QCOMPARE(found.error, AccountStore::Error::UnknownAccount);
    QCOMPARE(store.recordTestResult(first.id, test).error, AccountStore::Error::UnknownAccount);
}

void TestAccountStore::fileIsPrivateAndVersioned()
{
    AccountStore store(path());
    QVERIFY(store.save(makeAccount(u8("x"))).ok());
    QCOMPARE(QFile::permissions(path()) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QJsonObject root = QJsonDocument::fromJson(readAll(path())).object();
    QCOMPARE(root.value(u8("schemaVersion")).toInt(), 1);
    QCOMPARE(root.value(u8("accounts")).toArray().size(), 1);
    QVERIFY(!QFile::exists(store.lockFilePath())); // released
}

void TestAccountStore::invalidAccountIsRefused()
{
    AccountStore store(path());
    Account account = makeAccount(u8("x"));
    account.email = u8("a@example.com\r\nRCPT TO:<b@example.com>");
    const AccountStore::Result result = store.save(account);
    QCOMPARE(result.error, AccountStore::Error::InvalidAccount);
    QVERIFY(!QFile::exists(path()));
}

void TestAccountStore::readersSeeOldOrNewNeverHalf()
{
    AccountStore store(path());
    const Account old = makeAccount(u8("eski"));
    QVERIFY(store.save(old).ok());
    const QByteArray before = readAll(path());

    // While the new content sits in the temporary file, the accounts file is still the old one.
    bool hookRan = false;
    store.setBeforeCommitHookForTesting([&] {
        hookRan = true;
        QCOMPARE(readAll(path()), before);
        const AccountStore::LoadResult seen = AccountStore(path()).load();
        QVERIFY(seen.ok());
        QCOMPARE(seen.accounts, QList<Account>{old});
    });
    const Account added = makeAccount(u8("yeni"));
    QVERIFY(store.save(added).ok());
    QVERIFY(hookRan);
    QCOMPARE(store.load().accounts, (QList<Account>{old, added}));
}

void TestAccountStore::processKilledBeforeCommitLeavesOldFile()
{
    AccountStore store(path());
    const Account old = makeAccount(u8("eski"));
    QVERIFY(store.save(old).ok());
    const QByteArray before = readAll(path());

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {u8("--child-crash-before-commit"), path()});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit); // really killed mid-write

    QCOMPARE(readAll(path()), before);
    const AccountStore::LoadResult loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.accounts, QList<Account>{old});

    // The dead process's lock does not block the next writer (QLockFile sees its PID is gone):
    // no waiting for the 30 s lock timeout (timing.h).
    QElapsedTimer timer;
    timer.start();
    store.setLockTimeout(std::chrono::seconds(30));
    const Account next = makeAccount(u8("sonraki"));
    const AccountStore::Result saved = store.save(next);
    QVERIFY2(saved.ok(), qPrintable(saved.message + u8(" / ") + saved.detail));
    QVERIFY2(timer.elapsed() < Test::SlowMachineSlackMs, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(store.load().accounts, (QList<Account>{old, next}));
}

void TestAccountStore::concurrentWritersFromTwoProcesses()
{
    AccountStore store(path());
    const Account existing = makeAccount(u8("önceden"));
    QVERIFY(store.save(existing).ok());

    constexpr int perProcess = 25;
    QProcess a;
    QProcess b;
    a.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    b.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    a.start(QCoreApplication::applicationFilePath(), {u8("--child-add"), path(), QString::number(perProcess), u8("a")});
    b.start(QCoreApplication::applicationFilePath(), {u8("--child-add"), path(), QString::number(perProcess), u8("b")});
    QVERIFY(a.waitForFinished(60000));
    QVERIFY(b.waitForFinished(60000));
    QCOMPARE(a.exitStatus(), QProcess::NormalExit);
    QCOMPARE(b.exitStatus(), QProcess::NormalExit);
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);

    const AccountStore::LoadResult loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QSet<QString> names;
    QSet<QString> ids;
    for (const Account &account : loaded.accounts) {
        names.insert(account.displayName);
        ids.insert(account.id);
    }
    QCOMPARE(loaded.accounts.size(), 2 * perProcess + 1);
    QCOMPARE(ids.size(), 2 * perProcess + 1);
    QVERIFY(names.contains(u8("önceden")));
    for (int i = 0; i < perProcess; ++i) {
        QVERIFY2(names.contains(u8("a") + QString::number(i)), qPrintable(QString::number(i)));
        QVERIFY2(names.contains(u8("b") + QString::number(i)), qPrintable(QString::number(i)));
    }
}

void TestAccountStore::corruptFileIsKeptAndNeverOverwritten_data()
{
    QTest::addColumn<QByteArray>("content");
    const QByteArray account = QJsonDocument(makeAccount(u8("x")).toJson()).toJson(QJsonDocument::Compact);
    QTest::newRow("truncated json") << QByteArray(R"({"schemaVersion": 1, "accounts": [{"id": )");
    QTest::newRow("not json") << QByteArray("this is not json\n");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no schema version") << QByteArray(R"({"accounts": []})");
    QTest::newRow("schema version text") << QByteArray(R"({"schemaVersion": "1", "accounts": []})");
    QTest::newRow("schema version zero") << QByteArray(R"({"schemaVersion": 0, "accounts": []})");
    QTest::newRow("accounts not a list") << QByteArray(R"({"schemaVersion": 1, "accounts": {}})");
    QTest::newRow("account not an object") << QByteArray(R"({"schemaVersion": 1, "accounts": [5]})");
    QTest::newRow("account without host") << QByteArray(R"({"schemaVersion": 1, "accounts": [{"id": "6f1c2b0e-9a51-4b7e-8c47-1d2e3f405162", "email": "a@example.com", "port": 587, "security": "tls"}]})");
    QTest::newRow("duplicate id") << (QByteArray(R"({"schemaVersion": 1, "accounts": [)") + account + ',' + account + "]}");
    QTest::newRow("binary junk") << QByteArray("\x00\xff\xfe\x01junk", 8);
}

void TestAccountStore::corruptFileIsKeptAndNeverOverwritten()
{
    QFETCH(QByteArray, content);
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QVERIFY(writeFile(path(), content));

    AccountStore store(path());
    const AccountStore::LoadResult loaded = store.load();
    QCOMPARE(loaded.error, AccountStore::Error::Corrupt);
    QVERIFY(loaded.accounts.isEmpty());
    QVERIFY(loaded.message.contains(QDir::toNativeSeparators(path())));
    QVERIFY(!loaded.backupPath.isEmpty());
    QVERIFY(loaded.message.contains(QDir::toNativeSeparators(loaded.backupPath)));
    QVERIFY(QFileInfo(loaded.backupPath).fileName().startsWith(u8("accounts.json.corrupt-")));
    QCOMPARE(readAll(loaded.backupPath), content);
    QCOMPARE(readAll(path()), content);

    // Saving is refused and the file stays exactly as it was.
    const AccountStore::Result saved = store.save(makeAccount(u8("yeni")));
    QCOMPARE(saved.error, AccountStore::Error::Corrupt);
    QVERIFY(!saved.message.isEmpty());
    QCOMPARE(readAll(path()), content);
    QCOMPARE(store.remove(Account::newId()).error, AccountStore::Error::Corrupt);
    QCOMPARE(readAll(path()), content);

    // Loading again does not pile up copies.
    QCOMPARE(store.load().backupPath, loaded.backupPath);
    QCOMPARE(backups(path(), u8("corrupt")).size(), 1);
}

void TestAccountStore::newerSchemaIsKeptAndNeverOverwritten()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QJsonObject account = makeAccount(u8("gelecek")).toJson();
    account.insert(u8("oauthProfile"), u8("something new"));
    const QByteArray content = QJsonDocument(QJsonObject{{u8("schemaVersion"), 2},
                                                         {u8("accounts"), QJsonArray{account}}}).toJson();
    QVERIFY(writeFile(path(), content));

    AccountStore store(path());
    const AccountStore::LoadResult loaded = store.load();
    QCOMPARE(loaded.error, AccountStore::Error::NewerSchema);
    QVERIFY(QFileInfo(loaded.backupPath).fileName().startsWith(u8("accounts.json.newer-")));
    QCOMPARE(readAll(loaded.backupPath), content);
    QVERIFY(loaded.message.contains(u8("newer")));

    QCOMPARE(store.save(makeAccount(u8("eski sürüm"))).error, AccountStore::Error::NewerSchema);
    QCOMPARE(readAll(path()), content);
    QCOMPARE(backups(path(), u8("newer")).size(), 1);
}

void TestAccountStore::startingANewListKeepsTheOldFile()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    const QByteArray content("{ damaged");
    QVERIFY(writeFile(path(), content));
    AccountStore store(path());
    QCOMPARE(store.load().error, AccountStore::Error::Corrupt);

    const AccountStore::Result moved = store.moveAsideUnreadableFile();
    QVERIFY2(moved.ok(), qPrintable(moved.message));
    QVERIFY(!QFile::exists(path()));
    QCOMPARE(readAll(moved.backupPath), content);

    const Account fresh = makeAccount(u8("yeni liste"));
    QVERIFY(store.save(fresh).ok());
    QCOMPARE(store.load().accounts, QList<Account>{fresh});
    QCOMPARE(readAll(moved.backupPath), content);
    // Nothing to move when the file is fine.
    QVERIFY(store.moveAsideUnreadableFile().ok());
    QVERIFY(QFile::exists(path()));
}

void TestAccountStore::oversizedFileIsKeptAside()
{
    // Over 16 MB is no accounts list (and is not read into memory): kept aside like any damage.
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QByteArray content(16 * 1024 * 1024 + 10, ' ');
    content.prepend(R"({"schemaVersion": 1, "accounts": []})");
    QVERIFY(writeFile(path(), content));
    AccountStore store(path());
    const AccountStore::LoadResult loaded = store.load();
    QCOMPARE(loaded.error, AccountStore::Error::Corrupt);
    QVERIFY(QFileInfo(loaded.backupPath).size() == content.size());
    QCOMPARE(store.save(makeAccount(u8("x"))).error, AccountStore::Error::Corrupt);

    const AccountStore::Result moved = store.moveAsideUnreadableFile();
    QVERIFY2(moved.ok(), qPrintable(moved.message));
    QVERIFY(!QFile::exists(path()));
    QCOMPARE(QFileInfo(moved.backupPath).size(), content.size());
    QVERIFY(store.save(makeAccount(u8("x"))).ok());
}

void TestAccountStore::folderThatIsAFile()
{
    // Tests run as root in CI, where permission bits mean nothing; a file where the folder
    // should be stops root as well.
    const QString blocker = m_dir->filePath(u8("config"));
    QVERIFY(writeFile(blocker, "I am a file"));
    AccountStore store(path());

    const AccountStore::LoadResult loaded = store.load();
    QCOMPARE(loaded.error, AccountStore::Error::DirectoryUnusable);
    QVERIFY2(loaded.message.contains(QDir::toNativeSeparators(blocker)), qPrintable(loaded.message));

    const AccountStore::Result saved = store.save(makeAccount(u8("x")));
    QCOMPARE(saved.error, AccountStore::Error::DirectoryUnusable);
    QVERIFY(!saved.message.isEmpty());
    QCOMPARE(readAll(blocker), QByteArray("I am a file"));
}

void TestAccountStore::fileThatIsAFolder()
{
    QVERIFY(QDir().mkpath(path()));
    AccountStore store(path());
    const AccountStore::LoadResult loaded = store.load();
    QCOMPARE(loaded.error, AccountStore::Error::Unreadable);
    QVERIFY(!loaded.message.isEmpty());
    QCOMPARE(store.save(makeAccount(u8("x"))).error, AccountStore::Error::Unreadable);
    QVERIFY(QFileInfo(path()).isDir());
}

void TestAccountStore::lockHeldTooLongIsReported()
{
    AccountStore store(path());
    QVERIFY(store.save(makeAccount(u8("x"))).ok());
    const QByteArray before = readAll(path());

    QLockFile holder(store.lockFilePath());
    QVERIFY(holder.tryLock(0));
    store.setLockTimeout(std::chrono::milliseconds(300));
    QElapsedTimer timer;
    timer.start();
    const AccountStore::Result result = store.save(makeAccount(u8("y")));
    QCOMPARE(result.error, AccountStore::Error::LockTimedOut);
    QVERIFY(!result.message.isEmpty());
    // Its own 300 ms, not the default 5 s lock timeout (which could not end before 5000 ms).
    QVERIFY2(timer.elapsed() < Test::SlowMachineSlackMs, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(readAll(path()), before);
    holder.unlock();
    QVERIFY(store.save(makeAccount(u8("y"))).ok());
}

int main(int argc, char *argv[])
{
    if (argc >= 5 && std::strcmp(argv[1], "--child-add") == 0)
        return childAdd(QString::fromLocal8Bit(argv[2]), std::atoi(argv[3]), QString::fromLocal8Bit(argv[4]));
    if (argc >= 3 && std::strcmp(argv[1], "--child-crash-before-commit") == 0)
        return childCrashBeforeCommit(QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    TestAccountStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountstore.moc"
