#pragma once

#include "clicommand.h"

#include "deliverability/deliverabilityreport.h"

namespace Postaci::Cli {

// postaci-cli check-domain EMAIL-OR-DOMAIN [--account ID | --host H] [--timeout SECONDS] [--json]
// "Will my mail arrive?": MX, SPF for the server's addresses, DMARC, DKIM, MTA-STS, TLS-RPT
// (core/deliverability, docs/deliverability.md). Exit codes: 0 nothing fails, 10 something
// fails, 3 DNS could not be asked at all, 2 bad usage.
class CheckDomainCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    std::optional<int> start(const QStringList &arguments) override;

private:
    void printHuman(const Postaci::DeliverabilityReport &report) const;

    bool m_json = false;
};

} // namespace Postaci::Cli
