#include "probecommand.h"

#include "exitcode.h"
#include "interruptwatcher.h"

#include "account/accountstore.h"
#include "account/emailaddress.h"
#include "smtp/servertext.h"
#include "smtp/settingsinput.h"
#include "smtp/settingslabels.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QUrl>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

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
        {u"host"_s, tr("SMTP server name or address."), u"H"_s},
        {u"port"_s, tr("Port (default: 465 with --security tls, 25 with none, else 587)."), u"P"_s},
        {u"security"_s, tr("none, starttls or tls (default: tls on port 465, else starttls)."), u"MODE"_s},
        {u"auth"_s, tr("auto, none, plain, login, cram-md5 or xoauth2 (default: auto, the strongest the server offers)."),
         u"MECHANISM"_s},
        {u"user"_s, tr("User name for the login."), u"U"_s},
        {u"password-stdin"_s, tr("Read the password (or the XOAUTH2 token) from standard input.")},
        {u"password-env"_s, tr("Read the password (or the XOAUTH2 token) from the environment variable VAR."),
         u"VAR"_s},
        {u"ca-file"_s, tr("Also trust the CA certificates in this PEM file."), u"PEM"_s},
        {u"pin"_s, tr("Accept the server certificate whose SHA-256 fingerprint is HEX, even if it is not trusted otherwise (may be repeated)."),
         u"sha256:HEX"_s},
        {u"allow-plaintext-auth"_s, tr("With --security none: allow the password to travel unencrypted.")},
        {u"timeout"_s, tr("Time limit for each step, in seconds."), u"SECONDS"_s},
        {u"json"_s, tr("Print the result as one JSON object.")},
        {u"transcript"_s, tr("Print the SMTP conversation to standard error (passwords are never shown).")},
    });
    if (m_mode == Mode::SendTest) {
        m_parser.addOptions({
            {u"account"_s, tr("Use a saved account (its server, user name and keychain password); other flags override it."),
             u"ID"_s},
            {u"from"_s, tr("Sender address, optionally as \"Name <address>\" (default: the account's address)."),
             u"ADDR"_s},
            {u"to"_s, tr("Recipient address (default: the sender)."), u"ADDR"_s},
            {u"subject"_s, tr("Subject of the test message."), u"TEXT"_s},
            {u"no-recipient-check"_s,
             tr("Send even when DNS says the recipient's domain takes no mail (a domain only your own server knows).")},
        });
    }
    m_parser.addOption({{u"h"_s, u"help"_s}, tr("Show this help.")});
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
    options = options.mid(options.indexOf("\n\n"_L1) + 1);
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
    m_commandName = arguments.value(0, u"postaci-cli probe"_s);
    m_mode = m_commandName.endsWith("send-test"_L1) ? Mode::SendTest : Mode::Probe;
    addOptions();

    if (!m_parser.parse(arguments)) {
        if (m_parser.unknownOptionNames().contains("password"_L1)) {
            return usageError(tr("there is no --password option: a password on the command line can be read by every "
                                 "user of this computer and stays in the shell history. Use --password-stdin or "
                                 "--password-env VAR."));
        }
        return usageError(m_parser.errorText());
    }
    if (m_parser.isSet(u"help"_s)) {
        standardOutput() << helpText() << Qt::flush;
        return Success;
    }
    if (!m_parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\" (see --help).").arg(m_parser.positionalArguments().first()));

    m_json = m_parser.isSet(u"json"_s);
    m_printer = std::make_unique<SessionPrinter>(
        m_json ? SessionPrinter::Output::Json : SessionPrinter::Output::Human,
        m_parser.isSet(u"transcript"_s) ? SessionPrinter::Transcript::Shown : SessionPrinter::Transcript::Hidden);

    if (const std::optional<int> error = readPassword(&m_password))
        return error;

    m_interruptWatcher = new InterruptWatcher(this);
    connect(m_interruptWatcher, &InterruptWatcher::interrupted, this, &ProbeCommand::interrupted);

    TestSendRequest request;
    const TestSendRequest::Kind kind = m_mode == Mode::SendTest ? TestSendRequest::Kind::Send : TestSendRequest::Kind::Probe;
    request.kind = kind;
    const bool fromAccount = m_mode == Mode::SendTest && m_parser.isSet(u"account"_s);
    if (fromAccount) {
        const QString accountId = m_parser.value(u"account"_s);
        if (accountId.isEmpty() || hasLineBreakOrNul(accountId))
            return usageError(tr("--account needs the id of a saved account (see \"postaci-cli accounts list\")."));
        AccountStore::Result found;
        const std::optional<Account> account = AccountStore().find(accountId, &found);
        if (!account) {
            standardError() << m_commandName << ": " << found.message << Qt::endl;
            return found.error == AccountStore::Error::UnknownAccount ? Usage : Other;
        }
        request = TestSendRequest::forAccount(*account, kind);
    }
    // Every flag is checked before the keychain is asked, so that a typo is reported first.
    if (const std::optional<int> error = applyFlags(request.settings, fromAccount))
        return error;
    if (m_passwordGiven)
        request.secret = m_password;
    if (const std::optional<int> error = checkSettings(request, fromAccount))
        return error;
    if (m_mode == Mode::SendTest) {
        if (const std::optional<int> error = applyMessageFlags(request))
            return error;
    }
    startJob(request);
    return std::nullopt;
}

