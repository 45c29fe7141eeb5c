#include "smtpsession.h"

#include "smtp/certificateverdict.h"
#include "smtp/commandflight.h"
#include "smtp/inputvalidation.h"
#include "smtp/mailtransaction.h"
#include "smtp/peerprotocol.h"
#include "smtp/queueid.h"
#include "smtp/replyclassification.h"
#include "smtp/saslmechanism.h"
#include "smtp/servertext.h"
#include "smtp/smtpcapabilities.h"
#include "smtp/smtpreplyparser.h"
#include "smtp/transcriptredactor.h"
#include "smtp/trustedcertificates.h"
#include "smtp/wrongportdetector.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <deque>

using namespace Qt::StringLiterals;

// How the session works (see also docs/smtp-behaviours.md, whose item numbers the comments cite):
//
// - One QSslSocket, signals only: no waitFor*, no nested loop. Each step arms `stepTimer` with
//   its own limit (SessionTimeouts); `totalTimer` bounds the whole run. cancel() finishes at once.
// - Commands go out in flights (sendFlight): everything queued is written at once and the replies
//   it asks for are queued in `expected`, matched in order as they arrive (RFC 2920). Without
//   PIPELINING a flight holds one command. A flight is only sent when every reply asked for has
//   arrived, so anything still buffered then is a server talking out of turn.
// - roundTrips counts what the client waited for after sending: one per flight, one per TLS 1.3
//   handshake (two for TLS 1.2), and for implicit TLS 1.3 the greeting after our Finished. The
//   greeting of a plaintext connection is free (the client sent nothing), QUIT is not awaited.
//   Floor with PIPELINING + AUTH PLAIN + TLS 1.3: STARTTLS 7 (EHLO, STARTTLS, handshake,
//   EHLO with the client Finished, AUTH, MAIL+RCPT+DATA, body), implicit TLS 6; CHUNKING puts
//   the body into the MAIL flight (BDAT n LAST), one fewer each.
// - Failures end in fail(kind, detail): QUIT is written when the server waits for a command,
//   otherwise the connection is dropped; finished() is emitted once, then deleteLater().
// - When the first bytes are not SMTP (IMAP, HTTP, a TLS record) or a TLS handshake meets
//   plaintext, the session looks closer (classifyFirstBytes, a TLS or a plaintext check on the
//   port) so that the result carries the evidence a wrong-port diagnosis needs.

namespace Postaci {

namespace {

enum class Operation { Probe, Send };

// What the session is doing; the public SessionStep is what the user sees.
enum class Phase {
    Idle,
    Connecting,
    ImplicitHandshake, // TLS from the first byte (RFC 8314)
    Greeting,
    Commands, // EHLO, STARTTLS, AUTH, MAIL/RCPT/DATA: replies matched to `expected`
    StartTlsHandshake, // after "220" to STARTTLS, until encrypted()
    SniffTls, // no greeting: does the server expect TLS at once?
    SniffPlain, // implicit TLS failed: does the server greet in plaintext?
    Finished,
};

// The reply the session waits for next; several are queued when commands are pipelined
// (RFC 2920: replies come in the order of the commands).
enum class Expect { Greeting, Ehlo, Helo, StartTls, Auth, Mail, Rcpt, Data, DataEnd, Bdat };

enum class Close { Quit, Abort };

// RFC 5321 §4.1.3 address literal of our end of the connection: "[192.0.2.1]", "[IPv6:2001:db8::1]".
QString addressLiteral(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QLatin1Char('[') + QHostAddress(v4).toString() + QLatin1Char(']');
    QString text = address.toString();
    const qsizetype scope = text.indexOf(QLatin1Char('%'));
    if (scope >= 0)
        text.truncate(scope);
    if (text.isEmpty())
        return u"[127.0.0.1]"_s;
    return "[IPv6:"_L1 + text + QLatin1Char(']');
}

} // namespace

class SmtpSession::Private
{
public:
    Private(SmtpSession *session, const SessionSettings &sessionSettings);
    ~Private();

    void start();

    // socket events
    void socketStateChanged(QAbstractSocket::SocketState state);
    void socketConnected();
    void socketEncrypted();
    void noteCertificateChange();
    void socketReadyRead();
    void socketError(QAbstractSocket::SocketError error);
    void socketDisconnected();
    void sslErrors(const QList<QSslError> &errors);
    void alertReceived(QSsl::AlertLevel level, QSsl::AlertType type, const QString &description);
    void stepTimedOut();
    void totalTimedOut();

    // protocol
    void beginTlsHandshake();
    void awaitGreeting();
    void processReplies();
    void handleReply(const SmtpReply &reply);
    void handleGreeting(const SmtpReply &reply);
    void handleEhlo(const SmtpReply &reply, Expect expect);
    void handleStartTls(const SmtpReply &reply);
    void handleAuth(const SmtpReply &reply);
    void handleMail(const SmtpReply &reply);
    void handleRcpt(const SmtpReply &reply);
    void handleData(const SmtpReply &reply);
    void handleDataEnd(const SmtpReply &reply);
    void sendEhlo();
    void sendHelo();
    void afterEhlo();
    void startAuth();
    void afterAuth();
    void startTransaction();
    void sendNextRcpt();
    void sendDataCommand();
    void succeed();

    // TLS diagnosis
    void greetingTimedOut();
    void startTlsSniff();
    void finishTlsSniff(bool confirmed);
    void startPlaintextSniff(SessionError fallback, const QString &fallbackDetail);
    void finishPlaintextSniff(const QByteArray &firstBytes);
    void recordTlsDetails();

    // plumbing
    bool wantAuth() const;
    bool sendFlight(std::chrono::milliseconds timeout);
    void setStep(SessionStep newStep);
    void startStepTimer(std::chrono::milliseconds timeout);
    void transcript(TranscriptLine::Direction direction, const QString &text);
    void info(const QString &text) { transcript(TranscriptLine::Direction::Info, text); }
    void fail(SessionError error, const QString &detail, Close close = Close::Abort);
    void fail(const WrongPortDetector::Verdict &verdict) { fail(verdict.error, verdict.detail); }
    void finish(Close close);
    void deferFailure(SessionError error, const QString &detail);
    std::chrono::milliseconds remainingTotal() const;

