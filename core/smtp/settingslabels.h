#pragma once

#include "smtp/sessionresult.h"
#include "smtp/sessionsettings.h"

#include <QCoreApplication>
#include <QString>

namespace Postaci {

// The translated words people read for a security mode and a sign-in method, in the windows,
// the CLI's human output and the diagnosis sentences alike. (The stable machine words for flags
// and JSON are securityName() / authMethodName() in sessionsettings.h; the SASL names on the
// wire are SaslMechanism::mechanismName().)
class SettingsLabels
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::SettingsLabels)
public:
    // A label stands alone (a combo box item, a table cell: "No encryption"); inside a sentence
    // the words that are not names are lower case ("…greet it unencrypted (no encryption)…").
    enum class Form { Label, InSentence };

    static QString security(Security security, Form form = Form::Label);
    static QString auth(AuthMethod method, Form form = Form::Label);

    // A session step as people read it: the steps list in the windows and the CLI's step lines.
    static QString step(SessionStep step);
    // A stored step name ("auth") as a label; the name itself when it is unknown.
    static QString stepName(const QString &name);
    // A short label for an error name ("auth-failed"); the name itself when unknown.
    static QString errorName(const QString &name);
};

} // namespace Postaci
