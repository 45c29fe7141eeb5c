#include "lookupcommand.h"
#include "exitcode.h"

#include "account/emailaddress.h"
#include "common/localizedtext.h"
#include "discovery/finderoptions.h"
#include "discovery/providercatalog.h"
#include "discovery/settingsfinder.h"
#include "smtp/servertext.h"
#include "smtp/settingslabels.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSslCertificate>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Postaci::Cli {

namespace {

QString sourceLabel(CandidateSource source)
{
    switch (source) {
    case CandidateSource::ProviderAutoconfig:
        return LookupCommand::tr("provider's autoconfig (HTTPS)");
    case CandidateSource::Ispdb:
        return LookupCommand::tr("Thunderbird ISPDB (HTTPS)");
    case CandidateSource::Catalog:
        return LookupCommand::tr("built-in catalog");
    case CandidateSource::Srv:
        return LookupCommand::tr("DNS SRV record");
    case CandidateSource::Mx:
        return LookupCommand::tr("from the MX record");
    case CandidateSource::Guess:
        return LookupCommand::tr("guessed and probed");
    case CandidateSource::PlainHttpAutoconfig:
        return LookupCommand::tr("autoconfig over plain HTTP");
    }
    return {};
}

QString warningText(CandidateWarning warning)
{
    switch (warning) {
    case CandidateWarning::PlainHttpSource:
        return LookupCommand::tr("came over plain HTTP: anyone on the network path could have forged it");
    case CandidateWarning::DnsWithoutDnssec:
        return LookupCommand::tr("comes from a DNS answer that could not be checked with DNSSEC");
    case CandidateWarning::ForeignHost:
        return LookupCommand::tr("the server is outside your domain and not a known provider: make sure you expect it");
    case CandidateWarning::Plaintext:
        return LookupCommand::tr("no encryption: your password would travel readable by anyone on the path");
    case CandidateWarning::Port25:
        return LookupCommand::tr("port 25 is often blocked by Internet providers for home users; prefer 465 or 587");
    case CandidateWarning::Guessed:
        return LookupCommand::tr("nobody published this: it was found by trying");
    }
    return {};
}

QString outcomeLabel(SourceOutcome::Kind kind)
{
    switch (kind) {
    case SourceOutcome::Kind::Found:
        return LookupCommand::tr("found");
    case SourceOutcome::Kind::NotFound:
        return LookupCommand::tr("not found");
    case SourceOutcome::Kind::Timeout:
        return LookupCommand::tr("timed out");
    case SourceOutcome::Kind::Error:
        return LookupCommand::tr("error");
    }
    return {};
}

// User names from a template the lookup could not fill (a bare domain was asked about).
QString usernameLabel(const QString &username)
{
    if (username.isEmpty())
        return LookupCommand::tr("(your address)");
    // A user name comes from a document someone else wrote: escaped before our own words go in.
    QString label = escapeServerText(username);
    label.replace("%EMAILADDRESS%"_L1, LookupCommand::tr("<your address>"));
    label.replace("%EMAILLOCALPART%"_L1, LookupCommand::tr("<name before @>"));
    label.replace("%EMAILDOMAIN%"_L1, LookupCommand::tr("<domain>"));
    return label;
}

QString pad(const QString &text, qsizetype width)
{
    return text.size() >= width ? text + QLatin1Char(' ') : text.leftJustified(width);
}

} // namespace

