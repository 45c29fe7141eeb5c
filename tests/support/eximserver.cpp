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

using namespace Qt::StringLiterals;

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
    const QStringList directories = {u"/usr/lib/x86_64-linux-gnu"_s, u"/usr/lib/aarch64-linux-gnu"_s,
                                     u"/usr/lib64"_s, u"/usr/lib"_s};
    for (const QString &directory : directories) {
        const QString candidate = directory + u"/libnss_wrapper.so"_s;
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
    for (QString path = base; !path.isEmpty() && path != "/"_L1; path = QFileInfo(path).path()) {
        if (!(QFile::permissions(path) & QFileDevice::ExeOther))
            return u"/tmp"_s;
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
    return QStringLiteral(POSTACI_EXIM_DIR) + u"/usr/sbin/exim4"_s;
}

bool EximServer::start(const Options &options)
{
    stop();
    m_options = options;
    m_error.clear();

    const QString binary = eximBinary();
    const QFileInfo binaryInfo(binary);
    if (!binaryInfo.isFile() || !binaryInfo.isExecutable()) {
        m_error = u"Exim not found at %1: run `tests/support/fetch-exim %2` (scripts/test does it), "
                                 "or point POSTACI_EXIM at an exim4 binary"_s
                      .arg(binary, QStringLiteral(POSTACI_EXIM_DIR));
        return false;
    }
    struct stat st = {};
    if (::stat(binary.toLocal8Bit().constData(), &st) == 0 && (st.st_mode & (S_ISUID | S_ISGID))) {
        m_error = u"%1 is setuid/setgid, which stops the nss_wrapper preload: rerun tests/support/fetch-exim"_s
                      .arg(binary);
        return false;
    }
    const QString nssWrapper = findNssWrapper();
    if (nssWrapper.isEmpty()) {
        m_error = u"libnss_wrapper.so not found: install the Debian package libnss-wrapper (scripts/test does)"_s;
        return false;
    }
    if (options.password.isEmpty()) {
        m_error = u"EximServer::Options::password must be set"_s;
        return false;
    }
    if (options.user.isEmpty() || hasLineBreakOrNul(options.user) || hasLineBreakOrNul(options.password)) {
        m_error = u"EximServer: the user must be non-empty, and user and password free of CR, LF and NUL"_s;
        return false;
    }
    const TestCertificates &certificates = TestCertificates::instance();
    if (!certificates.isValid()) {
        m_error = u"test certificates unavailable: "_s + certificates.errorString();
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
    m_error = u"Exim could not bind free ports in %1 attempts:\n"_s.arg(MaxStartAttempts) + m_error;
    return false;
}

bool EximServer::startOnce(const QString &binary, const QString &nssWrapper, bool *portClash)
{
    *portClash = false;
    m_process.reset();
    const bool runAsOther = ::getuid() == 0;
    m_dir = std::make_unique<QTemporaryDir>(temporaryBase(runAsOther) + u"/postaci-exim-XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_error = u"cannot create a temporary directory: "_s + m_dir->errorString();
        return false;
    }
    const QDir dir(m_dir->path());
    const TestCertificates &certificates = TestCertificates::instance();
    if (!dir.mkpath(u"spool"_s) || !dir.mkpath(u"log"_s)
        || !QFile::copy(m_options.certificateFile.isEmpty() ? certificates.certificatePath(m_options.cert) : m_options.certificateFile,
                        dir.filePath(u"server.pem"_s))
        || !QFile::copy(m_options.keyFile.isEmpty() ? certificates.keyPath(m_options.cert) : m_options.keyFile,
                        dir.filePath(u"server.key"_s))) {
        m_error = u"cannot prepare "_s + dir.path();
        return false;
    }

    // Debian's exim4 looks up its compiled-in user "Debian-exim" before it reads any
    // configuration. nss_wrapper gives it a passwd/group of our own in which Debian-exim is the
    // user Exim runs as, so no system file is touched. A machine with Debian's exim4 installed
    // has a real Debian-exim (uid 102 or so): its lines are left out of our copy, or the binary
    // would resolve that uid first and refuse to run as ours ("only uid=0 or uid=102 can use
    // -oP"; see tests/support/README.md, "Whether or not Exim is installed").
    QByteArray passwd = withoutEntry(readFile(u"/etc/passwd"_s), "Debian-exim");
    QByteArray group = withoutEntry(readFile(u"/etc/group"_s), "Debian-exim");
    const QByteArray uid = QByteArray::number(m_uid);
    const QByteArray gid = QByteArray::number(m_gid);
    if (!::getpwuid(m_uid)) // e.g. a user from LDAP: Exim wants a name for its uid
        passwd += "postaci-test:x:" + uid + ':' + gid + "::" + QFile::encodeName(dir.path()) + ":/bin/false\n";
    passwd += "Debian-exim:x:" + uid + ':' + gid + "::" + QFile::encodeName(dir.path()) + ":/bin/false\n";
    group += "Debian-exim:x:" + gid + ":\n";
    if (!writeTextFile(dir.filePath(u"passwd"_s), passwd)
        || !writeTextFile(dir.filePath(u"group"_s), group)) {
        m_error = u"cannot write the nss_wrapper files in "_s + dir.path();
        return false;
    }

    // As nobody, Exim may not be able to reach the build tree (a checkout under /root): it runs
    // from a copy in the temporary directory, which nobody owns.
    m_runBinary = binary;
    if (runAsOther) {
        m_runBinary = dir.filePath(u"exim4"_s);
        if (!QFile::copy(binary, m_runBinary)
            || !QFile::setPermissions(m_runBinary, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                       | QFileDevice::ReadOther | QFileDevice::ExeOther
                                                       | QFileDevice::ReadGroup | QFileDevice::ExeGroup)) {
            m_error = u"cannot copy %1 into %2"_s.arg(binary, dir.path());
            return false;
        }
    }

    const QList<quint16> ports = freeTcpPorts(3);
    if (ports.size() != 3) {
        m_error = u"cannot find free TCP ports on 127.0.0.1"_s;
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
            m_error = u"cannot hand %1 to uid %2"_s.arg(dir.path()).arg(m_uid);
            return false;
        }
    }

    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env;
    env.insert(u"PATH"_s, u"/usr/sbin:/usr/bin:/sbin:/bin"_s);
    env.insert(u"LD_PRELOAD"_s, nssWrapper);
    env.insert(u"NSS_WRAPPER_PASSWD"_s, dir.filePath(u"passwd"_s));
    env.insert(u"NSS_WRAPPER_GROUP"_s, dir.filePath(u"group"_s));
    m_process->setProcessEnvironment(env);
    m_process->setWorkingDirectory(dir.path());
    m_process->setStandardOutputFile(dir.filePath(u"stdout.log"_s));
    m_process->setStandardErrorFile(dir.filePath(u"stderr.log"_s));
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
    m_process->start(m_runBinary, {u"-C"_s, configPath(), u"-bdf"_s});
    if (!m_process->waitForStarted(StartTimeoutMs)) {
        m_error = u"cannot run %1: %2"_s.arg(m_runBinary, m_process->errorString());
        m_process.reset();
        return false;
    }

    const QString mainlog = dir.filePath(u"log/mainlog"_s);
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
    *portClash = logs.contains("Address already in use"_L1);
    m_error = u"Exim did not start%1 (exit code %2; 126 = could not drop to uid %3)\n%4"_s
                  .arg(running ? u" within 10 s"_s : QString())
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

    QString config = uR"(# Written by Postaci's EximServer (tests/support/eximserver.cpp) for one test.
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
)"_s;
    // Exim re-executes itself (e.g. to remove its pid file on SIGTERM): the binary we run.
    config.replace("%BINARY%"_L1, m_runBinary);
    config.replace("%DIR%"_L1, dir.path());
    config.replace("%UID%"_L1, uid);
    config.replace("%GID%"_L1, gid);
    config.replace("%STARTTLS%"_L1, startTls);
    config.replace("%TLS%"_L1, tls);
    config.replace("%PLAIN%"_L1, plain);
    config.replace("%CHUNKING%"_L1, m_options.chunking ? u"*"_s : QString());
    config.replace("%PIPELINING%"_L1, m_options.pipelining ? u"*"_s : QString());
    // PIPECONNECT (early pipelining) is Exim's default where it is built in; off with pipelining.
    config.replace("%PIPECONNECT%"_L1,
                   m_options.pipelining ? QString() : u"pipelining_connect_advertise_hosts ="_s);
    // Last, so that a password containing "%DIR%" and the like stays as it is.
    config.replace("%USER%"_L1, user);
    config.replace("%PASSWORD%"_L1, password);
    if (!writeTextFile(configPath(), config.toUtf8())) {
        m_error = u"cannot write "_s + configPath();
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
    return m_dir ? m_dir->filePath(u"maildir"_s) : QString();
}

QString EximServer::configPath() const
{
    return m_dir ? m_dir->filePath(u"exim.conf"_s) : QString();
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
            text += u"--- exim %1 ---\n"_s.arg(QLatin1String(name)) + QString::fromLocal8Bit(content);
    }
    return text;
}

} // namespace Postaci::Test
