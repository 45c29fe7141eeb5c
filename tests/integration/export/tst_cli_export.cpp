// postaci-cli export: each format is read back by what it is for. msmtp and swaks send through a
// real aiosmtpd (STARTTLS and implicit TLS, AUTH required, the certificate pinned in the account)
// with the exported settings, the password coming from the real keychain through secret-tool as
// exported; thunderbird and autoconfig go through Postacı's own autoconfig parser; the
// mobileconfig through Python's plistlib; the .env through a POSIX shell. A display name with
// quotes, &, <, an apostrophe and $(...) comes out as the same text in every one of them, and
// the $(...) never runs.
#include "aiosmtpdserver.h"
#include "clirunner.h"
#include "secrettesting.h"
#include "testcertificates.h"
#include "testsupport.h"

#include "account/account.h"
#include "discovery/autoconfigparser.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;

namespace {

const QString user = u"satis"_s;
const QString password = QString::fromUtf8("Gizli-Şifre-42");
const QString senderAddress = u"satis@firma.example.test"_s;
constexpr int programWaitMs = 30000;

struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

// Runs another program to its end, bounded; the keychain's D-Bus session is inherited.
ProgramRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                      const QString &workingDirectory = {})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    ProgramRun run;
    if (!process.waitForStarted(programWaitMs)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(programWaitMs)) {
        stopProcess(&process);
        run.err = "did not finish in time";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void msmtpSendsWithTheExportedSection_data();
    void msmtpSendsWithTheExportedSection();
    void swaksSendsWithTheExportedCommand_data();
    void swaksSendsWithTheExportedCommand();
    void thunderbirdAndAutoconfigReadBackToTheSameServer_data();
    void thunderbirdAndAutoconfigReadBackToTheSameServer();
    void autoconfigNamesTheSrvRecord();
    void mobileconfigIsAPropertyList();
    void envLinesReadBackInAShell();
    void hostileUserNameStaysOneValue();
    void outputFileIsWrittenWhole();
    void badUsage();
    void newlineInTheNameIsRefusedAtInput();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const;
    QString addAccount(const AiosmtpdServer &server, const QString &mode, const QString &name,
                       const QString &userName = user);
    QString exportTo(const QString &id, const QString &format, QString *stderrText = nullptr);
    void checkDelivered(const AiosmtpdServer &server, int before, const QString &displayName);
    QString hostileName() const;
    QString marker() const { return m_work->filePath(u"ran"_s); }

    AiosmtpdServer m_startTls;
    AiosmtpdServer m_implicitTls;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<QTemporaryDir> m_work;
};

void TestCliExport::initTestCase()
{
    QVERIFY2(hasTestKeychain(), keychainHint());
    QVERIFY2(QFileInfo(qEnvironmentVariable("POSTACI_CLI")).isExecutable(), "POSTACI_CLI is not set");
    QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
    for (const char *program : {"/usr/bin/msmtp", "/usr/bin/swaks", "/usr/bin/secret-tool"})
        QVERIFY2(QFileInfo(QLatin1String(program)).isExecutable(),
                 qPrintable(u"%1 is missing: scripts/test installs it (scripts/lib/common.sh)"_s.arg(QLatin1String(program))));
    AiosmtpdServer::Options options;
    options.mode = AiosmtpdServer::Options::Mode::StartTls;
    options.requireTls = true;
    options.authRequired = true;
    options.user = user;
    options.password = password;
    QVERIFY2(m_startTls.start(options), qPrintable(m_startTls.errorString()));
    options.mode = AiosmtpdServer::Options::Mode::ImplicitTls;
    options.requireTls = false;
    QVERIFY2(m_implicitTls.start(options), qPrintable(m_implicitTls.errorString()));
}

void TestCliExport::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid() && m_work->isValid());
}

CliRun TestCliExport::run(const QStringList &arguments, const QByteArray &input) const
{
    return runCli(arguments, input, {{u"XDG_CONFIG_HOME"_s, m_config->path()}}, 60000);
}

QString TestCliExport::hostileName() const
{
    return u"Ali \"Q\" & <b> O'Brien $(touch %1) `touch %1` Şahin"_s.arg(marker());
}

