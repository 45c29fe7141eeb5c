#include "rawsmtpclient.h"

#include "testcertificates.h"

#include <QDeadlineTimer>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace Postaci::Test {

RawSmtpClient::RawSmtpClient()
    : m_socket(std::make_unique<QSslSocket>())
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(TestCertificates::instance().caCertificates());
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(configuration);
    QObject::connect(m_socket.get(), &QSslSocket::sslErrors, m_socket.get(),
                     [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
}

RawSmtpClient::~RawSmtpClient() = default;

bool RawSmtpClient::connectToHost(const QString &host, quint16 port, Security security, const QString &verifyName)
{
    m_buffer.clear();
    m_error.clear();
    m_sslErrors.clear();
    if (security == Security::ImplicitTls) {
        m_socket->connectToHostEncrypted(host, port, verifyName.isEmpty() ? host : verifyName);
        if (!m_socket->waitForEncrypted(10000)) {
            m_error = u"TLS connection to %1:%2 failed: %3"_s.arg(host).arg(port).arg(m_socket->errorString());
            return false;
        }
        return true;
    }
    m_socket->connectToHost(host, port);
    if (!m_socket->waitForConnected(10000)) {
        m_error = u"connection to %1:%2 failed: %3"_s.arg(host).arg(port).arg(m_socket->errorString());
        return false;
    }
    return true;
}

RawSmtpReply RawSmtpClient::readReply(int timeoutMs)
{
    RawSmtpReply reply;
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype pos = 0;
    for (;;) {
        // Consume complete lines; a line "NNN " (space) ends the reply.
        qsizetype end;
        while ((end = m_buffer.indexOf("\r\n", pos)) >= 0) {
            const QByteArray line = m_buffer.mid(pos, end - pos);
            pos = end + 2;
            const bool last = line.size() < 4 || line.at(3) != '-';
            reply.lines.append(QString::fromUtf8(line.mid(4)));
            if (last) {
                reply.code = line.left(3).toInt();
                reply.raw = m_buffer.left(pos);
                m_buffer.remove(0, pos);
                return reply;
            }
        }
        reply.lines.clear();
        pos = 0;
        if (deadline.hasExpired()) {
            m_error = u"no complete SMTP reply within %1 ms; got: %2"_s
                          .arg(timeoutMs)
                          .arg(QString::fromUtf8(m_buffer));
            return {};
        }
        if (m_socket->bytesAvailable() == 0
            && !m_socket->waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(10000))))) {
            if (m_socket->state() != QAbstractSocket::ConnectedState) {
                m_error = u"connection closed before a complete SMTP reply (%1); got: %2"_s
                              .arg(m_socket->errorString(), QString::fromUtf8(m_buffer));
                return {};
            }
            continue;
        }
        m_buffer += m_socket->readAll();
    }
}

bool RawSmtpClient::send(const QByteArray &bytes, int timeoutMs)
{
    if (m_socket->write(bytes) != bytes.size()) {
        m_error = u"write failed: "_s + m_socket->errorString();
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket->bytesToWrite() > 0 && !deadline.hasExpired()) {
        if (!m_socket->waitForBytesWritten(int(qBound(qint64(1), deadline.remainingTime(), qint64(10000)))))
            break;
    }
    if (m_socket->bytesToWrite() > 0) {
        m_error = u"could not send %1 bytes: %2"_s.arg(bytes.size()).arg(m_socket->errorString());
        return false;
    }
    return true;
}

RawSmtpReply RawSmtpClient::command(const QByteArray &line, int timeoutMs)
{
    if (!send(line + "\r\n", timeoutMs))
        return {};
    return readReply(timeoutMs);
}

bool RawSmtpClient::startTls(const QString &verifyName, int timeoutMs)
{
    // RFC 3207 section 6: whatever arrived before the handshake must be discarded.
    m_buffer.clear();
    m_socket->setPeerVerifyName(verifyName);
    m_socket->startClientEncryption();
    if (!m_socket->waitForEncrypted(timeoutMs)) {
        m_error = u"STARTTLS handshake failed: "_s + m_socket->errorString();
        return false;
    }
    return true;
}

void RawSmtpClient::disconnect()
{
    m_socket->abort();
}

bool RawSmtpClient::isEncrypted() const
{
    return m_socket->isEncrypted();
}

QString RawSmtpClient::errorString() const
{
    return m_error;
}

QList<QSslError> RawSmtpClient::sslErrors() const
{
    return m_sslErrors;
}

QSslSocket &RawSmtpClient::socket()
{
    return *m_socket;
}

QByteArray RawSmtpClient::authPlainCommand(const QString &user, const QString &password)
{
    const QByteArray credentials = '\0' + user.toUtf8() + '\0' + password.toUtf8();
    return "AUTH PLAIN " + credentials.toBase64();
}

} // namespace Postaci::Test
