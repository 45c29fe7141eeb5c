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

    // The sender and recipient chosen last time in "Send test e-mail to…" for one account (not
    // secrets: addresses the user typed), so that the one-click test sends there again. Empty
    // when none was chosen: the one-click test then goes to the account's own address.
    struct TestAddresses
    {
        QString sender;
        QString recipient;
    };
    static TestAddresses testAddresses(const QString &accountId);
    static void setTestAddresses(const QString &accountId, const TestAddresses &addresses);
    static void forgetTestAddresses(const QString &accountId);

    static QByteArray mainWindowState();
    static QByteArray mainWindowGeometry();
    static void setMainWindowState(const QByteArray &geometry, const QByteArray &state);
};

} // namespace Postaci
