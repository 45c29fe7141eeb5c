#include "clicommand.h"
#include "exitcode.h"

#include <cstdio>

namespace Postaci::Cli {

QTextStream &standardOutput()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace Postaci::Cli