QString TestCliExport::addAccount(const AiosmtpdServer &server, const QString &mode, const QString &name,
                                  const QString &userName)
{
    const QByteArray pin = TestCertificates::instance().sha256(CertKind::Valid).toHex();
    const CliRun added = run({u"accounts"_s, u"add"_s, u"--email"_s, senderAddress, u"--host"_s, server.host(),
                              u"--port"_s, QString::number(server.port()), u"--security"_s, mode, u"--user"_s,
                              userName, u"--name"_s, name, u"--pin"_s, u"sha256:"_s + QString::fromLatin1(pin),
                              u"--provider"_s, u"none"_s, u"--password-stdin"_s},
                             password.toUtf8() + '\n');
    if (added.exitCode != 0)
        qWarning("accounts add failed: %s", qPrintable(added.describe()));
    return QString::fromUtf8(added.out).trimmed();
}

QString TestCliExport::exportTo(const QString &id, const QString &format, QString *stderrText)
{
    const QString path = m_work->filePath(format + u".out"_s);
    const CliRun exported = run({u"export"_s, id, u"--format"_s, format, u"--output"_s, path});
    if (exported.exitCode != 0)
        qWarning("export failed: %s", qPrintable(exported.describe()));
    if (stderrText)
        *stderrText = exported.errText();
    // Never the password, in the file or in what was printed.
    const QByteArray content = readFile(path);
    if (content.contains(password.toUtf8()) || exported.out.contains(password.toUtf8())
        || exported.err.contains(password.toUtf8()))
        qWarning("the password was exported");
    return QString::fromUtf8(content);
}

void TestCliExport::checkDelivered(const AiosmtpdServer &server, int before, const QString &displayName)
{
    QTRY_COMPARE_WITH_TIMEOUT(int(server.messageFiles().size()), before + 1, 10000);
    const QString message = server.messageFiles().constLast();
    const QJsonObject envelope = QJsonDocument::fromJson(readFile(AiosmtpdServer::envelopeFile(message))).object();
    QCOMPARE(envelope.value(u"mail_from"_s).toString(), senderAddress);
    QCOMPARE(envelope.value(u"auth_login"_s).toString(), user); // signed in with the keychain's password
    if (displayName.isEmpty())
        return;
    // The From header, decoded the way a mail reader does, is the display name unchanged. (Python's
    // legacy decode_header: its newer header parser keeps the white space between two encoded-words
    // inside a display name, which RFC 2047 §6.2 says to drop.)
    const ProgramRun from = runProgram(
            u"/usr/bin/python3"_s,
            {u"-c"_s,
             u"import email, sys\n"
             "from email.header import decode_header, make_header\n"
             "m = email.message_from_binary_file(open(sys.argv[1], 'rb'))\n"
             "name = m['From'].rsplit('<', 1)[0].strip()\n"
             "sys.stdout.buffer.write(str(make_header(decode_header(name))).encode('utf-8'))"_s,
             message});
    QVERIFY2(from.exitCode == 0, qPrintable(from.describe()));
    QCOMPARE(QString::fromUtf8(from.out), displayName);
}

void TestCliExport::msmtpSendsWithTheExportedSection_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("starttls") << u"starttls"_s;
    QTest::newRow("tls") << u"tls"_s;
}

void TestCliExport::msmtpSendsWithTheExportedSection()
{
    QFETCH(QString, mode);
    const AiosmtpdServer &server = mode == "tls"_L1 ? m_implicitTls : m_startTls;
    const QString id = addAccount(server, mode, hostileName());
    QVERIFY(!Account::normalizedId(id).isEmpty());
    const QString section = exportTo(id, u"msmtp"_s);
    QVERIFY2(section.contains(u"passwordeval \"secret-tool lookup server 'postaci' user '%1'\""_s.arg(id)),
             qPrintable(section));
    QVERIFY(section.contains("tls_fingerprint "_L1));
    const QString rc = m_work->filePath(u"msmtprc"_s);
    QFile file(rc);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(section.toUtf8());
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)); // msmtp insists

    const int before = int(server.messageFiles().size());
    const ProgramRun sent = runProgram(u"/usr/bin/msmtp"_s, {u"-C"_s, rc, u"-a"_s, senderAddress, u"veli@example.test"_s},
                                       "Subject: msmtp through Postaci's export\r\n\r\nHello.\r\n");
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
    checkDelivered(server, before, {});
    QVERIFY(!QFileInfo::exists(marker()));
}

