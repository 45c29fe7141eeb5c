#pragma once

// What the programs' --help texts promise, read the way a person reads them: the commands of
// `postaci-cli --help`, the accounts actions of `postaci-cli accounts --help`, and every option any
// help text names. tst_manpages checks that the man pages mention all of it, tst_completion that
// bash completion offers it. Runs the built programs ($POSTACI_CLI, $POSTACI_GUI) as children.

#include <QMap>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Postaci::Test {

struct ProgramRun
{
    int exitCode = -1; // -1 when it did not start, crashed or did not finish in time
    QString out;
    QString err;
    QString describe() const;
};

// Runs program with arguments (stdin closed), bounded in time (30 s), in workingDirectory when
// given, with env instead of this process's environment when it is not empty.
ProgramRun runProgram(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &env = {}, const QString &workingDirectory = {});

struct HelpContract
{
    QStringList commands;       // probe, send-test, lookup, accounts, ...
    QStringList accountActions; // list, show, remove, add, ...
    // Every option any help text names, e.g. "--json", "-h"; with the command whose help named it
    // ("" for the global help), for messages and for completion.
    QMap<QString, QSet<QString>> optionsByCommand;
    QString problem; // why the help could not be read; empty when all went well

    QSet<QString> allOptions() const;
};

// Reads postaci-cli's help in the given language: `--help`, `COMMAND --help` for every command it
// lists, `accounts ACTION --help` for every action `accounts --help` lists.
HelpContract cliHelpContract(const QString &language);

// The options `postaci --help` lists, in the given language ("" and a problem when it failed).
QSet<QString> guiHelpOptions(const QString &language, QString *problem);

// The options named in a text: "--word-word" and "-x" standing alone (not inside a word).
QSet<QString> optionsIn(const QString &text);

// A man page's text with roff escapes that hide words removed: "\-" becomes "-", font changes
// (\fB, \fI, \fR, \fP) and zero-width "\&" disappear.
QString manPageText(const QString &path);

// Whether text contains word standing alone (not as part of a longer option or word).
bool mentions(const QString &text, const QString &word);

} // namespace Postaci::Test
