#include "uisettings.h"

#include "common/translation.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {
const QString languageKey = u"ui/language"_s;
const QString geometryKey = u"ui/mainWindowGeometry"_s;
const QString stateKey = u"ui/mainWindowState"_s;
// One group per account id (a UUID, Account::newId()): "testAddresses/<id>/sender" and "…/recipient".
const QString testAddressesGroup = u"testAddresses/"_s;
} // namespace

QString UiSettings::language()
{
    const QString language = QSettings().value(languageKey).toString();
    // A hand-edited value we do not ship falls back to the system language.
    return supportedLanguages().contains(language) ? language : QString();
}

namespace {
QString &languageForThisRun()
{
    static QString language; // empty: the saved choice applies
    return language;
}
} // namespace

QString UiSettings::languageInEffect()
{
    const QString forThisRun = languageForThisRun();
    return forThisRun.isEmpty() ? language() : forThisRun;
}

void UiSettings::setLanguageForThisRun(const QString &language)
{
    languageForThisRun() = supportedLanguages().contains(language) ? language : QString();
}

void UiSettings::setLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, language);
}

UiSettings::TestAddresses UiSettings::testAddresses(const QString &accountId)
{
    QSettings settings;
    settings.beginGroup(testAddressesGroup + accountId);
    return {settings.value(u"sender"_s).toString(), settings.value(u"recipient"_s).toString()};
}

void UiSettings::setTestAddresses(const QString &accountId, const TestAddresses &addresses)
{
    QSettings settings;
    settings.beginGroup(testAddressesGroup + accountId);
    settings.setValue(u"sender"_s, addresses.sender);
    settings.setValue(u"recipient"_s, addresses.recipient);
}

void UiSettings::forgetTestAddresses(const QString &accountId)
{
    QSettings().remove(testAddressesGroup + accountId);
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
