#pragma once

#include "discovery/servercandidate.h"
#include "discovery/sourceoutcome.h"
#include "smtp/sessionresult.h"
#include "smtp/sessionsettings.h"
#include "smtp/settingslabels.h"

#include <QCoreApplication>
#include <QString>

namespace Postaci {

// The words the windows use for the lookup's enums and stable names: the short labels for lists
// and combo boxes. The words for security, sign-in, session steps and errors are shared with the
// CLI and the diagnosis: SettingsLabels (core/smtp/settingslabels.h).
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::Labels)
public:
    static QString source(CandidateSource source);
    // SourceOutcome::name words ("ispdb", "mx", "guess-resolve").
    static QString sourceName(const QString &name);
    static QString outcome(SourceOutcome::Kind kind);
    static QString warning(CandidateWarning warning);
};

} // namespace Postaci