    SmtpSession *const q;
    const SessionSettings settings;
    Operation operation = Operation::Probe;
    OutgoingMessage message;

    QSslSocket *socket = nullptr;
    PlaintextGreetingCheck *plaintextCheck = nullptr;
    WrongPortDetector::Verdict plaintextCheckFallback;
    bool sniffSawTls = false;

    SmtpReplyParser parser;
    SmtpCapabilities caps;
    Phase phase = Phase::Idle;
    std::deque<Expect> expected;
    CommandFlight flight;
    const TranscriptRedactor redactor;

    SessionResult result;
    QElapsedTimer clock;
    qint64 stepStartedMs = 0;
    SessionStep step = SessionStep::Resolve;
    QTimer stepTimer;
    QTimer totalTimer;

    bool finished = false; // set by finish(), before finished() is emitted
    bool greeted = false;
    bool protocolChecked = false;
    QByteArray preGreeting;
    QString ehloName;

    std::unique_ptr<SaslMechanism> sasl;
    bool authCancelled = false;
    std::optional<SessionError> tlsError;
    QString tlsErrorDetail;
    QStringList tlsAlerts;

    MailTransaction transaction;
    qsizetype nextRcpt = 0;
    bool inDataMode = false;
    bool quitSent = false; // pipelined after the message (RFC 2920 §3.1: QUIT may end a group)
};

SmtpSession::Private::Private(SmtpSession *session, const SessionSettings &sessionSettings)
    : q(session)
    , settings(sessionSettings)
    , redactor(sessionSettings.secret)
{
    // Timeouts are promises to the user: a precise timer never fires before its interval, where
    // Qt's default coarse timer may fire up to 5 % early (docs/testing.md, "Time in tests").
    stepTimer.setSingleShot(true);
    stepTimer.setTimerType(Qt::PreciseTimer);
    totalTimer.setSingleShot(true);
    totalTimer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&stepTimer, &QTimer::timeout, q, [this] { stepTimedOut(); });
    QObject::connect(&totalTimer, &QTimer::timeout, q, [this] { totalTimedOut(); });
}

SmtpSession::Private::~Private()
{
    // The sockets are children of q, destroyed after this object: cut them loose first so that
    // nothing they emit while closing reaches a destroyed Private.
    if (socket) {
        QObject::disconnect(socket, nullptr, q, nullptr);
        socket->abort();
        delete socket;
    }
    delete plaintextCheck;
}

void SmtpSession::Private::start()
{
    clock.start();
    result.step = SessionStep::Resolve;

    QString reason = invalidSettingsReason(settings);
    if (reason.isEmpty() && operation == Operation::Send)
        reason = invalidMessageReason(message);
    if (!reason.isEmpty()) {
        deferFailure(SessionError::InvalidInput, reason);
        return;
    }
    if (settings.security == Security::ImplicitTls && !QSslSocket::supportsSsl()) {
        deferFailure(SessionError::TlsUnavailable, SmtpSession::tr("no TLS backend is available"));
        return;
    }

    socket = new QSslSocket(q);
    if (QSslSocket::supportsSsl()) {
        QSslConfiguration configuration = socket->sslConfiguration();
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        // Extra CAs alone first; a chain they do not anchor is checked against the system's
        // roots in sslErrors() (trustedcertificates.h).
        if (!settings.extraCaCertificates.isEmpty())
            configuration.setCaCertificates(settings.extraCaCertificates);
        socket->setSslConfiguration(configuration);
        // Verify against the name the user typed, also when it is an address (docs/smtp-behaviours.md#16).
        socket->setPeerVerifyName(settings.host);
    }

    QObject::connect(socket, &QAbstractSocket::stateChanged, q,
                     [this](QAbstractSocket::SocketState state) { socketStateChanged(state); });
    QObject::connect(socket, &QAbstractSocket::connected, q, [this] { socketConnected(); });
    QObject::connect(socket, &QSslSocket::encrypted, q, [this] { socketEncrypted(); });
    QObject::connect(socket, &QIODevice::readyRead, q, [this] { socketReadyRead(); });
    QObject::connect(socket, &QAbstractSocket::errorOccurred, q,
                     [this](QAbstractSocket::SocketError error) { socketError(error); });
    QObject::connect(socket, &QAbstractSocket::disconnected, q, [this] { socketDisconnected(); });
    // Direct: ignoreSslErrors() only works inside the emission (a queued slot would be too late).
    QObject::connect(
            socket, &QSslSocket::sslErrors, q, [this](const QList<QSslError> &errors) { sslErrors(errors); },
            Qt::DirectConnection);
    QObject::connect(socket, &QSslSocket::alertReceived, q,
                     [this](QSsl::AlertLevel level, QSsl::AlertType type, const QString &description) {
                         alertReceived(level, type, description);
                     });

    totalTimer.start(settings.timeouts.total);
    Q_EMIT q->stepChanged(SessionStep::Resolve);
    phase = Phase::Connecting;
    startStepTimer(settings.timeouts.connect);
    info(SmtpSession::tr("Connecting to %1 port %2 (%3)")
                 .arg(settings.host)
                 .arg(settings.port)
                 .arg(securityName(settings.security)));
    if (finished)
        return; // cancelled from a slot connected to stepChanged() or transcriptLine()
    socket->connectToHost(settings.host, settings.port);
}

void SmtpSession::Private::deferFailure(SessionError error, const QString &detail)
{
    // Never emit finished() from inside start*(): the caller may not be ready for it.
    q->callSoon([this, error, detail] { fail(error, detail); });
}

// ---- socket events ---------------------------------------------------------------------------

void SmtpSession::Private::socketStateChanged(QAbstractSocket::SocketState state)
{
    if (finished)
        return;
    if (state == QAbstractSocket::ConnectingState && step == SessionStep::Resolve)
        setStep(SessionStep::Connect);
}

