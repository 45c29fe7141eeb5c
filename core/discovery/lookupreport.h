#pragma once

#include "discovery/servercandidate.h"
#include "discovery/sourceoutcome.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Postaci {

// Everything a lookup found: the merged, ranked candidates (best first) and what every source
// answered. The CLI prints it as JSON; the wizard shows it.
struct LookupReport
{
    QString input;        // what was looked up, as typed
    QString emailAddress; // empty for a bare domain
    QString domain;
    QList<ServerCandidate> candidates; // merged and ranked, best first
    QList<SourceOutcome> sources;      // in the order they finished
    bool deadlineReached = false;      // the overall deadline cut some sources short: results are partial
    bool cancelled = false;
    bool probed = false;               // candidates carry verified
    qint64 elapsedMs = 0;

    bool isEmpty() const { return candidates.isEmpty(); }
    QJsonObject toJson() const; // {query, domain, emailAddress?, candidates, sources, partial, elapsedMs}
};

} // namespace Postaci
