#include "clirunner.h"

#include <QDateTime>
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

RunningCli::RunningCli(const QStringList &arguments, const QByteArray &stdinData, const QMap<QString, QString> &env)
    : m_process(std::make_unique<QProcess>())
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    m_process->setProcessEnvironment(environment);
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_process->start(cliPath(), QStringList{u"--lang"_s, u"en"_s} + arguments);
    if (!m_process->waitForStarted(10000)) {
        m_run.err = "could not start " + cliPath().toUtf8() + ": " + m_process->errorString().toUtf8();
        m_process.reset();
        return;
    }
    if (!stdinData.isEmpty())
        m_process->write(stdinData);
    m_process->closeWriteChannel();
}

RunningCli::~RunningCli()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString RunningCli::waitForErrorLine(const QString &prefix, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_process) {
        m_run.err += m_process->readAllStandardError();
        qsizetype end = 0;
        while ((end = m_run.err.indexOf('\n', m_scanned)) >= 0) {
            const QString line = QString::fromUtf8(m_run.err.mid(m_scanned, end - m_scanned));
            m_scanned = end + 1;
            if (line.startsWith(prefix))
                return line;
        }
        if (timer.elapsed() >= timeoutMs || m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(int(qBound(qint64(1), timeoutMs - timer.elapsed(), qint64(200))));
    }
    return {};
}

CliRun RunningCli::finish(int timeoutMs)
{
    if (!m_process)
        return m_run;
    m_run.finishedInTime = m_process->waitForFinished(timeoutMs);
    if (!m_run.finishedInTime) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_run.ms = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    m_run.crashed = m_process->exitStatus() == QProcess::CrashExit;
    m_run.exitCode = m_run.crashed ? -2 : m_process->exitCode();
    m_run.out = m_process->readAllStandardOutput();
    m_run.err += m_process->readAllStandardError();
    const QJsonDocument document = QJsonDocument::fromJson(m_run.out);
    if (document.isObject())
        m_run.json = document.object();
    m_process.reset();
    return m_run;
}

CliRun runCli(const QStringList &arguments, const QByteArray &stdinData, const QMap<QString, QString> &env, int timeoutMs)
{
    return RunningCli(arguments, stdinData, env).finish(timeoutMs);
}

} // namespace Postaci::Test
