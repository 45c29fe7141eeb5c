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

using namespace Postaci::Test;

namespace {

const QString user = QStringLiteral("tester");
const QString password = QStringLiteral("Bench-Pw-1");
const QString from = QStringLiteral("ali@example.test");
const QString to = QStringLiteral("veli@localhost");
constexpr int repetitions = 3; // wall time: the median of these; flights must not vary

struct Mode
{
    QString security; // "starttls" or "tls"
    bool chunking;
    int floor;
    bool systemTrust; // the system's store trusts the server; otherwise a CA file is given

    QString name() const
    {
        return (systemTrust ? QStringLiteral("system ") : QStringLiteral("ca-file ")) + security
                + (chunking ? QStringLiteral("+chunking") : QString());
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
        m_process.start(QStringLiteral("/usr/bin/python3"),
                        {qEnvironmentVariable("POSTACI_SOURCE_DIR") + QStringLiteral("/tests/bench/roundtrips/countingproxy.py"),
                         QStringLiteral("--target"), QStringLiteral("127.0.0.1:%1").arg(targetPort), QStringLiteral("--results"),
                         resultsFile});
        if (!m_process.waitForStarted(5000) || !m_process.waitForReadyRead(5000)) {
            *error = QStringLiteral("counting proxy did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        const QByteArray line = m_process.readLine().trimmed();
        m_port = quint16(line.mid(6).toUInt());
        if (!line.startsWith("READY ") || m_port == 0) {
            *error = QStringLiteral("counting proxy said: ") + QString::fromUtf8(line);
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
                        *error = QStringLiteral("%1 connections instead of 1").arg(lines.size());
                        return {};
                    }
                    return QJsonDocument::fromJson(lines.first()).object();
                }
            }
            QTest::qWait(20);
        }
        *error = QStringLiteral("the proxy reported no connection");
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
        const QString path = m_dir.filePath(QStringLiteral("message.eml"));
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
        const bool implicit = mode.security == QLatin1String("tls");
        const QString portText = QString::number(port);
        if (tool == QLatin1String("postaci")) {
            *program = qEnvironmentVariable("POSTACI_CLI");
            *arguments = {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("send-test"), QStringLiteral("--host"),
                          QStringLiteral("127.0.0.1"), QStringLiteral("--port"), portText, QStringLiteral("--security"), mode.security,
                          QStringLiteral("--auth"), QStringLiteral("plain"), QStringLiteral("--user"), user,
                          QStringLiteral("--password-stdin"), QStringLiteral("--from"), from,
                          QStringLiteral("--to"), to, QStringLiteral("--json")};
            if (!mode.systemTrust)
                *arguments << QStringLiteral("--ca-file") << caFile();
            *input = password.toUtf8() + '\n';
        } else if (tool == QLatin1String("swaks")) {
            *program = QStringLiteral("swaks");
            *arguments = {QStringLiteral("--server"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), portText,
                          implicit ? QStringLiteral("--tls-on-connect") : QStringLiteral("--tls"), QStringLiteral("--tls-verify"),
                          QStringLiteral("--pipeline"), QStringLiteral("--auth"),
                          QStringLiteral("PLAIN"), QStringLiteral("--auth-user"), user, QStringLiteral("--auth-password"), password,
                          QStringLiteral("--from"), from, QStringLiteral("--to"), to, QStringLiteral("--data"), QLatin1Char('@') + messageFile(),
                          QStringLiteral("--silent"), QStringLiteral("2")};
            if (!mode.systemTrust)
                *arguments << QStringLiteral("--tls-ca-path") << caFile();
        } else if (tool == QLatin1String("msmtp")) {
            const QString config = m_dir.filePath(QStringLiteral("msmtprc-%1").arg(port));
            QFile file(config);
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.write(QStringLiteral("account default\nhost 127.0.0.1\nport %1\ntls on\ntls_starttls %2\ntls_trust_file %3\n"
                                      "auth plain\nuser %4\npassword %5\nfrom %6\n")
                           .arg(portText, implicit ? QStringLiteral("off") : QStringLiteral("on"),
                                mode.systemTrust ? QStringLiteral("system") : caFile(), user, password, from)
                           .toUtf8());
            file.close();
            QFile::setPermissions(config, QFile::ReadOwner | QFile::WriteOwner); // msmtp insists
            *program = QStringLiteral("msmtp");
            *arguments = {QStringLiteral("-C"), config, QStringLiteral("-a"), QStringLiteral("default"), to};
            QFile message(messageFile());
            message.open(QIODevice::ReadOnly);
            *input = message.readAll();
        } else if (tool == QLatin1String("curl")) {
            *program = QStringLiteral("curl");
            *arguments = {QStringLiteral("--silent"), QStringLiteral("--show-error"), QStringLiteral("--url"),
                          (implicit ? QStringLiteral("smtps://127.0.0.1:") : QStringLiteral("smtp://127.0.0.1:")) + portText,
                          QStringLiteral("--ssl-reqd"), QStringLiteral("--login-options"),
                          QStringLiteral("AUTH=PLAIN"), QStringLiteral("--user"), user + QLatin1Char(':') + password,
                          QStringLiteral("--mail-from"), from, QStringLiteral("--mail-rcpt"), to, QStringLiteral("--upload-file"),
                          messageFile()};
            if (!mode.systemTrust)
                *arguments << QStringLiteral("--cacert") << caFile();
        } else {
            return false;
        }
        return true;
    }

