#include "scriptedsmtpserver.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Postaci::Test {

namespace {

enum class StepKind { Send, Expect, Body, Tls, Close, Abort, Wait, Trickle, Flush };

struct Step
{
    StepKind kind = StepKind::Send;
    QByteArray data;
    QRegularExpression pattern;
    QString source;
    int ms = 0;
};

// Creates QSslSocket for every incoming connection, so that any connection can start TLS.
class Listener : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        addPendingConnection(socket);
    }
};

} // namespace

class ScriptedSmtpServer::Private
{
public:
    struct Connection
    {
        int index = 0;
        QPointer<QSslSocket> socket;
        qsizetype pc = 0;
        QByteArray buffer;
        qsizetype chunkRemaining = 0;
        bool waiting = false; // a WAIT / TLS / TRICKLE step is in progress
        bool done = false;
        bool encrypted = false;
        int writes = 0;
        qint64 consumed = 0; // bytes taken from the front of `buffer` so far
        struct Arrival
        {
            qint64 end = 0; // stream offset just after this read
            int chunk = 0;
            int writes = 0; // server writes made before this read arrived
        };
        QList<Arrival> arrivals;
    };

    void accept();
    void received(Connection *c);
    void run(Connection *c);
    bool takeLine(Connection *c, QByteArray *line);
    void consume(Connection *c, qsizetype n);
    void fail(Connection *c, const QString &what);
    void write(Connection *c, const QByteArray &bytes);

    ScriptedSmtpServer *q = nullptr;
    Listener listener;
    QList<Step> script;
    QSslCertificate certificate;
    QSslKey key;
    QList<QSslCertificate> chain;
    int trickleMs = 1000;
    QString error;

    QList<Connection *> connections;
    int chunkCounter = 0;
    QStringList failures;
    QList<ClientLine> lines;
    QByteArray plaintext;
    QByteArray tls;
    QList<QByteArray> chunks;
    QByteArray beforeHandshake;
    bool tlsUp = false;
    bool closedByClient = false;
    bool firstCompleted = false;
    QByteArray messageData;
    int firstChunkWrites = -1;
};

ScriptedSmtpServer::ScriptedSmtpServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    connect(&d->listener, &QTcpServer::newConnection, this, [this] { d->accept(); });
}

ScriptedSmtpServer::~ScriptedSmtpServer()
{
    for (Private::Connection *c : std::as_const(d->connections)) {
        if (c->socket) {
            c->socket->disconnect(this);
            c->socket->abort();
        }
        delete c;
    }
}

void ScriptedSmtpServer::setScript(const QStringList &lines)
{
    d->script.clear();
    // The text after "S: " and "TRICKLE: " is sent exactly (trailing spaces matter: "334 ").
    const auto payload = [](const QString &line, qsizetype prefix) -> QByteArray {
        QString text = line.mid(prefix);
        if (text.startsWith(QLatin1Char(' ')))
            text.remove(0, 1);
        return text.toUtf8() + "\r\n";
    };
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        Step step;
        step.source = line;
        if (line.startsWith("S:"_L1)) {
            step.kind = StepKind::Send;
            step.data = payload(line, 2);
        } else if (line.startsWith("C:"_L1)) {
            step.kind = StepKind::Expect;
            step.pattern = QRegularExpression("^(?:"_L1 + line.mid(2).trimmed() + QLatin1Char(')'));
        } else if (line == "BODY"_L1) {
            step.kind = StepKind::Body;
        } else if (line == "TLS"_L1) {
            step.kind = StepKind::Tls;
        } else if (line == "X"_L1) {
            step.kind = StepKind::Close;
        } else if (line == "ABORT"_L1) {
            step.kind = StepKind::Abort;
        } else if (line == "FLUSH"_L1) {
            step.kind = StepKind::Flush;
        } else if (line.startsWith("WAIT "_L1)) {
            step.kind = StepKind::Wait;
            step.ms = line.mid(5).trimmed().toInt();
        } else if (line.startsWith("RAW:"_L1)) {
            step.kind = StepKind::Send;
            step.data = QByteArray::fromHex(line.mid(4).trimmed().toLatin1());
        } else if (line.startsWith("TRICKLE:"_L1)) {
            step.kind = StepKind::Trickle;
            step.data = payload(line, 8);
        } else {
            qFatal("ScriptedSmtpServer: cannot read script line '%s'", qPrintable(line));
        }
        d->script.append(step);
    }
}

void ScriptedSmtpServer::setCertificate(const QSslCertificate &certificate, const QSslKey &key,
                                        const QList<QSslCertificate> &chain)
{
    d->certificate = certificate;
    d->key = key;
    d->chain = chain;
}

