// Round trips and wall time of one test send, through a counting proxy (countingproxy.py) in front
// of a real Exim: postaci-cli send-test side by side with swaks --pipeline, msmtp and curl, for
// STARTTLS and implicit TLS, with and without CHUNKING, and for both ways a server's certificate is
// trusted: by the system's store ("system": the CA is among the system's roots, no --ca-file) and
// by a private CA the user names ("ca-file": --ca-file, tls_trust_file, --cacert). Prints one table;
// not part of the pass/fail suite (label "bench"). It fails only when postaci-cli itself cannot
// deliver, so that a broken run is never mistaken for a measurement. Run it with
// tests/bench/roundtrips/run.
//
// It runs inside a private namespace (tests/support/testnetwork-run, bench-net.json) whose
// /etc/ssl/certs holds the host's roots plus the namespace's CA: a system store of real size, so
// that what reading it costs shows in the "ca-file" rows (docs/architecture.md, "Trusting a
// private CA").
//
// The floor with PIPELINING and TLS 1.3 (docs/smtp-behaviours.md): 7 flights for STARTTLS, 6 for
// implicit TLS, one fewer each with CHUNKING (BDAT LAST carries the body in the MAIL/RCPT flight).
#include "eximserver.h"
#include "testcertificates.h"
#include "testnetwork.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

using namespace Postaci::Test;

namespace {

const QString user = u"tester"_s;
const QString password = u"Bench-Pw-1"_s;
const QString from = u"ali@example.test"_s;
const QString to = u"veli@localhost"_s;
constexpr int repetitions = 3; // wall time: the median of these; flights must not vary

struct Mode
{
    QString security; // "starttls" or "tls"
    bool chunking;
    int floor;
    bool systemTrust; // the system's store trusts the server; otherwise a CA file is given

    QString name() const
    {
        return (systemTrust ? u"system "_s : u"ca-file "_s) + security
                + (chunking ? u"+chunking"_s : QString());
    }
};

struct Measurement
{
    bool ok = false;
    int flights = 0;
    int waits = 0;
    qint64 ms = 0;
    QString error;
    int reportedRoundTrips = -1; // postaci-cli's own count (JSON roundTrips)
    qint64 sessionMs = -1;       // postaci-cli's own timings (JSON timingsMs), without process start
};

// One proxy process per measurement, so that every connection it reports is ours.
class CountingProxy
{
public:
    bool start(quint16 targetPort, const QString &resultsFile, QString *error)
    {
        m_results = resultsFile;
        m_process.start(u"/usr/bin/python3"_s,
                        {qEnvironmentVariable("POSTACI_SOURCE_DIR") + u"/tests/bench/roundtrips/countingproxy.py"_s,
                         u"--target"_s, u"127.0.0.1:%1"_s.arg(targetPort), u"--results"_s,
                         resultsFile});
        if (!m_process.waitForStarted(5000) || !m_process.waitForReadyRead(5000)) {
            *error = u"counting proxy did not start: "_s + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        const QByteArray line = m_process.readLine().trimmed();
        m_port = quint16(line.mid(6).toUInt());
        if (!line.startsWith("READY ") || m_port == 0) {
            *error = u"counting proxy said: "_s + QString::fromUtf8(line);
            return false;
        }
        return true;
    }

    quint16 port() const { return m_port; }

    // The counts of the one connection the proxy saw (waits until they are written).
    QJsonObject counts(QString *error)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000) {
            QFile file(m_results);
            if (file.open(QIODevice::ReadOnly)) {
                const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
                if (!lines.isEmpty() && !lines.first().isEmpty()) {
                    if (lines.size() != 1) {
                        *error = u"%1 connections instead of 1"_s.arg(lines.size());
                        return {};
                    }
                    return QJsonDocument::fromJson(lines.first()).object();
                }
            }
            QTest::qWait(20);
        }
        *error = u"the proxy reported no connection"_s;
        return {};
    }

