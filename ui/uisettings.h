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

    static QByteArray mainWindowState();
    static QByteArray mainWindowGeometry();
    static void setMainWindowState(const QByteArray &geometry, const QByteArray &state);
};

} // namespace Postaci
