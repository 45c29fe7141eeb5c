#pragma once

#include "clicommand.h"

namespace Postaci::Cli {

// postaci-cli export ID --format thunderbird|msmtp|swaks|mobileconfig|env|autoconfig
//                       [--output FILE] [--json]
// Writes a saved account's settings for another program (core/export, docs/cli.md#export):
// the document on stdout or atomically into FILE; what the reader must know (and, for
// autoconfig, the DNS records to publish) on stderr. Never the password.
// Exit codes: 0 written, 2 bad usage or unknown account, 1 the file could not be written or the
// accounts file could not be read.
class ExportCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    std::optional<int> start(const QStringList &arguments) override;

private:
    int fail(int exitCode, const QString &kind, const QString &message);
    bool m_json = false;
};

} // namespace Postaci::Cli
