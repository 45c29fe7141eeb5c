#pragma once

#include "discovery/servercandidate.h"
#include "discovery/sourceoutcome.h"
#include "smtp/sessionresult.h"
#include "smtp/sessionsettings.h"
#include "smtp/settingslabels.h"

#include <QCoreApplication>
#include <QString>

namespace Postaci {

// The words the windows use for the core's enums and stable names. The core reports kinds, not
// prose (ARCHITECTURE.md "Errors"); these are the short labels for lists and combo boxes. The
// security and sign-in labels are shared with the CLI and the diagnosis: SettingsLabels (core).
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::Labels)
public:
    static QString step(SessionStep step);
    // A stored step name ("auth") as a label; the name itself when it is unknown.
    static QString stepName(const QString &name);
    // A short label for a stored error name ("auth-failed"); the name itself when unknown.
    static QString errorName(const QString &name);
    static QString source(CandidateSource source);
    // SourceOutcome::name words ("ispdb", "mx", "guess-resolve").
    static QString sourceName(const QString &name);
    static QString outcome(SourceOutcome::Kind kind);
    static QString warning(CandidateWarning warning);
};

} // namespace Postaci
