#include "uisettings.h"

#include "common/translation.h"

#include <QSettings>

namespace Postaci {

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString geometryKey = QStringLiteral("ui/mainWindowGeometry");
const QString stateKey = QStringLiteral("ui/mainWindowState");
} // namespace

QString UiSettings::language()
{
    const QString language = QSettings().value(languageKey).toString();
    // A hand-edited value we do not ship falls back to the system language.
    return supportedLanguages().contains(language) ? language : QString();
}

void UiSettings::setLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, language);
}

QByteArray UiSettings::mainWindowGeometry()
{
    return QSettings().value(geometryKey).toByteArray();
}

QByteArray UiSettings::mainWindowState()
{
    return QSettings().value(stateKey).toByteArray();
}

void UiSettings::setMainWindowState(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(geometryKey, geometry);
    settings.setValue(stateKey, state);
}

} // namespace Postaci
