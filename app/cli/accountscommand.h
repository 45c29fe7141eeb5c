#pragma once

#include "clicommand.h"

#include "account/accountchangeresult.h"

#include <QJsonObject>

namespace Postaci::Cli {

// postaci-cli accounts list | show ID | remove ID | add --email ADDR --host H --port P
//                      --security S [--user U] [--name NAME] --password-stdin [--json]
// (docs/cli.md#accounts). Additions beyond the contract, all optional: add --auth M, --alias ADDR,
// --pin sha256:HEX, --allow-plaintext-auth, --no-password (instead of --password-stdin);
// remove --force (remove the account even when its password cannot be deleted from an
// unreachable keychain).
class AccountsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    std::optional<int> start(const QStringList &arguments) override;

private:
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    std::optional<int> remove(const QStringList &arguments);
    std::optional<int> add(const QStringList &arguments);

    QString usage() const;
    // Reports an error on stderr (and as a JSON object on stdout with --json); returns exitCode.
    int fail(int exitCode, const QString &kind, const QString &message, QJsonObject extra = {});
    void changeFinished(const Postaci::AccountChangeResult &result, const QString &action);

    bool m_json = false;
};

} // namespace Postaci::Cli
