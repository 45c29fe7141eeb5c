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
    return runCli(arguments, input, {{QStringLiteral("XDG_CONFIG_HOME"), m_config->path()}});
}

void TestCliAccounts::addListShowRemove()
{
    const QString password = QString::fromUtf8("Gizli-Parola-Ş42");
    const QStringList addArguments{QStringLiteral("accounts"), QStringLiteral("add"),
                                   QStringLiteral("--email"), QString::fromUtf8("satis@şirket.example.com"),
                                   QStringLiteral("--host"), QStringLiteral("mail.example.com"),
                                   QStringLiteral("--port"), QStringLiteral("465"),
                                   QStringLiteral("--security"), QStringLiteral("tls"),
                                   QStringLiteral("--user"), QStringLiteral("satis"),
                                   QStringLiteral("--name"), QString::fromUtf8("Satış Bölümü"),
                                   QStringLiteral("--alias"), QStringLiteral("info@example.com"),
                                   QStringLiteral("--password-stdin")};
    // Human output: the id alone on stdout, for scripts.
    const CliRun added = run(addArguments, password.toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    const QString id = QString::fromUtf8(added.out).trimmed();
    QCOMPARE(Account::normalizedId(id), id);

    // --json: the account object, with no secret.
    const CliRun addedJson = run(addArguments + QStringList{QStringLiteral("--json")}, password.toUtf8());
    QVERIFY2(addedJson.exitCode == 0, qPrintable(addedJson.describe()));
    const QJsonObject second = addedJson.json;
    const QString secondId = second.value(QStringLiteral("id")).toString();
    QVERIFY(!secondId.isEmpty() && secondId != id);
    QCOMPARE(second.value(QStringLiteral("email")).toString(), QString::fromUtf8("satis@şirket.example.com"));
    QCOMPARE(second.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
    QCOMPARE(second.value(QStringLiteral("port")).toInt(), 465);
    QCOMPARE(second.value(QStringLiteral("user")).toString(), QStringLiteral("satis"));
    QCOMPARE(second.value(QStringLiteral("passwordSaved")).toBool(), true);
    QCOMPARE(second.value(QStringLiteral("aliases")).toArray().first().toString(), QStringLiteral("info@example.com"));
    QVERIFY(!addedJson.out.contains(password.toUtf8()));

    // The password is in the keychain and in no file.
    QCOMPARE(readSecret(id).secret, password);
    QCOMPARE(readSecret(secondId).secret, password);
    QVERIFY(!allFiles(m_config->path()).isEmpty());
    QVERIFY2(filesContaining(m_config->path(), password).isEmpty(),
             qPrintable(filesContaining(m_config->path(), password).join(u' ')));

    const CliRun listed = run({QStringLiteral("accounts"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains(id.toUtf8()));
    QVERIFY(listed.out.contains(secondId.toUtf8()));
    QVERIFY(listed.out.contains("mail.example.com:465"));
    const CliRun listedJson = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listedJson.exitCode, 0);
    const QJsonArray accounts = listedJson.json.value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("id")).toString(), id);

    const CliRun shown = run({QStringLiteral("accounts"), QStringLiteral("show"), id});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(QString::fromUtf8(shown.out).contains(QString::fromUtf8("Satış Bölümü")));
    QVERIFY(!shown.out.contains(password.toUtf8()));
    const CliRun shownJson = run({QStringLiteral("accounts"), QStringLiteral("show"), u'{' + id.toUpper() + u'}',
                                  QStringLiteral("--json")});
    QCOMPARE(shownJson.exitCode, 0);
    QCOMPARE(shownJson.json.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(shownJson.json.value(QStringLiteral("host")).toString(), QStringLiteral("mail.example.com"));

    const CliRun removed = run({QStringLiteral("accounts"), QStringLiteral("remove"), id});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    QCOMPARE(readSecret(id).error, SecretError::NotFound);
    QCOMPARE(readSecret(secondId).secret, password);
    const CliRun removedJson = run({QStringLiteral("accounts"), QStringLiteral("remove"), secondId, QStringLiteral("--json")});
    QCOMPARE(removedJson.exitCode, 0);
    QCOMPARE(removedJson.json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(readSecret(secondId).error, SecretError::NotFound);

    const CliRun empty = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.json.value(QStringLiteral("accounts")).toArray().isEmpty());
}

void TestCliAccounts::addRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("changes"); // option, value pairs replacing the good ones
    QTest::addColumn<QString>("errorKind");
    auto row = [](const char *name, const QStringList &changes, const char *kind) {
        QTest::newRow(name) << changes << QString::fromLatin1(kind);
    };
    row("bad address", {QStringLiteral("--email"), QStringLiteral("ahmet@gmail")}, "invalid-input");
    row("address injection", {QStringLiteral("--email"), QStringLiteral("a@example.com\r\nRCPT TO:<b@example.com>")}, "invalid-input");
    row("host injection", {QStringLiteral("--host"), QStringLiteral("mail.example.com\nX")}, "invalid-input");
    row("user injection", {QStringLiteral("--user"), QStringLiteral("satis\r\nAUTH PLAIN")}, "invalid-input");
    row("name injection", {QStringLiteral("--name"), QStringLiteral("a\nb")}, "invalid-input");
    row("port zero", {QStringLiteral("--port"), QStringLiteral("0")}, "invalid-input");
    row("port too big", {QStringLiteral("--port"), QStringLiteral("65536")}, "invalid-input");
    row("port word", {QStringLiteral("--port"), QStringLiteral("smtp")}, "invalid-input");
    row("security word", {QStringLiteral("--security"), QStringLiteral("ssl3")}, "invalid-input");
    row("auth word", {QStringLiteral("--auth"), QStringLiteral("kerberos")}, "invalid-input");
    row("bad pin", {QStringLiteral("--pin"), QStringLiteral("sha256:abcd")}, "invalid-input");
    row("bad alias", {QStringLiteral("--alias"), QStringLiteral("not an address")}, "invalid-input");
    row("host missing", {QStringLiteral("--host"), QString()}, "usage");
    row("password as argument", {QStringLiteral("--password"), QStringLiteral("Parola-123")}, "usage");
}

void TestCliAccounts::addRefusesBadInput()
{
    QFETCH(QStringList, changes);
    QFETCH(QString, errorKind);
    QStringList arguments{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--email"),
                          QStringLiteral("satis@example.com"), QStringLiteral("--host"), QStringLiteral("mail.example.com"),
                          QStringLiteral("--port"), QStringLiteral("587"), QStringLiteral("--security"),
                          QStringLiteral("starttls"), QStringLiteral("--password-stdin"), QStringLiteral("--json")};
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
    QCOMPARE(result.json.value(QStringLiteral("error")).toString(), errorKind);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(allFiles(m_config->path()).isEmpty());
}

void TestCliAccounts::addListsEveryFailedPasswordRule()
{
    const QStringList arguments{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--email"),
                                QStringLiteral("Ahmet1990@example.com"), QStringLiteral("--host"), QStringLiteral("mail.example.com"),
                                QStringLiteral("--port"), QStringLiteral("587"), QStringLiteral("--security"),
                                QStringLiteral("starttls"), QStringLiteral("--password-stdin"), QStringLiteral("--json")};
    struct Case { QByteArray password; QStringList rules; };
    const QList<Case> cases{
        {"kisa", {QStringLiteral("length"), QStringLiteral("digit"), QStringLiteral("uppercase")}},
        {"aHMET1990\n", {QStringLiteral("not-local-part")}},
        {"AHMET1990@EXAMPLE.COM", {QStringLiteral("lowercase"), QStringLiteral("not-email")}},
        {"", {QStringLiteral("length"), QStringLiteral("digit"), QStringLiteral("lowercase"), QStringLiteral("uppercase")}},
        {"Parola-12\nikinci satir", {QStringLiteral("no-control-characters")}},
    };
    for (const Case &c : cases) {
        const CliRun result = run(arguments, c.password);
        QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
        const QJsonObject json = result.json;
        QCOMPARE(json.value(QStringLiteral("error")).toString(), QStringLiteral("password-rules"));
        QStringList rules;
        const QJsonArray failed = json.value(QStringLiteral("failedRules")).toArray();
        for (const QJsonValue &rule : failed)
            rules.append(rule.toObject().value(QStringLiteral("rule")).toString());
        QCOMPARE(rules, c.rules);
        // The human message lists each rule too.
        for (const QJsonValue &rule : failed)
            QVERIFY(result.errText().contains(rule.toObject().value(QStringLiteral("label")).toString()));
    }
    QVERIFY(allFiles(m_config->path()).isEmpty());
}

void TestCliAccounts::addWithoutPassword()
{
    const CliRun added = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--email"),
                              QStringLiteral("satis@example.com"), QStringLiteral("--host"), QStringLiteral("mail.example.com"),
                              QStringLiteral("--port"), QStringLiteral("587"), QStringLiteral("--security"),
                              QStringLiteral("starttls"), QStringLiteral("--no-password"), QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    QCOMPARE(added.json.value(QStringLiteral("passwordSaved")).toBool(), false);
    const QString id = added.json.value(QStringLiteral("id")).toString();
    QCOMPARE(readSecret(id).error, SecretError::NotFound);
    const CliRun both = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--email"),
                             QStringLiteral("satis@example.com"), QStringLiteral("--host"), QStringLiteral("mail.example.com"),
                             QStringLiteral("--port"), QStringLiteral("587"), QStringLiteral("--security"),
                             QStringLiteral("starttls"), QStringLiteral("--no-password"), QStringLiteral("--password-stdin")},
                            "Parola-123");
    QCOMPARE(both.exitCode, 2);
    QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("remove"), id}).exitCode, 0);
}

