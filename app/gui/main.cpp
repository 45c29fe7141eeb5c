#include "common/translation.h"
#include "mainwindow.h"
#include "uisettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("postaci"));
    QApplication::setApplicationDisplayName(QStringLiteral("Postacı"));
    QApplication::setOrganizationName(QStringLiteral("postaci"));
    QApplication::setApplicationVersion(QStringLiteral(POSTACI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.postaci.Postaci"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/postaci.png")));

    // --lang must be known before any translated text is built (the --help text too), so a first
    // pass reads only it. Without it, the language chosen in the Language menu (saved in the
    // settings) applies, else the system's.
    const QString langName = QStringLiteral("lang");
    QCommandLineParser languageParser;
    languageParser.addOption(QCommandLineOption(langName, QString(), QStringLiteral("tr|en")));
    languageParser.parse(QCoreApplication::arguments()); // other options are the second pass's business
    const QString language = languageParser.isSet(langName) ? languageParser.value(langName) : Postaci::UiSettings::language();
    Postaci::installTranslations(app, language);

    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(langName, QCoreApplication::translate("main", "Language of the interface (tr or en)."),
                                        QStringLiteral("tr|en")));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    Postaci::MainWindow window;
    window.show();
    return app.exec();
}
