#pragma once

#include <QString>

class QCoreApplication;

namespace Postaci {

// Installs Postacı's own catalogue (and Qt's, when present) for the given language.
// An empty language means the system locale; "tr" and "en" are the ones we ship.
// Returns the language actually installed ("tr" or "en"). Calling it again replaces the
// catalogues installed by the previous call.
QString installTranslations(QCoreApplication &app, const QString &language = QString());

// The languages we ship a catalogue for.
QStringList supportedLanguages();

} // namespace Postaci
