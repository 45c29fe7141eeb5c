#include "testsupport.h"

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

#include <QDeadlineTimer>

#include <csignal>
#include <memory>
#include <sys/prctl.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Postaci::Test {

QString testSupportDir()
{
    return QStringLiteral(POSTACI_TEST_SUPPORT_DIR);
}

quint16 freeTcpPort()
{
    const QList<quint16> ports = freeTcpPorts(1);
    return ports.isEmpty() ? 0 : ports.first();
}

QList<quint16> freeTcpPorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> servers;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.append(server->serverPort());
        servers.push_back(std::move(server));
    }
    return ports; // the servers close here, releasing the ports
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::optional<QByteArray> startPythonServer(QProcess *process, const QStringList &arguments, const QString &stderrFile,
                                            QString *error, const QMap<QString, QString> &env)
{
    constexpr int startTimeoutMs = 10000;
    const QString python = u"/usr/bin/python3"_s; // Debian's python, which has python3-aiosmtpd
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    environment.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);
    environment.insert(u"PYTHONUNBUFFERED"_s, u"1"_s);
    environment.remove(u"PYTHONPATH"_s); // Debian's modules, not a pyenv's or venv's
    environment.remove(u"PYTHONHOME"_s);
    process->setProcessEnvironment(environment);
    process->setStandardErrorFile(stderrFile);
    // If the test process dies without stopping us, the kernel stops the server too.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    process->start(python, arguments);

    const QDeadlineTimer deadline(startTimeoutMs);
    if (!process->waitForStarted(startTimeoutMs)) {
        *error = u"cannot run %1: %2"_s.arg(python, process->errorString());
        return std::nullopt;
    }
    QByteArray output;
    while (!deadline.hasExpired()) {
        output += process->readAllStandardOutput();
        const qsizetype ready = output.indexOf("READY ");
        const qsizetype end = output.indexOf('\n', ready);
        if (ready >= 0 && end > ready)
            return output.mid(ready + 6, end - ready - 6).trimmed();
        if (process->state() == QProcess::NotRunning)
            break;
        process->waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(200))));
    }
    const bool timedOut = process->state() != QProcess::NotRunning;
    stopProcess(process);
    *error = u"the server did not start%1 (command: %2 %3)\nstdout: %4\nstderr: %5"_s.arg(
            timedOut ? u" within 10 s"_s : QString(), python, arguments.join(QLatin1Char(' ')),
            QString::fromLocal8Bit(output), QString::fromLocal8Bit(readFile(stderrFile)));
    return std::nullopt;
}

void stopProcess(QProcess *process, int graceMs)
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    if (!process->waitForFinished(graceMs)) {
        process->kill();
        process->waitForFinished(graceMs);
    }
}

} // namespace Postaci::Test