    ~CountingProxy() { stopProcess(&m_process, 2000); }

private:
    QProcess m_process;
    QString m_results;
    quint16 m_port = 0;
};

} // namespace

class BenchRoundTrips : public QObject
{
    Q_OBJECT

private:
    QString caFile() const { return TestCertificates::instance().caCertificatePath(); }

    QString messageFile()
    {
        const QString path = m_dir.filePath(u"message.eml"_s);
        if (!QFile::exists(path)) {
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write("From: ali@example.test\r\nTo: veli@localhost\r\nSubject: round-trip benchmark\r\n"
                       "Date: Thu, 26 Nov 2026 10:00:00 +0000\r\nMessage-ID: <bench@example.test>\r\n\r\n"
                       "A short body, as a test message is.\r\n");
        }
        return path;
    }

    // The command line of each tool for one mode, through the proxy at `port`.
    bool command(const QString &tool, const Mode &mode, quint16 port, QString *program, QStringList *arguments, QByteArray *input)
    {
        const bool implicit = mode.security == "tls"_L1;
        const QString portText = QString::number(port);
        if (tool == "postaci"_L1) {
            *program = qEnvironmentVariable("POSTACI_CLI");
            *arguments = {u"--lang"_s, u"en"_s, u"send-test"_s, u"--host"_s,
                          u"127.0.0.1"_s, u"--port"_s, portText, u"--security"_s, mode.security,
                          u"--auth"_s, u"plain"_s, u"--user"_s, user,
                          u"--password-stdin"_s, u"--from"_s, from,
                          u"--to"_s, to, u"--json"_s};
            if (!mode.systemTrust)
                *arguments << u"--ca-file"_s << caFile();
            *input = password.toUtf8() + '\n';
        } else if (tool == "swaks"_L1) {
            *program = u"swaks"_s;
            *arguments = {u"--server"_s, u"127.0.0.1"_s, u"--port"_s, portText,
                          implicit ? u"--tls-on-connect"_s : u"--tls"_s, u"--tls-verify"_s,
                          u"--pipeline"_s, u"--auth"_s,
                          u"PLAIN"_s, u"--auth-user"_s, user, u"--auth-password"_s, password,
                          u"--from"_s, from, u"--to"_s, to, u"--data"_s, QLatin1Char('@') + messageFile(),
                          u"--silent"_s, u"2"_s};
            if (!mode.systemTrust)
                *arguments << u"--tls-ca-path"_s << caFile();
        } else if (tool == "msmtp"_L1) {
            const QString config = m_dir.filePath(u"msmtprc-%1"_s.arg(port));
            QFile file(config);
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.write(u"account default\nhost 127.0.0.1\nport %1\ntls on\ntls_starttls %2\ntls_trust_file %3\n"
                                      "auth plain\nuser %4\npassword %5\nfrom %6\n"_s
                           .arg(portText, implicit ? u"off"_s : u"on"_s,
                                mode.systemTrust ? u"system"_s : caFile(), user, password, from)
                           .toUtf8());
            file.close();
            QFile::setPermissions(config, QFile::ReadOwner | QFile::WriteOwner); // msmtp insists
            *program = u"msmtp"_s;
            *arguments = {u"-C"_s, config, u"-a"_s, u"default"_s, to};
            QFile message(messageFile());
            message.open(QIODevice::ReadOnly);
            *input = message.readAll();
        } else if (tool == "curl"_L1) {
            *program = u"curl"_s;
            *arguments = {u"--silent"_s, u"--show-error"_s, u"--url"_s,
                          (implicit ? u"smtps://127.0.0.1:"_s : u"smtp://127.0.0.1:"_s) + portText,
                          u"--ssl-reqd"_s, u"--login-options"_s,
                          u"AUTH=PLAIN"_s, u"--user"_s, user + QLatin1Char(':') + password,
                          u"--mail-from"_s, from, u"--mail-rcpt"_s, to, u"--upload-file"_s,
                          messageFile()};
            if (!mode.systemTrust)
                *arguments << u"--cacert"_s << caFile();
        } else {
            return false;
        }
        return true;
    }

