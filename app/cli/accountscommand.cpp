#include "accountscommand.h"
#include "exitcode.h"

namespace Postaci::Cli {

// Placeholder until this subcommand is built; says so plainly rather than pretending.
std::optional<int> AccountsCommand::start(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    standardError() << tr("This command is not available yet.") << Qt::endl;
    return Other;
}

} // namespace Postaci::Cli