void TestCliAccounts::providerAppPassword()
{
    // gmail.com is in the catalog with a documented 16-letter app password: that rule replaces
    // the default ones, spaces as Google shows them are ignored and not stored.
    const QStringList arguments{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--email"),
                                QStringLiteral("ahmet.yilmaz@gmail.com"), QStringLiteral("--host"), QStringLiteral("smtp.gmail.com"),
                                QStringLiteral("--port"), QStringLiteral("465"), QStringLiteral("--security"),
                                QStringLiteral("tls"), QStringLiteral("--password-stdin"), QStringLiteral("--json")};
    const CliRun added = run(arguments, "abcd efgh ijkl mnop\n");
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    QCOMPARE(added.json.value(QStringLiteral("providerId")).toString(), QStringLiteral("gmail"));
    QVERIFY(added.errText().contains(QLatin1String("16-letter app password")));
    const QString id = added.json.value(QStringLiteral("id")).toString();
    QCOMPARE(readSecret(id).secret, QStringLiteral("abcdefghijklmnop"));
    QVERIFY(filesContaining(m_config->path(), QStringLiteral("abcdefghijklmnop")).isEmpty());

    const CliRun ordinary = run(arguments, "Parola-123");
    QVERIFY2(ordinary.exitCode == 2, qPrintable(ordinary.describe()));
    const QJsonArray failed = ordinary.json.value(QStringLiteral("failedRules")).toArray();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("provider-format"));

    const CliRun noProvider = run(arguments + QStringList{QStringLiteral("--provider"), QStringLiteral("none")},
                                  "abcd efgh ijkl mnop");
    QCOMPARE(noProvider.exitCode, 2);
    QCOMPARE(noProvider.json.value(QStringLiteral("error")).toString(), QStringLiteral("password-rules"));
    const CliRun unknown = run(arguments + QStringList{QStringLiteral("--provider"), QStringLiteral("no-such-provider")},
                               "abcd efgh ijkl mnop");
    QCOMPARE(unknown.exitCode, 2);

    QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("remove"), id}).exitCode, 0);
    QCOMPARE(readSecret(id).error, SecretError::NotFound);
}