void ScriptedSmtpServer::setTrickleInterval(int ms)
{
    d->trickleMs = ms;
}

int ScriptedSmtpServer::trickleInterval() const
{
    return d->trickleMs;
}

bool ScriptedSmtpServer::listen()
{
    if (!d->listener.listen(QHostAddress::LocalHost, 0)) {
        d->error = d->listener.errorString();
        return false;
    }
    return true;
}

quint16 ScriptedSmtpServer::port() const
{
    return d->listener.serverPort();
}

QString ScriptedSmtpServer::errorString() const
{
    return d->error;
}

int ScriptedSmtpServer::connectionCount() const
{
    return int(d->connections.size());
}

bool ScriptedSmtpServer::scriptCompleted() const
{
    return d->firstCompleted;
}

QStringList ScriptedSmtpServer::failures() const
{
    return d->failures;
}

QList<ScriptedSmtpServer::ClientLine> ScriptedSmtpServer::clientLines() const
{
    return d->lines;
}

QByteArray ScriptedSmtpServer::plaintextReceived() const
{
    return d->plaintext;
}

QList<QByteArray> ScriptedSmtpServer::clientChunks() const
{
    return d->chunks;
}

QByteArray ScriptedSmtpServer::tlsReceived() const
{
    return d->tls;
}

QByteArray ScriptedSmtpServer::bytesBeforeHandshake() const
{
    return d->beforeHandshake;
}

bool ScriptedSmtpServer::tlsEstablished() const
{
    return d->tlsUp;
}

bool ScriptedSmtpServer::clientClosed() const
{
    return d->closedByClient;
}

QByteArray ScriptedSmtpServer::messageData() const
{
    return d->messageData;
}

int ScriptedSmtpServer::firstClientChunkServerWrites() const
{
    return d->firstChunkWrites;
}

// ---- Private ---------------------------------------------------------------------------------

void ScriptedSmtpServer::Private::accept()
{
    while (listener.hasPendingConnections()) {
        auto *socket = static_cast<QSslSocket *>(listener.nextPendingConnection());
        auto *c = new Connection;
        c->index = int(connections.size());
        c->socket = socket;
        connections.append(c);
        QObject::connect(socket, &QIODevice::readyRead, q, [this, c] { received(c); });
        QObject::connect(socket, &QAbstractSocket::disconnected, q, [this, c] {
            if (c->index == 0 && !c->done)
                closedByClient = true;
        });
        QObject::connect(socket, &QAbstractSocket::errorOccurred, q,
                         [this, c](QAbstractSocket::SocketError socketError) {
                             if (socketError == QAbstractSocket::RemoteHostClosedError) {
                                 if (c->index == 0)
                                     closedByClient = true;
                                 return;
                             }
                             if (c->waiting && c->pc < script.size() && script.at(c->pc).kind == StepKind::Tls)
                                 failures.append(u"connection %1: TLS failed: %2"_s
                                                         .arg(c->index)
                                                         .arg(c->socket->errorString()));
                         });
        QObject::connect(socket, &QSslSocket::encrypted, q, [this, c] {
            c->encrypted = true;
            tlsUp = true;
            c->waiting = false;
            ++c->pc;
            run(c);
        });
        run(c);
    }
}

void ScriptedSmtpServer::Private::received(Connection *c)
{
    const QByteArray bytes = c->socket->readAll();
    if (bytes.isEmpty())
        return;
    ++chunkCounter;
    if (firstChunkWrites < 0 && c->index == 0)
        firstChunkWrites = c->writes;
    (c->encrypted ? tls : plaintext).append(bytes);
    chunks.append(bytes);
    c->buffer.append(bytes);
    c->arrivals.append({c->consumed + c->buffer.size(), chunkCounter, c->writes});
    run(c);
}

bool ScriptedSmtpServer::Private::takeLine(Connection *c, QByteArray *line)
{
    const qsizetype newline = c->buffer.indexOf('\n');
    if (newline < 0)
        return false;
    // The read that brought the line's end, and what the server had written before it.
    const qint64 end = c->consumed + newline;
    Connection::Arrival arrival;
    for (const Connection::Arrival &candidate : std::as_const(c->arrivals)) {
        if (candidate.end > end) {
            arrival = candidate;
            break;
        }
    }
    *line = c->buffer.left(newline);
    if (line->endsWith('\r'))
        line->chop(1);
    consume(c, newline + 1);
    lines.append({*line, c->index, arrival.chunk, c->encrypted, arrival.writes});
    return true;
}

