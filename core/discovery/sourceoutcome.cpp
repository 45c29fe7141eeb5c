#include "sourceoutcome.h"

namespace Postaci {

QString SourceOutcome::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Found:
        return QStringLiteral("found");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Error:
        return QStringLiteral("error");
    }
    return {};
}

std::optional<SourceOutcome::Kind> SourceOutcome::kindFromName(const QString &name)
{
    for (const Kind kind : {Kind::Found, Kind::NotFound, Kind::Timeout, Kind::Error}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QJsonObject SourceOutcome::toJson() const
{
    QJsonObject object{
        {QStringLiteral("name"), name},
        {QStringLiteral("query"), query},
        {QStringLiteral("outcome"), kindName(outcome)},
        {QStringLiteral("ms"), ms},
    };
    if (!reason.isEmpty())
        object.insert(QStringLiteral("reason"), reason);
    if (candidateCount > 0)
        object.insert(QStringLiteral("candidates"), candidateCount);
    return object;
}

} // namespace Postaci
