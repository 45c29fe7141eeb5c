#pragma once

#include <QByteArray>
#include <QString>

namespace Postaci {

// What the windows remember between runs (QSettings of the application; no secret, no account).
class UiSettings
{
public:
    // "tr", "en", or empty for the system language. Read by app/gui/main.cpp before any window
    // exists; a change takes effect at the next start.
    static QString language();
    static void setLanguage(const QString &language);
    // The language this run shows: `postaci --lang en` overrides the saved choice for one run
    // (set by app/gui/main.cpp), and the Language menu ticks what is really shown.
    static QString languageInEffect();
    static void setLanguageForThisRun(const QString &language);

    static QByteArray mainWindowState();
    static QByteArray mainWindowGeometry();
    static void setMainWindowState(const QByteArray &geometry, const QByteArray &state);
};

} // namespace Postaci
