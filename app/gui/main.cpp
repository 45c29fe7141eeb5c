#include "common/translation.h"
#include "mainwindow.h"
#include "uisettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"postaci"_s);
    QApplication::setApplicationDisplayName(u"Postacı"_s);
    QApplication::setOrganizationName(u"postaci"_s);
    QApplication::setApplicationVersion(QStringLiteral(POSTACI_VERSION));
    QApplication::setDesktopFileName(u"io.github.postaci.Postaci"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/postaci.png"_s));

    // --lang must be known before any translated text is built (the --help text too), so a first
    // pass reads only it. Without it, the language chosen in the Language menu (saved in the
    // settings) applies, else the system's.
    const QString langName = u"lang"_s;
    QCommandLineParser languageParser;
    languageParser.addOption(QCommandLineOption(langName, QString(), u"tr|en"_s));
    languageParser.parse(QCoreApplication::arguments()); // other options are the second pass's business
    const QString language = languageParser.isSet(langName) ? languageParser.value(langName) : Postaci::UiSettings::language();
    const QString shown = Postaci::installTranslations(app, language);
    if (languageParser.isSet(langName))
        Postaci::UiSettings::setLanguageForThisRun(shown); // what is really shown ("xx" falls back to "en")

    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(langName, QCoreApplication::translate("main", "Language of the interface (tr or en)."),
                                        u"tr|en"_s));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    Postaci::MainWindow window;
    window.show();
    window.openWizardOnFirstStart(); // a newcomer starts where there is something to do
    return app.exec();
}
