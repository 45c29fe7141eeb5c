#include "testsupport.h"

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

#include <memory>
#include <vector>

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
