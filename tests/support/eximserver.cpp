#include "eximserver.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Postaci::Test {

namespace {

constexpr int StartTimeoutMs = 10000;
constexpr int MaxStartAttempts = 5; // a chosen port can be taken before Exim binds it

QString findNssWrapper()
{
    const QString fromEnv = qEnvironmentVariable("POSTACI_NSS_WRAPPER");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString configured = QStringLiteral(POSTACI_NSS_WRAPPER_LIBRARY);
    if (!configured.isEmpty() && QFileInfo::exists(configured))
        return configured;
    const QStringList directories = {QStringLiteral("/usr/lib/x86_64-linux-gnu"), QStringLiteral("/usr/lib/aarch64-linux-gnu"),
                                     QStringLiteral("/usr/lib64"), QStringLiteral("/usr/lib")};
    for (const QString &directory : directories) {
        const QString candidate = directory + QStringLiteral("/libnss_wrapper.so");
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

// Quotes a value for use inside an Exim string expansion: a backslash makes the next character
// literal, so `$`, `{`, `}` and `\` cannot start a variable or end the braces early.
QString expansionQuoted(const QString &value)
{
    QString quoted;
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('$') || c == QLatin1Char('{') || c == QLatin1Char('}'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return quoted;
}

bool hasLineBreakOrNul(const QString &value)
{
    return value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')) || value.contains(QChar(0));
}

// Where the temporary directory goes. When Exim runs as nobody, every folder above it must be
// searchable by others (a TMPDIR under /root is not); /tmp always is.
QString temporaryBase(bool forOtherUser)
{
    const QString base = QDir::tempPath();
    if (!forOtherUser)
        return base;
    for (QString path = base; !path.isEmpty() && path != QLatin1String("/"); path = QFileInfo(path).path()) {
        if (!(QFile::permissions(path) & QFileDevice::ExeOther))
            return QStringLiteral("/tmp");
    }
    return base;
}

// A passwd or group file without the entry called name; every kept line ends with a newline.
QByteArray withoutEntry(const QByteArray &file, const QByteArray &name)
{
    QByteArray kept;
    const QByteArray prefix = name + ':';
    for (const QByteArray &line : file.split('\n')) {
        if (line.isEmpty() || line.startsWith(prefix))
            continue;
        kept += line + '\n';
    }
    return kept;
}

bool writeTextFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

EximServer::EximServer() = default;

EximServer::~EximServer()
{
    stop();
}

QString EximServer::eximBinary()
{
    const QString fromEnv = qEnvironmentVariable("POSTACI_EXIM");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStringLiteral(POSTACI_EXIM_DIR) + QStringLiteral("/usr/sbin/exim4");
}

bool EximServer::start(const Options &options)
{
    stop();
    m_options = options;
    m_error.clear();

    const QString binary = eximBinary();
    const QFileInfo binaryInfo(binary);
    if (!binaryInfo.isFile() || !binaryInfo.isExecutable()) {
        m_error = QStringLiteral("Exim not found at %1: run `tests/support/fetch-exim %2` (scripts/test does it), "
                                 "or point POSTACI_EXIM at an exim4 binary")
                      .arg(binary, QStringLiteral(POSTACI_EXIM_DIR));
        return false;
    }
    struct stat st = {};
    if (::stat(binary.toLocal8Bit().constData(), &st) == 0 && (st.st_mode & (S_ISUID | S_ISGID))) {
        m_error = QStringLiteral("%1 is setuid/setgid, which stops the nss_wrapper preload: rerun tests/support/fetch-exim")
                      .arg(binary);
        return false;
    }
    const QString nssWrapper = findNssWrapper();
    if (nssWrapper.isEmpty()) {
        m_error = QStringLiteral("libnss_wrapper.so not found: install the Debian package libnss-wrapper (scripts/test does)");
        return false;
    }
    if (options.password.isEmpty()) {
        m_error = QStringLiteral("EximServer::Options::password must be set");
        return false;
    }
    if (options.user.isEmpty() || hasLineBreakOrNul(options.user) || hasLineBreakOrNul(options.password)) {
        m_error = QStringLiteral("EximServer: the user must be non-empty, and user and password free of CR, LF and NUL");
        return false;
    }
    const TestCertificates &certificates = TestCertificates::instance();
    if (!certificates.isValid()) {
        m_error = QStringLiteral("test certificates unavailable: ") + certificates.errorString();
        return false;
    }

    // Exim refuses to deliver as root (FIXED_NEVER_USERS=root) and to run as uid 0 for its own
    // user, so a root caller runs it as nobody; anyone else runs it as themselves.
    m_uid = ::getuid();
    m_gid = ::getgid();
    if (m_uid == 0) {
        const passwd *nobody = ::getpwnam("nobody");
        m_uid = nobody ? nobody->pw_uid : 65534;
        m_gid = nobody ? nobody->pw_gid : 65534;
    }

    for (int attempt = 1; attempt <= MaxStartAttempts; ++attempt) {
        bool portClash = false;
        if (startOnce(binary, nssWrapper, &portClash))
            return true;
        if (!portClash)
            return false;
    }
    m_error = QStringLiteral("Exim could not bind free ports in %1 attempts:\n").arg(MaxStartAttempts) + m_error;
    return false;
}

bool EximServer::startOnce(const QString &binary, const QString &nssWrapper, bool *portClash)
{
    *portClash = false;
    m_process.reset();
    const bool runAsOther = ::getuid() == 0;
    m_dir = std::make_unique<QTemporaryDir>(temporaryBase(runAsOther) + QStringLiteral("/postaci-exim-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: ") + m_dir->errorString();
        return false;
    }
    const QDir dir(m_dir->path());
    const TestCertificates &certificates = TestCertificates::instance();
    if (!dir.mkpath(QStringLiteral("spool")) || !dir.mkpath(QStringLiteral("log"))
        || !QFile::copy(m_options.certificateFile.isEmpty() ? certificates.certificatePath(m_options.cert) : m_options.certificateFile,
                        dir.filePath(QStringLiteral("server.pem")))
        || !QFile::copy(m_options.keyFile.isEmpty() ? certificates.keyPath(m_options.cert) : m_options.keyFile,
                        dir.filePath(QStringLiteral("server.key")))) {
        m_error = QStringLiteral("cannot prepare ") + dir.path();
        return false;
    }

    // Debian's exim4 looks up its compiled-in user "Debian-exim" before it reads any
    // configuration. nss_wrapper gives it a passwd/group of our own in which Debian-exim is the
    // user Exim runs as, so no system file is touched. A machine with Debian's exim4 installed
    // has a real Debian-exim (uid 102 or so): its lines are left out of our copy, or the binary
    // would resolve that uid first and refuse to run as ours ("only uid=0 or uid=102 can use
    // -oP"; see tests/support/README.md, "Whether or not Exim is installed").
    QByteArray passwd = withoutEntry(readFile(QStringLiteral("/etc/passwd")), "Debian-exim");
    QByteArray group = withoutEntry(readFile(QStringLiteral("/etc/group")), "Debian-exim");
    const QByteArray uid = QByteArray::number(m_uid);
    const QByteArray gid = QByteArray::number(m_gid);
    if (!::getpwuid(m_uid)) // e.g. a user from LDAP: Exim wants a name for its uid
        passwd += "postaci-test:x:" + uid + ':' + gid + "::" + QFile::encodeName(dir.path()) + ":/bin/false\n";
    passwd += "Debian-exim:x:" + uid + ':' + gid + "::" + QFile::encodeName(dir.path()) + ":/bin/false\n";
    group += "Debian-exim:x:" + gid + ":\n";
    if (!writeTextFile(dir.filePath(QStringLiteral("passwd")), passwd)
        || !writeTextFile(dir.filePath(QStringLiteral("group")), group)) {
        m_error = QStringLiteral("cannot write the nss_wrapper files in ") + dir.path();
        return false;
    }

    // As nobody, Exim may not be able to reach the build tree (a checkout under /root): it runs
    // from a copy in the temporary directory, which nobody owns.
    m_runBinary = binary;
    if (runAsOther) {
        m_runBinary = dir.filePath(QStringLiteral("exim4"));
        if (!QFile::copy(binary, m_runBinary)
            || !QFile::setPermissions(m_runBinary, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                       | QFileDevice::ReadOther | QFileDevice::ExeOther
                                                       | QFileDevice::ReadGroup | QFileDevice::ExeGroup)) {
            m_error = QStringLiteral("cannot copy %1 into %2").arg(binary, dir.path());
            return false;
        }
    }

    const QList<quint16> ports = freeTcpPorts(3);
    if (ports.size() != 3) {
        m_error = QStringLiteral("cannot find free TCP ports on 127.0.0.1");
        return false;
    }
    m_startTlsPort = ports.at(0);
    m_tlsPort = ports.at(1);
    m_plainPort = ports.at(2);
    if (!writeConfig(ports))
        return false;

    if (runAsOther) {
        QDirIterator it(dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        bool ok = ::chown(QFile::encodeName(dir.path()).constData(), m_uid, m_gid) == 0;
        while (ok && it.hasNext())
            ok = ::chown(QFile::encodeName(it.next()).constData(), m_uid, m_gid) == 0;
        if (!ok) {
            m_error = QStringLiteral("cannot hand %1 to uid %2").arg(dir.path()).arg(m_uid);
            return false;
        }
    }

    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
    env.insert(QStringLiteral("LD_PRELOAD"), nssWrapper);
    env.insert(QStringLiteral("NSS_WRAPPER_PASSWD"), dir.filePath(QStringLiteral("passwd")));
    env.insert(QStringLiteral("NSS_WRAPPER_GROUP"), dir.filePath(QStringLiteral("group")));
    m_process->setProcessEnvironment(env);
    m_process->setWorkingDirectory(dir.path());
    m_process->setStandardOutputFile(dir.filePath(QStringLiteral("stdout.log")));
    m_process->setStandardErrorFile(dir.filePath(QStringLiteral("stderr.log")));
    const bool dropToNobody = runAsOther;
    const uid_t runUid = m_uid;
    const gid_t runGid = m_gid;
    m_process->setChildProcessModifier([dropToNobody, runUid, runGid] {
        if (dropToNobody && (::setgroups(0, nullptr) != 0 || ::setgid(runGid) != 0 || ::setuid(runUid) != 0))
            ::_exit(126);
        // Set after setuid (which clears it): if the test process dies, Exim's daemon stops too.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    // -bdf: daemon in the foreground, so that we own the process; -C: our configuration.
    m_process->start(m_runBinary, {QStringLiteral("-C"), configPath(), QStringLiteral("-bdf")});
    if (!m_process->waitForStarted(StartTimeoutMs)) {
        m_error = QStringLiteral("cannot run %1: %2").arg(m_runBinary, m_process->errorString());
        m_process.reset();
        return false;
    }

    const QString mainlog = dir.filePath(QStringLiteral("log/mainlog"));
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (readFile(mainlog).contains(" daemon started: "))
            return true;
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForFinished(50);
    }
    const bool running = m_process->state() != QProcess::NotRunning;
    stopProcess(m_process.get());
    const QString logs = logText();
    *portClash = logs.contains(QLatin1String("Address already in use"));
    m_error = QStringLiteral("Exim did not start%1 (exit code %2; 126 = could not drop to uid %3)\n%4")
                  .arg(running ? QStringLiteral(" within 10 s") : QString())
                  .arg(running ? -1 : m_process->exitCode())
                  .arg(m_uid)
                  .arg(logs);
    m_process.reset();
    return false;
}

bool EximServer::writeConfig(const QList<quint16> &ports)
{
    const QDir dir(m_dir->path());
    const QString user = expansionQuoted(m_options.user);
    const QString password = expansionQuoted(m_options.password);
    const QString uid = QString::number(m_uid);
    const QString gid = QString::number(m_gid);
    const QString startTls = QString::number(ports.at(0));
    const QString tls = QString::number(ports.at(1));
    const QString plain = QString::number(ports.at(2));

    QString config = QStringLiteral(R"(# Written by Postaci's EximServer (tests/support/eximserver.cpp) for one test.
exim_path = %BINARY%
keep_environment = LD_PRELOAD : NSS_WRAPPER_PASSWD : NSS_WRAPPER_GROUP
exim_user = %UID%
exim_group = %GID%
never_users = root
primary_hostname = mail.example.test
qualify_domain = example.test
spool_directory = %DIR%/spool
log_file_path = %DIR%/log/%slog
pid_file_path = %DIR%/exim.pid
log_selector = +smtp_connection +smtp_protocol_error +smtp_syntax_error +smtp_incomplete_transaction \
               +tls_cipher +received_recipients +pipelining

local_interfaces = <; 127.0.0.1
daemon_smtp_ports = %STARTTLS% : %TLS% : %PLAIN%
tls_on_connect_ports = %TLS%
# Give up at once when a port is taken (the default retries for minutes); the harness picks new ports.
daemon_startup_retries = 0
host_lookup =
rfc1413_hosts =
smtp_enforce_sync = true
# Deliver every message at once, however many arrive on one connection (the default queues
# from the 11th on), and let parallel tests share one server.
smtp_accept_queue_per_connection = 0
smtp_accept_max = 100

tls_certificate = %DIR%/server.pem
tls_privatekey = %DIR%/server.key
# The plain port is a server without TLS: no STARTTLS offered there.
tls_advertise_hosts = ${if ={$received_port}{%PLAIN%}{}{*}}
chunking_advertise_hosts = %CHUNKING%
pipelining_advertise_hosts = %PIPELINING%
%PIPECONNECT%

acl_smtp_mail = acl_check_mail
acl_smtp_rcpt = acl_check_rcpt

begin acl

acl_check_mail:
  deny    !authenticated = *
          message = 530 5.7.0 Authentication required
  accept

acl_check_rcpt:
  accept  authenticated = *
  deny    message = 530 5.7.0 Authentication required

begin routers

everything_to_maildir:
  driver = accept
  transport = maildir_delivery

begin transports

maildir_delivery:
  driver = appendfile
  directory = %DIR%/maildir
  maildir_format
  create_directory
  delivery_date_add
  envelope_to_add
  return_path_add
  mode = 0644
  user = %UID%
  group = %GID%

begin retry

*   *   F,1m,1m

begin authenticators

# RFC 4616. PLAIN and LOGIN only once TLS is on, as a real submission server does.
plain_server:
  driver = plaintext
  public_name = PLAIN
  server_prompts = :
  server_condition = ${if and {{eq{$auth2}{%USER%}}{eq{$auth3}{%PASSWORD%}}}}
  server_set_id = $auth2
  server_advertise_condition = ${if def:tls_in_cipher}

login_server:
  driver = plaintext
  public_name = LOGIN
  server_prompts = <| Username: | Password:
  server_condition = ${if and {{eq{$auth1}{%USER%}}{eq{$auth2}{%PASSWORD%}}}}
  server_set_id = $auth1
  server_advertise_condition = ${if def:tls_in_cipher}

# RFC 2195: the password never crosses the wire, so Exim offers it without TLS too.
cram_md5_server:
  driver = cram_md5
  public_name = CRAM-MD5
  server_secret = ${if eq{$auth1}{%USER%}{%PASSWORD%}fail}
  server_set_id = $auth1
)");
    // Exim re-executes itself (e.g. to remove its pid file on SIGTERM): the binary we run.
    config.replace(QLatin1String("%BINARY%"), m_runBinary);
    config.replace(QLatin1String("%DIR%"), dir.path());
    config.replace(QLatin1String("%UID%"), uid);
    config.replace(QLatin1String("%GID%"), gid);
    config.replace(QLatin1String("%STARTTLS%"), startTls);
    config.replace(QLatin1String("%TLS%"), tls);
    config.replace(QLatin1String("%PLAIN%"), plain);
    config.replace(QLatin1String("%CHUNKING%"), m_options.chunking ? QStringLiteral("*") : QString());
    config.replace(QLatin1String("%PIPELINING%"), m_options.pipelining ? QStringLiteral("*") : QString());
    // PIPECONNECT (early pipelining) is Exim's default where it is built in; off with pipelining.
    config.replace(QLatin1String("%PIPECONNECT%"),
                   m_options.pipelining ? QString() : QStringLiteral("pipelining_connect_advertise_hosts ="));
    // Last, so that a password containing "%DIR%" and the like stays as it is.
    config.replace(QLatin1String("%USER%"), user);
    config.replace(QLatin1String("%PASSWORD%"), password);
    if (!writeTextFile(configPath(), config.toUtf8())) {
        m_error = QStringLiteral("cannot write ") + configPath();
        return false;
    }
    return true;
}

void EximServer::stop()
{
    if (m_process) {
        stopProcess(m_process.get());
        m_process.reset();
    }
}

bool EximServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString EximServer::errorString() const
{
    return m_error;
}

quint16 EximServer::startTlsPort() const
{
    return m_startTlsPort;
}

quint16 EximServer::tlsPort() const
{
    return m_tlsPort;
}

quint16 EximServer::plainPort() const
{
    return m_plainPort;
}

QString EximServer::maildir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("maildir")) : QString();
}

QString EximServer::configPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("exim.conf")) : QString();
}

QStringList EximServer::deliveredMessages() const
{
    if (!m_dir)
        return {};
    QFileInfoList files;
    // Exim writes each message into tmp/ and renames it into new/: a file seen here is complete.
    for (const char *sub : {"new", "cur"})
        files += QDir(maildir() + QLatin1Char('/') + QLatin1String(sub)).entryInfoList(QDir::Files);
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const QDateTime ta = a.lastModified();
        const QDateTime tb = b.lastModified();
        return ta != tb ? ta < tb : a.fileName() < b.fileName();
    });
    QStringList paths;
    for (const QFileInfo &file : std::as_const(files))
        paths.append(file.absoluteFilePath());
    return paths;
}

QString EximServer::logText() const
{
    if (!m_dir)
        return {};
    QString text;
    for (const char *name : {"log/mainlog", "log/rejectlog", "log/paniclog", "stderr.log"}) {
        const QByteArray content = readFile(m_dir->filePath(QLatin1String(name)));
        if (!content.isEmpty())
            text += QStringLiteral("--- exim %1 ---\n").arg(QLatin1String(name)) + QString::fromLocal8Bit(content);
    }
    return text;
}

} // namespace Postaci::Test
