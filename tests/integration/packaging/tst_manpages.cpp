// The man pages (resources/man, installed as postaci(1) and postaci-cli(1) in English and Turkish)
// are written by hand, once; this test keeps them true to the programs: every command, accounts
// action and option that a --help text lists, in the same language, must be mentioned in the
// page. The pages describe the whole contract of docs/cli.md, so they may say more than --help.
#include "helpcontract.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Postaci::Test;

namespace {

QString manPath(const QString &language, const QString &page)
{
    const QString folder = language == "tr"_L1 ? u"/resources/man/tr/"_s : u"/resources/man/"_s;
    return qEnvironmentVariable("POSTACI_SOURCE_DIR") + folder + page + u".1"_s;
}

QStringList missingFrom(const QString &text, const QStringList &words)
{
    QStringList missing;
    for (const QString &word : words) {
        if (!mentions(text, word))
            missing.append(word);
    }
    missing.sort();
    return missing;
}

} // namespace

class ManPagesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("tr") << u"tr"_s;
    }

    void cliPageCoversTheHelp_data() { languages_data(); }
    void cliPageCoversTheHelp()
    {
        QFETCH(QString, language);
        const HelpContract help = cliHelpContract(language);
        QVERIFY2(help.problem.isEmpty(), qPrintable(help.problem));
        // The reading of --help itself works: the commands and options of today are all found.
        for (const char *command : {"probe", "send-test", "lookup", "accounts"})
            QVERIFY2(help.commands.contains(QLatin1String(command)), qPrintable(help.commands.join(u' ')));
        for (const char *action : {"list", "show", "remove", "add"})
            QVERIFY2(help.accountActions.contains(QLatin1String(action)), qPrintable(help.accountActions.join(u' ')));
        QVERIFY(help.allOptions().contains(u"--password-stdin"_s));
        QVERIFY(help.allOptions().contains(u"--no-recipient-check"_s));
        QVERIFY(help.allOptions().contains(u"-h"_s));

        const QString page = manPageText(manPath(language, u"postaci-cli"_s));
        QVERIFY2(!page.isEmpty(), qPrintable(manPath(language, u"postaci-cli"_s)));
        const QStringList commands = missingFrom(page, help.commands);
        QVERIFY2(commands.isEmpty(), qPrintable(u"commands missing from the man page: "_s + commands.join(u' ')));
        QStringList actions;
        for (const QString &action : help.accountActions) {
            if (!mentions(page, u"accounts "_s + action))
                actions.append(action);
        }
        QVERIFY2(actions.isEmpty(), qPrintable(u"accounts actions missing from the man page: "_s + actions.join(u' ')));
        for (auto it = help.optionsByCommand.cbegin(); it != help.optionsByCommand.cend(); ++it) {
            const QStringList options = missingFrom(page, it.value().values());
            QVERIFY2(options.isEmpty(), qPrintable(u"options of \"postaci-cli %1 --help\" missing from the man page: "_s
                                                       .arg(it.key()) + options.join(u' ')));
        }
    }

    void guiPageCoversTheHelp_data() { languages_data(); }
    void guiPageCoversTheHelp()
    {
        QFETCH(QString, language);
        QString problem;
        const QSet<QString> options = guiHelpOptions(language, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const char *option : {"--lang", "--help", "--version", "-v"})
            QVERIFY2(options.contains(QLatin1String(option)), qPrintable(options.values().join(u' ')));
        const QString page = manPageText(manPath(language, u"postaci"_s));
        QVERIFY2(!page.isEmpty(), qPrintable(manPath(language, u"postaci"_s)));
        const QStringList missing = missingFrom(page, options.values());
        QVERIFY2(missing.isEmpty(), qPrintable(u"options of \"postaci --help\" missing from the man page: "_s
                                                   + missing.join(u' ')));
    }

    // The check itself tells a mentioned option from a longer one that only starts like it.
    void mentionsNeedsTheWholeWord()
    {
        const QString page = manPageText(manPath(u"en"_s, u"postaci-cli"_s));
        QVERIFY(mentions(page, u"--password-stdin"_s));
        QVERIFY(!mentions(page, u"--password-std"_s));
        QVERIFY(!mentions(page, u"--no-such-option"_s));
    }

    // Every page names the version being built in its header line (.TH ... "Postacı VERSION").
    void pagesNameThisVersion_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &language : {u"en"_s, u"tr"_s}) {
            for (const QString &page : {u"postaci"_s, u"postaci-cli"_s})
                QTest::newRow(qPrintable(language + u'/' + page)) << manPath(language, page);
        }
    }
    void pagesNameThisVersion()
    {
        QFETCH(QString, path);
        const QString page = manPageText(path);
        static const QRegularExpression header(u"^\\.TH \\S+ 1 \\S+ \"Postacı ([^\"]+)\""_s,
                                               QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = header.match(page);
        QVERIFY2(match.hasMatch(), qPrintable(path));
        QCOMPARE(match.captured(1), QStringLiteral(POSTACI_VERSION));
    }
};

QTEST_GUILESS_MAIN(ManPagesTest)
#include "tst_manpages.moc"
