#include "checkdomaincommand.h"
#include "exitcode.h"

#include "account/accountstore.h"
#include "account/emailaddress.h"
#include "deliverability/deliverabilitycheck.h"
#include "discovery/domainnames.h"
#include "smtp/servertext.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Postaci::Cli {

namespace {

QString statusLabel(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return CheckDomainCommand::tr("✔ pass");
    case CheckStatus::Warn:
        return CheckDomainCommand::tr("⚠ warn");
    case CheckStatus::Fail:
        return CheckDomainCommand::tr("✘ fail");
    case CheckStatus::None:
        return CheckDomainCommand::tr("– none");
    }
    return {};
}

QString checkName(const QString &id)
{
    if (id == "mta-sts"_L1)
        return u"MTA-STS"_s;
    if (id == "tls-rpt"_L1)
        return u"TLS-RPT"_s;
    return id.toUpper();
}

} // namespace

std::optional<int> CheckDomainCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Will my mail arrive? Checks the DNS records of the sender's domain that receivers judge mail by:\n"
               "MX, SPF (is the sending server authorised?), DMARC, DKIM keys, MTA-STS and TLS-RPT. For each\n"
               "check that fails or warns it says what to publish.\n"
               "\n"
               "Exit codes: 0 nothing fails; 10 at least one check fails; 3 DNS could not be asked at all;\n"
               "2 bad usage or an invalid address or domain."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"EMAIL-OR-DOMAIN"_s, tr("The sender's e-mail address or domain."));
    const QCommandLineOption accountOption(
            u"account"_s, tr("Check for the server of this saved account (and its address)."), u"ID"_s);
    const QCommandLineOption hostOption(u"host"_s, tr("Check for this sending server (its SPF authorisation)."),
                                        u"HOST"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, tr("Deadline for all DNS questions in seconds (default 10)."),
                                           u"SECONDS"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object instead of text."));
    parser.addOptions({accountOption, hostOption, timeoutOption, jsonOption});

    if (!parser.parse(arguments)) {
        standardError() << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(u"help"_s)) {
        standardOutput() << parser.helpText() << Qt::flush;
        return Success;
    }
    m_json = parser.isSet(jsonOption);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        standardError() << tr("Give exactly one e-mail address or domain to check.") << "\n\n"
                        << parser.helpText() << Qt::flush;
        return Usage;
    }
    if (parser.isSet(accountOption) && parser.isSet(hostOption)) {
        standardError() << tr("--account and --host both name the server: give one of them.") << Qt::endl;
        return Usage;
    }
    const EmailAddress target = EmailAddress::parseEmailOrDomain(positional.first());
    if (!target.isValid()) {
        if (target.error() == EmailAddress::Error::ControlCharacter)
            standardError() << tr("The address contains a control character (such as a line break); it is refused.")
                            << Qt::endl;
        else
            standardError() << tr("\"%1\" is neither a valid e-mail address nor a valid domain.")
                                       .arg(escapeServerText(positional.first()))
                            << Qt::endl;
        return Usage;
    }

    if (target.isAddressLiteral()) {
        standardError() << tr("An address literal such as %1 has no DNS records to check.").arg(target.domain())
                        << Qt::endl;
        return Usage;
    }
    DeliverabilityCheck::Request request;
    request.domain = target.domain();
    request.sender = target.address(); // empty for a bare domain
    if (parser.isSet(hostOption)) {
        const QString host = parser.value(hostOption);
        const QString normalized = QHostAddress(host).isNull() ? DomainNames::normalized(host) : host;
        if (normalized.isEmpty()) {
            standardError() << tr("\"%1\" is not a valid host name.").arg(escapeServerText(host)) << Qt::endl;
            return Usage;
        }
        request.serverHost = normalized;
    }
    if (parser.isSet(accountOption)) {
        AccountStore::Result found;
        const std::optional<Account> account = AccountStore().find(parser.value(accountOption), &found);
        if (!account) {
            standardError() << found.message << Qt::endl;
            return found.error == AccountStore::Error::UnknownAccount ? Usage : Other;
        }
        request.serverHost = account->host;
        request.providerId = account->providerId;
    }
    if (parser.isSet(timeoutOption)) {
        const std::optional<std::chrono::milliseconds> timeout = secondsOption(parser.value(timeoutOption), 600);
        if (!timeout) {
            standardError() << tr("--timeout needs a number of seconds between 0 and 600.") << Qt::endl;
            return Usage;
        }
        request.timeout = *timeout;
    }

    auto *check = new DeliverabilityCheck(request, this);
    if (!m_json && ::isatty(STDERR_FILENO)) {
        // As `lookup` does: progress on stderr, only at a terminal; stdout stays the report.
        standardError() << tr("Checking the DNS records of %1, for at most %2 s…")
                                   .arg(request.domain)
                                   .arg(double(request.timeout.count()) / 1000.0)
                        << Qt::endl;
        connect(check, &DeliverabilityCheck::progress, this, [](int answered, int asked) {
            standardError() << "\r  " << tr("%1 of %2 DNS answers").arg(answered).arg(asked) << Qt::flush;
        });
    }
    connect(check, &DeliverabilityCheck::finished, this, [this](const DeliverabilityReport &report) {
        if (!m_json && ::isatty(STDERR_FILENO))
            standardError() << Qt::endl;
        if (m_json)
            standardOutput() << jsonText(report.toJson())
                             << Qt::flush;
        else
            printHuman(report);
        const int exitCode = report.dnsUnavailable ? Connection : report.anyFailed() ? ChecksFailed : Success;
        if (report.deadlineReached || report.dnsUnavailable) {
            // Questions cut short by the deadline may still sit in a resolver call in Qt's DNS
            // thread pool, which is waited for at exit (see LookupCommand): the answer is printed.
            standardOutput().flush();
            standardError().flush();
            std::fflush(nullptr);
            std::_Exit(exitCode);
        }
        Q_EMIT finished(exitCode);
    });
    check->start();
    return std::nullopt;
}