std::optional<int> ProbeCommand::readPassword(QString *password)
{
    const bool fromStdin = m_parser.isSet(u"password-stdin"_s);
    const bool fromEnv = m_parser.isSet(u"password-env"_s);
    if (fromStdin && fromEnv)
        return usageError(tr("--password-stdin and --password-env cannot be used together."));
    if (fromEnv) {
        const QString variable = m_parser.value(u"password-env"_s);
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
    const QString flag = fromStdin ? u"--password-stdin"_s : u"--password-env"_s;
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
        const QString newHost = host.startsWith(QLatin1Char('[')) ? host.mid(1, host.size() - 2) : host;
        // A saved account's pins belong to its own server: another host gets only the --pin
        // values given now (docs/security.md#pin-changed).
        if (fromAccount && !Account::isSameHost(settings.host, newHost))
            settings.pinnedSha256.clear();
        settings.host = newHost;
    }
    std::optional<Security> security;
    if (isSet("security")) {
        QString error;
        security = SettingsInput::security(value("security"), &error);
        if (!security)
            return usageError(u"--security: "_s + error);
        settings.security = *security;
    }
    if (isSet("port")) {
        QString error;
        const std::optional<quint16> port = SettingsInput::port(value("port"), &error);
        if (!port)
            return usageError(u"--port: "_s + error);
        settings.port = *port;
        // RFC 8314 §3.3: 465 is submission over implicit TLS; every other port starts in plaintext.
        if (!security && !fromAccount)
            settings.security = *port == 465 ? Security::ImplicitTls : Security::StartTls;
    } else if (security && !fromAccount) {
        settings.port = *security == Security::ImplicitTls ? 465 : *security == Security::None ? 25 : 587;
    }
    if (isSet("auth")) {
        QString error;
        const std::optional<AuthMethod> auth = SettingsInput::auth(value("auth"), &error);
        if (!auth)
            return usageError(u"--auth: "_s + error);
        settings.auth = *auth;
    }
    if (isSet("user")) {
        QString error;
        const std::optional<QString> user = SettingsInput::user(value("user"), &error);
        if (!user)
            return usageError(u"--user: "_s + error);
        settings.user = *user;
    }
    if (isSet("ca-file")) {
        QString error;
        const std::optional<QList<QSslCertificate>> certificates = readCaFile(value("ca-file"), &error);
        if (!certificates)
            return usageError(error);
        settings.extraCaCertificates += *certificates;
    }
    for (const QString &pin : m_parser.values(u"pin"_s)) {
        QString error;
        const std::optional<QByteArray> digest = SettingsInput::certificatePin(pin, &error);
        if (!digest)
            return usageError(u"--pin: "_s + error);
        settings.pinnedSha256.append(*digest);
    }
    if (isSet("allow-plaintext-auth"))
        settings.allowPlaintextAuth = true;
    if (isSet("timeout")) {
        const std::optional<std::chrono::milliseconds> timeout = secondsOption(value("timeout"), 3600);
        if (!timeout)
            return usageError(tr("--timeout: \"%1\" is not a number of seconds between 0 and 3600.").arg(value("timeout")));
        settings.timeouts = SessionTimeouts::uniform(*timeout);
    }
    return std::nullopt;
}

