// postaci-cli accounts add / list / show / remove through the real keychain
// (tests/support/with-keychain), each run with its own XDG_CONFIG_HOME; exit codes and JSON
// of the contract (docs/cli.md#accounts).
#include "accounttesting.h"

#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;

class TestCliAccounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void addListShowRemove();
    void addRefusesBadInput_data();
    void addRefusesBadInput();
    void addListsEveryFailedPasswordRule();
    void addWithoutPassword();
    void providerAppPassword();
    void unknownIds_data();
    void unknownIds();
    void damagedFileIsReported();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const;
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestCliAccounts::initTestCase()
{
    QVERIFY2(hasTestKeychain(), keychainHint());
    QVERIFY2(QFileInfo(qEnvironmentVariable("POSTACI_CLI")).isExecutable(), "POSTACI_CLI is not set");
}

void TestCliAccounts::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
}

CliRun TestCliAccounts::run(const QStringList &arguments, const QByteArray &input) const
{
    // Each test function has its own account store.
    return runCli(arguments, input, {{u"XDG_CONFIG_HOME"_s, m_config->path()}});
}

void TestCliAccounts::addListShowRemove()
{
    const QString password = QString::fromUtf8("Gizli-Parola-Ş42");
    const QStringList addArguments{u"accounts"_s, u"add"_s,
                                   u"--email"_s, QString::fromUtf8("satis@şirket.example.com"),
                                   u"--host"_s, u"mail.example.com"_s,
                                   u"--port"_s, u"465"_s,
                                   u"--security"_s, u"tls"_s,
                                   u"--user"_s, u"satis"_s,
                                   u"--name"_s, QString::fromUtf8("Satış Bölümü"),
                                   u"--alias"_s, u"info@example.com"_s,
                                   u"--password-stdin"_s};
    // Human output: the id alone on stdout, for scripts.
    const CliRun added = run(addArguments, password.toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    const QString id = QString::fromUtf8(added.out).trimmed();
    QCOMPARE(Account::normalizedId(id), id);

    // --json: the account object, with no secret.
    const CliRun addedJson = run(addArguments + QStringList{u"--json"_s}, password.toUtf8());
    QVERIFY2(addedJson.exitCode == 0, qPrintable(addedJson.describe()));
    const QJsonObject second = addedJson.json;
    const QString secondId = second.value(u"id"_s).toString();
    QVERIFY(!secondId.isEmpty() && secondId != id);
    QCOMPARE(second.value(u"email"_s).toString(), QString::fromUtf8("satis@şirket.example.com"));
    QCOMPARE(second.value(u"security"_s).toString(), u"tls"_s);
    QCOMPARE(second.value(u"port"_s).toInt(), 465);
    QCOMPARE(second.value(u"user"_s).toString(), u"satis"_s);
    QCOMPARE(second.value(u"passwordSaved"_s).toBool(), true);
    QCOMPARE(second.value(u"aliases"_s).toArray().first().toString(), u"info@example.com"_s);
    QVERIFY(!addedJson.out.contains(password.toUtf8()));

    // The password is in the keychain and in no file.
    QCOMPARE(readSecret(id).secret, password);
    QCOMPARE(readSecret(secondId).secret, password);
    QVERIFY(!allFiles(m_config->path()).isEmpty());
    QVERIFY2(filesContaining(m_config->path(), password).isEmpty(),
             qPrintable(filesContaining(m_config->path(), password).join(u' ')));

    const CliRun listed = run({u"accounts"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains(id.toUtf8()));
    QVERIFY(listed.out.contains(secondId.toUtf8()));
    QVERIFY(listed.out.contains("mail.example.com:465"));
    const CliRun listedJson = run({u"accounts"_s, u"list"_s, u"--json"_s});
    QCOMPARE(listedJson.exitCode, 0);
    const QJsonArray accounts = listedJson.json.value(u"accounts"_s).toArray();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).toObject().value(u"id"_s).toString(), id);

    const CliRun shown = run({u"accounts"_s, u"show"_s, id});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(QString::fromUtf8(shown.out).contains(QString::fromUtf8("Satış Bölümü")));
    QVERIFY(!shown.out.contains(password.toUtf8()));
    const CliRun shownJson = run({u"accounts"_s, u"show"_s, u'{' + id.toUpper() + u'}',
                                  u"--json"_s});
    QCOMPARE(shownJson.exitCode, 0);
    QCOMPARE(shownJson.json.value(u"id"_s).toString(), id);
    QCOMPARE(shownJson.json.value(u"host"_s).toString(), u"mail.example.com"_s);

    const CliRun removed = run({u"accounts"_s, u"remove"_s, id});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    QCOMPARE(readSecret(id).error, SecretError::NotFound);
    QCOMPARE(readSecret(secondId).secret, password);
    const CliRun removedJson = run({u"accounts"_s, u"remove"_s, secondId, u"--json"_s});
    QCOMPARE(removedJson.exitCode, 0);
    QCOMPARE(removedJson.json.value(u"ok"_s).toBool(), true);
    QCOMPARE(readSecret(secondId).error, SecretError::NotFound);

    const CliRun empty = run({u"accounts"_s, u"list"_s, u"--json"_s});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.json.value(u"accounts"_s).toArray().isEmpty());
}

