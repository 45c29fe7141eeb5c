#include "accountstestcommand.h"

#include "exitcode.h"
#include "interruptwatcher.h"

#include "account/accountstore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>


using namespace Qt::StringLiterals;

namespace Postaci::Cli {

int AccountsTestCommand::fail(int exitCode, const QString &kind, const QString &message)
{
    standardError() << "postaci-cli accounts test: ";
    return reportFailure(exitCode, kind, message, m_json);
}

std::optional<int> AccountsTestCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Tests saved accounts again, all at once: signs in (and with --send also sends a test message to the "
               "account's own address). Exit code 0: every account works; 10: at least one no longer works; 9: the "
               "keychain cannot be reached."));
    const QCommandLineOption all(u"all"_s, tr("Test every saved account."));
    const QCommandLineOption send(u"send"_s, tr("Also send the test message."));
    const QCommandLineOption deadline(u"deadline"_s, tr("Time limit for each account, in seconds (default 90)."),
                                      u"SECONDS"_s);
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOptions({all, send, deadline, json, help});
    parser.addPositionalArgument(u"ID"_s, tr("The account's id (see postaci-cli accounts list)."), u"[ID...]"_s);
    m_json = arguments.contains("--json"_L1);
    if (!parser.parse(arguments))
        return fail(Usage, u"usage"_s, parser.errorText());
    if (parser.isSet(help)) {
        standardOutput() << parser.helpText() << Qt::flush;
        return Success;
    }
    const QStringList ids = parser.positionalArguments();
    if (parser.isSet(all) == !ids.isEmpty())
        return fail(Usage, u"usage"_s, tr("give account ids or --all, not both and not neither."));
    std::chrono::milliseconds limit = AccountsTestJob::defaultDeadline;
    if (parser.isSet(deadline)) {
        const std::optional<std::chrono::milliseconds> given = secondsOption(parser.value(deadline), 3600);
        if (!given)
            return fail(Usage, u"usage"_s,
                        tr("--deadline: \"%1\" is not a number of seconds between 0 and 3600.").arg(parser.value(deadline)));
        limit = *given;
    }

    const AccountStore store;
    const AccountStore::LoadResult loaded = store.load();
    if (!loaded.ok())
        return fail(Other, u"store"_s, loaded.message);
    QList<Account> accounts;
    if (parser.isSet(all)) {
        accounts = loaded.accounts;
    } else {
        for (const QString &id : ids) {
            AccountStore::Result found;
            const std::optional<Account> account = store.find(id, &found);
            if (!account) {
                const bool unknown = found.error == AccountStore::Error::UnknownAccount;
                return fail(unknown ? Usage : Other, unknown ? u"unknown-account"_s : u"store"_s, found.message);
            }
            accounts.append(*account);
        }
    }

    auto *watcher = new InterruptWatcher(this);
    connect(watcher, &InterruptWatcher::interrupted, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    m_job = new AccountsTestJob(accounts, parser.isSet(send) ? TestSendRequest::Kind::Send : TestSendRequest::Kind::Probe,
                                this);
    m_job->setDeadline(limit);
    connect(m_job, &AccountsTestJob::finished, this, &AccountsTestCommand::printResult);
    m_job->start();
    return std::nullopt;
}

void AccountsTestCommand::printResult(const AccountsTestResult &result)
{
    if (m_json) {
        standardOutput() << jsonText(result.toJson()) << Qt::flush;
    } else {
        QTextStream &out = standardOutput();
        if (result.accounts.isEmpty() && !result.cancelled)
            out << tr("No saved accounts. Add one with: postaci-cli accounts add --help") << Qt::endl;
        for (const AccountCheck &check : result.accounts) {
            QString line = u"%1 %2 %3: %4"_s.arg(check.ok() ? u"✓"_s : u"✗"_s, check.accountId, check.email,
                                                check.summary());
            if (check.certificateDaysLeft)
                line += u"; "_s + tr("certificate: %n day(s) left", nullptr, *check.certificateDaysLeft);
            out << line << Qt::endl;
            for (const QString &warning : check.warningTexts)
                out << "    " << tr("Warning: %1").arg(warning) << Qt::endl;
        }
        if (result.cancelled)
            out << tr("Cancelled.") << Qt::endl;
        out << Qt::flush;
    }
    const int code = result.cancelled ? Other
            : result.keychainUnreachable() ? Keychain
            : result.ok()                  ? Success
                                           : ChecksFailed;
    Q_EMIT finished(code);
}

} // namespace Postaci::Cli
