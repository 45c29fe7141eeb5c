#pragma once

#include "clicommand.h"

#include "discovery/lookupreport.h"

namespace Postaci::Cli {

// postaci-cli lookup EMAIL-OR-DOMAIN [--offline] [--probe] [--ispdb-url URL] [--ca-file PEM]
//                   [--timeout SECONDS] [--json]
// Exit codes: 0 settings found, 1 nothing found (the output says where Postacı looked and what
// to try), 2 bad usage or an invalid address/domain.
class LookupCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    std::optional<int> start(const QStringList &arguments) override;

private:
    void printHuman(const Postaci::LookupReport &report) const;
    void printSources(const Postaci::LookupReport &report) const;

    bool m_json = false;
};

} // namespace Postaci::Cli
