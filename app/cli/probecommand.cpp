#include "probecommand.h"

#include "accountsettingsloader.h"
#include "exitcode.h"
#include "interruptwatcher.h"

#include "account/accountstore.h"
#include "account/emailaddress.h"
#include "diagnosis/remedychecker.h"
#include "discovery/providercatalog.h"
#include "message/maildomaincheck.h"
#include "message/testmessage.h"
#include "smtp/settingslabels.h"
#include "smtp/smtpsession.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QUrl>

#include <cmath>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Postaci::Cli {

namespace {

bool hasLineBreakOrNul(const QString &value)
{
    return value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')) || value.contains(QChar(0));
}

QString colonHex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

// "sha256:AB:CD:..." (or the bare hex) → the raw 32-byte digest; empty when malformed.
QByteArray parsePin(const QString &text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive))
        hex = hex.mid(7);
    else if (hex.startsWith(QLatin1String("sha256/"), Qt::CaseInsensitive))
        return {}; // base64 (HPKP style) is not what this flag takes
    hex.remove(QLatin1Char(':'));
    if (hex.size() != 64)
        return {};
    for (const QChar c : hex) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}

// A host name (IDN allowed) or an IP address, as --host takes it.
bool isValidHost(const QString &host)
{
    if (host.isEmpty() || hasLineBreakOrNul(host) || host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('/')))
        return false;
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    if (QHostAddress(bare).protocol() != QAbstractSocket::UnknownNetworkLayerProtocol)
        return true;
    return !QUrl::toAce(host).isEmpty();
}

} // namespace

ProbeCommand::ProbeCommand(QObject *parent)
    : CliCommand(parent)
{
}

ProbeCommand::~ProbeCommand() = default;

void ProbeCommand::addOptions()
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions({
        {QStringLiteral("host"), tr("SMTP server name or address."), QStringLiteral("H")},
        {QStringLiteral("port"), tr("Port (default: 465 with --security tls, 25 with none, else 587)."), QStringLiteral("P")},
        {QStringLiteral("security"), tr("none, starttls or tls (default: tls on port 465, else starttls)."), QStringLiteral("MODE")},
        {QStringLiteral("auth"), tr("auto, none, plain, login, cram-md5 or xoauth2 (default: auto, the strongest the server offers)."),
         QStringLiteral("MECHANISM")},
        {QStringLiteral("user"), tr("User name for the login."), QStringLiteral("U")},
        {QStringLiteral("password-stdin"), tr("Read the password (or the XOAUTH2 token) from standard input.")},
        {QStringLiteral("password-env"), tr("Read the password (or the XOAUTH2 token) from the environment variable VAR."),
         QStringLiteral("VAR")},
        {QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file."), QStringLiteral("PEM")},
        {QStringLiteral("pin"), tr("Accept the server certificate whose SHA-256 fingerprint is HEX, even if it is not trusted otherwise (may be repeated)."),
         QStringLiteral("sha256:HEX")},
        {QStringLiteral("allow-plaintext-auth"), tr("With --security none: allow the password to travel unencrypted.")},
        {QStringLiteral("timeout"), tr("Time limit for each step, in seconds."), QStringLiteral("SECONDS")},
        {QStringLiteral("json"), tr("Print the result as one JSON object.")},
        {QStringLiteral("transcript"), tr("Print the SMTP conversation to standard error (passwords are never shown).")},
    });
    if (m_mode == Mode::SendTest) {
        m_parser.addOptions({
            {QStringLiteral("account"), tr("Use a saved account (its server, user name and keychain password); other flags override it."),
             QStringLiteral("ID")},
            {QStringLiteral("from"), tr("Sender address, optionally as \"Name <address>\" (default: the account's address)."),
             QStringLiteral("ADDR")},
            {QStringLiteral("to"), tr("Recipient address (default: the sender)."), QStringLiteral("ADDR")},
            {QStringLiteral("subject"), tr("Subject of the test message."), QStringLiteral("TEXT")},
        });
    }
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
}

