#pragma once

#include "clicommand.h"

#include "testsend/accountstestjob.h"

#include <QPointer>

namespace Postaci::Cli {

// postaci-cli accounts test (ID... | --all) [--send] [--deadline SECONDS] [--json]
// Re-tests saved accounts at once through AccountsTestJob (sign-in only; --send also sends the
// test message to the account's own address) and prints one line per account, in the order of
// the accounts file (docs/cli.md#accounts-test). Exit codes: 0 every account works, 10 any no
// longer works, 9 the keychain could not be reached, 2 bad usage or an unknown id, 1 anything
// else (the accounts file unreadable, Ctrl-C).
class AccountsTestCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    std::optional<int> start(const QStringList &arguments) override;

private:
    int fail(int exitCode, const QString &kind, const QString &message);
    void printResult(const Postaci::AccountsTestResult &result);

    bool m_json = false;
    QPointer<AccountsTestJob> m_job;
};

} // namespace Postaci::Cli
