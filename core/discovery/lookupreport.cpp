#include "lookupreport.h"

#include <QJsonArray>

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
        {QStringLiteral("query"), input},
        {QStringLiteral("domain"), domain},
        {QStringLiteral("candidates"), candidateArray},
        {QStringLiteral("sources"), sourceArray},
        {QStringLiteral("partial"), deadlineReached},
        {QStringLiteral("elapsedMs"), elapsedMs},
    };
    if (!emailAddress.isEmpty())
        object.insert(QStringLiteral("emailAddress"), emailAddress);
    if (cancelled)
        object.insert(QStringLiteral("cancelled"), true);
    return object;
}

} // namespace Postaci