QString ProbeCommand::helpText() const
{
    const QString usage = m_mode == Mode::Probe
        ? tr("Usage: %1 --host H [--port P] [--security none|starttls|tls] [OPTIONS]\n\n"
             "Connects to an SMTP server and checks the greeting, TLS and, when credentials are given, the login;\n"
             "then says QUIT. Nothing is sent.\n")
              .arg(m_commandName)
        : tr("Usage: %1 (--account ID | --host H [--port P] [--security S] ...) --from ADDR [--to ADDR] [OPTIONS]\n\n"
             "Sends a test e-mail (to the sender itself when --to is absent) and reports each step.\n"
             "The recipient's domain is checked to accept mail before anything is sent.\n")
              .arg(m_commandName);
    // QCommandLineParser's own text starts with its usage line; keep only the option list.
    QString options = m_parser.helpText();
    options = options.mid(options.indexOf(QLatin1String("\n\n")) + 1);
    return usage + options
        + tr("\nPasswords are never taken as an argument: use --password-stdin or --password-env VAR.\n"
             "Exit codes: 0 success, 2 bad usage or input, 3 connection, 4 TLS or certificate, 5 login,\n"
             "6 refused by the server, 7 timeout, 8 protocol violation, 9 keychain, 1 anything else.\n");
}

int ProbeCommand::usageError(const QString &message)
{
    standardError() << m_commandName << ": " << message << Qt::endl;
    return Usage;
}

void ProbeCommand::finishWith(int exitCode)
{
    Q_EMIT finished(exitCode);
}

std::optional<int> ProbeCommand::start(const QStringList &arguments)
{
    m_commandName = arguments.value(0, QStringLiteral("postaci-cli probe"));
    m_mode = m_commandName.endsWith(QLatin1String("send-test")) ? Mode::SendTest : Mode::Probe;
    addOptions();

    if (!m_parser.parse(arguments)) {
        if (m_parser.unknownOptionNames().contains(QLatin1String("password"))) {
            return usageError(tr("there is no --password option: a password on the command line can be read by every "
                                 "user of this computer and stays in the shell history. Use --password-stdin or "
                                 "--password-env VAR."));
        }
        return usageError(m_parser.errorText());
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        standardOutput() << helpText() << Qt::flush;
        return Success;
    }
    if (!m_parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\" (see --help).").arg(m_parser.positionalArguments().first()));

    m_json = m_parser.isSet(QStringLiteral("json"));
    m_printer = std::make_unique<SessionPrinter>(
        m_json ? SessionPrinter::Output::Json : SessionPrinter::Output::Human,
        m_parser.isSet(QStringLiteral("transcript")) ? SessionPrinter::Transcript::Shown : SessionPrinter::Transcript::Hidden);

    if (const std::optional<int> error = readPassword(&m_password))
        return error;

    m_interruptWatcher = new InterruptWatcher(this);
    connect(m_interruptWatcher, &InterruptWatcher::interrupted, this, &ProbeCommand::interrupted);

    if (m_mode == Mode::SendTest && m_parser.isSet(QStringLiteral("account"))) {
        const QString accountId = m_parser.value(QStringLiteral("account"));
        if (accountId.isEmpty() || hasLineBreakOrNul(accountId))
            return usageError(tr("--account needs the id of a saved account (see \"postaci-cli accounts list\")."));
        // Check the flags now, so that a typo is reported before the keychain is asked.
        SessionSettings scratch;
        if (const std::optional<int> error = applyFlags(scratch, true))
            return error;
        loadAccountSettings(accountId, this, [this](const AccountSettings &account) { accountLoaded(account); });
        return std::nullopt;
    }
    if (const std::optional<int> error = applyFlags(m_settings, false))
        return error;
    return continueWithSettings();
}

