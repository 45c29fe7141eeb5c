// Fuzz target: a whole SmtpSession (core/smtp/smtpsession.h) against a server that sends the fuzz
// bytes, the hostile-server case of docs/security.md without a script to follow.
//
// Input: one byte of options, then the server's output in chunks separated by a line "===":
// "220 hi\n===\n250 ok\n" is two chunks. The first chunk is sent once the session has
// connected; each further chunk when the session has gone quiet (typically waiting for a
// reply to its command); when none is left the server closes the connection. So an iteration
// always ends, normally in milliseconds, without waiting for a timeout.
//
// Options byte: bit 0 send (else probe), bits 1–3 the AUTH method, bit 4 credentials,
// bit 5 plaintext AUTH allowed, bit 6 STARTTLS required (else no TLS), bit 7 a message that
// needs 8BITMIME and SMTPUTF8.
//
// Single-threaded and in-process: one QCoreApplication and one QTcpServer on 127.0.0.1 for the
// whole run, never anything but loopback. Checked beyond "no crash": finished() comes exactly
// once, within the session's own total timeout plus the slack docs/testing.md allows ("Time in
// tests"), and the session deletes itself afterwards.

#include "smtp/smtpsession.h"

#include "fuzzcheck.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdint>

using namespace Postaci;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Short, so that a session that really waits for a timeout costs little; never reached when
// the session reacts to the server closing the connection.
constexpr std::chrono::milliseconds StepTimeout = 1000ms;
// tests/support/timing.h SlowMachineSlackMs (docs/testing.md, "Time in tests").
constexpr qint64 SlowMachineSlackMs = 5000;

QList<QByteArray> chunksOf(const QByteArray &bytes)
{
    static const QByteArray separator = "\n===\n";
    QList<QByteArray> chunks;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        const qsizetype at = bytes.indexOf(separator, start);
        if (at < 0) {
            if (start < bytes.size())
                chunks.append(bytes.mid(start));
            break;
        }
        chunks.append(bytes.mid(start, at + 1 - start)); // the chunk keeps its line end
        start = at + separator.size();
    }
    return chunks;
}

QTcpServer &server()
{
    static QTcpServer *instance = [] {
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "fuzz_session";
            static char *argv[] = {name, nullptr};
            new QCoreApplication(argc, argv); // lives for the whole process, like the server
        }
        auto *listening = new QTcpServer;
        if (!listening->listen(QHostAddress::LocalHost, 0)) {
            std::fprintf(stderr, "fuzz_session: cannot listen on 127.0.0.1: %s\n", qPrintable(listening->errorString()));
            std::abort();
        }
        return listening;
    }();
    return *instance;
}

OutgoingMessage messageFor(bool needsExtensions)
{
    OutgoingMessage message;
    message.envelopeFrom = u"tester@example.test"_s;
    message.recipients = {u"friend@example.test"_s, u"other@example.test"_s};
    message.data = "From: tester@example.test\r\nTo: friend@example.test\r\nSubject: t\r\n\r\nHello.\r\n.dot\r\n";
    if (needsExtensions) {
        message.recipients.append(u"dost@örnek.test"_s);
        message.data8bit = "From: tester@example.test\r\nSubject: \xc3\xbc\r\n\r\n\xc3\xbc\r\n";
        message.requiresSmtpUtf8 = true;
    }
    return message;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    QTcpServer &listening = server();
    const std::uint8_t options = data[0];
    const QList<QByteArray> chunks
            = chunksOf(QByteArray(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1)));

    static constexpr AuthMethod methods[]
            = {AuthMethod::Auto, AuthMethod::None, AuthMethod::Plain, AuthMethod::Login, AuthMethod::CramMd5, AuthMethod::XOAuth2};
    SessionSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = listening.serverPort();
    settings.security = (options & 0x40) ? Security::StartTls : Security::None;
    settings.auth = methods[((options >> 1) & 0x07) % 6];
    if (options & 0x10) {
        settings.user = u"tester@example.test"_s;
        settings.secret = u"Sekr3t"_s;
    }
    settings.allowPlaintextAuth = (options & 0x20) != 0;
    settings.timeouts = SessionTimeouts::uniform(StepTimeout);

    QPointer<QTcpSocket> peer;
    const QMetaObject::Connection accepting = QObject::connect(&listening, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *socket = listening.nextPendingConnection()) {
            if (peer) { // only one connection per iteration; anything else is refused
                socket->abort();
                socket->deleteLater();
                continue;
            }
            peer = socket;
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        }
    });

    int finishedCount = 0;
    bool destroyed = false;
    auto *session = new SmtpSession(settings);
    // POSTACI_FUZZ_VERBOSE=1: how each input ended, to see what an input reaches when reading
    // the corpus or a finding (the fuzzer itself never sets it: printing costs executions).
    static const bool verbose = qEnvironmentVariableIntValue("POSTACI_FUZZ_VERBOSE") == 1;
    QObject::connect(session, &SmtpSession::finished, [&finishedCount](const SessionResult &result) {
        ++finishedCount;
        if (verbose)
            std::fprintf(stderr, "fuzz_session: %s at %s, %s%s%s\n", result.ok ? "ok" : "failed",
                         qPrintable(sessionStepName(result.step)), qPrintable(result.errorDetail),
                         result.authMechanism.isEmpty() ? "" : ", AUTH ", qPrintable(result.authMechanism));
    });
    QObject::connect(session, &QObject::destroyed, [&destroyed] { destroyed = true; });
    if (options & 0x01)
        session->startSend(messageFor((options & 0x80) != 0));
    else
        session->startProbe();

    // Test code, not product code: a bounded processEvents loop is how a fuzz iteration stays
    // single-threaded and deterministic enough (docs/testing.md allows bounded blocking waits in
    // tests). "Quiet" is two passes in a row in which the event dispatcher had nothing to do.
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    const qint64 boundMs = std::chrono::milliseconds(settings.timeouts.total).count() + SlowMachineSlackMs;
    QElapsedTimer clock;
    clock.start();
    qsizetype next = 0;
    bool closed = false;
    int quietPasses = 0;
    while (finishedCount == 0 && clock.elapsed() < boundMs) {
        if (dispatcher->processEvents(QEventLoop::AllEvents)) {
            quietPasses = 0;
            continue;
        }
        if (++quietPasses < 2 || !peer)
            continue;
        quietPasses = 0;
        if (next < chunks.size()) {
            peer->write(chunks.at(next++));
        } else if (!closed) {
            peer->disconnectFromHost();
            closed = true;
        }
    }
    const bool finishedInTime = finishedCount > 0;
    if (!finishedInTime)
        session->cancel();
    POSTACI_FUZZ_CHECK(finishedInTime);

    // The session deleteLater()s itself after finished(); a second finished() would come now.
    for (int i = 0; i < 50 && !destroyed; ++i) {
        dispatcher->processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    POSTACI_FUZZ_CHECK(destroyed);
    POSTACI_FUZZ_CHECK(finishedCount == 1);

    QObject::disconnect(accepting);
    if (peer) {
        peer->abort();
        delete peer.data();
    }
    // Connections that arrived late are not left for the next iteration.
    while (QTcpSocket *late = listening.nextPendingConnection())
        delete late;
    return 0;
}
