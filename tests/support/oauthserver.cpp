#include "oauthserver.h"

#include "testcertificates.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Postaci::Test {

OAuthServer::OAuthServer() = default;

OAuthServer::~OAuthServer()
{
    stop();
}

bool OAuthServer::start(const Options &options)
{
    stop();
    m_options = options;
    m_error.clear();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/postaci-oauth-XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_error = u"cannot create a temporary directory: "_s + m_dir->errorString();
        return false;
    }
    const TestCertificates &certificates = TestCertificates::instance();
    if (!certificates.isValid()) {
        m_error = u"test certificates unavailable: "_s + certificates.errorString();
        return false;
    }
    const QStringList arguments{testSupportDir() + u"/oauth_server.py"_s,
                                u"--state"_s, m_dir->filePath(u"state"_s),
                                u"--client-id"_s, options.clientId,
                                u"--scope"_s, options.scope,
                                u"--access-seconds"_s, QString::number(options.accessSeconds),
                                u"--cert"_s, certificates.certificatePath(CertKind::Valid),
                                u"--key"_s, certificates.keyPath(CertKind::Valid),
                                u"--exit-on-stdin-eof"_s};
    m_process = std::make_unique<QProcess>();
    const std::optional<QByteArray> ready
            = startPythonServer(m_process.get(), arguments, m_dir->filePath(u"stderr.log"_s), &m_error);
    // "http=PORT https=PORT"
    for (const QByteArray &field : ready.value_or(QByteArray()).split(' ')) {
        if (field.startsWith("http="))
            m_httpPort = field.mid(5).toUShort();
        else if (field.startsWith("https="))
            m_httpsPort = field.mid(6).toUShort();
    }
    if (m_httpPort == 0 || m_httpsPort == 0) {
        m_error = u"oauth_server.py: "_s + m_error;
        m_process.reset();
        return false;
    }
    return true;
}

void OAuthServer::stop()
{
    if (m_process) {
        m_process->closeWriteChannel(); // the server stops on stdin EOF
        stopProcess(m_process.get());
        m_process.reset();
    }
    m_httpPort = m_httpsPort = 0;
}

QUrl OAuthServer::url(const QString &path, bool https) const
{
    QUrl url;
    url.setScheme(https ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(https ? m_httpsPort : m_httpPort);
    url.setPath(path);
    return url;
}

QString OAuthServer::tokenFile() const
{
    return m_dir ? m_dir->filePath(u"state/tokens.json"_s) : QString();
}

QList<QJsonObject> OAuthServer::grants() const
{
    QList<QJsonObject> grants;
    if (!m_dir)
        return grants;
    const QList<QByteArray> lines = readFile(m_dir->filePath(u"state/grants.jsonl"_s)).split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            grants.append(QJsonDocument::fromJson(line).object());
    }
    return grants;
}

int OAuthServer::grantCount(const QString &grantType, bool ok) const
{
    int count = 0;
    const QList<QJsonObject> all = grants();
    for (const QJsonObject &grant : all) {
        if (grant.value("grant_type"_L1).toString() == grantType && grant.value("ok"_L1).toBool() == ok)
            ++count;
    }
    return count;
}

double OAuthServer::newestAccessTokenSecondsLeft() const
{
    const QJsonObject tokens = QJsonDocument::fromJson(readFile(tokenFile())).object();
    double newest = -1e9;
    for (auto it = tokens.begin(); it != tokens.end(); ++it)
        newest = std::max(newest, it.value().toObject().value("expires"_L1).toDouble());
    return newest - double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

bool OAuthServer::revoke(const QString &refreshToken)
{
    const int before = grantCount(u"revoke"_s);
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_httpPort);
    if (!socket.waitForConnected(10000))
        return false;
    const QByteArray body = "token=" + QUrl::toPercentEncoding(refreshToken);
    socket.write("POST /revoke HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                 "Connection: close\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // Bounded: the answer is small and the server closes the connection.
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
        socket.readAll();
    return grantCount(u"revoke"_s) == before + 1;
}

QString OAuthServer::stderrText() const
{
    return m_dir ? QString::fromLocal8Bit(readFile(m_dir->filePath(u"stderr.log"_s))) : QString();
}

} // namespace Postaci::Test