std::optional<int> ProbeCommand::readPassword(QString *password)
{
    const bool fromStdin = m_parser.isSet(QStringLiteral("password-stdin"));
    const bool fromEnv = m_parser.isSet(QStringLiteral("password-env"));
    if (fromStdin && fromEnv)
        return usageError(tr("--password-stdin and --password-env cannot be used together."));
    if (fromEnv) {
        const QString variable = m_parser.value(QStringLiteral("password-env"));
        if (variable.isEmpty() || !qEnvironmentVariableIsSet(variable.toLocal8Bit().constData()))
            return usageError(tr("--password-env: the environment variable \"%1\" is not set.").arg(variable));
        *password = qEnvironmentVariable(variable.toLocal8Bit().constData());
    } else if (fromStdin) {
        QByteArray bytes;
        if (::isatty(STDIN_FILENO)) {
            // A person is typing: one line, without echo.
            standardError() << tr("Password: ") << Qt::flush;
            termios saved{};
            const bool echoOff = ::tcgetattr(STDIN_FILENO, &saved) == 0;
            if (echoOff) {
                termios silent = saved;
                silent.c_lflag &= ~tcflag_t(ECHO);
                ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
            }
            char buffer[1024];
            if (std::fgets(buffer, sizeof buffer, stdin))
                bytes = QByteArray(buffer);
            if (echoOff)
                ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
            standardError() << Qt::endl;
        } else {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return usageError(tr("--password-stdin: standard input cannot be read."));
            bytes = in.readAll();
        }
        // Exactly one trailing newline is the end of the line, not part of the password.
        if (bytes.endsWith("\r\n"))
            bytes.chop(2);
        else if (bytes.endsWith('\n'))
            bytes.chop(1);
        *password = QString::fromUtf8(bytes);
    } else {
        return std::nullopt;
    }
    const QString flag = fromStdin ? QStringLiteral("--password-stdin") : QStringLiteral("--password-env");
    if (password->isEmpty())
        return usageError(tr("%1: the password is empty.").arg(flag));
    if (hasLineBreakOrNul(*password))
        return usageError(tr("%1: the password contains a line break or a NUL character.").arg(flag));
    m_passwordGiven = true;
    return std::nullopt;
}

