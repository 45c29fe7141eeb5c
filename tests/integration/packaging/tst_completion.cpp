// Bash completion for postaci-cli (resources/completion/postaci-cli.bash): real bash sources the
// file and runs its completion function on a command line, the way Tab does; the test reads
// COMPREPLY. It must offer the commands, every option each command's --help lists, the values of
// --security, --auth, --format, --oauth-provider and --lang, and the ids of the saved accounts.
#include "helpcontract.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Postaci::Test;

namespace {

QString completionScript()
{
    return qEnvironmentVariable("POSTACI_SOURCE_DIR") + u"/resources/completion/postaci-cli.bash"_s;
}

// What Tab offers at the end of line (words separated by single spaces; a line ending in a space
// completes a new, empty word). The first word is the program, as typed.
QStringList complete(const QString &line, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    const QString script = uR"(
source "$1"
read -r -a COMP_WORDS <<<"$2"
[[ $2 == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE=$2
COMP_POINT=${#2}
_postaci_cli
printf '%s\n' "${COMPREPLY[@]}"
)"_s;
    const ProgramRun run = runProgram(u"bash"_s, {u"-c"_s, script, u"bash"_s, completionScript(), line}, env);
    if (run.exitCode != 0 || !run.err.isEmpty())
        return {u"bash failed: "_s + run.describe()};
    QStringList words = run.out.split(u'\n', Qt::SkipEmptyParts);
    words.sort();
    return words;
}

QStringList sorted(QStringList words)
{
    words.sort();
    return words;
}

} // namespace

class CompletionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"bash"_s).isEmpty(), "bash is not installed");
    }

    void offers_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("expected");
        const QStringList commands = {u"accounts"_s, u"check-domain"_s, u"export"_s, u"help"_s,
                                      u"lookup"_s, u"probe"_s, u"send-test"_s};
        QTest::newRow("commands") << u"postaci-cli "_s << commands;
        QTest::newRow("after --lang") << u"postaci-cli --lang tr "_s << commands;
        QTest::newRow("global options") << u"postaci-cli --"_s
                                        << QStringList{u"--help"_s, u"--lang"_s, u"--version"_s};
        QTest::newRow("--lang") << u"postaci-cli --lang "_s << QStringList{u"en"_s, u"tr"_s};
        QTest::newRow("--security") << u"postaci-cli probe --host h --security "_s
                                    << QStringList{u"none"_s, u"starttls"_s, u"tls"_s};
        QTest::newRow("--security s") << u"postaci-cli probe --security s"_s << QStringList{u"starttls"_s};
        QTest::newRow("--auth of probe")
            << u"postaci-cli probe --auth "_s
            << QStringList{u"auto"_s, u"cram-md5"_s, u"login"_s, u"none"_s, u"oauthbearer"_s, u"plain"_s, u"xoauth2"_s};
        QTest::newRow("--auth of accounts add")
            << u"postaci-cli accounts add --auth "_s
            << QStringList{u"auto"_s, u"cram-md5"_s, u"login"_s, u"none"_s, u"oauth2"_s, u"plain"_s, u"xoauth2"_s};
        QTest::newRow("--format") << u"postaci-cli export ID --format "_s
                                  << QStringList{u"autoconfig"_s, u"env"_s, u"mobileconfig"_s, u"msmtp"_s,
                                                 u"swaks"_s, u"thunderbird"_s};
        QTest::newRow("--format m") << u"postaci-cli export ID --format m"_s
                                    << QStringList{u"mobileconfig"_s, u"msmtp"_s};
        QTest::newRow("--oauth-provider") << u"postaci-cli accounts add --oauth-provider "_s
                                          << QStringList{u"custom"_s, u"google"_s, u"microsoft"_s, u"yahoo"_s};
        QTest::newRow("accounts actions") << u"postaci-cli accounts "_s
                                          << QStringList{u"add"_s, u"list"_s, u"login"_s, u"remove"_s, u"show"_s,
                                                         u"test"_s};
        QTest::newRow("accounts test") << u"postaci-cli accounts test --"_s
                                       << QStringList{u"--all"_s, u"--deadline"_s, u"--help"_s, u"--json"_s, u"--lang"_s, u"--send"_s};
        QTest::newRow("accounts login") << u"postaci-cli accounts login ID --"_s
                                        << QStringList{u"--ca-file"_s, u"--help"_s, u"--json"_s, u"--lang"_s,
                                                       u"--no-browser"_s, u"--timeout"_s};
        QTest::newRow("check-domain") << u"postaci-cli check-domain firma.com.tr --"_s
                                      << QStringList{u"--account"_s, u"--help"_s, u"--help-all"_s, u"--host"_s, u"--json"_s,
                                                     u"--lang"_s, u"--timeout"_s};
        QTest::newRow("export") << u"postaci-cli export ID --"_s
                                << QStringList{u"--format"_s, u"--help"_s, u"--json"_s, u"--lang"_s, u"--output"_s};
        QTest::newRow("free text") << u"postaci-cli probe --host "_s << QStringList{};
    }
    void offers()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, expected);
        QCOMPARE(complete(line), sorted(expected));
    }

    // Every option that `postaci-cli COMMAND --help` lists is offered after "COMMAND --" (and for
    // accounts, after "accounts add --" or another action: the union of the actions' options).
    void offersEveryOptionTheHelpLists()
    {
        const HelpContract help = cliHelpContract(u"en"_s);
        QVERIFY2(help.problem.isEmpty(), qPrintable(help.problem));
        for (auto it = help.optionsByCommand.cbegin(); it != help.optionsByCommand.cend(); ++it) {
            QSet<QString> offered;
            if (it.key().isEmpty()) {
                const QStringList words = complete(u"postaci-cli -"_s);
                offered = QSet<QString>(words.cbegin(), words.cend());
            } else if (it.key() == "accounts"_L1) {
                for (const QString &action : help.accountActions) {
                    const QStringList words = complete(u"postaci-cli accounts "_s + action + u" -"_s);
                    offered.unite(QSet<QString>(words.cbegin(), words.cend()));
                }
            } else {
                const QStringList words = complete(u"postaci-cli "_s + it.key() + u" -"_s);
                offered = QSet<QString>(words.cbegin(), words.cend());
            }
            offered.insert(u"-h"_s); // the short forms are not offered: their long forms are
            offered.insert(u"-v"_s);
            QStringList missing = (it.value() - offered).values();
            missing.sort();
            QVERIFY2(missing.isEmpty(), qPrintable(u"\"postaci-cli %1 --help\" lists options that completion does not "
                                                   "offer: "_s.arg(it.key()) + missing.join(u' ')));
        }
        // send-test has the probe options and its own.
        const QStringList sendTest = complete(u"postaci-cli send-test --"_s);
        for (const char *option : {"--account", "--from", "--to", "--subject", "--no-recipient-check", "--host"})
            QVERIFY2(sendTest.contains(QLatin1String(option)), qPrintable(sendTest.join(u' ')));
        QVERIFY(!complete(u"postaci-cli probe --"_s).contains(u"--account"_s));
    }

    // Account ids come from `postaci-cli accounts list --json` of the program being completed.
    void offersSavedAccountIds()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        const QString cli = qEnvironmentVariable("POSTACI_CLI");
        QStringList ids;
        for (const QString &email : {u"ali@firma.com.tr"_s, u"ayse@example.org"_s}) {
            const ProgramRun added = runProgram(cli, {u"--lang"_s, u"en"_s, u"accounts"_s, u"add"_s, u"--email"_s, email,
                                                      u"--host"_s, u"mail.example.org"_s, u"--port"_s, u"587"_s,
                                                      u"--security"_s, u"starttls"_s, u"--no-password"_s, u"--json"_s},
                                                env);
            QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
            const ProgramRun listed = runProgram(cli, {u"accounts"_s, u"list"_s, u"--json"_s}, env);
            QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
            const QString id = QJsonDocument::fromJson(listed.out.toUtf8())
                                   .object()
                                   .value("accounts"_L1)
                                   .toArray()
                                   .last()
                                   .toObject()
                                   .value("id"_L1)
                                   .toString();
            QVERIFY(!id.isEmpty());
            ids.append(id);
        }
        ids.sort();
        QCOMPARE(complete(cli + u" accounts show "_s, env), ids);
        QCOMPARE(complete(cli + u" accounts test "_s, env), ids);
        QCOMPARE(complete(cli + u" send-test --account "_s, env), ids);
        QCOMPARE(complete(cli + u" check-domain firma.com.tr --account "_s, env), ids);
        QCOMPARE(complete(cli + u" export "_s, env), ids);
        QCOMPARE(complete(cli + u" accounts show "_s + ids.first().left(4), env), QStringList{ids.first()});
        QCOMPARE(complete(cli + u" accounts show "_s + ids.first() + u' ', env), QStringList{}); // one id only
        // No account saved: nothing offered, nothing printed.
        QTemporaryDir empty;
        env.insert(u"XDG_CONFIG_HOME"_s, empty.path());
        QCOMPARE(complete(cli + u" accounts show "_s, env), QStringList{});
    }
};

QTEST_GUILESS_MAIN(CompletionTest)
#include "tst_completion.moc"
