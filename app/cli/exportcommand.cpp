#include "exportcommand.h"

#include "exitcode.h"

#include "account/accountstore.h"
#include "export/accountexport.h"
#include "export/exportfile.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Postaci::Cli {

namespace {

QString formatList()
{
    QStringList names;
    for (ExportFormat format : allExportFormats())
        names.append(exportFormatName(format));
    return names.join(u'|');
}

} // namespace

int ExportCommand::fail(int exitCode, const QString &kind, const QString &message)
{
    standardError() << "postaci-cli export: ";
    return reportFailure(exitCode, kind, message, m_json);
}

std::optional<int> ExportCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Writes a saved account's settings for another program. The password is never written: msmtp and "
               "swaks read it from the keychain themselves."));
    const QCommandLineOption format(u"format"_s, tr("One of %1.").arg(formatList()), u"F"_s);
    const QCommandLineOption output(u"output"_s, tr("Write into FILE (atomically) instead of standard output."),
                                    u"FILE"_s);
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOptions({format, output, json, help});
    parser.addPositionalArgument(u"ID"_s, tr("The account's id (see postaci-cli accounts list)."));
    m_json = arguments.contains("--json"_L1);
    if (!parser.parse(arguments))
        return fail(Usage, u"usage"_s, parser.errorText());
    if (parser.isSet(help)) {
        standardOutput() << parser.helpText() << Qt::flush;
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(Usage, u"usage"_s, tr("give exactly one account id (see --help)."));
    if (!parser.isSet(format))
        return fail(Usage, u"usage"_s, tr("--format is required: %1.").arg(formatList()));
    const std::optional<ExportFormat> chosen = exportFormatFromName(parser.value(format));
    if (!chosen)
        return fail(Usage, u"usage"_s, tr("--format: \"%1\" is not one of %2.").arg(parser.value(format), formatList()));

    AccountStore::Result found;
    const std::optional<Account> account = AccountStore().find(parser.positionalArguments().constFirst(), &found);
    if (!account) {
        const bool unknown = found.error == AccountStore::Error::UnknownAccount;
        return fail(unknown ? Usage : Other, unknown ? u"unknown-account"_s : u"store"_s, found.message);
    }
    const AccountExport exported = AccountExport::write(*account, *chosen);
    if (parser.isSet(output)) {
        const QString problem = ExportFile::write(parser.value(output), exported.content);
        if (!problem.isEmpty())
            return fail(Other, u"write-failed"_s, problem);
    }
    // What the reader must know goes to stderr, so that stdout stays the document itself.
    for (const QString &note : exported.notes)
        standardError() << "# " << note << Qt::endl;
    if (!exported.dnsRecords.isEmpty()) {
        standardError() << "# " << tr("DNS records to publish (RFC 6186, RFC 8314):") << Qt::endl;
        for (const QString &record : exported.dnsRecords)
            standardError() << record << Qt::endl;
    }
    if (m_json) {
        QJsonObject object{{u"ok"_s, true},
                           {u"id"_s, account->id},
                           {u"format"_s, exportFormatName(*chosen)},
                           {u"notes"_s, QJsonArray::fromStringList(exported.notes)},
                           {u"dnsRecords"_s, QJsonArray::fromStringList(exported.dnsRecords)}};
        if (parser.isSet(output))
            object.insert(u"output"_s, parser.value(output));
        else
            object.insert(u"content"_s, exported.content);
        standardOutput() << jsonText(object) << Qt::flush;
    } else if (!parser.isSet(output)) {
        standardOutput() << exported.content << Qt::flush;
    }
    return Success;
}

} // namespace Postaci::Cli