void SmtpSession::Private::socketConnected()
{
    if (finished)
        return;
    stepTimer.stop();
    if (step == SessionStep::Resolve)
        setStep(SessionStep::Connect);
    // No Nagle delay: the EHLO after the TLS Finished and the pipelined flights are written
    // back to back and must not wait for the server's (delayed) ACK.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    result.peerAddress = u"%1:%2"_s.arg(socket->peerAddress().toString()).arg(socket->peerPort());
    ehloName = settings.ehloName.isEmpty() ? addressLiteral(socket->localAddress()) : settings.ehloName;
    info(SmtpSession::tr("Connected to %1").arg(result.peerAddress));
    if (settings.security == Security::ImplicitTls)
        beginTlsHandshake();
    else
        awaitGreeting();
}

void SmtpSession::Private::awaitGreeting()
{
    setStep(SessionStep::Greeting);
    phase = Phase::Greeting;
    expected = {Expect::Greeting};
    // RFC 5321 §3.1 / docs/smtp-behaviours.md#9: nothing is sent before the greeting.
    startStepTimer(settings.timeouts.greeting);
}

void SmtpSession::Private::beginTlsHandshake()
{
    setStep(SessionStep::Tls);
    if (finished)
        return;
    phase = settings.security == Security::ImplicitTls && !greeted ? Phase::ImplicitHandshake
                                                                   : Phase::StartTlsHandshake;
    startStepTimer(settings.timeouts.tlsHandshake);
    ++result.roundTrips; // ClientHello, then wait for the server's flight
    info(SmtpSession::tr("Starting TLS"));
    socket->startClientEncryption();
    if (finished)
        return; // errorOccurred() was emitted inside (no TLS backend)
    if (socket->mode() == QSslSocket::UnencryptedMode) {
        // docs/smtp-behaviours.md#14, #h9: the socket is still plaintext; nothing more may be written.
        fail(SessionError::TlsUnavailable, SmtpSession::tr("TLS could not start: %1").arg(socket->errorString()));
    }
}

void SmtpSession::Private::socketEncrypted()
{
    if (finished)
        return;
    if (phase == Phase::SniffTls) {
        recordTlsDetails();
        finishTlsSniff(true);
        return;
    }
    stepTimer.stop();
    recordTlsDetails();
    noteCertificateChange();
    const bool tls13 = socket->sessionProtocol() == QSsl::TlsV1_3;
    // A full TLS 1.2 handshake waits twice for the server, TLS 1.3 once (RFC 8446 §2).
    if (!tls13)
        ++result.roundTrips;
    info(SmtpSession::tr("TLS established: %1, %2").arg(result.tls.protocol, result.tls.cipher));
    if (phase == Phase::ImplicitHandshake) {
        // With TLS 1.3 the server greets after our Finished: one more wait. With TLS 1.2 the
        // greeting follows the server's Finished without anything more from us.
        if (tls13)
            ++result.roundTrips;
        awaitGreeting();
        return;
    }
    // RFC 3207 §4.2 / docs/smtp-behaviours.md#15: forget everything learned before TLS and ask again. The EHLO
    // leaves together with the client Finished, so it costs no extra round trip.
    caps = SmtpCapabilities();
    result.capabilities = SmtpCapabilities();
    phase = Phase::Commands;
    sendEhlo();
}

void SmtpSession::Private::socketReadyRead()
{
    if (finished || !socket)
        return;
    const QByteArray data = socket->readAll();
    if (data.isEmpty() || phase == Phase::SniffTls)
        return;
    if (result.firstBytes.size() < 512)
        result.firstBytes.append(data.left(512 - result.firstBytes.size()));

    QByteArray bytes = data;
    if (!protocolChecked) {
        preGreeting.append(data);
        const PeerProtocol protocol = classifyFirstBytes(preGreeting);
        if (protocol == PeerProtocol::Incomplete)
            return;
        if (protocol != PeerProtocol::Smtp) {
            fail(WrongPortDetector::firstBytesVerdict(protocol));
            return;
        }
        protocolChecked = true;
        bytes = std::exchange(preGreeting, {});
    }
    parser.feed(bytes);
    processReplies();
}

void SmtpSession::Private::processReplies()
{
    while (!finished && parser.hasReply())
        handleReply(parser.takeReply());
    if (!finished && parser.hasError())
        fail(SessionError::ProtocolViolation, SmtpSession::tr("malformed reply: %1").arg(parser.errorString()));
}

void SmtpSession::Private::socketError(QAbstractSocket::SocketError error)
{
    if (finished)
        return;
    if (phase == Phase::SniffTls) {
        finishTlsSniff(sniffSawTls || !tlsAlerts.isEmpty());
        return;
    }
    // Replies that arrived just before the close still count (a 421 followed by the close).
    if (error == QAbstractSocket::RemoteHostClosedError && socket->bytesAvailable() > 0) {
        socketReadyRead();
        if (finished)
            return;
    }
    const QString detail = socket->errorString();
    switch (phase) {
    case Phase::Idle:
    case Phase::Connecting:
        switch (error) {
        case QAbstractSocket::HostNotFoundError:
            fail(SessionError::HostNotFound, detail);
            return;
        case QAbstractSocket::ConnectionRefusedError:
            fail(SessionError::ConnectionRefused, detail);
            return;
        case QAbstractSocket::SocketTimeoutError:
            fail(SessionError::ConnectTimeout, detail);
            return;
        default:
            fail(SessionError::NetworkError, detail);
            return;
        }
    case Phase::ImplicitHandshake:
    case Phase::StartTlsHandshake: {
        QString fullDetail = detail;
        if (!tlsAlerts.isEmpty())
            fullDetail += " (alert: "_L1 + tlsAlerts.join(", "_L1) + QLatin1Char(')');
        if (tlsError) {
            fail(*tlsError, tlsErrorDetail);
            return;
        }
        if (error == QAbstractSocket::SslInternalError) {
            fail(SessionError::TlsUnavailable, fullDetail);
            return;
        }
        const bool closed = error == QAbstractSocket::RemoteHostClosedError;
        if (phase == Phase::ImplicitHandshake && tlsAlerts.isEmpty()
            && (closed || WrongPortDetector::looksLikePlaintextPeer(detail))) {
            startPlaintextSniff(closed ? SessionError::ConnectionClosed : SessionError::TlsHandshakeFailed, fullDetail);
            return;
        }
        fail(closed ? SessionError::ConnectionClosed : SessionError::TlsHandshakeFailed, fullDetail);
        return;
    }
    default:
        break;
    }
    if (error == QAbstractSocket::RemoteHostClosedError) {
        // A few bytes that could still have become a greeting ("22") are just a closed connection.
        const bool couldBeSmtp = !preGreeting.isEmpty() && preGreeting.at(0) >= '0' && preGreeting.at(0) <= '9';
        if (!protocolChecked && !preGreeting.isEmpty() && !couldBeSmtp) {
            fail(SessionError::NotSmtp,
                 SmtpSession::tr("the server sent something that is not an SMTP greeting and closed the connection"));
            return;
        }
        fail(SessionError::ConnectionClosed,
             SmtpSession::tr("the server closed the connection (step: %1)").arg(sessionStepName(step)));
        return;
    }
    if (error == QAbstractSocket::SocketTimeoutError) {
        fail(SessionError::Timeout, detail);
        return;
    }
    fail(SessionError::NetworkError, detail);
}

