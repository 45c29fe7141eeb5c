#include "helpcontract.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Postaci::Test {

QString ProgramRun::describe() const
{
    return u"exit %1\n--- stdout\n%2\n--- stderr\n%3"_s.arg(exitCode).arg(out, err);
}

ProgramRun runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                      const QString &workingDirectory)
{
    ProgramRun run;
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(30000);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (finished && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    else
        run.err += u"\n(did not start, crashed or did not finish in 30 s: %1)"_s.arg(process.errorString());
    return run;
}

QSet<QString> HelpContract::allOptions() const
{
    QSet<QString> all;
    for (const QSet<QString> &options : optionsByCommand)
        all.unite(options);
    return all;
}

QSet<QString> optionsIn(const QString &text)
{
    static const QRegularExpression option(uR"((?<![\w-])(--[a-z][a-z0-9]*(?:-[a-z0-9]+)*|-[a-z])(?![\w-]))"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : option.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

namespace {

ProgramRun runCliIn(const QString &language, QStringList arguments)
{
    arguments.prepend(language);
    arguments.prepend(u"--lang"_s);
    return runProgram(qEnvironmentVariable("POSTACI_CLI"), arguments);
}

// Lines "  word   text" of a help text: a command list, in any language.
QStringList listedWords(const QString &help)
{
    static const QRegularExpression line(uR"(^  ([a-z][a-z-]*) {2,}\S)"_s, QRegularExpression::MultilineOption);
    QStringList words;
    for (const QRegularExpressionMatch &match : line.globalMatch(help))
        words.append(match.captured(1));
    return words;
}

} // namespace

HelpContract cliHelpContract(const QString &language)
{
    HelpContract contract;
    const ProgramRun main = runCliIn(language, {u"--help"_s});
    if (main.exitCode != 0) {
        contract.problem = u"postaci-cli --help: "_s + main.describe();
        return contract;
    }
    contract.optionsByCommand.insert(QString(), optionsIn(main.out));
    contract.commands = listedWords(main.out);
    for (const QString &command : std::as_const(contract.commands)) {
        const ProgramRun help = runCliIn(language, {command, u"--help"_s});
        if (help.exitCode != 0) {
            contract.problem = u"postaci-cli %1 --help: "_s.arg(command) + help.describe();
            return contract;
        }
        contract.optionsByCommand[command].unite(optionsIn(help.out));
        if (command != "accounts"_L1)
            continue;
        static const QRegularExpression action(uR"(postaci-cli accounts ([a-z][a-z-]*))"_s);
        for (const QRegularExpressionMatch &match : action.globalMatch(help.out)) {
            if (!contract.accountActions.contains(match.captured(1)))
                contract.accountActions.append(match.captured(1));
        }
        for (const QString &name : std::as_const(contract.accountActions)) {
            const ProgramRun actionHelp = runCliIn(language, {command, name, u"--help"_s});
            if (actionHelp.exitCode != 0) {
                contract.problem = u"postaci-cli accounts %1 --help: "_s.arg(name) + actionHelp.describe();
                return contract;
            }
            contract.optionsByCommand[command].unite(optionsIn(actionHelp.out));
        }
    }
    return contract;
}

QSet<QString> guiHelpOptions(const QString &language, QString *problem)
{
    const ProgramRun help = runProgram(qEnvironmentVariable("POSTACI_GUI"), {u"--lang"_s, language, u"--help"_s});
    if (help.exitCode != 0) {
        *problem = u"postaci --help: "_s + help.describe();
        return {};
    }
    return optionsIn(help.out);
}

QString manPageText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression font(uR"(\\f[BIRP])"_s);
    text.remove(font);
    text.replace("\\-"_L1, "-"_L1);
    text.remove("\\&"_L1);
    return text;
}

bool mentions(const QString &text, const QString &word)
{
    const QRegularExpression alone(u"(?<![\\w-])"_s + QRegularExpression::escape(word) + u"(?![\\w-])"_s);
    return alone.match(text).hasMatch();
}

} // namespace Postaci::Test
