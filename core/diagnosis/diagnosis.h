#pragma once

#include "diagnosiscontext.h"
#include "smtp/sessionresult.h"
#include "smtp/sessionsettings.h"
#include "smtp/settingschange.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Postaci {

struct Remedy
{
    QString text;                            // translated sentence
    std::optional<SettingsChange> settings;  // what one click would change
    bool verified = false;                   // a probe with this change worked (greeting, EHLO, TLS; no credentials)

    // {text, settings: {...} (empty object when none), verified, warnings: ["foreign-host"]?}
    QJsonObject toJson() const;
};

// What went wrong, in words a shop owner understands, and what to do about it.
struct Diagnosis
{
    QString id;           // stable kebab-case id, e.g. "port25-blocked"; empty when there is nothing to say
    QString title;
    QString explanation;
    QList<Remedy> remedies;

    bool isNull() const { return id.isEmpty(); }
    QJsonObject toJson() const;          // {id, title, explanation, remedies:[{text, settings, verified}]}
    QString toPlainText() const;         // for the CLI's human output
    // Without the remedies that move to a foreign host (SettingsChange::foreignHost): what is
    // left when nobody checked that the foreign name reaches the same machine.
    Diagnosis withoutForeignHosts() const;
};

// Turns a failed session into a diagnosis (pure, synchronous; remedies not yet verified).
// A successful or cancelled result gives a null Diagnosis. The keychain's failures
// (keychaindiagnosis.h) and those before any server was contacted (preparationdiagnosis.h) have
// their own entry points.
Diagnosis diagnose(const SessionResult &result, const SessionSettings &settings);
Diagnosis diagnose(const SessionResult &result, const SessionSettings &settings, const DiagnosisContext &context);

} // namespace Postaci