void TestCliAccounts::unknownIds_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("id");
    QTest::newRow("show uuid") << QStringLiteral("show") << Account::newId();
    QTest::newRow("show junk") << QStringLiteral("show") << QStringLiteral("nope");
    QTest::newRow("remove uuid") << QStringLiteral("remove") << Account::newId();
    QTest::newRow("remove junk") << QStringLiteral("remove") << QStringLiteral("nope");
}

void TestCliAccounts::unknownIds()
{
    QFETCH(QString, action);
    QFETCH(QString, id);
    const CliRun result = run({QStringLiteral("accounts"), action, id, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QCOMPARE(result.json.value(QStringLiteral("error")).toString(), QStringLiteral("unknown-account"));
    QVERIFY(result.errText().contains(id));
    QCOMPARE(run({QStringLiteral("accounts"), action}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("rename"), id}).exitCode, 2);
}

void TestCliAccounts::damagedFileIsReported()
{
    // Learn where the CLI keeps its file (AppConfigLocation under XDG_CONFIG_HOME), then damage it.
    const CliRun first = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--email"),
                              QStringLiteral("satis@example.com"), QStringLiteral("--host"), QStringLiteral("mail.example.com"),
                              QStringLiteral("--port"), QStringLiteral("587"), QStringLiteral("--security"),
                              QStringLiteral("starttls"), QStringLiteral("--no-password")});
    QCOMPARE(first.exitCode, 0);
    const QStringList files = allFiles(m_config->path());
    QCOMPARE(files.size(), 1);
    const QString path = files.first();
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("accounts.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ damaged");
    file.close();
    const CliRun listed = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 1);
    QCOMPARE(listed.json.value(QStringLiteral("storeError")).toString(), QStringLiteral("corrupt"));
    QVERIFY(listed.errText().contains(QLatin1String("accounts.json.corrupt-")));
    const CliRun added = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--email"),
                              QStringLiteral("satis@example.com"), QStringLiteral("--host"), QStringLiteral("mail.example.com"),
                              QStringLiteral("--port"), QStringLiteral("587"), QStringLiteral("--security"),
                              QStringLiteral("starttls"), QStringLiteral("--password-stdin")},
                             "Parola-123");
    QCOMPARE(added.exitCode, 1);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{ damaged"));
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