std::optional<int> ProbeCommand::applyFlags(SessionSettings &settings, bool fromAccount)
{
    const auto isSet = [this](const char *name) { return m_parser.isSet(QLatin1String(name)); };
    const auto value = [this](const char *name) { return m_parser.value(QLatin1String(name)); };

    if (isSet("host")) {
        const QString host = value("host").trimmed();
        if (!isValidHost(host))
            return usageError(tr("--host: \"%1\" is not a valid host name or address.").arg(host));
        settings.host = host.startsWith(QLatin1Char('[')) ? host.mid(1, host.size() - 2) : host;
    }
    std::optional<Security> security;
    if (isSet("security")) {
        security = securityFromName(value("security"));
        if (!security)
            return usageError(tr("--security: \"%1\" is not one of none, starttls, tls.").arg(value("security")));
        settings.security = *security;
    }
    if (isSet("port")) {
        bool ok = false;
        const uint port = value("port").toUInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return usageError(tr("--port: \"%1\" is not a port number from 1 to 65535.").arg(value("port")));
        settings.port = quint16(port);
        // RFC 8314 §3.3: 465 is submission over implicit TLS; every other port starts in plaintext.
        if (!security && !fromAccount)
            settings.security = port == 465 ? Security::ImplicitTls : Security::StartTls;
    } else if (security && !fromAccount) {
        settings.port = *security == Security::ImplicitTls ? 465 : *security == Security::None ? 25 : 587;
    }
    if (isSet("auth")) {
        const std::optional<AuthMethod> auth = authMethodFromName(value("auth"));
        if (!auth)
            return usageError(tr("--auth: \"%1\" is not one of auto, none, plain, login, cram-md5, xoauth2.").arg(value("auth")));
        settings.auth = *auth;
    }
    if (isSet("user")) {
        if (hasLineBreakOrNul(value("user")))
            return usageError(tr("--user: the user name contains a line break or a NUL character."));
        settings.user = value("user");
    }
    if (isSet("ca-file")) {
        const QString path = value("ca-file");
        if (!QFileInfo(path).isFile() || !QFileInfo(path).isReadable())
            return usageError(tr("--ca-file: \"%1\" cannot be read.").arg(path));
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (certificates.isEmpty())
            return usageError(tr("--ca-file: \"%1\" contains no PEM certificate.").arg(path));
        settings.extraCaCertificates += certificates;
    }
    for (const QString &pin : m_parser.values(QStringLiteral("pin"))) {
        const QByteArray digest = parsePin(pin);
        if (digest.isEmpty())
            return usageError(tr("--pin: \"%1\" is not a SHA-256 fingerprint; write it as sha256: followed by 64 "
                                 "hexadecimal digits (colons allowed).")
                                  .arg(pin));
        settings.pinnedSha256.append(digest);
    }
    if (isSet("allow-plaintext-auth"))
        settings.allowPlaintextAuth = true;
    if (isSet("timeout")) {
        bool ok = false;
        const double seconds = value("timeout").toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 3600)
            return usageError(tr("--timeout: \"%1\" is not a number of seconds between 0 and 3600.").arg(value("timeout")));
        settings.timeouts = SessionTimeouts::uniform(std::chrono::milliseconds(qMax(qint64(1), qRound64(seconds * 1000))));
    }
    if (m_passwordGiven)
        settings.secret = m_password;
    return std::nullopt;
}

void ProbeCommand::accountLoaded(const AccountSettings &account)
{
    if (m_cancelled) {
        standardError() << tr("Cancelled.") << Qt::endl;
        finishWith(Other);
        return;
    }
    if (!account.ok) {
        standardError() << m_commandName << ": " << account.errorMessage << Qt::endl;
        finishWith(account.exitCode != 0 ? account.exitCode : Other);
        return;
    }
    m_settings = account.settings;
    m_accountEmail = account.email;
    m_accountId = account.account.id;
    m_providerId = account.account.providerId;
    if (const std::optional<int> error = applyFlags(m_settings, true)) {
        finishWith(*error);
        return;
    }
    if (const std::optional<int> error = continueWithSettings())
        finishWith(*error);
}