    Measurement measureOnce(const QString &tool, const Mode &mode)
    {
        Measurement m;
        EximServer &exim = *m_exims.at(eximIndex(mode));
        const quint16 target = mode.security == "tls"_L1 ? exim.tlsPort() : exim.startTlsPort();
        const QString results = m_dir.filePath(u"flights-%1.jsonl"_s.arg(++m_counter));
        CountingProxy proxy;
        if (!proxy.start(target, results, &m.error))
            return m;
        QString program;
        QStringList arguments;
        QByteArray input;
        if (!command(tool, mode, proxy.port(), &program, &arguments, &input)) {
            m.error = u"no command"_s;
            return m;
        }
        const int deliveredBefore = int(exim.deliveredMessages().size());
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForStarted(5000)) {
            m.error = program + u": "_s + process.errorString();
            return m;
        }
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished(2000);
            m.error = u"did not finish in 30 s"_s;
            return m;
        }
        m.ms = timer.elapsed();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            m.error = u"exit %1: %2"_s.arg(process.exitCode()).arg(QString::fromUtf8(process.readAllStandardError().left(300)));
            return m;
        }
        if (tool == "postaci"_L1) {
            const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
            m.reportedRoundTrips = json.value("roundTrips"_L1).toInt(-1);
            const QJsonObject timings = json.value("timingsMs"_L1).toObject();
            m.sessionMs = 0;
            for (auto it = timings.begin(); it != timings.end(); ++it)
                m.sessionMs += it.value().toInteger();
        }
        QElapsedTimer delivery;
        delivery.start();
        while (int(exim.deliveredMessages().size()) == deliveredBefore && delivery.elapsed() < 10000)
            QTest::qWait(20);
        if (int(exim.deliveredMessages().size()) == deliveredBefore) {
            m.error = u"nothing delivered"_s;
            return m;
        }
        const QJsonObject counts = proxy.counts(&m.error);
        m.flights = counts.value("flights"_L1).toInt();
        m.waits = counts.value("waits"_L1).toInt();
        m.ok = m.flights > 0;
        return m;
    }

    Measurement measure(const QString &tool, const Mode &mode)
    {
        QList<Measurement> runs;
        for (int i = 0; i < repetitions; ++i) {
            Measurement m = measureOnce(tool, mode);
            if (!m.ok)
                return m;
            if (!runs.isEmpty() && (runs.first().flights != m.flights || runs.first().waits != m.waits))
                m.error = u"counts vary between runs: %1/%2 and %3/%4"_s
                              .arg(runs.first().flights)
                              .arg(runs.first().waits)
                              .arg(m.flights)
                              .arg(m.waits);
            runs.append(m);
        }
        std::sort(runs.begin(), runs.end(), [](const Measurement &a, const Measurement &b) { return a.ms < b.ms; });
        Measurement median = runs.at(runs.size() / 2);
        for (const Measurement &m : runs) {
            if (!m.error.isEmpty())
                median.error = m.error;
        }
        return median;
    }

