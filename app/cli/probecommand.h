#pragma once

#include "clicommand.h"
#include "sessionprinter.h"

#include "testsend/testsendjob.h"

#include <QCommandLineParser>
#include <QPointer>

#include <memory>

namespace Postaci::Cli {

class InterruptWatcher;

// `postaci-cli probe` and `postaci-cli send-test` (docs/cli.md):
//
//   probe      connect, greeting, EHLO, TLS, EHLO, AUTH when credentials are given, QUIT
//   send-test  the same, then the test message (to the sender when --to is absent)
//
// This face only reads the flags and prints: parse and check every flag (exit 2 naming the
// flag) → read the password (stdin or an environment variable, never an argument) → build a
// TestSendRequest (send-test --account: from the saved account) → run core's TestSendJob, which
// the windows run too → print its steps as they come and its result (human lines, or one JSON
// object with --json) → exit with exitCodeFor(result).
class ProbeCommand : public CliCommand
{
    Q_OBJECT
public:
    explicit ProbeCommand(QObject *parent = nullptr);
    ~ProbeCommand() override;

    std::optional<int> start(const QStringList &arguments) override;

private:
    enum class Mode { Probe, SendTest };

    void addOptions();
    QString helpText() const;
    std::optional<int> applyFlags(SessionSettings &settings, bool fromAccount);
    std::optional<int> readPassword(QString *password);
    std::optional<int> checkSettings(const TestSendRequest &request, bool fromAccount);
    std::optional<int> applyMessageFlags(TestSendRequest &request);
    QString messageFlag(TestMessage::Field field) const;
    void startJob(const TestSendRequest &request);
    void printResult(const TestSendResult &result);
    void interrupted();
    int usageError(const QString &message);
    void finishWith(int exitCode);

    Mode m_mode = Mode::Probe;
    TestSendRequest::Kind m_kind = TestSendRequest::Kind::Probe;
    QString m_commandName;
    QCommandLineParser m_parser;
    QString m_password;
    bool m_passwordGiven = false;
    bool m_json = false;
    bool m_cancelled = false;
    QString m_recipientShown;

    std::unique_ptr<SessionPrinter> m_printer;
    InterruptWatcher *m_interruptWatcher = nullptr;
    QPointer<TestSendJob> m_job;
};

} // namespace Postaci::Cli