void CheckDomainCommand::printHuman(const DeliverabilityReport &report) const
{
    // Records, explanations and remedies quote DNS texts: escaped, so that a terminal never
    // interprets them (docs/security.md#outside-text).
    QTextStream &out = standardOutput();
    const QString subject = report.sender.isEmpty() ? report.domain : report.sender;
    if (report.serverHost.isEmpty()) {
        out << tr("Will mail from %1 arrive?").arg(subject) << "\n";
    } else {
        QStringList addresses;
        for (const QHostAddress &address : report.serverAddresses)
            addresses.append(address.toString());
        out << tr("Will mail from %1 sent through %2 arrive?").arg(subject, escapeServerText(report.serverHost))
            << "\n";
        if (!addresses.isEmpty())
            out << "  " << tr("Server addresses: %1").arg(addresses.join(u", "_s)) << "\n";
    }
    out << "\n";
    for (const DeliverabilityCheckItem &item : report.checks) {
        out << "  " << statusLabel(item.status).leftJustified(8) << " " << checkName(item.id).leftJustified(8) << " "
            << escapeServerText(item.explanation) << "\n";
        if (!item.record.isEmpty()) {
            for (const QString &line : item.record.split(QLatin1Char('\n')))
                out << "                    " << tr("record: %1").arg(escapeServerText(line)) << "\n";
        }
        if (!item.remedy.isEmpty())
            out << "                    " << tr("fix: %1").arg(escapeServerText(item.remedy)) << "\n";
    }
    for (const SpfOutcome &outcome : report.spfResults) {
        out << "  "
            << tr("SPF for %1: %2 (%3)")
                        .arg(outcome.ip.toString(), spfResultName(outcome.result), escapeServerText(outcome.decidedBy))
            << "\n";
    }
    out << "\n" << escapeServerText(report.verdict) << "\n";
    out.flush();
}

} // namespace Postaci::Cli