    Measurement measureOnce(const QString &tool, const Mode &mode)
    {
        Measurement m;
        EximServer &exim = *m_exims.at(eximIndex(mode));
        const quint16 target = mode.security == QLatin1String("tls") ? exim.tlsPort() : exim.startTlsPort();
        const QString results = m_dir.filePath(QStringLiteral("flights-%1.jsonl").arg(++m_counter));
        CountingProxy proxy;
        if (!proxy.start(target, results, &m.error))
            return m;
        QString program;
        QStringList arguments;
        QByteArray input;
        if (!command(tool, mode, proxy.port(), &program, &arguments, &input)) {
            m.error = QStringLiteral("no command");
            return m;
        }
        const int deliveredBefore = int(exim.deliveredMessages().size());
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForStarted(5000)) {
            m.error = program + QStringLiteral(": ") + process.errorString();
            return m;
        }
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished(2000);
            m.error = QStringLiteral("did not finish in 30 s");
            return m;
        }
        m.ms = timer.elapsed();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            m.error = QStringLiteral("exit %1: %2").arg(process.exitCode()).arg(QString::fromUtf8(process.readAllStandardError().left(300)));
            return m;
        }
        if (tool == QLatin1String("postaci")) {
            const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
            m.reportedRoundTrips = json.value(QLatin1String("roundTrips")).toInt(-1);
            const QJsonObject timings = json.value(QLatin1String("timingsMs")).toObject();
            m.sessionMs = 0;
            for (auto it = timings.begin(); it != timings.end(); ++it)
                m.sessionMs += it.value().toInteger();
        }
        QElapsedTimer delivery;
        delivery.start();
        while (int(exim.deliveredMessages().size()) == deliveredBefore && delivery.elapsed() < 10000)
            QTest::qWait(20);
        if (int(exim.deliveredMessages().size()) == deliveredBefore) {
            m.error = QStringLiteral("nothing delivered");
            return m;
        }
        const QJsonObject counts = proxy.counts(&m.error);
        m.flights = counts.value(QLatin1String("flights")).toInt();
        m.waits = counts.value(QLatin1String("waits")).toInt();
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
                m.error = QStringLiteral("counts vary between runs: %1/%2 and %3/%4")
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
                options.certificateFile = testnet + QStringLiteral("/mail.pem");
                options.keyFile = testnet + QStringLiteral("/mail.key");
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
            modes += {{QStringLiteral("starttls"), false, 7, systemTrust}, {QStringLiteral("tls"), false, 6, systemTrust},
                      {QStringLiteral("starttls"), true, 6, systemTrust}, {QStringLiteral("tls"), true, 5, systemTrust}};
        }
        const QStringList tools{QStringLiteral("postaci"), QStringLiteral("swaks"), QStringLiteral("msmtp"), QStringLiteral("curl")};

        QString table;
        QTextStream out(&table);
        out << "\nRound trips of one test send through Exim; \"system\": the system's store trusts the server,\n"
               "\"ca-file\": the client is given the server's private CA. flights: bursts of client bytes (at the start or after\n"
               "server bytes reached the client); waits: flights the client then sat waiting on (a QUIT sent\n"
               "without waiting for 221 is a flight but no wait). Wall time with a 50 ms server->client delay,\n"
               "median of "
            << repetitions << " runs; ratio = wall time / postaci's. Floor: 7 STARTTLS, 6 TLS, one fewer with CHUNKING.\n\n";
        out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
                   .arg(QStringLiteral("mode"), -20)
                   .arg(QStringLiteral("tool"), -8)
                   .arg(QStringLiteral("flights"), 7)
                   .arg(QStringLiteral("waits"), 5)
                   .arg(QStringLiteral("wall ms"), 8)
                   .arg(QStringLiteral("ratio"), 6)
                   .arg(QStringLiteral("notes"));
        bool postaciDelivered = true;
        QStringList failures;
        for (const Mode &mode : modes) {
            qint64 postaciMs = 0;
            for (const QString &tool : tools) {
                const Measurement m = measure(tool, mode);
                if (tool == QLatin1String("postaci")) {
                    postaciMs = m.ms;
                    postaciDelivered = postaciDelivered && m.ok;
                }
                QString notes;
                if (!m.ok) {
                    notes = QStringLiteral("FAILED: ") + m.error;
                    failures << tool + QLatin1Char(' ') + mode.name() + QStringLiteral(": ") + m.error;
                } else {
                    if (tool == QLatin1String("postaci")) {
                        notes = QStringLiteral("floor %1: flights %2, waits %3; postaci's own roundTrips %4, session %5 ms")
                                    .arg(mode.floor)
                                    .arg(m.flights <= mode.floor ? QStringLiteral("at floor") : QStringLiteral("ABOVE"))
                                    .arg(m.waits <= mode.floor ? QStringLiteral("at floor") : QStringLiteral("ABOVE"))
                                    .arg(m.reportedRoundTrips)
                                    .arg(m.sessionMs);
                    }
                    if (!m.error.isEmpty())
                        notes += QStringLiteral(" (") + m.error + QLatin1Char(')');
                }
                const QString ratio = m.ok && postaciMs > 0 ? QString::number(double(m.ms) / double(postaciMs), 'f', 2) : QStringLiteral("-");
                out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
                           .arg(mode.name(), -20)
                           .arg(tool, -8)
                           .arg(m.ok ? QString::number(m.flights) : QStringLiteral("-"), 7)
                           .arg(m.ok ? QString::number(m.waits) : QStringLiteral("-"), 5)
                           .arg(m.ok ? QString::number(m.ms) : QStringLiteral("-"), 8)
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
