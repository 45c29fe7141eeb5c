#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QString>
#include <QtGlobal>

#include <optional>

class QProcess;

// Small helpers shared by the test harness classes (see tests/support/README.md).
namespace Postaci::Test {

// The source folder of the harness (tests/support), where aiosmtpd_server.py and fetch-exim live.
QString testSupportDir();

// A TCP port on 127.0.0.1 that was free a moment ago: bound with port 0, then released. Another
// process may take it before the caller binds it, so callers retry a bounded number of times.
quint16 freeTcpPort();

// `count` distinct free ports (all held at once while choosing, so they differ from each other).
QList<quint16> freeTcpPorts(int count);

// Reads a whole file; empty when it does not exist.
QByteArray readFile(const QString &path);

// Starts Debian's /usr/bin/python3 (PYTHONPATH/PYTHONHOME removed, so its own modules such as
// python3-aiosmtpd are found) with `arguments`, stderr into stderrFile, stopped by the kernel when
// the test process dies, and waits at most 10 s for a line "READY ..." on stdout. Returns the rest
// of that line; nullopt with *error set (stdout and stderr included) when it did not come.
std::optional<QByteArray> startPythonServer(QProcess *process, const QStringList &arguments,
                                            const QString &stderrFile, QString *error,
                                            const QMap<QString, QString> &env = {});

// Stops a process started by the harness: SIGTERM, then SIGKILL after `graceMs`, always bounded.
void stopProcess(QProcess *process, int graceMs = 3000);

} // namespace Postaci::Test