void SmtpSession::Private::socketDisconnected()
{
    if (finished || phase == Phase::SniffPlain)
        return;
    socketError(QAbstractSocket::RemoteHostClosedError);
}

void SmtpSession::Private::sslErrors(const QList<QSslError> &errors)
{
    if (finished)
        return;
    if (phase == Phase::SniffTls) {
        sniffSawTls = true;
        return;
    }
    recordTlsDetails();
    // The socket trusted the extra CAs only (start()); if they do not anchor the chain, what
    // counts is what the system's roots say of it.
    const QList<QSslError> problems = !settings.extraCaCertificates.isEmpty() && chainNotAnchored(errors)
                                              ? reverifiedWithSystemRoots(socket->peerCertificateChain(), settings.host)
                                              : errors;
    if (problems.isEmpty()) {
        socket->ignoreSslErrors(errors); // inside the emission, before anything else can run
        return;
    }
    result.tls.verificationErrors = problems;
    const CertificateVerdict verdict
            = CertificateVerdict::judge(problems, socket->peerCertificate(), settings.pinnedSha256);
    if (verdict.acceptedByPin)
        socket->ignoreSslErrors(errors);
    for (const QSslError &error : problems)
        info(SmtpSession::tr("Certificate problem: %1").arg(error.errorString()));
    if (finished)
        return; // cancelled from a slot
    if (verdict.acceptedByPin) {
        result.tls.acceptedByPin = true;
        info(SmtpSession::tr("The certificate is accepted because its SHA-256 fingerprint is pinned"));
        return;
    }
    QStringList texts;
    for (const QSslError &error : problems)
        texts.append(error.errorString());
    tlsError = verdict.error;
    tlsErrorDetail = texts.join("; "_L1);
    if (verdict.error == SessionError::CertificatePinMismatch)
        tlsErrorDetail = SmtpSession::tr("the certificate's SHA-256 fingerprint is not the pinned one; %1")
                                 .arg(tlsErrorDetail);
}

void SmtpSession::Private::alertReceived(QSsl::AlertLevel level, QSsl::AlertType type, const QString &description)
{
    Q_UNUSED(level)
    Q_UNUSED(type)
    tlsAlerts.append(description);
    if (phase == Phase::SniffTls)
        sniffSawTls = true;
}

void SmtpSession::Private::stepTimedOut()
{
    if (finished)
        return;
    const qint64 ms = stepTimer.interval();
    switch (phase) {
    case Phase::Idle:
    case Phase::Connecting:
        fail(SessionError::ConnectTimeout, SmtpSession::tr("no connection within %1 ms").arg(ms));
        return;
    case Phase::ImplicitHandshake:
    case Phase::StartTlsHandshake:
        fail(SessionError::Timeout, SmtpSession::tr("the TLS handshake did not finish within %1 ms").arg(ms));
        return;
    case Phase::Greeting:
        greetingTimedOut();
        return;
    case Phase::SniffTls:
        finishTlsSniff(sniffSawTls || !tlsAlerts.isEmpty());
        return;
    case Phase::SniffPlain: // the PlaintextGreetingCheck keeps its own time
    case Phase::Commands:
    case Phase::Finished:
        break;
    }
    fail(SessionError::Timeout, SmtpSession::tr("no reply within %1 ms (step: %2)").arg(ms).arg(sessionStepName(step)));
}

void SmtpSession::Private::totalTimedOut()
{
    if (finished)
        return;
    const QString detail = SmtpSession::tr("the session took longer than %1 ms").arg(settings.timeouts.total.count());
    switch (phase) {
    case Phase::Connecting:
        fail(SessionError::ConnectTimeout, detail);
        return;
    case Phase::SniffTls:
        finishTlsSniff(sniffSawTls || !tlsAlerts.isEmpty());
        return;
    case Phase::SniffPlain:
        plaintextCheck->finishNow();
        return;
    default:
        fail(SessionError::Timeout, detail);
        return;
    }
}

// ---- replies ---------------------------------------------------------------------------------

void SmtpSession::Private::handleReply(const SmtpReply &reply)
{
    for (const QString &line : reply.rawLines)
        transcript(TranscriptLine::Direction::Server, line);
    if (finished)
        return;
    result.lastReply = reply;
    if (expected.empty()) {
        if (reply.code == 421)
            fail(SessionError::ServerBusy, SmtpSession::tr("the server is closing the connection"));
        else
            fail(SessionError::ProtocolViolation, SmtpSession::tr("a reply arrived although no command was sent"));
        return;
    }
    const Expect expect = expected.front();
    expected.pop_front();
    if (!expected.empty()) {
        // Pipelined: the next reply gets a fresh step timeout.
        const bool bodyPending = std::find_if(expected.begin(), expected.end(),
                                              [](Expect e) { return e == Expect::Bdat || e == Expect::DataEnd; })
                                 != expected.end();
        startStepTimer(bodyPending ? settings.timeouts.dataEnd : settings.timeouts.command);
    } else {
        stepTimer.stop();
    }

    // RFC 5321 §3.8: 421 may answer any command; the server closes, so do we, at once.
    // STARTTLS is reported as refused (what matters is that TLS did not start).
    if (reply.code == 421 && expect != Expect::StartTls) {
        fail(SessionError::ServerBusy, SmtpSession::tr("the server is closing the connection (421)"));
        return;
    }
    switch (expect) {
    case Expect::Greeting:
        handleGreeting(reply);
        return;
    case Expect::Ehlo:
    case Expect::Helo:
        handleEhlo(reply, expect);
        return;
    case Expect::StartTls:
        handleStartTls(reply);
        return;
    case Expect::Auth:
        handleAuth(reply);
        return;
    case Expect::Mail:
        handleMail(reply);
        return;
    case Expect::Rcpt:
        handleRcpt(reply);
        return;
    case Expect::Data:
        handleData(reply);
        return;
    case Expect::DataEnd:
    case Expect::Bdat:
        handleDataEnd(reply);
        return;
    }
}