std::optional<int> LookupCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Finds a provider's SMTP settings from an e-mail address or a domain. Every source is asked at once:\n"
        "the built-in catalog, the provider's own autoconfig (HTTPS), the Thunderbird ISPDB, DNS (SRV and MX)\n"
        "and guessing (smtp., mail. and the domain itself, probed without any credentials). Each suggestion\n"
        "says where it came from and whether it can be trusted.\n"
        "\n"
        "Exit codes: 0 settings found; 1 nothing found (the output says where Postacı looked, what each\n"
        "place answered and what to try); 2 bad usage or an invalid address or domain."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"EMAIL-OR-DOMAIN"_s, tr("The e-mail address or the domain to look up."));
    const QCommandLineOption offlineOption(u"offline"_s, tr("Use only the built-in catalog (instant, no network)."));
    const QCommandLineOption probeOption(u"probe"_s,
                                         tr("Connect to every suggested server (greeting, EHLO, TLS; never a password) and mark it verified."));
    const QCommandLineOption ispdbOption(u"ispdb-url"_s,
                                         tr("Base URL of the ISPDB to ask (HTTPS; default: the setting, else Thunderbird's)."),
                                         u"URL"_s);
    const QCommandLineOption caOption(u"ca-file"_s,
                                      tr("Also trust the CA certificates in this PEM file (for servers with a private CA)."),
                                      u"PEM"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s,
                                           tr("Overall deadline in seconds (default 10): what is found by then is reported."),
                                           u"SECONDS"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object instead of text."));
    parser.addOptions({offlineOption, probeOption, ispdbOption, caOption, timeoutOption, jsonOption});

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
        standardError() << tr("Give exactly one e-mail address or domain to look up.") << "\n\n" << parser.helpText() << Qt::flush;
        return Usage;
    }

    const EmailAddress target = EmailAddress::parseEmailOrDomain(positional.first());
    if (!target.isValid()) {
        if (target.error() == EmailAddress::Error::ControlCharacter)
            standardError() << tr("The address contains a control character (such as a line break); it is refused.") << Qt::endl;
        else if (target.errorPart() != EmailAddress::ErrorPart::Domain && positional.first().contains(QLatin1Char('@')))
            standardError() << tr("\"%1\" is not a valid e-mail address.").arg(positional.first()) << Qt::endl;
        else
            standardError() << tr("\"%1\" is neither a valid e-mail address nor a valid domain.").arg(positional.first()) << Qt::endl;
        return Usage;
    }

    FinderOptions options;
    if (parser.isSet(offlineOption)) {
        if (parser.isSet(probeOption) || parser.isSet(ispdbOption)) {
            standardError() << tr("--offline uses only the built-in catalog: it cannot be combined with --probe or --ispdb-url.")
                            << Qt::endl;
            return Usage;
        }
        options = FinderOptions::offline();
    }
    if (parser.isSet(probeOption))
        options.probing = FinderOptions::Probing::VerifyCandidates;
    if (parser.isSet(ispdbOption)) {
        const QUrl url(parser.value(ispdbOption));
        if (!url.isValid() || url.scheme() != "https"_L1 || url.host().isEmpty()) {
            standardError() << tr("--ispdb-url must be an https:// URL: ISPDB answers are trusted, so they must not travel in clear.")
                            << Qt::endl;
            return Usage;
        }
        options.ispdbBaseUrl = url;
    }
    if (parser.isSet(caOption)) {
        const QString path = parser.value(caOption);
        const QList<QSslCertificate> certificates = QFileInfo(path).isFile() ? QSslCertificate::fromPath(path, QSsl::Pem) : QList<QSslCertificate>{};
        if (certificates.isEmpty()) {
            standardError() << tr("No PEM certificate could be read from \"%1\".").arg(path) << Qt::endl;
            return Usage;
        }
        options.extraCaCertificates = certificates;
    }
    if (parser.isSet(timeoutOption)) {
        const std::optional<std::chrono::milliseconds> timeout = secondsOption(parser.value(timeoutOption), 600);
        if (!timeout) {
            standardError() << tr("--timeout needs a number of seconds between 0 and 600.") << Qt::endl;
            return Usage;
        }
        options.deadline = *timeout;
    }

    auto *finder = new SettingsFinder(options, this);
    if (!m_json && ::isatty(STDERR_FILENO)) {
        // The sources answer at very different speeds (the catalog at once, a silent server only
        // at the deadline), so someone at a terminal sees each answer as it comes. It goes to
        // stderr and only to a terminal: stdout stays the report that scripts read.
        standardError() << tr("Looking up %1: asking every source at once, for at most %2 s…")
                               .arg(positional.first())
                               .arg(double(options.deadline.count()) / 1000.0)
                        << Qt::endl;
        connect(finder, &SettingsFinder::sourceFinished, this, [this](const SourceOutcome &outcome) {
            standardError() << "  " << tr("%1: %2 (%3 ms)").arg(escapeServerText(outcome.name), outcomeLabel(outcome.outcome)).arg(outcome.ms)
                            << Qt::endl;
        });
    }
    connect(finder, &SettingsFinder::finished, this, [this](const LookupReport &report) {
        if (m_json) {
            standardOutput() << jsonText(report.toJson()) << Qt::flush;
        } else {
            printHuman(report);
        }
        const int exitCode = report.isEmpty() ? Other : Success;
        if (report.deadlineReached) {
            // Sources cut short by the deadline may still sit in a resolver call (QDnsLookup and
            // QHostInfo run getaddrinfo/res_nquery in Qt's thread pools, which cannot be
            // interrupted and are waited for at exit: up to the resolver's own timeout per
            // question). The answer is printed; do not make the user wait for those threads.
            standardOutput().flush();
            standardError().flush();
            std::fflush(nullptr);
            std::_Exit(exitCode);
        }
        Q_EMIT finished(exitCode);
    });
    finder->start(target);
    return std::nullopt;
}

void LookupCommand::printSources(const LookupReport &report) const
{
    QTextStream &out = standardOutput();
    qsizetype nameWidth = 0;
    qsizetype outcomeWidth = 0;
    for (const SourceOutcome &source : report.sources) {
        nameWidth = std::max(nameWidth, source.name.size());
        outcomeWidth = std::max(outcomeWidth, outcomeLabel(source.outcome).size());
    }
    for (const SourceOutcome &source : report.sources) {
        // The query and the reason can quote what a server sent (an HTTP reason phrase, a value
        // from a refused document): escaped, so that a terminal never interprets it
        // (docs/security.md#outside-text).
        out << "  " << pad(outcomeLabel(source.outcome), outcomeWidth + 1) << pad(source.name, nameWidth + 1)
            << escapeServerText(source.query);
        if (!source.reason.isEmpty())
            out << "  (" << escapeServerText(source.reason) << ")";
        out << "  " << tr("%1 ms").arg(source.ms) << "\n";
    }
}

