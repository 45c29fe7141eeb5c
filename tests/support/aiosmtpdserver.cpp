#include "aiosmtpdserver.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

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

    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/postaci-aiosmtpd-XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_error = u"cannot create a temporary directory: "_s + m_dir->errorString();
        return false;
    }
    const QString script = testSupportDir() + u"/aiosmtpd_server.py"_s;
    QStringList arguments{script, u"--spool"_s, spoolDir(), u"--exit-on-stdin-eof"_s,
                          u"--hostname"_s, options.hostname, u"--user"_s, options.user,
                          u"--auth-mechanisms"_s, options.authMechanisms.join(QLatin1Char(','))};
    switch (options.mode) {
    case Options::Mode::Plain:
        arguments << u"--mode"_s << u"plain"_s;
        break;
    case Options::Mode::StartTls:
        arguments << u"--mode"_s << u"starttls"_s;
        break;
    case Options::Mode::ImplicitTls:
        arguments << u"--mode"_s << u"implicit-tls"_s;
        break;
    }
    if (options.mode != Options::Mode::Plain) {
        const TestCertificates &certificates = TestCertificates::instance();
        if (!certificates.isValid()) {
            m_error = u"test certificates unavailable: "_s + certificates.errorString();
            return false;
        }
        arguments << u"--cert"_s << certificates.certificatePath(options.cert) << u"--key"_s
                  << certificates.keyPath(options.cert);
    }
    if (options.requireTls)
        arguments << u"--require-tls"_s;
    if (options.authRequired)
        arguments << u"--auth-required"_s;
    if (options.authWithoutTls)
        arguments << u"--auth-without-tls"_s;
    if (!options.smtputf8)
        arguments << u"--no-smtputf8"_s;
    if (options.dataSizeLimit > 0)
        arguments << u"--data-size-limit"_s << QString::number(options.dataSizeLimit);

    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"POSTACI_TEST_SMTP_PASSWORD"_s, options.password);
    env.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);
    env.insert(u"PYTHONUNBUFFERED"_s, u"1"_s);
    env.remove(u"PYTHONPATH"_s); // Debian's modules, not a pyenv's or venv's
    env.remove(u"PYTHONHOME"_s);
    m_process->setProcessEnvironment(env);
    m_process->setStandardErrorFile(m_dir->filePath(u"stderr.log"_s));
    // If the test process dies without stopping us, the kernel stops the server too.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(QString::fromLatin1(PythonPath), arguments);

    const QDeadlineTimer deadline(StartTimeoutMs);
    if (!m_process->waitForStarted(StartTimeoutMs)) {
        m_error = u"cannot run %1 (install python3-aiosmtpd): %2"_s
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
        m_error = u"aiosmtpd server did not start%1 (command: %2 %3)\nstdout: %4\nstderr: %5"_s
                      .arg(timedOut ? u" within 10 s"_s : QString(), QString::fromLatin1(PythonPath),
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
    return m_dir ? m_dir->filePath(u"spool"_s) : QString();
}

QStringList AiosmtpdServer::messageFiles() const
{
    if (!m_dir)
        return {};
    const QDir spool(spoolDir());
    QStringList files;
    const QStringList names = spool.entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files.append(spool.filePath(name));
    return files;
}

QString AiosmtpdServer::envelopeFile(const QString &messageFile)
{
    QString json = messageFile;
    if (json.endsWith(".eml"_L1))
        json.chop(4);
    return json + u".json"_s;
}

QString AiosmtpdServer::stderrText() const
{
    return m_dir ? QString::fromLocal8Bit(readFile(m_dir->filePath(u"stderr.log"_s))) : QString();
}

} // namespace Postaci::Test