void SmtpSession::Private::handleGreeting(const SmtpReply &reply)
{
    greeted = true;
    const SessionError error = classifyGreetingReply(reply);
    if (error != SessionError::None) {
        // RFC 5321 §3.1: after a 554 greeting the client should still say QUIT.
        if (reply.isPermanentNegative())
            phase = Phase::Commands;
        fail(error, SmtpSession::tr("the server refused the connection in its greeting"), Close::Quit);
        return;
    }
    phase = Phase::Commands;
    sendEhlo();
}

void SmtpSession::Private::sendEhlo()
{
    setStep(SessionStep::Ehlo);
    flight.addCommand("EHLO " + ehloName.toUtf8());
    if (sendFlight(settings.timeouts.command))
        expected.push_back(Expect::Ehlo);
}

void SmtpSession::Private::sendHelo()
{
    flight.addCommand("HELO " + ehloName.toUtf8());
    if (sendFlight(settings.timeouts.command))
        expected.push_back(Expect::Helo);
}

void SmtpSession::Private::handleEhlo(const SmtpReply &reply, Expect expect)
{
    if (reply.isPositiveCompletion()) {
        caps = expect == Expect::Ehlo ? SmtpCapabilities::fromEhloReply(reply) : SmtpCapabilities();
        result.capabilities = caps;
        if (!socket->isEncrypted())
            result.capabilitiesBeforeTls = caps;
        afterEhlo();
        return;
    }
    if (reply.isTransientNegative()) {
        fail(SessionError::ServerBusy,
             SmtpSession::tr("%1 refused temporarily")
                     .arg(expect == Expect::Ehlo ? "EHLO"_L1 : "HELO"_L1),
             Close::Quit);
        return;
    }
    if (expect == Expect::Helo || !reply.isPermanentNegative()) {
        fail(SessionError::ProtocolViolation, SmtpSession::tr("the server did not accept HELO or EHLO"), Close::Quit);
        return;
    }
    // docs/smtp-behaviours.md#10, #h3: HELO only when nothing that needs ESMTP is required; never to get
    // around a required STARTTLS or AUTH.
    const bool tlsMissing = settings.security == Security::StartTls && !socket->isEncrypted();
    if (tlsMissing) {
        fail(SessionError::StartTlsNotOffered,
             SmtpSession::tr("EHLO was rejected, so the server cannot offer STARTTLS; falling back to HELO would go "
                             "without TLS"),
             Close::Quit);
        return;
    }
    if (wantAuth()) {
        fail(SessionError::AuthNotOffered, SmtpSession::tr("EHLO was rejected, so the server cannot offer AUTH"),
             Close::Quit);
        return;
    }
    info(SmtpSession::tr("EHLO was rejected; trying HELO (no TLS upgrade and no authentication are needed)"));
    sendHelo();
}

void SmtpSession::Private::afterEhlo()
{
    if (settings.security == Security::StartTls && !socket->isEncrypted()) {
        setStep(SessionStep::StartTls);
        if (!caps.hasStartTls()) {
            // docs/smtp-behaviours.md#12, #h1: required STARTTLS missing (perhaps stripped on the path).
            fail(SessionError::StartTlsNotOffered, SmtpSession::tr("the server's EHLO reply does not offer STARTTLS"),
                 Close::Quit);
            return;
        }
        flight.addCommand("STARTTLS");
        if (sendFlight(settings.timeouts.command))
            expected.push_back(Expect::StartTls);
        return;
    }
    startAuth();
}

void SmtpSession::Private::handleStartTls(const SmtpReply &reply)
{
    if (reply.code != 220) {
        // H2: whatever else the server says, TLS did not start; we stop talking.
        fail(SessionError::StartTlsRefused, SmtpSession::tr("the server answered STARTTLS with %1").arg(reply.code));
        return;
    }
    // docs/smtp-behaviours.md#13, #h4: anything after the 220 came before the handshake, in plaintext, and
    // would be read as if it were protected: a command injection. Abort without acting on it.
    const qint64 pending = socket->bytesAvailable();
    if (parser.hasBufferedData() || pending > 0) {
        fail(SessionError::StartTlsInjection,
             SmtpSession::tr("the server sent data after \"220\" to STARTTLS, before the TLS handshake"));
        return;
    }
    parser.reset();
    caps = SmtpCapabilities();
    beginTlsHandshake();
}

bool SmtpSession::Private::wantAuth() const
{
    return settings.auth != AuthMethod::None && settings.hasCredentials();
}

void SmtpSession::Private::startAuth()
{
    if (!wantAuth()) {
        afterAuth();
        return;
    }
    setStep(SessionStep::Auth);
    if (finished)
        return;
    const bool encrypted = socket->isEncrypted();
    if (!encrypted && !settings.allowPlaintextAuth) {
        fail(SessionError::PlaintextAuthRefused,
             SmtpSession::tr("the connection is not encrypted and sending the password in clear was not allowed"),
             Close::Quit);
        return;
    }
    if (!caps.hasAuth()) {
        fail(SessionError::AuthNotOffered, SmtpSession::tr("the server's EHLO reply does not offer AUTH"), Close::Quit);
        return;
    }
    const std::optional<AuthMethod> method = SaslMechanism::choose(
            settings.auth, caps.authMechanisms(), encrypted ? ChannelSecurity::Encrypted : ChannelSecurity::Plaintext);
    if (!method) {
        fail(SessionError::AuthMechanismUnsupported,
             SmtpSession::tr("wanted %1, the server offers %2")
                     .arg(authMethodName(settings.auth), caps.authMechanisms().join(QLatin1Char(' '))),
             Close::Quit);
        return;
    }
    sasl = SaslMechanism::create(*method, settings.user, settings.secret);
    result.authMechanism = sasl->name();
    const QByteArray name = sasl->name().toLatin1();
    if (const std::optional<QByteArray> initial = sasl->initialResponse()) {
        // RFC 4954 §4: "=" stands for an empty initial response.
        const QByteArray encoded = initial->isEmpty() ? QByteArray("=") : initial->toBase64();
        flight.addCommand("AUTH " + name + ' ' + encoded,
                          u"AUTH %1 "_s.arg(sasl->name()) + TranscriptRedactor::redacted());
    } else {
        flight.addCommand("AUTH " + name);
    }
    if (sendFlight(settings.timeouts.command))
        expected.push_back(Expect::Auth);
}