std::optional<int> ProbeCommand::continueWithSettings()
{
    const bool fromAccount = !m_accountEmail.isEmpty();
    if (m_settings.host.isEmpty())
        return usageError(m_mode == Mode::SendTest ? tr("--host is required (or --account ID).") : tr("--host is required."));
    const bool explicitMechanism = m_settings.auth != AuthMethod::Auto && m_settings.auth != AuthMethod::None;
    if (m_settings.auth != AuthMethod::None) {
        if (!m_settings.secret.isEmpty() && m_settings.user.isEmpty())
            return usageError(tr("--user is required with a password."));
        if (!m_settings.user.isEmpty() && m_settings.secret.isEmpty()) {
            return usageError(fromAccount ? tr("the saved account has no password in the keychain: give it with "
                                               "--password-stdin or --password-env VAR.")
                                          : tr("--user needs a password: use --password-stdin or --password-env VAR."));
        }
        if (explicitMechanism && m_settings.user.isEmpty())
            return usageError(tr("--auth %1 needs --user and a password (--password-stdin or --password-env VAR).")
                                  .arg(authMethodName(m_settings.auth)));
    }

    if (m_mode == Mode::SendTest) {
        const QString fromText = m_parser.isSet(QStringLiteral("from")) ? m_parser.value(QStringLiteral("from")) : m_accountEmail;
        if (fromText.trimmed().isEmpty())
            return usageError(tr("--from is required: the sender's address (the account's own address or one of its aliases)."));
        const EmailAddress from = EmailAddress::parseMailbox(fromText, &m_fromDisplayName, EmailAddress::DomainRule::AnyHost);
        if (!from.isValid())
            return usageError(tr("--from: \"%1\" is not a valid address: %2").arg(fromText, from.errorMessage()));
        QString toDisplayName;
        EmailAddress to = from;
        if (m_parser.isSet(QStringLiteral("to"))) {
            to = EmailAddress::parseMailbox(m_parser.value(QStringLiteral("to")), &toDisplayName, EmailAddress::DomainRule::AnyHost);
            if (!to.isValid())
                return usageError(tr("--to: \"%1\" is not a valid address: %2").arg(m_parser.value(QStringLiteral("to")), to.errorMessage()));
        } else {
            toDisplayName = m_fromDisplayName;
        }

        TestMessage message;
        message.setFrom(from.address(), m_fromDisplayName);
        message.setTo(to.address(), toDisplayName);
        if (m_parser.isSet(QStringLiteral("subject")))
            message.setSubject(m_parser.value(QStringLiteral("subject")));
        const TestMessage::Result built = message.build();
        if (!built.ok()) {
            QString flag;
            switch (built.field) {
            case TestMessage::Field::From:
            case TestMessage::Field::FromName: flag = QStringLiteral("--from"); break;
            case TestMessage::Field::To:
            case TestMessage::Field::ToName: flag = QStringLiteral("--to"); break;
            case TestMessage::Field::Subject: flag = QStringLiteral("--subject"); break;
            default: flag = m_commandName; break;
            }
            return usageError(flag + QStringLiteral(": ") + built.errorString);
        }
        m_message = built.message;
        m_testId = message.testId();
        m_senderAddress = from.address();
        m_recipient = to.address();
        m_recipientDomain = to.domain();
        checkRecipientDomain();
    } else {
        startSession();
    }
    return std::nullopt;
}

void ProbeCommand::checkRecipientDomain()
{
    m_domainCheck = new MailDomainCheck(m_recipientDomain, this);
    // Bounded: a slow resolver must not hold the test up for long (it only gives a warning).
    const std::chrono::milliseconds limit = std::min(std::chrono::milliseconds(5000), m_settings.timeouts.command);
    m_domainCheck->setTimeout(limit);
    // QDnsLookup runs res_nquery() on a worker thread that cannot be interrupted, and Qt waits
    // for that thread when the program ends: with the resolver's defaults (5 s × 2 attempts per
    // name server) a silent name server would keep postaci-cli alive long after the result was
    // printed. glibc reads RES_OPTIONS at res_ninit(), which QDnsLookup calls per query, so this
    // bounds the query itself to about the check's own limit. A user's own setting is kept.
    if (!qEnvironmentVariableIsSet("RES_OPTIONS")) {
        const qint64 seconds = qMax(qint64(1), (qint64(limit.count()) + 999) / 1000);
        qputenv("RES_OPTIONS", QByteArray("timeout:" + QByteArray::number(seconds) + " attempts:1"));
    }
    connect(m_domainCheck, &MailDomainCheck::finished, this, [this](const MailDomainCheck::Result &result) {
        if (m_cancelled) {
            standardError() << tr("Cancelled.") << Qt::endl;
            finishWith(Other);
            return;
        }
        switch (result.outcome) {
        case MailDomainCheck::Outcome::AcceptsMail:
            m_printer->printNote(result.implicitMx
                                     ? tr("The recipient's domain %1 accepts mail (no MX record; its own address is used).").arg(result.domain)
                                     : tr("The recipient's domain %1 accepts mail (MX: %2).").arg(result.domain, result.mailServers.join(QLatin1String(", "))));
            break;
        case MailDomainCheck::Outcome::Skipped:
            break;
        case MailDomainCheck::Outcome::Unknown: {
            const QString warning = result.timedOut
                ? tr("could not check in time whether the recipient's domain %1 accepts mail; sending anyway.").arg(result.domain)
                : tr("could not check whether the recipient's domain %1 accepts mail (%2); sending anyway.").arg(result.domain, result.detail);
            m_warnings.append(warning);
            m_printer->printWarning(warning);
            break;
        }
        case MailDomainCheck::Outcome::NoMail: {
            const QString message = result.nullMx
                ? tr("The recipient's domain %1 does not accept e-mail (it publishes a \"null MX\" record). Nothing was sent; check --to.").arg(result.domain)
                : tr("The recipient's domain %1 does not exist or has no mail server (no MX and no address record). "
                     "Nothing was sent; check --to for a typo.").arg(result.domain);
            if (m_json) {
                QJsonObject json;
                json.insert(QStringLiteral("ok"), false);
                json.insert(QStringLiteral("step"), sessionStepName(SessionStep::Resolve));
                json.insert(QStringLiteral("error"), sessionErrorName(SessionError::InvalidInput));
                json.insert(QStringLiteral("detail"), message);
                json.insert(QStringLiteral("testId"), m_testId);
                standardOutput() << QJsonDocument(json).toJson(QJsonDocument::Indented) << Qt::flush;
            }
            standardError() << m_commandName << ": " << message << Qt::endl;
            finishWith(Usage);
            return;
        }
        }
        startSession();
    });
    m_domainCheck->start();
}

