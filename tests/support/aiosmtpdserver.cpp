#include "aiosmtpdserver.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <csignal>
#include <sys/prctl.h>

namespace Postaci::Test {

namespace {
constexpr int StartTimeoutMs = 10000;
const char PythonPath[] = "/usr/bin/python3"; // Debian's python, which has python3-aiosmtpd
}

AiosmtpdServer::AiosmtpdServer() = default;

AiosmtpdServer::~AiosmtpdServer()
{
    stop();
}

bool AiosmtpdServer::start(const Options &options)
{
    stop();
    m_options = options;
    m_error.clear();
    m_port = 0;

    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/postaci-aiosmtpd-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: ") + m_dir->errorString();
        return false;
    }
    const QString script = testSupportDir() + QStringLiteral("/aiosmtpd_server.py");
    QStringList arguments{script, QStringLiteral("--spool"), spoolDir(), QStringLiteral("--exit-on-stdin-eof"),
                          QStringLiteral("--hostname"), options.hostname, QStringLiteral("--user"), options.user,
                          QStringLiteral("--auth-mechanisms"), options.authMechanisms.join(QLatin1Char(','))};
    switch (options.mode) {
    case Options::Mode::Plain:
        arguments << QStringLiteral("--mode") << QStringLiteral("plain");
        break;
    case Options::Mode::StartTls:
        arguments << QStringLiteral("--mode") << QStringLiteral("starttls");
        break;
    case Options::Mode::ImplicitTls:
        arguments << QStringLiteral("--mode") << QStringLiteral("implicit-tls");
        break;
    }
    if (options.mode != Options::Mode::Plain) {
        const TestCertificates &certificates = TestCertificates::instance();
        if (!certificates.isValid()) {
            m_error = QStringLiteral("test certificates unavailable: ") + certificates.errorString();
            return false;
        }
        arguments << QStringLiteral("--cert") << certificates.certificatePath(options.cert) << QStringLiteral("--key")
                  << certificates.keyPath(options.cert);
    }
    if (options.requireTls)
        arguments << QStringLiteral("--require-tls");
    if (options.authRequired)
        arguments << QStringLiteral("--auth-required");
    if (options.authWithoutTls)
        arguments << QStringLiteral("--auth-without-tls");
    if (!options.smtputf8)
        arguments << QStringLiteral("--no-smtputf8");
    if (options.dataSizeLimit > 0)
        arguments << QStringLiteral("--data-size-limit") << QString::number(options.dataSizeLimit);

    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POSTACI_TEST_SMTP_PASSWORD"), options.password);
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    env.remove(QStringLiteral("PYTHONPATH")); // Debian's modules, not a pyenv's or venv's
    env.remove(QStringLiteral("PYTHONHOME"));
    m_process->setProcessEnvironment(env);
    m_process->setStandardErrorFile(m_dir->filePath(QStringLiteral("stderr.log")));
    // If the test process dies without stopping us, the kernel stops the server too.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(QString::fromLatin1(PythonPath), arguments);

    const QDeadlineTimer deadline(StartTimeoutMs);
    if (!m_process->waitForStarted(StartTimeoutMs)) {
        m_error = QStringLiteral("cannot run %1 (install python3-aiosmtpd): %2")
                      .arg(QString::fromLatin1(PythonPath), m_process->errorString());
        m_process.reset();
        return false;
    }
    QByteArray output;
    while (!deadline.hasExpired()) {
        output += m_process->readAllStandardOutput();
        const qsizetype ready = output.indexOf("READY ");
        const qsizetype end = output.indexOf('\n', ready);
        if (ready >= 0 && end > ready) {
            m_port = output.mid(ready + 6, end - ready - 6).trimmed().toUShort();
            break;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(200))));
    }
    if (m_port == 0) {
        const bool timedOut = m_process->state() != QProcess::NotRunning;
        stopProcess(m_process.get());
        m_error = QStringLiteral("aiosmtpd server did not start%1 (command: %2 %3)\nstdout: %4\nstderr: %5")
                      .arg(timedOut ? QStringLiteral(" within 10 s") : QString(), QString::fromLatin1(PythonPath),
                           arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(output), stderrText());
        m_process.reset();
        return false;
    }
    return true;
}

void AiosmtpdServer::stop()
{
    if (m_process) {
        m_process->closeWriteChannel(); // the server also stops on stdin EOF
        stopProcess(m_process.get());
        m_process.reset();
    }
}

bool AiosmtpdServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString AiosmtpdServer::errorString() const
{
    return m_error;
}

quint16 AiosmtpdServer::port() const
{
    return m_port;
}

QString AiosmtpdServer::spoolDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("spool")) : QString();
}

QStringList AiosmtpdServer::messageFiles() const
{
    if (!m_dir)
        return {};
    const QDir spool(spoolDir());
    QStringList files;
    const QStringList names = spool.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files.append(spool.filePath(name));
    return files;
}

QString AiosmtpdServer::envelopeFile(const QString &messageFile)
{
    QString json = messageFile;
    if (json.endsWith(QLatin1String(".eml")))
        json.chop(4);
    return json + QStringLiteral(".json");
}

QString AiosmtpdServer::stderrText() const
{
    return m_dir ? QString::fromLocal8Bit(readFile(m_dir->filePath(QStringLiteral("stderr.log")))) : QString();
}

} // namespace Postaci::Test