void SmtpSession::Private::handleAuth(const SmtpReply &reply)
{
    if (authCancelled) {
        fail(SessionError::ProtocolViolation,
             SmtpSession::tr("the server sent a challenge %1 cannot answer; the exchange was cancelled")
                     .arg(sasl->name()),
             Close::Quit);
        return;
    }
    if (reply.isPositiveCompletion()) {
        info(SmtpSession::tr("Authenticated with %1").arg(sasl->name()));
        afterAuth();
        return;
    }
    if (reply.isPositiveIntermediate()) {
        // RFC 4954 §4: the challenge (334) is base64; "334" alone is an empty challenge.
        const QByteArray text = reply.lines.value(0).trimmed().toLatin1();
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        std::optional<QByteArray> response;
        if (decoded)
            response = sasl->respond(*decoded);
        else if (sasl->name() == "LOGIN"_L1 || sasl->name() == "XOAUTH2"_L1 || sasl->name() == "OAUTHBEARER"_L1)
            response = sasl->respond(text); // they do not read the challenge
        if (!response) {
            authCancelled = true;
            flight.addCommand("*"); // RFC 4954 §4: cancel the exchange
        } else {
            flight.addCommand(response->toBase64(), TranscriptRedactor::redacted());
        }
        if (sendFlight(settings.timeouts.command))
            expected.push_back(Expect::Auth);
        return;
    }
    SessionError error = classifyAuthReply(reply);
    if (error == SessionError::None)
        error = SessionError::ProtocolViolation;
    fail(error, SmtpSession::tr("AUTH %1 failed").arg(sasl->name()), Close::Quit);
}

void SmtpSession::Private::afterAuth()
{
    if (operation == Operation::Send)
        startTransaction();
    else
        succeed();
}

void SmtpSession::Private::startTransaction()
{
    setStep(SessionStep::Mail);
    if (finished)
        return;
    transaction = MailTransaction::plan(message, caps);
    if (transaction.refusal != SessionError::None) {
        // docs/smtp-behaviours.md#23: said before anything of the message is sent.
        fail(transaction.refusal, transaction.refusalDetail, Close::Quit);
        return;
    }
    result.extensionsUsed.append(transaction.extensionsUsed);

    flight.addCommand(transaction.mailCommand);
    std::deque<Expect> replies = {Expect::Mail};
    if (transaction.pipelining) {
        // RFC 2920 §3.1: MAIL, every RCPT and DATA (or BDAT with its chunk, RFC 3030 §4.2)
        // leave in one flight; the replies are read in order.
        for (const QByteArray &rcpt : std::as_const(transaction.rcptCommands)) {
            flight.addCommand(rcpt);
            replies.push_back(Expect::Rcpt);
        }
        nextRcpt = transaction.rcptCommands.size();
        if (transaction.chunking) {
            flight.addCommand(transaction.bdatCommand());
            flight.addBytes(transaction.payload(), transaction.payloadShown());
            flight.addCommand("QUIT"); // the message is complete: QUIT leaves with it, its 221 is not awaited
            replies.push_back(Expect::Bdat);
        } else {
            flight.addCommand("DATA");
            replies.push_back(Expect::Data);
        }
    }
    const bool bodyInFlight = transaction.pipelining && transaction.chunking;
    if (sendFlight(bodyInFlight ? settings.timeouts.dataEnd : settings.timeouts.command)) {
        expected.insert(expected.end(), replies.begin(), replies.end());
        quitSent = bodyInFlight;
    }
}

void SmtpSession::Private::handleMail(const SmtpReply &reply)
{
    const SessionError error = classifyMailReply(reply);
    if (error != SessionError::None) {
        fail(error, SmtpSession::tr("the server refused the sender"), Close::Quit);
        return;
    }
    setStep(SessionStep::Rcpt);
    if (!finished && !transaction.pipelining)
        sendNextRcpt();
}

void SmtpSession::Private::sendNextRcpt()
{
    flight.addCommand(transaction.rcptCommands.at(nextRcpt++));
    if (sendFlight(settings.timeouts.command))
        expected.push_back(Expect::Rcpt);
}

void SmtpSession::Private::handleRcpt(const SmtpReply &reply)
{
    const SessionError error = classifyRcptReply(reply);
    if (error != SessionError::None) {
        fail(error, SmtpSession::tr("the server refused a recipient"), Close::Quit);
        return;
    }
    if (transaction.pipelining) {
        if (!expected.empty() && expected.front() != Expect::Rcpt)
            setStep(SessionStep::Data);
        return;
    }
    if (nextRcpt < transaction.rcptCommands.size())
        sendNextRcpt();
    else
        sendDataCommand();
}

void SmtpSession::Private::sendDataCommand()
{
    setStep(SessionStep::Data);
    if (finished)
        return;
    if (transaction.chunking) {
        flight.addCommand(transaction.bdatCommand());
        flight.addBytes(transaction.payload(), transaction.payloadShown());
        if (sendFlight(settings.timeouts.dataEnd))
            expected.push_back(Expect::Bdat);
        return;
    }
    flight.addCommand("DATA");
    if (sendFlight(settings.timeouts.command))
        expected.push_back(Expect::Data);
}

