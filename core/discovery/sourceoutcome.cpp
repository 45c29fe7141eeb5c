#include "sourceoutcome.h"

using namespace Qt::StringLiterals;

namespace Postaci {

QString SourceOutcome::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Found:
        return u"found"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Error:
        return u"error"_s;
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
        {u"name"_s, name},
        {u"query"_s, query},
        {u"outcome"_s, kindName(outcome)},
        {u"ms"_s, ms},
    };
    if (!reason.isEmpty())
        object.insert(u"reason"_s, reason);
    if (candidateCount > 0)
        object.insert(u"candidates"_s, candidateCount);
    return object;
}

} // namespace Postaci