void ProbeCommand::startSession()
{
    if (m_cancelled) {
        finishWith(Other);
        return;
    }
    m_session = new SmtpSession(m_settings, this);
    connect(m_session, &SmtpSession::stepChanged, this, [this](SessionStep step) { m_printer->stepChanged(step); });
    connect(m_session, &SmtpSession::transcriptLine, this,
            [this](const TranscriptLine &line) { m_printer->transcriptLine(line); });
    connect(m_session, &SmtpSession::finished, this, &ProbeCommand::sessionFinished);

    const QString where = QStringLiteral("%1:%2").arg(m_settings.host, QString::number(m_settings.port));
    if (m_mode == Mode::Probe) {
        m_printer->printStart(tr("Checking %1 (%2)…").arg(where, SettingsLabels::security(m_settings.security, SettingsLabels::Form::InSentence)));
        m_session->startProbe();
    } else {
        m_printer->printStart(tr("Sending a test message to %1 through %2 (%3)…")
                                  .arg(m_recipient, where, SettingsLabels::security(m_settings.security, SettingsLabels::Form::InSentence)));
        m_session->startSend(m_message);
    }
}

DiagnosisContext ProbeCommand::diagnosisContext() const
{
    // The same provider facts the wizard gives the diagnosis (app password, OAuth2 only), but
    // only for the provider the account names: with --host the user said which server it is.
    return DiagnosisContext::forAccount(m_accountEmail.isEmpty() ? m_senderAddress : m_accountEmail, m_settings.host,
                                        m_providerId, DiagnosisContext::ProviderSearch::NamedOnly);
}

void ProbeCommand::recordAccountTest(const SessionResult &result)
{
    // Like the GUI: the accounts list shows the last test of each account and when it ran.
    if (m_accountId.isEmpty() || m_mode != Mode::SendTest || result.error == SessionError::Cancelled)
        return;
    const AccountStore::Result recorded = AccountStore().recordTestResult(m_accountId, AccountTestResult::fromSession(result));
    if (!recorded.ok())
        m_printer->printWarning(tr("the test result could not be saved with the account: %1").arg(recorded.message));
}

