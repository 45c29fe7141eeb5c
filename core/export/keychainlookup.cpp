#include "keychainlookup.h"

#include "exportquoting.h"

#include "account/secretjob.h"

using namespace Qt::StringLiterals;

namespace Postaci {

QString keychainLookupCommand(const QString &accountId)
{
    return u"secret-tool lookup server %1 user %2"_s.arg(ExportQuoting::shellWord(SecretJob::serviceName()),
                                                        ExportQuoting::shellWord(accountId));
}

} // namespace Postaci