void TestCliAccounts::addRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("changes"); // option, value pairs replacing the good ones
    QTest::addColumn<QString>("errorKind");
    auto row = [](const char *name, const QStringList &changes, const char *kind) {
        QTest::newRow(name) << changes << QString::fromLatin1(kind);
    };
    row("bad address", {u"--email"_s, u"ahmet@gmail"_s}, "invalid-input");
    row("address injection", {u"--email"_s, u"a@example.com\r\nRCPT TO:<b@example.com>"_s}, "invalid-input");
    row("host injection", {u"--host"_s, u"mail.example.com\nX"_s}, "invalid-input");
    row("user injection", {u"--user"_s, u"satis\r\nAUTH PLAIN"_s}, "invalid-input");
    row("name injection", {u"--name"_s, u"a\nb"_s}, "invalid-input");
    row("port zero", {u"--port"_s, u"0"_s}, "invalid-input");
    row("port too big", {u"--port"_s, u"65536"_s}, "invalid-input");
    row("port word", {u"--port"_s, u"smtp"_s}, "invalid-input");
    row("security word", {u"--security"_s, u"ssl3"_s}, "invalid-input");
    row("auth word", {u"--auth"_s, u"kerberos"_s}, "invalid-input");
    row("bad pin", {u"--pin"_s, u"sha256:abcd"_s}, "invalid-input");
    row("bad alias", {u"--alias"_s, u"not an address"_s}, "invalid-input");
    row("host missing", {u"--host"_s, QString()}, "usage");
    row("password as argument", {u"--password"_s, u"Parola-123"_s}, "usage");
}

void TestCliAccounts::addRefusesBadInput()
{
    QFETCH(QStringList, changes);
    QFETCH(QString, errorKind);
    QStringList arguments{u"accounts"_s, u"add"_s, u"--email"_s,
                          u"satis@example.com"_s, u"--host"_s, u"mail.example.com"_s,
                          u"--port"_s, u"587"_s, u"--security"_s,
                          u"starttls"_s, u"--password-stdin"_s, u"--json"_s};
    const qsizetype at = arguments.indexOf(changes.at(0));
    if (at >= 0) {
        if (changes.at(1).isEmpty())
            arguments.remove(at, 2);
        else
            arguments[at + 1] = changes.at(1);
    } else {
        arguments << changes;
    }
    const CliRun result = run(arguments, "Parola-123\n");
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QCOMPARE(result.json.value(u"error"_s).toString(), errorKind);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(allFiles(m_config->path()).isEmpty());
}

void TestCliAccounts::addListsEveryFailedPasswordRule()
{
    const QStringList arguments{u"accounts"_s, u"add"_s, u"--email"_s,
                                u"Ahmet1990@example.com"_s, u"--host"_s, u"mail.example.com"_s,
                                u"--port"_s, u"587"_s, u"--security"_s,
                                u"starttls"_s, u"--password-stdin"_s, u"--json"_s};
    struct Case { QByteArray password; QStringList rules; };
    const QList<Case> cases{
        {"kisa", {u"length"_s, u"digit"_s, u"uppercase"_s}},
        {"aHMET1990\n", {u"not-local-part"_s}},
        {"AHMET1990@EXAMPLE.COM", {u"lowercase"_s, u"not-email"_s}},
        {"", {u"length"_s, u"digit"_s, u"lowercase"_s, u"uppercase"_s}},
        {"Parola-12\nikinci satir", {u"no-control-characters"_s}},
    };
    for (const Case &c : cases) {
        const CliRun result = run(arguments, c.password);
        QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
        const QJsonObject json = result.json;
        QCOMPARE(json.value(u"error"_s).toString(), u"password-rules"_s);
        QStringList rules;
        const QJsonArray failed = json.value(u"failedRules"_s).toArray();
        for (const QJsonValue &rule : failed)
            rules.append(rule.toObject().value(u"rule"_s).toString());
        QCOMPARE(rules, c.rules);
        // The human message lists each rule too.
        for (const QJsonValue &rule : failed)
            QVERIFY(result.errText().contains(rule.toObject().value(u"label"_s).toString()));
    }
    QVERIFY(allFiles(m_config->path()).isEmpty());
}

