#pragma once

#include "clicommand.h"

namespace Postaci::Cli {

class ProbeCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    std::optional<int> start(const QStringList &arguments) override;
};

} // namespace Postaci::Cli
