#include "lookupreport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Postaci {

QJsonObject LookupReport::toJson() const
{
    QJsonArray candidateArray;
    for (const ServerCandidate &candidate : candidates)
        candidateArray.append(candidate.toJson());
    QJsonArray sourceArray;
    for (const SourceOutcome &source : sources)
        sourceArray.append(source.toJson());
    QJsonObject object{
        {u"query"_s, input},
        {u"domain"_s, domain},
        {u"candidates"_s, candidateArray},
        {u"sources"_s, sourceArray},
        {u"partial"_s, deadlineReached},
        {u"elapsedMs"_s, elapsedMs},
    };
    if (!emailAddress.isEmpty())
        object.insert(u"emailAddress"_s, emailAddress);
    if (cancelled)
        object.insert(u"cancelled"_s, true);
    return object;
}

} // namespace Postaci