void SmtpSession::Private::handleData(const SmtpReply &reply)
{
    if (reply.isPositiveIntermediate()) {
        inDataMode = true;
        flight.addBytes(transaction.payload(), transaction.payloadShown());
        flight.addShownLine(u"."_s);
        // With PIPELINING, QUIT follows the final "." in the same flight: the message flight
        // is then the last one the client sends (the flight floor), and the reply to
        // the data still arrives first.
        if (transaction.pipelining)
            flight.addCommand("QUIT");
        if (sendFlight(settings.timeouts.dataEnd)) {
            expected.push_back(Expect::DataEnd);
            quitSent = transaction.pipelining;
        }
        return;
    }
    SessionError error = classifyDataReply(reply);
    if (error == SessionError::None)
        error = SessionError::ProtocolViolation; // a 2xx where 354 belongs
    fail(error, SmtpSession::tr("the server refused DATA"), Close::Quit);
}

void SmtpSession::Private::handleDataEnd(const SmtpReply &reply)
{
    inDataMode = false;
    if (reply.isPositiveCompletion()) {
        result.queueId = parseQueueId(reply);
        if (!result.queueId.isEmpty())
            info(SmtpSession::tr("The server accepted the message; queue id %1").arg(result.queueId));
        succeed();
        return;
    }
    SessionError error = classifyDataReply(reply);
    if (error == SessionError::None)
        error = SessionError::ProtocolViolation;
    fail(error, SmtpSession::tr("the server refused the message"), Close::Quit);
}

void SmtpSession::Private::succeed()
{
    setStep(SessionStep::Quit);
    if (finished)
        return;
    result.ok = true;
    result.error = SessionError::None;
    finish(Close::Quit);
}

// ---- TLS diagnosis ---------------------------------------------------------------------------

void SmtpSession::Private::greetingTimedOut()
{
    const QString detail = SmtpSession::tr("no greeting within %1 ms").arg(settings.timeouts.greeting.count());
    if (!result.firstBytes.isEmpty() || settings.security == Security::ImplicitTls || !QSslSocket::supportsSsl()) {
        fail(SessionError::Timeout, detail);
        return;
    }
    // docs/smtp-behaviours.md#17, #h8: a silent server may be waiting for a TLS ClientHello (port 465 chosen
    // with STARTTLS). Ask it: the session has failed anyway and no credential is involved.
    startTlsSniff();
}

void SmtpSession::Private::startTlsSniff()
{
    phase = Phase::SniffTls;
    info(SmtpSession::tr("No greeting: checking whether the server expects TLS at once"));
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    // A TLS server answers a ClientHello within one round trip; this check is only a diagnosis,
    // so it gets a short leash (at most 1 s) on top of the greeting timeout.
    startStepTimer(std::min({settings.timeouts.tlsHandshake, remainingTotal(), std::chrono::milliseconds(1000)}));
    socket->startClientEncryption();
    if (!finished && socket->mode() == QSslSocket::UnencryptedMode)
        finishTlsSniff(false);
}

void SmtpSession::Private::finishTlsSniff(bool confirmed)
{
    if (finished)
        return;
    fail(WrongPortDetector::tlsCheckVerdict(confirmed, settings.port, settings.timeouts.greeting));
}

void SmtpSession::Private::startPlaintextSniff(SessionError fallback, const QString &fallbackDetail)
{
    // docs/smtp-behaviours.md#17, #h8: implicit TLS chosen, the handshake saw no TLS. Look at what the server
    // says without TLS on a second connection, so the diagnosis rests on the bytes themselves.
    phase = Phase::SniffPlain;
    plaintextCheckFallback = {fallback, fallbackDetail};
    QObject::disconnect(socket, nullptr, q, nullptr);
    socket->abort();
    stepTimer.stop();
    info(SmtpSession::tr("The TLS handshake failed (%1); checking what the server sends without TLS")
                 .arg(fallbackDetail));
    plaintextCheck = new PlaintextGreetingCheck;
    QObject::connect(plaintextCheck, &PlaintextGreetingCheck::finished, q,
                     [this](const QByteArray &firstBytes) { finishPlaintextSniff(firstBytes); });
    plaintextCheck->start(settings.host, settings.port,
                          std::min({settings.timeouts.greeting, remainingTotal(), std::chrono::milliseconds(3000)}));
}

void SmtpSession::Private::finishPlaintextSniff(const QByteArray &firstBytes)
{
    if (finished)
        return;
    if (!firstBytes.isEmpty())
        result.firstBytes = firstBytes;
    fail(WrongPortDetector::plaintextCheckVerdict(firstBytes, plaintextCheckFallback));
}

// docs/security.md#pin-changed: a pin is consulted by CertificateVerdict only when verification
// reports errors, so a pinned server that now shows another certificate which verifies on its own
// would pass unnoticed. The session goes on (the certificate is valid for the host, so no
// credential goes anywhere the system's trust would not send it) but the result says so loudly;
// re-pinning is the user's decision.
void SmtpSession::Private::noteCertificateChange()
{
    if (settings.pinnedSha256.isEmpty() || result.tls.acceptedByPin || result.tls.peerSha256.isEmpty()
        || settings.pinnedSha256.contains(result.tls.peerSha256))
        return;
    if (!result.warnings.contains(CertificateChangedWarning))
        result.warnings.append(QString(CertificateChangedWarning));
    info(SmtpSession::tr("Warning: the server's certificate is not the pinned one; it is accepted because it is "
                         "valid for %1 without the pin")
                 .arg(settings.host));
}

void SmtpSession::Private::recordTlsDetails()
{
    const QSslCipher cipher = socket->sessionCipher();
    if (!cipher.isNull()) {
        result.tls.protocol = cipher.protocolString();
        result.tls.cipher = cipher.name();
    }
    const QList<QSslCertificate> chain = socket->peerCertificateChain();
    if (chain.isEmpty())
        return;
    result.tls.peerChain = chain;
    const QSslCertificate leaf = socket->peerCertificate().isNull() ? chain.first() : socket->peerCertificate();
    result.tls.peerSha256 = leaf.digest(QCryptographicHash::Sha256);
    QStringList subject;
    for (const QByteArray &attribute : leaf.subjectInfoAttributes()) {
        for (const QString &value : leaf.subjectInfo(attribute))
            subject.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
    }
    result.tls.peerSubject = subject.join(", "_L1);
    result.tls.peerSans.clear();
    const auto sans = leaf.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            result.tls.peerSans.append(it.value());
    }
}