void TestCliAccounts::addWithoutPassword()
{
    const CliRun added = run({u"accounts"_s, u"add"_s, u"--email"_s,
                              u"satis@example.com"_s, u"--host"_s, u"mail.example.com"_s,
                              u"--port"_s, u"587"_s, u"--security"_s,
                              u"starttls"_s, u"--no-password"_s, u"--json"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    QCOMPARE(added.json.value(u"passwordSaved"_s).toBool(), false);
    const QString id = added.json.value(u"id"_s).toString();
    QCOMPARE(readSecret(id).error, SecretError::NotFound);
    const CliRun both = run({u"accounts"_s, u"add"_s, u"--email"_s,
                             u"satis@example.com"_s, u"--host"_s, u"mail.example.com"_s,
                             u"--port"_s, u"587"_s, u"--security"_s,
                             u"starttls"_s, u"--no-password"_s, u"--password-stdin"_s},
                            "Parola-123");
    QCOMPARE(both.exitCode, 2);
    QCOMPARE(run({u"accounts"_s, u"remove"_s, id}).exitCode, 0);
}

void TestCliAccounts::providerAppPassword()
{
    // gmail.com is in the catalog with a documented 16-letter app password: that rule replaces
    // the default ones, spaces as Google shows them are ignored and not stored.
    const QStringList arguments{u"accounts"_s, u"add"_s, u"--email"_s,
                                u"ahmet.yilmaz@gmail.com"_s, u"--host"_s, u"smtp.gmail.com"_s,
                                u"--port"_s, u"465"_s, u"--security"_s,
                                u"tls"_s, u"--password-stdin"_s, u"--json"_s};
    const CliRun added = run(arguments, "abcd efgh ijkl mnop\n");
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    QCOMPARE(added.json.value(u"providerId"_s).toString(), u"gmail"_s);
    QVERIFY(added.errText().contains("16-letter app password"_L1));
    const QString id = added.json.value(u"id"_s).toString();
    QCOMPARE(readSecret(id).secret, u"abcdefghijklmnop"_s);
    QVERIFY(filesContaining(m_config->path(), u"abcdefghijklmnop"_s).isEmpty());

    const CliRun ordinary = run(arguments, "Parola-123");
    QVERIFY2(ordinary.exitCode == 2, qPrintable(ordinary.describe()));
    const QJsonArray failed = ordinary.json.value(u"failedRules"_s).toArray();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().toObject().value(u"rule"_s).toString(), u"provider-format"_s);

    const CliRun noProvider = run(arguments + QStringList{u"--provider"_s, u"none"_s},
                                  "abcd efgh ijkl mnop");
    QCOMPARE(noProvider.exitCode, 2);
    QCOMPARE(noProvider.json.value(u"error"_s).toString(), u"password-rules"_s);
    const CliRun unknown = run(arguments + QStringList{u"--provider"_s, u"no-such-provider"_s},
                               "abcd efgh ijkl mnop");
    QCOMPARE(unknown.exitCode, 2);

    QCOMPARE(run({u"accounts"_s, u"remove"_s, id}).exitCode, 0);
    QCOMPARE(readSecret(id).error, SecretError::NotFound);
}

void TestCliAccounts::unknownIds_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("id");
    QTest::newRow("show uuid") << u"show"_s << Account::newId();
    QTest::newRow("show junk") << u"show"_s << u"nope"_s;
    QTest::newRow("remove uuid") << u"remove"_s << Account::newId();
    QTest::newRow("remove junk") << u"remove"_s << u"nope"_s;
}

void TestCliAccounts::unknownIds()
{
    QFETCH(QString, action);
    QFETCH(QString, id);
    const CliRun result = run({u"accounts"_s, action, id, u"--json"_s});
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QCOMPARE(result.json.value(u"error"_s).toString(), u"unknown-account"_s);
    QVERIFY(result.errText().contains(id));
    QCOMPARE(run({u"accounts"_s, action}).exitCode, 2);
    QCOMPARE(run({u"accounts"_s, u"rename"_s, id}).exitCode, 2);
}

void TestCliAccounts::damagedFileIsReported()
{
    // Learn where the CLI keeps its file (AppConfigLocation under XDG_CONFIG_HOME), then damage it.
    const CliRun first = run({u"accounts"_s, u"add"_s, u"--email"_s,
                              u"satis@example.com"_s, u"--host"_s, u"mail.example.com"_s,
                              u"--port"_s, u"587"_s, u"--security"_s,
                              u"starttls"_s, u"--no-password"_s});
    QCOMPARE(first.exitCode, 0);
    const QStringList files = allFiles(m_config->path());
    QCOMPARE(files.size(), 1);
    const QString path = files.first();
    QCOMPARE(QFileInfo(path).fileName(), u"accounts.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ damaged");
    file.close();
    const CliRun listed = run({u"accounts"_s, u"list"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 1);
    QCOMPARE(listed.json.value(u"storeError"_s).toString(), u"corrupt"_s);
    QVERIFY(listed.errText().contains("accounts.json.corrupt-"_L1));
    const CliRun added = run({u"accounts"_s, u"add"_s, u"--email"_s,
                              u"satis@example.com"_s, u"--host"_s, u"mail.example.com"_s,
                              u"--port"_s, u"587"_s, u"--security"_s,
                              u"starttls"_s, u"--password-stdin"_s},
                             "Parola-123");
    QCOMPARE(added.exitCode, 1);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{ damaged"));
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
