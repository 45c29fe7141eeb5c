#include "common/translation.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("postaci"));
    QApplication::setApplicationDisplayName(QStringLiteral("Postacı"));
    QApplication::setOrganizationName(QStringLiteral("postaci"));
    QApplication::setApplicationVersion(QStringLiteral(POSTACI_VERSION));

    // --lang must be known before any translated text is built, so parse it first.
    QCommandLineParser parser;
    QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language of the interface (tr or en)."),
                                  QStringLiteral("tr|en"));
    parser.addOption(langOption);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    Postaci::installTranslations(app, parser.value(langOption));

    Postaci::MainWindow window;
    window.show();
    return app.exec();
}