std::optional<int> ProbeCommand::checkSettings(const TestSendRequest &request, bool fromAccount)
{
    const SessionSettings &settings = request.settings;
    if (settings.host.isEmpty())
        return usageError(m_mode == Mode::SendTest ? tr("--host is required (or --account ID).") : tr("--host is required."));
    if (fromAccount || settings.auth == AuthMethod::None)
        return std::nullopt; // a saved account's missing password is the job's to diagnose
    const bool explicitMechanism = settings.auth != AuthMethod::Auto;
    if (m_passwordGiven && settings.user.isEmpty())
        return usageError(tr("--user is required with a password."));
    if (!settings.user.isEmpty() && !m_passwordGiven)
        return usageError(tr("--user needs a password: use --password-stdin or --password-env VAR."));
    if (explicitMechanism && settings.user.isEmpty())
        return usageError(tr("--auth %1 needs --user and a password (--password-stdin or --password-env VAR).")
                              .arg(authMethodName(settings.auth)));
    return std::nullopt;
}

std::optional<int> ProbeCommand::applyMessageFlags(TestSendRequest &request)
{
    const QString fromText = m_parser.isSet(u"from"_s) ? m_parser.value(u"from"_s) : request.sender;
    if (fromText.trimmed().isEmpty())
        return usageError(tr("--from is required: the sender's address (the account's own address or one of its aliases)."));
    QString fromName;
    const EmailAddress from = EmailAddress::parseMailbox(fromText, &fromName, EmailAddress::DomainRule::AnyHost);
    if (!from.isValid())
        return usageError(tr("--from: \"%1\" is not a valid address: %2").arg(fromText, from.errorMessage()));
    request.sender = from.address();
    if (m_parser.isSet(u"from"_s) || !fromName.isEmpty())
        request.senderName = fromName;
    if (m_parser.isSet(u"to"_s)) {
        QString toName;
        const EmailAddress to = EmailAddress::parseMailbox(m_parser.value(u"to"_s), &toName, EmailAddress::DomainRule::AnyHost);
        if (!to.isValid())
            return usageError(tr("--to: \"%1\" is not a valid address: %2").arg(m_parser.value(u"to"_s), to.errorMessage()));
        request.recipient = to.address();
        request.recipientName = toName;
    }
    if (m_parser.isSet(u"subject"_s))
        request.subject = m_parser.value(u"subject"_s);
    request.recipientCheck = !m_parser.isSet(u"no-recipient-check"_s);
    return std::nullopt;
}

QString ProbeCommand::messageFlag(TestMessage::Field field) const
{
    switch (field) {
    case TestMessage::Field::From:
    case TestMessage::Field::FromName:
        return u"--from"_s;
    case TestMessage::Field::To:
    case TestMessage::Field::ToName:
        return u"--to"_s;
    case TestMessage::Field::Subject:
        return u"--subject"_s;
    default:
        return m_commandName;
    }
}

void ProbeCommand::startJob(const TestSendRequest &request)
{
    if (request.kind == TestSendRequest::Kind::Send && request.recipientCheck) {
        // QDnsLookup runs res_nquery() on a worker thread that cannot be interrupted, and Qt waits
        // for that thread when the program ends: with the resolver's defaults (5 s × 2 attempts
        // per name server) a silent name server would keep postaci-cli alive long after the
        // result was printed. glibc reads RES_OPTIONS at res_ninit(), which QDnsLookup calls per
        // query, so this bounds the query itself to about the check's own limit. A user's own
        // setting is kept.
        const std::chrono::milliseconds limit = std::min(request.recipientCheckLimit, request.settings.timeouts.command);
        if (!qEnvironmentVariableIsSet("RES_OPTIONS")) {
            const qint64 seconds = qMax(qint64(1), (qint64(limit.count()) + 999) / 1000);
            qputenv("RES_OPTIONS", QByteArray("timeout:" + QByteArray::number(seconds) + " attempts:1"));
        }
    }
    m_kind = request.kind;
    m_job = new TestSendJob(request, this);
    connect(m_job, &TestSendJob::note, this, [this](const QString &text) { m_printer->printNote(text); });
    connect(m_job, &TestSendJob::warning, this, [this](const QString &text) { m_printer->printWarning(text); });
    connect(m_job, &TestSendJob::sessionStarted, this, [this](const SessionSettings &settings, const QString &) {
        const QString where = u"%1:%2"_s.arg(settings.host, QString::number(settings.port));
        const QString security = SettingsLabels::security(settings.security, SettingsLabels::Form::InSentence);
        m_printer->printStart(m_mode == Mode::Probe ? tr("Checking %1 (%2)…").arg(where, security)
                                                    : tr("Sending a test message to %1 through %2 (%3)…")
                                                          .arg(m_recipientShown, where, security));
    });
    connect(m_job, &TestSendJob::stepChanged, this, [this](SessionStep step) { m_printer->stepChanged(step); });
    connect(m_job, &TestSendJob::transcriptLine, this,
            [this](const TranscriptLine &line) { m_printer->transcriptLine(line); });
    connect(m_job, &TestSendJob::sessionFinished, this,
            [this](const SessionResult &result, const Diagnosis &) { m_printer->finishSteps(result); });
    connect(m_job, &TestSendJob::finished, this, &ProbeCommand::printResult);
    m_recipientShown = request.recipient.isEmpty() ? request.sender : request.recipient;
    m_job->start();
}