void LookupCommand::printHuman(const LookupReport &report) const
{
    QTextStream &out = standardOutput();
    const QString subject = report.emailAddress.isEmpty() ? report.domain : report.emailAddress;
    if (report.candidates.isEmpty()) {
        out << tr("No SMTP settings found for %1.").arg(subject) << "\n";
        if (report.deadlineReached)
            out << tr("Some sources did not answer before the deadline (%1 ms).").arg(report.elapsedMs) << "\n";
        out << "\n" << tr("Where Postacı looked and what each place answered:") << "\n";
        printSources(report);
        out << "\n" << tr("What to try:") << "\n"
            << "  - " << tr("Ask your e-mail provider (or whoever hosts %1) for its SMTP server, port, security and user name.").arg(report.domain)
            << "\n"
            << "  - " << tr("Hosting companies often use mail.%1 on port 465 (SSL/TLS) or 587 (STARTTLS); check it with:").arg(report.domain)
            << "\n"
            << "      postaci-cli probe --host mail." << report.domain << " --port 465 --security tls\n"
            << "      postaci-cli probe --host mail." << report.domain << " --port 587 --security starttls\n"
            << "  - " << tr("If you are offline or behind a firewall, run the lookup again once the network works.") << "\n";
        if (report.sources.size() == 1 && report.sources.first().name == QLatin1String(SourceNames::catalog))
            out << "  - " << tr("Only the built-in catalog was asked (--offline): run without --offline to ask the network too.") << "\n";
        out.flush();
        return;
    }

    out << tr("SMTP settings for %1, best first:").arg(subject) << "\n";
    if (report.deadlineReached)
        out << tr("(Partial: some sources did not answer within %1 ms.)").arg(report.elapsedMs) << "\n";
    out << "\n";

    const QString headers[] = {u"#"_s, tr("Server"), tr("Port"), tr("Security"), tr("User name"), tr("Source"), tr("Trust")};
    QList<QStringList> rows;
    for (int i = 0; i < report.candidates.size(); ++i) {
        const ServerCandidate &c = report.candidates.at(i);
        QString trust = c.trusted ? tr("✔ trusted") : tr("⚠ check");
        if (c.verified.has_value())
            trust += QLatin1Char(' ') + (*c.verified ? tr("· verified") : tr("· probe failed"));
        rows.append({QString::number(i + 1), escapeServerText(c.host), QString::number(c.port), SettingsLabels::security(c.security),
                     usernameLabel(c.username), sourceLabel(c.bestSource()), trust});
    }
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : std::as_const(rows)) {
        for (int column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths.at(column), row.at(column).size());
    }
    out << "  ";
    for (int column = 0; column < widths.size(); ++column)
        out << pad(headers[column], widths.at(column) + 1);
    out << "\n";
    for (int i = 0; i < rows.size(); ++i) {
        out << "  ";
        for (int column = 0; column < rows.at(i).size(); ++column)
            out << pad(rows.at(i).at(column), widths.at(column) + 1);
        out << "\n";
        const ServerCandidate &c = report.candidates.at(i);
        for (const CandidateWarning warning : c.warnings)
            out << "      ⚠ " << warningText(warning) << "\n";
        if (c.origins.size() > 1) {
            QStringList others;
            for (const CandidateOrigin &origin : c.origins)
                others.append(sourceLabel(origin.source));
            others.removeDuplicates();
            if (others.size() > 1)
                out << "      " << tr("confirmed by: %1").arg(others.join(u", "_s)) << "\n";
        }
    }
    for (const ServerCandidate &c : report.candidates) {
        if (c.providerName.isEmpty())
            continue;
        out << "\n" << tr("Provider: %1").arg(escapeServerText(c.providerName)) << "\n";
        // The catalog knows when the account password will not work (app password, OAuth2 only).
        if (const ProviderEntry *entry = ProviderCatalog::builtIn().byId(c.providerId); entry && entry->hasPasswordFormat()) {
            const QString label = localizedText(entry->passwordFormat.value(u"label"_s));
            const QString help = entry->passwordFormat.value(u"helpUrl"_s).toString();
            if (!label.isEmpty())
                out << "  " << tr("Password: %1").arg(label) << "\n";
            if (!help.isEmpty())
                out << "  " << tr("How to get one: %1").arg(help) << "\n";
        }
        break;
    }
    out << "\n" << tr("Where Postacı looked:") << "\n";
    printSources(report);
    out.flush();
}

} // namespace Postaci::Cli