private Q_SLOTS:
    static int eximIndex(const Mode &mode) { return (mode.systemTrust ? 2 : 0) + (mode.chunking ? 1 : 0); }

    void initTestCase()
    {
        QVERIFY2(TestNetwork::isInside(), "must run inside tests/support/testnetwork-run");
        QVERIFY(m_dir.isValid());
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
        // Index as eximIndex(): [ca-file, ca-file+chunking, system, system+chunking]. The "system"
        // servers show the certificate testnetwork-run made for "localhost" (bench-net.json).
        const QString testnet = qEnvironmentVariable("POSTACI_TESTNET_DIR");
        for (int i = 0; i < 4; ++i) {
            EximServer::Options options;
            options.user = user;
            options.password = password;
            options.chunking = i % 2 == 1;
            if (i >= 2) {
                options.certificateFile = testnet + u"/mail.pem"_s;
                options.keyFile = testnet + u"/mail.key"_s;
            }
            m_exims.push_back(std::make_unique<EximServer>());
            QVERIFY2(m_exims.back()->start(options), qPrintable(m_exims.back()->errorString()));
        }
    }

    void cleanupTestCase() { m_exims.clear(); }

    void roundTrips()
    {
        QList<Mode> modes;
        for (const bool systemTrust : {true, false}) {
            modes += {{u"starttls"_s, false, 7, systemTrust}, {u"tls"_s, false, 6, systemTrust},
                      {u"starttls"_s, true, 6, systemTrust}, {u"tls"_s, true, 5, systemTrust}};
        }
        const QStringList tools{u"postaci"_s, u"swaks"_s, u"msmtp"_s, u"curl"_s};

        QString table;
        QTextStream out(&table);
        out << "\nRound trips of one test send through Exim; \"system\": the system's store trusts the server,\n"
               "\"ca-file\": the client is given the server's private CA. flights: bursts of client bytes (at the start or after\n"
               "server bytes reached the client); waits: flights the client then sat waiting on (a QUIT sent\n"
               "without waiting for 221 is a flight but no wait). Wall time with a 50 ms server->client delay,\n"
               "median of "
            << repetitions << " runs; ratio = wall time / postaci's. Floor: 7 STARTTLS, 6 TLS, one fewer with CHUNKING.\n\n";
        out << u"%1 %2 %3 %4 %5 %6  %7\n"_s
                   .arg(u"mode"_s, -20)
                   .arg(u"tool"_s, -8)
                   .arg(u"flights"_s, 7)
                   .arg(u"waits"_s, 5)
                   .arg(u"wall ms"_s, 8)
                   .arg(u"ratio"_s, 6)
                   .arg(u"notes"_s);
        bool postaciDelivered = true;
        QStringList failures;
        for (const Mode &mode : modes) {
            qint64 postaciMs = 0;
            for (const QString &tool : tools) {
                const Measurement m = measure(tool, mode);
                if (tool == "postaci"_L1) {
                    postaciMs = m.ms;
                    postaciDelivered = postaciDelivered && m.ok;
                }
                QString notes;
                if (!m.ok) {
                    notes = u"FAILED: "_s + m.error;
                    failures << tool + QLatin1Char(' ') + mode.name() + u": "_s + m.error;
                } else {
                    if (tool == "postaci"_L1) {
                        notes = u"floor %1: flights %2, waits %3; postaci's own roundTrips %4, session %5 ms"_s
                                    .arg(mode.floor)
                                    .arg(m.flights <= mode.floor ? u"at floor"_s : u"ABOVE"_s)
                                    .arg(m.waits <= mode.floor ? u"at floor"_s : u"ABOVE"_s)
                                    .arg(m.reportedRoundTrips)
                                    .arg(m.sessionMs);
                    }
                    if (!m.error.isEmpty())
                        notes += u" ("_s + m.error + QLatin1Char(')');
                }
                const QString ratio = m.ok && postaciMs > 0 ? QString::number(double(m.ms) / double(postaciMs), 'f', 2) : u"-"_s;
                out << u"%1 %2 %3 %4 %5 %6  %7\n"_s
                           .arg(mode.name(), -20)
                           .arg(tool, -8)
                           .arg(m.ok ? QString::number(m.flights) : u"-"_s, 7)
                           .arg(m.ok ? QString::number(m.waits) : u"-"_s, 5)
                           .arg(m.ok ? QString::number(m.ms) : u"-"_s, 8)
                           .arg(ratio, 6)
                           .arg(notes);
            }
        }
        out.flush();
        std::fputs(table.toUtf8().constData(), stdout);
        std::fflush(stdout);
        QVERIFY2(postaciDelivered, qPrintable(failures.join(QLatin1Char('\n')) + m_exims.front()->logText()));
    }

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<EximServer>> m_exims;
    int m_counter = 0;
};

POSTACI_TESTNETWORK_MAIN(BenchRoundTrips, POSTACI_TESTNET_CONFIG)
#include "bench_roundtrips.moc"
