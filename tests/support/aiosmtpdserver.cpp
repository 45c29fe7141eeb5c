#include "aiosmtpdserver.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Postaci::Test {

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
    if (!options.oauthTokenFile.isEmpty())
        arguments << u"--oauth-token-file"_s << options.oauthTokenFile;
    if (options.dataSizeLimit > 0)
        arguments << u"--data-size-limit"_s << QString::number(options.dataSizeLimit);

    m_process = std::make_unique<QProcess>();
    QString error;
    const std::optional<QByteArray> ready = startPythonServer(
            m_process.get(), arguments, m_dir->filePath(u"stderr.log"_s), &error,
            {{u"POSTACI_TEST_SMTP_PASSWORD"_s, options.password}});
    m_port = ready ? ready->toUShort() : 0;
    if (m_port == 0) {
        m_error = u"aiosmtpd server (python3-aiosmtpd): "_s + error;
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
