#pragma once

// Runs postaci-cli (the binary named by $POSTACI_CLI) as a child process, bounded in time, and
// collects what a script would see: exit code, stdout, stderr, the JSON object, wall time.

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

namespace Postaci::Test {

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    bool finishedInTime = false;
    QByteArray out;
    QByteArray err;
    QJsonObject json; // parsed stdout when it is one JSON object
    qint64 ms = 0;

    QString describe() const
    {
        return QStringLiteral("exit %1%2 after %3 ms\n--- stdout ---\n%4\n--- stderr ---\n%5")
            .arg(exitCode)
            .arg(crashed ? QStringLiteral(" (crashed)") : finishedInTime ? QString() : QStringLiteral(" (killed: too slow)"))
            .arg(ms)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

inline QString cliPath()
{
    return qEnvironmentVariable("POSTACI_CLI");
}

// stdinData is written and stdin closed at once (for --password-stdin); env adds variables.
inline CliRun runCli(const QStringList &arguments, const QByteArray &stdinData = QByteArray(),
                     const QMap<QString, QString> &env = {}, int timeoutMs = 30000)
{
    CliRun run;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(cliPath(), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString().toUtf8();
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
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    const QJsonDocument document = QJsonDocument::fromJson(run.out);
    if (document.isObject())
        run.json = document.object();
    return run;
}

} // namespace Postaci::Test