void TestCliExport::swaksSendsWithTheExportedCommand_data()
{
    msmtpSendsWithTheExportedSection_data();
}

void TestCliExport::swaksSendsWithTheExportedCommand()
{
    QFETCH(QString, mode);
    const AiosmtpdServer &server = mode == "tls"_L1 ? m_implicitTls : m_startTls;
    const QString id = addAccount(server, mode, hostileName());
    QVERIFY(!Account::normalizedId(id).isEmpty());
    QString notes;
    const QString command = exportTo(id, u"swaks"_s, &notes);
    QVERIFY2(command.startsWith(u"SWAKS_OPT_auth_password=\"$(secret-tool lookup server 'postaci' user '%1')\" swaks "_s.arg(id)),
             qPrintable(command));
    QVERIFY2(notes.contains("cannot check a pinned certificate"_L1), qPrintable(notes)); // said, not hidden

    const int before = int(server.messageFiles().size());
    const ProgramRun sent = runProgram(u"/bin/sh"_s, {u"-c"_s, command});
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
    QVERIFY2(!sent.out.contains(password.toUtf8()), "swaks printed the password"); // it shows AUTH base64 only
    checkDelivered(server, before, hostileName());
    QVERIFY2(!QFileInfo::exists(marker()), "the display name ran as a command");
}

void TestCliExport::thunderbirdAndAutoconfigReadBackToTheSameServer_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("userName");
    QTest::newRow("thunderbird starttls, local part") << u"thunderbird"_s << u"starttls"_s << user;
    QTest::newRow("thunderbird tls, address") << u"thunderbird"_s << u"tls"_s << senderAddress;
    QTest::newRow("thunderbird, other user name") << u"thunderbird"_s << u"tls"_s << u"a&b<c>\"d'"_s;
    QTest::newRow("autoconfig starttls") << u"autoconfig"_s << u"starttls"_s << senderAddress;
    QTest::newRow("autoconfig tls") << u"autoconfig"_s << u"tls"_s << user;
}

void TestCliExport::thunderbirdAndAutoconfigReadBackToTheSameServer()
{
    QFETCH(QString, format);
    QFETCH(QString, mode);
    QFETCH(QString, userName);
    const AiosmtpdServer &server = mode == "tls"_L1 ? m_implicitTls : m_startTls;
    const QString id = addAccount(server, mode, hostileName(), userName);
    QVERIFY(!Account::normalizedId(id).isEmpty());
    const QString xml = exportTo(id, format);
    QVERIFY(xml.startsWith(u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"_s));

    const AutoconfigParseResult parsed = AutoconfigParser::parse(xml.toUtf8());
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error.toString()));
    QCOMPARE(parsed.document->displayName, hostileName());
    const QList<ServerCandidate> candidates
            = parsed.document->toCandidates(senderAddress, CandidateSource::ProviderAutoconfig, u"export"_s);
    QCOMPARE(candidates.size(), 1);
    const ServerCandidate &candidate = candidates.constFirst();
    QCOMPARE(candidate.host, server.host());
    QCOMPARE(candidate.port, server.port());
    QCOMPARE(securityName(candidate.security), mode);
    QCOMPARE(candidate.auth, AuthMethod::Auto);
    QCOMPARE(candidate.username, userName);
}