void ScriptedSmtpServer::Private::consume(Connection *c, qsizetype n)
{
    c->buffer.remove(0, n);
    c->consumed += n;
}

void ScriptedSmtpServer::Private::fail(Connection *c, const QString &what)
{
    failures.append(u"connection %1: %2"_s.arg(c->index).arg(what));
    c->done = true;
    if (c->socket)
        c->socket->disconnectFromHost();
}

void ScriptedSmtpServer::Private::write(Connection *c, const QByteArray &bytes)
{
    if (!c->socket || bytes.isEmpty())
        return;
    c->socket->write(bytes);
    ++c->writes;
}

void ScriptedSmtpServer::Private::run(Connection *c)
{
    if (!c->socket)
        return;
    // A BDAT chunk is consumed before anything else is read as a line.
    if (c->chunkRemaining > 0) {
        const qsizetype n = std::min(c->chunkRemaining, c->buffer.size());
        messageData.append(c->buffer.left(n));
        consume(c, n);
        c->chunkRemaining -= n;
        if (c->chunkRemaining > 0)
            return;
    }
    while (!c->done && !c->waiting && c->pc < script.size()) {
        const Step &step = script.at(c->pc);
        switch (step.kind) {
        case StepKind::Send: {
            QByteArray flight;
            while (c->pc < script.size() && script.at(c->pc).kind == StepKind::Send)
                flight += script.at(c->pc++).data;
            write(c, flight);
            break;
        }
        case StepKind::Flush:
            ++c->pc;
            break;
        case StepKind::Expect: {
            QByteArray line;
            if (!takeLine(c, &line))
                return;
            if (!step.pattern.match(QString::fromUtf8(line)).hasMatch()) {
                fail(c, u"expected %1, got \"%2\""_s.arg(step.source, QString::fromUtf8(line)));
                return;
            }
            ++c->pc;
            static const QRegularExpression bdat(u"^BDAT (\\d+)"_s);
            const QRegularExpressionMatch match = bdat.match(QString::fromUtf8(line));
            if (match.hasMatch()) {
                c->chunkRemaining = match.captured(1).toLongLong();
                const qsizetype n = std::min(c->chunkRemaining, c->buffer.size());
                messageData.append(c->buffer.left(n));
                consume(c, n);
                c->chunkRemaining -= n;
                if (c->chunkRemaining > 0)
                    return;
            }
            break;
        }
        case StepKind::Body: {
            qsizetype end = -1;
            if (c->buffer.startsWith(".\r\n"))
                end = 3;
            else if (const qsizetype at = c->buffer.indexOf("\r\n.\r\n"); at >= 0)
                end = at + 5;
            if (end < 0)
                return;
            messageData.append(c->buffer.left(end));
            consume(c, end);
            ++c->pc;
            break;
        }
        case StepKind::Tls: {
            // H5: whatever the client sent after its STARTTLS line and before its ClientHello
            // would still be in the buffer now.
            beforeHandshake.append(c->buffer);
            consume(c, c->buffer.size());
            if (c->socket->bytesAvailable() > 0)
                beforeHandshake.append(c->socket->readAll());
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setLocalCertificate(certificate);
            configuration.setPrivateKey(key);
            if (!chain.isEmpty())
                configuration.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
            configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
            configuration.setProtocol(QSsl::TlsV1_2OrLater);
            c->socket->setSslConfiguration(configuration);
            c->waiting = true;
            c->socket->startServerEncryption();
            return; // continues in encrypted()
        }
        case StepKind::Close:
            ++c->pc;
            c->done = true;
            c->socket->disconnectFromHost();
            break;
        case StepKind::Abort:
            ++c->pc;
            c->done = true;
            c->socket->abort();
            break;
        case StepKind::Wait: {
            c->waiting = true;
            QTimer::singleShot(step.ms, q, [this, c] {
                c->waiting = false;
                ++c->pc;
                run(c);
            });
            return;
        }
        case StepKind::Trickle: {
            c->waiting = true;
            auto *timer = new QTimer(q);
            auto sent = std::make_shared<qsizetype>(0);
            const QByteArray data = step.data;
            QObject::connect(timer, &QTimer::timeout, q, [this, c, timer, sent, data] {
                if (!c->socket || *sent >= data.size()) {
                    timer->deleteLater();
                    c->waiting = false;
                    ++c->pc;
                    run(c);
                    return;
                }
                write(c, data.mid((*sent)++, 1));
            });
            timer->start(trickleMs);
            return;
        }
        }
    }
    if (c->pc >= script.size() && c->index == 0)
        firstCompleted = true;
}

} // namespace Postaci::Test