void ProbeCommand::sessionFinished(const SessionResult &result)
{
    m_printer->finishSteps(result);
    recordAccountTest(result);
    if (result.ok || result.error == SessionError::Cancelled || m_cancelled) {
        printResult(result, Diagnosis());
        return;
    }
    const Diagnosis diagnosis = diagnose(result, m_settings, diagnosisContext());
    if (diagnosis.isNull()) {
        printResult(result, diagnosis);
        return;
    }
    // Try the fixes that can be checked without credentials before saying what to do.
    m_remedyChecker = new RemedyChecker(diagnosis, m_settings, this);
    connect(m_remedyChecker, &RemedyChecker::finished, this,
            [this, result](const Diagnosis &checked) { printResult(result, checked); });
    m_remedyChecker->start();
}

void ProbeCommand::printResult(const SessionResult &result, const Diagnosis &diagnosis)
{
    if (m_json) {
        QJsonObject json = result.toJson();
        if (!diagnosis.isNull())
            json.insert(QStringLiteral("diagnosis"), diagnosis.toJson());
        if (m_mode == Mode::SendTest)
            json.insert(QStringLiteral("testId"), m_testId);
        if (!m_warnings.isEmpty())
            json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(m_warnings));
        standardOutput() << QJsonDocument(json).toJson(QJsonDocument::Indented) << Qt::flush;
        finishWith(exitCodeFor(result));
        return;
    }

    QTextStream &out = standardOutput();
    out << Qt::endl;
    if (result.ok) {
        if (m_mode == Mode::SendTest) {
            out << tr("Success: the server accepted the test message.") << Qt::endl;
            if (!result.queueId.isEmpty())
                out << "  " << tr("Queue id: %1").arg(SessionPrinter::escaped(result.queueId)) << Qt::endl;
            out << "  " << tr("Test id: %1 (search for it in the mailbox of %2)").arg(m_testId, m_recipient) << Qt::endl;
        } else {
            out << tr("Success: %1 port %2 works with these settings.").arg(m_settings.host, QString::number(m_settings.port)) << Qt::endl;
        }
        if (!result.tls.isEmpty()) {
            out << "  " << tr("TLS: %1, %2").arg(result.tls.protocol, result.tls.cipher) << Qt::endl;
            out << "  " << tr("Certificate: %1").arg(SessionPrinter::escaped(result.tls.peerSubject)) << Qt::endl;
            out << "  " << tr("SHA-256: %1").arg(colonHex(result.tls.peerSha256)) << Qt::endl;
        }
        out << "  "
            << (result.authMechanism.isEmpty() ? tr("Login: none (no credentials given)")
                                               : tr("Login: %1").arg(result.authMechanism))
            << Qt::endl;
        out << "  " << tr("Round trips: %1").arg(result.roundTrips) << Qt::endl;
    } else if (result.error == SessionError::Cancelled || m_cancelled) {
        out << tr("Cancelled.") << Qt::endl;
    } else {
        out << tr("Failed at step \"%1\": %2.").arg(SessionPrinter::stepLabel(result.step), sessionErrorName(result.error))
            << Qt::endl;
        if (result.lastReply) {
            QString reply = QString::number(result.lastReply->code);
            if (!result.lastReply->enhanced.isEmpty())
                reply += QLatin1Char(' ') + result.lastReply->enhanced;
            reply += QLatin1Char(' ') + result.lastReply->text();
            out << "  " << tr("Server reply: %1").arg(SessionPrinter::escaped(reply)) << Qt::endl;
        }
        if (!result.errorDetail.isEmpty())
            out << "  " << tr("Detail: %1").arg(SessionPrinter::escaped(result.errorDetail)) << Qt::endl;
        if (!diagnosis.isNull())
            out << Qt::endl << diagnosis.toPlainText().trimmed() << Qt::endl;
    }
    out << Qt::flush;
    finishWith(exitCodeFor(result));
}

void ProbeCommand::interrupted()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (m_domainCheck)
        m_domainCheck->cancel();
    else if (m_session)
        m_session->cancel();
    else if (m_remedyChecker)
        m_remedyChecker->cancel();
}

} // namespace Postaci::Cli