void TestCliExport::autoconfigNamesTheSrvRecord()
{
    // An SRV record names a host: an account on a name gets one, in zone-file syntax.
    const QString id = addAccount(m_implicitTls, u"tls"_s, u"Satış"_s);
    QVERIFY(!Account::normalizedId(id).isEmpty());
    const CliRun onIp = run({u"export"_s, id, u"--format"_s, u"autoconfig"_s, u"--json"_s});
    QVERIFY2(onIp.exitCode == 0, qPrintable(onIp.describe()));
    QVERIFY(onIp.json.value(u"dnsRecords"_s).toArray().isEmpty());

    const CliRun added = run({u"accounts"_s, u"add"_s, u"--email"_s, senderAddress, u"--host"_s,
                              u"smtp.firma.example.test"_s, u"--port"_s, u"465"_s, u"--security"_s, u"tls"_s,
                              u"--provider"_s, u"none"_s, u"--no-password"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    const CliRun named = run({u"export"_s, QString::fromUtf8(added.out).trimmed(), u"--format"_s, u"autoconfig"_s,
                              u"--json"_s});
    QVERIFY2(named.exitCode == 0, qPrintable(named.describe()));
    QCOMPARE(named.json.value(u"dnsRecords"_s).toArray(),
             QJsonArray{u"_submissions._tcp.firma.example.test. 3600 IN SRV 0 1 465 smtp.firma.example.test."_s});
    QVERIFY(named.errText().contains("_submissions._tcp.firma.example.test. 3600 IN SRV"_L1));
    QVERIFY(named.errText().contains("https://autoconfig.firma.example.test/mail/config-v1.1.xml"_L1));
}

void TestCliExport::mobileconfigIsAPropertyList()
{
    const QString id = addAccount(m_startTls, u"starttls"_s, hostileName());
    QVERIFY(!Account::normalizedId(id).isEmpty());
    exportTo(id, u"mobileconfig"_s);
    const ProgramRun parsed = runProgram(
            u"/usr/bin/python3"_s,
            {u"-c"_s,
             u"import json, plistlib, sys\n"
             "profile = plistlib.load(open(sys.argv[1], 'rb'))\n"
             "sys.stdout.write(json.dumps(profile))"_s,
             m_work->filePath(u"mobileconfig.out"_s)});
    QVERIFY2(parsed.exitCode == 0, qPrintable(parsed.describe()));
    const QJsonObject profile = QJsonDocument::fromJson(parsed.out).object();
    QCOMPARE(profile.value(u"PayloadType"_s).toString(), u"Configuration"_s);
    QCOMPARE(profile.value(u"PayloadVersion"_s).toInt(), 1);
    const QJsonObject mail = profile.value(u"PayloadContent"_s).toArray().at(0).toObject();
    QCOMPARE(mail.value(u"PayloadType"_s).toString(), u"com.apple.mail.managed"_s);
    QCOMPARE(mail.value(u"EmailAccountName"_s).toString(), hostileName());
    QCOMPARE(mail.value(u"EmailAddress"_s).toString(), senderAddress);
    QCOMPARE(mail.value(u"OutgoingMailServerHostName"_s).toString(), m_startTls.host());
    QCOMPARE(mail.value(u"OutgoingMailServerPortNumber"_s).toInt(), int(m_startTls.port()));
    QCOMPARE(mail.value(u"OutgoingMailServerUseSSL"_s).toBool(), true);
    QCOMPARE(mail.value(u"OutgoingMailServerUsername"_s).toString(), user);
    QVERIFY(!mail.contains(u"OutgoingPassword"_s));
    QVERIFY(profile.value(u"PayloadUUID"_s).toString() != mail.value(u"PayloadUUID"_s).toString());
}

void TestCliExport::envLinesReadBackInAShell()
{
    const QString id = addAccount(m_implicitTls, u"tls"_s, hostileName(), u"o'brien@firma.example.test"_s);
    QVERIFY(!Account::normalizedId(id).isEmpty());
    exportTo(id, u"env"_s);
    // What a deployment does with a .env: `set -a; . ./.env`.
    const ProgramRun read = runProgram(
            u"/bin/sh"_s,
            {u"-c"_s, u"set -a; . ./env.out; for v in MAIL_MAILER MAIL_HOST MAIL_PORT MAIL_ENCRYPTION MAIL_USERNAME "
                      "MAIL_FROM_ADDRESS MAIL_FROM_NAME SMTP_URL; do printf '%s=%s\\n' \"$v\" \"$(printenv $v)\"; done"_s},
            {}, m_work->path());
    QVERIFY2(read.exitCode == 0, qPrintable(read.describe()));
    const QStringList lines = QString::fromUtf8(read.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines,
             QStringList({u"MAIL_MAILER=smtp"_s, u"MAIL_HOST=127.0.0.1"_s,
                          u"MAIL_PORT=%1"_s.arg(m_implicitTls.port()), u"MAIL_ENCRYPTION=ssl"_s,
                          u"MAIL_USERNAME=o'brien@firma.example.test"_s,
                          u"MAIL_FROM_ADDRESS=%1"_s.arg(senderAddress), u"MAIL_FROM_NAME=%1"_s.arg(hostileName()),
                          u"SMTP_URL=smtps://o%27brien%40firma.example.test@127.0.0.1:%1"_s.arg(m_implicitTls.port())}));
    QVERIFY2(!QFileInfo::exists(marker()), "the display name ran as a command");
}

void TestCliExport::hostileUserNameStaysOneValue()
{
    // msmtp reads its own file back (--pretend prints what it understood).
    const QString hostileUser = u"a \"b\" \\c $(touch %1) 'd'"_s.arg(marker());
    const QString id = addAccount(m_startTls, u"starttls"_s, hostileName(), hostileUser);
    QVERIFY(!Account::normalizedId(id).isEmpty());
    const QString rc = m_work->filePath(u"msmtprc"_s);
    QFile file(rc);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(exportTo(id, u"msmtp"_s).toUtf8());
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const ProgramRun pretend = runProgram(u"/usr/bin/msmtp"_s, {u"-C"_s, rc, u"-a"_s, senderAddress, u"--pretend"_s,
                                                                  u"veli@example.test"_s});
    QVERIFY2(pretend.exitCode == 0, qPrintable(pretend.describe()));
    QVERIFY2(QString::fromUtf8(pretend.out).contains(u"user = %1\n"_s.arg(hostileUser)), qPrintable(pretend.describe()));
    // swaks: the shell hands the user name over as one word.
    const QString command = exportTo(id, u"swaks"_s);
    QVERIFY(command.contains(u"--auth-user 'a \"b\" \\c $(touch %1) '\\''d'\\'''"_s.arg(marker())));
    QVERIFY(!QFileInfo::exists(marker()));
}

void TestCliExport::outputFileIsWrittenWhole()
{
    const QString id = addAccount(m_startTls, u"starttls"_s, u"Satış"_s);
    const QString path = m_work->filePath(u"config-v1.1.xml"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older, longer file that the export replaces entirely");
    old.close();
    const CliRun toFile = run({u"export"_s, id, u"--format"_s, u"thunderbird"_s, u"--output"_s, path});
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.describe()));
    QVERIFY(toFile.out.isEmpty()); // the document went into the file, not to stdout
    const CliRun toStdout = run({u"export"_s, id, u"--format"_s, u"thunderbird"_s});
    QCOMPARE(readFile(path), toStdout.out);
    QVERIFY(QDir(m_work->path()).entryList(QDir::Files | QDir::Hidden).size() == 1); // no temporary left

    const CliRun unwritable = run({u"export"_s, id, u"--format"_s, u"env"_s, u"--output"_s,
                                   m_work->filePath(u"missing-folder/.env"_s)});
    QVERIFY2(unwritable.exitCode == 1, qPrintable(unwritable.describe()));
}

void TestCliExport::badUsage()
{
    const QString id = addAccount(m_startTls, u"starttls"_s, u"Satış"_s);
    QCOMPARE(run({u"export"_s, id, u"--format"_s, u"outlook"_s}).exitCode, 2);
    QCOMPARE(run({u"export"_s, id}).exitCode, 2);
    QCOMPARE(run({u"export"_s, u"--format"_s, u"env"_s}).exitCode, 2);
    const CliRun unknown = run({u"export"_s, Account::newId(), u"--format"_s, u"env"_s, u"--json"_s});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(unknown.json.value(u"error"_s).toString(), u"unknown-account"_s);
}

void TestCliExport::newlineInTheNameIsRefusedAtInput()
{
    // Line breaks never reach a writer: the account is refused before it is saved.
    const CliRun added = run({u"accounts"_s, u"add"_s, u"--email"_s, senderAddress, u"--host"_s, m_startTls.host(),
                              u"--port"_s, QString::number(m_startTls.port()), u"--security"_s, u"starttls"_s,
                              u"--name"_s, u"Ali\nBcc: x@example.test"_s, u"--no-password"_s});
    QCOMPARE(added.exitCode, 2);
    QCOMPARE(run({u"accounts"_s, u"list"_s, u"--json"_s}).json.value(u"accounts"_s).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
