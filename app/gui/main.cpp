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

    // --lang must be known before any translated text is built, so parse it first. Without it,
    // the language chosen in the Language menu (saved in the settings) applies, else the
    // system's.
    QCommandLineParser parser;
    QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language of the interface (tr or en)."),
                                  QStringLiteral("tr|en"));
    parser.addOption(langOption);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    const QString language = parser.isSet(langOption) ? parser.value(langOption) : Postaci::UiSettings::language();
    Postaci::installTranslations(app, language);

    Postaci::MainWindow window;
    window.show();
    return app.exec();
}
