#include "clirunner.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace Postaci::Test {

QString CliRun::describe() const
{
    return u"exit %1%2 after %3 ms\n--- stdout ---\n%4\n--- stderr ---\n%5"_s
        .arg(exitCode)
        .arg(crashed ? u" (crashed)"_s : finishedInTime ? QString() : u" (killed: too slow)"_s)
        .arg(ms)
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

QString cliPath()
{
    return qEnvironmentVariable("POSTACI_CLI");
}

CliRun runCli(const QStringList &arguments, const QByteArray &stdinData, const QMap<QString, QString> &env, int timeoutMs)
{
    CliRun run;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(cliPath(), QStringList{u"--lang"_s, u"en"_s} + arguments);
    if (!process.waitForStarted(10000)) {
        run.err = "could not start " + cliPath().toUtf8() + ": " + process.errorString().toUtf8();
        return run;
    }
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    run.finishedInTime = process.waitForFinished(timeoutMs);
    if (!run.finishedInTime) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.ms = timer.elapsed();
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.crashed ? -2 : process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    const QJsonDocument document = QJsonDocument::fromJson(run.out);
    if (document.isObject())
        run.json = document.object();
    return run;
}

} // namespace Postaci::Test
