#pragma once

#include "clicommand.h"

#include "account/accountchangeresult.h"

#include "oauth/oauthconfig.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <variant>

namespace Postaci::Cli {

// postaci-cli accounts list | show ID | remove ID | add --email ADDR --host H --port P
//                      --security S [--user U] [--name NAME] --password-stdin [--json]
// | login ID [--no-browser] [--timeout S] (docs/cli.md#accounts; OAuth2: docs/oauth2.md). Additions beyond the contract, all optional: add --auth M, --alias ADDR,
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
    std::optional<int> login(const QStringList &arguments); // accountslogin.cpp
    // The OAuth2 settings of `add --auth oauth2`, or an exit code after the error was reported.
    std::variant<Postaci::OAuthConfig, int> oauthConfigFromFlags(const QCommandLineParser &parser,
                                                                 const QString &catalogProvider);

    QString usage() const;
    // Reports an error on stderr (and as a JSON object on stdout with --json); returns exitCode.
    int fail(int exitCode, const QString &kind, const QString &message, QJsonObject extra = {});
    void changeFinished(const Postaci::AccountChangeResult &result, const QString &action);

    bool m_json = false;
};

} // namespace Postaci::Cli