// ---- plumbing --------------------------------------------------------------------------------

bool SmtpSession::Private::sendFlight(std::chrono::milliseconds timeout)
{
    const CommandFlight::Taken taken = flight.take();
    if (finished || !socket)
        return false;
    // Commands are only sent when every reply asked for has arrived; anything still buffered
    // was never asked for (a server talking out of turn) and would be matched to the wrong
    // command.
    if (parser.hasBufferedData()) {
        fail(SessionError::ProtocolViolation, SmtpSession::tr("the server sent a reply nobody asked for"));
        return false;
    }
    for (const QString &line : taken.shown)
        transcript(TranscriptLine::Direction::Client, line);
    if (finished)
        return false;
    socket->write(taken.bytes);
    ++result.roundTrips; // one flight, one wait (RFC 2920 §3.1)
    startStepTimer(timeout);
    return true;
}

void SmtpSession::Private::setStep(SessionStep newStep)
{
    if (finished || newStep == step)
        return;
    const qint64 now = clock.elapsed();
    result.timingsMs.append({step, now - stepStartedMs});
    step = newStep;
    stepStartedMs = now;
    result.step = newStep;
    Q_EMIT q->stepChanged(newStep);
}

void SmtpSession::Private::startStepTimer(std::chrono::milliseconds timeout)
{
    stepTimer.start(std::max(timeout, std::chrono::milliseconds(1)));
}

std::chrono::milliseconds SmtpSession::Private::remainingTotal() const
{
    const auto left = settings.timeouts.total - std::chrono::milliseconds(clock.elapsed());
    return std::max(left, std::chrono::milliseconds(1));
}

void SmtpSession::Private::transcript(TranscriptLine::Direction direction, const QString &text)
{
    TranscriptLine line;
    line.direction = direction;
    line.msSinceStart = clock.isValid() ? clock.elapsed() : 0;
    line.text = redactor.shown(text);
    result.transcript.append(line);
    Q_EMIT q->transcriptLine(line);
}

void SmtpSession::Private::fail(SessionError error, const QString &detail, Close close)
{
    if (finished)
        return;
    result.ok = false;
    result.error = error;
    result.errorDetail = detail;
    result.step = step;
    finish(close);
}

void SmtpSession::Private::finish(Close close)
{
    if (finished)
        return;
    // RFC 5321 §4.1.1.10: QUIT when the server is waiting for a command; after a 421, an
    // injection, a timeout or with replies still outstanding the connection is just dropped.
    const bool connected = socket && socket->state() == QAbstractSocket::ConnectedState;
    const bool quit = close == Close::Quit && !quitSent && connected && phase == Phase::Commands && greeted
                      && expected.empty() && !inDataMode;
    if (quit) {
        transcript(TranscriptLine::Direction::Client, u"QUIT"_s);
        socket->write("QUIT\r\n");
    }
    finished = true;
    phase = Phase::Finished;
    // A server may echo the password or token (docs/security.md#redaction): whatever of its text
    // the result keeps goes through the same redactor as the transcript, so that nothing derived
    // from it (the CLI's JSON "reply" and "errorDetail", the GUI, the diagnosis) can show it.
    if (result.lastReply) {
        for (QString &line : result.lastReply->lines)
            line = redactor.hidden(line);
        for (QString &line : result.lastReply->rawLines)
            line = redactor.hidden(line);
        result.lastReply->enhanced = redactor.hidden(result.lastReply->enhanced);
    }
    result.errorDetail = redactor.hidden(result.errorDetail);
    result.firstBytes = redactor.hidden(result.firstBytes);
    stepTimer.stop();
    totalTimer.stop();
    const qint64 now = clock.isValid() ? clock.elapsed() : 0;
    result.timingsMs.append({step, now - stepStartedMs});
    if (result.ok) {
        result.step = SessionStep::Done;
        step = SessionStep::Done;
        Q_EMIT q->stepChanged(SessionStep::Done);
    }

    if (plaintextCheck)
        plaintextCheck->stop();
    if (socket) {
        QObject::disconnect(socket, nullptr, q, nullptr);
        if (quit || (quitSent && close == Close::Quit && connected)) {
            // docs/smtp-behaviours.md#26: the result is final now; the 221 is not awaited. The socket lives on
            // a moment on its own so that QUIT and the TLS close_notify leave in order.
            QSslSocket *lingering = socket;
            socket = nullptr;
            lingering->setParent(nullptr);
            lingering->flush();
            QObject::connect(lingering, &QAbstractSocket::disconnected, lingering, &QObject::deleteLater);
            QTimer::singleShot(2000, lingering, [lingering] {
                lingering->abort();
                lingering->deleteLater();
            });
            lingering->disconnectFromHost();
        } else {
            socket->abort();
        }
    }

    if (!q->claimFinish()) // schedules deleteLater(): the session is gone once control returns
        return;
    const SessionResult finalResult = result; // a slot may delete the session outright
    Q_EMIT q->finished(finalResult);
}

// ---- SmtpSession -----------------------------------------------------------------------------

SmtpSession::SmtpSession(const SessionSettings &settings, QObject *parent)
    : Job(Start::RunAtOnce, Lifetime::DeleteWhenFinished, parent)
    , d(std::make_unique<Private>(this, settings))
{ }

SmtpSession::~SmtpSession() = default;

void SmtpSession::startProbe()
{
    if (isStarted())
        return;
    d->operation = Operation::Probe;
    start();
}

void SmtpSession::startSend(const OutgoingMessage &message)
{
    if (isStarted())
        return;
    d->operation = Operation::Send;
    d->message = message;
    start();
}

void SmtpSession::run()
{
    d->start();
}

void SmtpSession::doCancel()
{
    d->info(tr("Cancelled"));
    d->fail(SessionError::Cancelled, SmtpSession::tr("cancelled by the user"));
}

const SessionSettings &SmtpSession::settings() const
{
    return d->settings;
}

} // namespace Postaci