void ProbeCommand::printResult(const TestSendResult &testResult)
{
    const SessionResult &result = testResult.session;
    const Diagnosis &diagnosis = testResult.diagnosis;
    const int exitCode = testResult.cancelled ? Other : exitCodeFor(result);
    if (testResult.stage == TestSendStage::Secret || testResult.stage == TestSendStage::Recipient) {
        // Stopped on this side before any server was contacted: said on stderr like a usage
        // error, whatever the output format, so that a script sees why nothing was sent.
        const QString why = diagnosis.isNull() ? escapeServerText(result.errorDetail) : diagnosis.explanation;
        standardError() << m_commandName << ": " << why << Qt::endl;
    }
    if (m_json) {
        standardOutput() << jsonText(testResult.toJson(m_kind)) << Qt::flush;
        finishWith(exitCode);
        return;
    }

    QTextStream &out = standardOutput();
    if (testResult.stage == TestSendStage::Message) {
        // The flags were checked first: only what TestMessage alone refuses arrives here.
        standardError() << messageFlag(testResult.messageField) << ": " << escapeServerText(result.errorDetail) << Qt::endl;
        finishWith(exitCode);
        return;
    }
    out << Qt::endl;
    if (testResult.ok) {
        if (m_mode == Mode::SendTest) {
            out << tr("Success: the server accepted the test message.") << Qt::endl;
            if (!result.queueId.isEmpty())
                out << "  " << tr("Queue id: %1").arg(escapeServerText(result.queueId)) << Qt::endl;
            out << "  " << tr("Test id: %1 (search for it in the mailbox of %2)").arg(testResult.testId, m_recipientShown) << Qt::endl;
        } else {
            out << tr("Success: %1 port %2 works with these settings.")
                       .arg(testResult.settings.host, QString::number(testResult.settings.port))
                << Qt::endl;
        }
        if (!result.tls.isEmpty()) {
            out << "  " << tr("TLS: %1, %2").arg(result.tls.protocol, result.tls.cipher) << Qt::endl;
            out << "  " << tr("Certificate: %1").arg(escapeServerText(result.tls.peerSubject)) << Qt::endl;
            out << "  " << tr("SHA-256: %1").arg(colonHex(result.tls.peerSha256)) << Qt::endl;
        }
        out << "  "
            << (result.authMechanism.isEmpty() ? tr("Login: none (no credentials given)")
                                               : tr("Login: %1").arg(result.authMechanism))
            << Qt::endl;
        out << "  " << tr("Round trips: %1").arg(result.roundTrips) << Qt::endl;
    } else if (testResult.cancelled) {
        out << tr("Cancelled.") << Qt::endl;
    } else if (testResult.stage != TestSendStage::Session) {
        // Stopped on this side: nothing reached a server.
        out << tr("Not sent: %1").arg(diagnosis.isNull() ? escapeServerText(result.errorDetail) : diagnosis.title) << Qt::endl;
        if (!diagnosis.isNull())
            out << Qt::endl << diagnosis.toPlainText().trimmed() << Qt::endl;
    } else {
        out << tr("Failed at step \"%1\": %2.").arg(SettingsLabels::step(result.step), sessionErrorName(result.error))
            << Qt::endl;
        if (result.lastReply) {
            QString reply = QString::number(result.lastReply->code);
            if (!result.lastReply->enhanced.isEmpty())
                reply += QLatin1Char(' ') + result.lastReply->enhanced;
            reply += QLatin1Char(' ') + result.lastReply->text();
            out << "  " << tr("Server reply: %1").arg(escapeServerText(reply, LineBreaks::Keep)) << Qt::endl;
        }
        if (!result.errorDetail.isEmpty())
            out << "  " << tr("Detail: %1").arg(escapeServerText(result.errorDetail, LineBreaks::Keep)) << Qt::endl;
        if (!diagnosis.isNull())
            out << Qt::endl << diagnosis.toPlainText().trimmed() << Qt::endl;
    }
    out << Qt::flush;
    finishWith(exitCode);
}

void ProbeCommand::interrupted()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

} // namespace Postaci::Cli
