#include "wrongportdetector.h"

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

constexpr qsizetype FirstBytesKept = 512;

QString protocolName(PeerProtocol protocol)
{
    switch (protocol) {
    case PeerProtocol::Imap:
        return u"IMAP"_s;
    case PeerProtocol::Pop3:
        return u"POP3"_s;
    case PeerProtocol::Http:
        return u"HTTP"_s;
    case PeerProtocol::Ssh:
        return u"SSH"_s;
    case PeerProtocol::Tls:
        return u"TLS"_s;
    case PeerProtocol::Smtp:
        return u"SMTP"_s;
    case PeerProtocol::Incomplete:
    case PeerProtocol::Other:
        break;
    }
    return {}; // unknown: the caller words that case
}

} // namespace

bool WrongPortDetector::looksLikePlaintextPeer(const QString &handshakeError)
{
    static const char *const markers[]
            = {"wrong version number", "packet length too long", "http request",    "unknown protocol",
               "record layer failure", "unexpected eof",         "length too short"};
    for (const char *marker : markers) {
        if (handshakeError.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString WrongPortDetector::notSmtpDetail(PeerProtocol protocol)
{
    const QString name = protocolName(protocol);
    if (name.isEmpty())
        return tr("the server speaks an unknown protocol, not SMTP");
    return tr("the server speaks %1, not SMTP").arg(name);
}

WrongPortDetector::Verdict WrongPortDetector::firstBytesVerdict(PeerProtocol protocol)
{
    switch (protocol) {
    case PeerProtocol::Incomplete:
    case PeerProtocol::Smtp:
        return {};
    case PeerProtocol::Tls:
        return {SessionError::PlaintextExpectedTlsReceived,
                tr("the server sent a TLS record instead of an SMTP greeting: this port expects TLS from "
                   "the first byte")};
    default:
        return {SessionError::NotSmtp, notSmtpDetail(protocol)};
    }
}

WrongPortDetector::Verdict WrongPortDetector::tlsCheckVerdict(bool answeredTls, quint16 port,
                                                              std::chrono::milliseconds greetingTimeout)
{
    if (answeredTls) {
        return {SessionError::PlaintextExpectedTlsReceived,
                tr("no greeting, but the server answered a TLS handshake: this port expects TLS from the "
                   "first byte")};
    }
    if (port == 465) {
        return {SessionError::PlaintextExpectedTlsReceived,
                tr("no greeting within %1 ms on port 465, which is meant for TLS from the first byte")
                        .arg(greetingTimeout.count())};
    }
    return {SessionError::Timeout,
            tr("no greeting within %1 ms, and no answer to a TLS handshake either").arg(greetingTimeout.count())};
}

WrongPortDetector::Verdict WrongPortDetector::plaintextCheckVerdict(const QByteArray &firstBytes,
                                                                    const Verdict &fallback)
{
    const PeerProtocol protocol = classifyFirstBytes(firstBytes);
    switch (protocol) {
    case PeerProtocol::Smtp:
        return {SessionError::TlsExpectedPlaintextReceived,
                tr("the server greets in plaintext: this port expects STARTTLS (or no TLS), not TLS from the "
                   "first byte")};
    case PeerProtocol::Imap:
    case PeerProtocol::Pop3:
    case PeerProtocol::Http:
    case PeerProtocol::Ssh:
    case PeerProtocol::Other:
        return {SessionError::NotSmtp, notSmtpDetail(protocol)};
    case PeerProtocol::Tls:
    case PeerProtocol::Incomplete:
        break;
    }
    return fallback;
}

// ---------------------------------------------------------------------------------------------

PlaintextGreetingCheck::PlaintextGreetingCheck(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PlaintextGreetingCheck::finishNow);
    connect(&m_socket, &QIODevice::readyRead, this, [this] {
        m_bytes.append(m_socket.readAll());
        if (m_bytes.contains('\n') || m_bytes.size() >= FirstBytesKept)
            finishNow();
    });
    connect(&m_socket, &QAbstractSocket::errorOccurred, this, &PlaintextGreetingCheck::finishNow);
}

PlaintextGreetingCheck::~PlaintextGreetingCheck()
{
    stop();
}

void PlaintextGreetingCheck::start(const QString &host, quint16 port, std::chrono::milliseconds limit)
{
    m_timer.start(std::max(limit, std::chrono::milliseconds(1)));
    m_socket.connectToHost(host, port);
}

void PlaintextGreetingCheck::stop()
{
    m_done = true;
    m_timer.stop();
    QObject::disconnect(&m_socket, nullptr, this, nullptr);
    m_socket.abort();
}

void PlaintextGreetingCheck::finishNow()
{
    if (m_done)
        return;
    stop();
    Q_EMIT finished(m_bytes.left(FirstBytesKept));
}

} // namespace Postaci
