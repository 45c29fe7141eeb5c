// postaci-cli: the command-line face on postaci-core. Subcommands and their flags are a
// contract (docs/cli.md): scripts depend on the names, exit codes and JSON fields.
#include "accountscommand.h"
#include "checkdomaincommand.h"
#include "common/translation.h"
#include "exitcode.h"
#include "exportcommand.h"
#include "lookupcommand.h"
#include "probecommand.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

using namespace Postaci::Cli;

namespace {

std::unique_ptr<CliCommand> makeCommand(const QString &name)
{
    // send-test shares the probe flags and engine; ProbeCommand reads its own name.
    if (name == "probe"_L1 || name == "send-test"_L1)
        return std::make_unique<ProbeCommand>();
    if (name == "lookup"_L1)
        return std::make_unique<LookupCommand>();
    if (name == "accounts"_L1)
        return std::make_unique<AccountsCommand>();
    if (name == "check-domain"_L1)
        return std::make_unique<CheckDomainCommand>();
    if (name == "export"_L1)
        return std::make_unique<ExportCommand>();
    return nullptr;
}

QString usage()
{
    return QCoreApplication::translate("main",
        "Usage: postaci-cli [--lang tr|en] COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  probe      Check that an SMTP server accepts a connection, TLS and your login\n"
        "  send-test  Send a test e-mail through an SMTP server or a saved account\n"
        "  lookup     Find a provider's SMTP settings from an e-mail address or domain\n"
        "  accounts   List, show, add, remove or test saved accounts\n"
        "  check-domain  Will my mail arrive? SPF, DKIM, DMARC, MTA-STS and MX of a sender's domain\n"
        "  export     Write a saved account's settings for another program\n"
        "\n"
        "Global options:\n"
        "  --lang tr|en   Language of the messages (default: the system's)\n"
        "  --version      Print the version and exit\n"
        "  --help         Print this help; COMMAND --help prints the command's own\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"postaci"_s);
    QCoreApplication::setOrganizationName(u"postaci"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTACI_VERSION));

    // Global options come before the command name; --lang may also appear after it.
    QStringList arguments = QCoreApplication::arguments();
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == "--lang"_L1 && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
            break;
        }
        if (argument.startsWith("--lang="_L1)) {
            language = argument.mid(7);
            arguments.remove(i);
            break;
        }
    }
    if (!language.isEmpty() && !Postaci::supportedLanguages().contains(language)) {
        standardError() << QCoreApplication::translate("main", "Unknown language \"%1\": use tr or en.").arg(language)
                        << Qt::endl;
        return Usage;
    }
    Postaci::installTranslations(app, language);

    if (arguments.size() < 2) {
        standardError() << usage() << Qt::flush;
        return Usage;
    }
    const QString name = arguments.at(1);
    if (name == "--version"_L1 || name == "-v"_L1) {
        standardOutput() << "postaci-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (name == "--help"_L1 || name == "-h"_L1 || name == "help"_L1) {
        standardOutput() << usage() << Qt::flush;
        return Success;
    }

    std::unique_ptr<CliCommand> command = makeCommand(name);
    if (!command) {
        standardError() << QCoreApplication::translate("main", "Unknown command \"%1\".").arg(name) << "\n\n"
                        << usage() << Qt::flush;
        return Usage;
    }
    QObject::connect(command.get(), &CliCommand::finished, &app, [](int exitCode) {
        QCoreApplication::exit(exitCode);
    });
    QStringList commandArguments = arguments.mid(2);
    commandArguments.prepend(u"postaci-cli "_s + name);
    if (const std::optional<int> immediate = command->start(commandArguments))
        return *immediate;
    return app.exec();
}
