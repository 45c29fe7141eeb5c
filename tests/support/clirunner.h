#pragma once

// Runs postaci-cli (the binary named by $POSTACI_CLI) as a child process, bounded in time, and
// collects what a script would see: exit code, stdout, stderr, the JSON object, wall time.

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace Postaci::Test {

struct CliRun
{
    int exitCode = -1; // -2 when the process crashed or was killed, -1 when it did not start
    bool crashed = false;
    bool finishedInTime = false;
    QByteArray out;
    QByteArray err;
    QJsonObject json; // parsed stdout when it is one JSON object
    qint64 ms = 0;

    QString errText() const { return QString::fromUtf8(err); }
    // Exit code, timing and both streams, for QVERIFY2 messages.
    QString describe() const;
};

// postaci-cli running in the background, for a test that acts while it runs (plays the browser
// of `accounts login`): started like runCli, its stderr read line by line, then finished.
class RunningCli
{
public:
    RunningCli(const QStringList &arguments, const QByteArray &stdinData = QByteArray(),
               const QMap<QString, QString> &env = {});
    ~RunningCli();
    RunningCli(const RunningCli &) = delete;
    RunningCli &operator=(const RunningCli &) = delete;

    // The first stderr line that starts with `prefix`, waiting at most timeoutMs; empty when
    // none came (or the program ended first).
    QString waitForErrorLine(const QString &prefix, int timeoutMs = 20000);
    // Waits at most timeoutMs for the end (then kills it) and collects what it printed.
    CliRun finish(int timeoutMs = 30000);

private:
    std::unique_ptr<QProcess> m_process;
    CliRun m_run;
    qint64 m_startedMs = 0;
    qsizetype m_scanned = 0;
};

// $POSTACI_CLI (set by postaci_add_test).
QString cliPath();

// Runs postaci-cli --lang en <arguments>. stdinData is written and stdin closed at once (a
// password for --password-stdin, with or without the line break); env adds or replaces
// variables (XDG_CONFIG_HOME for a private account store, a password for --password-env). A run
// that takes longer than timeoutMs is killed (finishedInTime false).
CliRun runCli(const QStringList &arguments, const QByteArray &stdinData = QByteArray(),
              const QMap<QString, QString> &env = {}, int timeoutMs = 30000);

} // namespace Postaci::Test
