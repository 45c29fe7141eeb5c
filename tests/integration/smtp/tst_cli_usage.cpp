// postaci-cli probe / send-test: every bad usage or invalid input ends with exit 2 and a message
// naming the flag, before anything is sent (docs/cli.md#probe-and-send-test).
#include "clirunner.h"
#include "timing.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Postaci::Test;

class TestCliUsage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(QStringLiteral("POSTACI_CLI=") + cliPath()));
        // A listener that accepts no connection: if a bad-usage case ever got as far as
        // connecting, it would hang there and time out instead of ending with exit 2 at once.
        QVERIFY(m_listener.listen(QHostAddress::LocalHost));
        QVERIFY(m_dir.isValid());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<QString>("mentions");
        const QString port = QString::number(m_listener.serverPort());
        const QStringList base{QStringLiteral("probe"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                               QStringLiteral("--port"), port, QStringLiteral("--security"), QStringLiteral("none")};
        const QStringList send{QStringLiteral("send-test"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                               QStringLiteral("--port"), port, QStringLiteral("--security"), QStringLiteral("none")};
        const auto row = [](const char *name, const QStringList &arguments, const QString &mentions,
                            const QByteArray &stdinData = QByteArray()) {
            QTest::newRow(name) << arguments << stdinData << mentions;
        };
        const QString pem = m_dir.filePath(QStringLiteral("empty.pem"));
        QFile file(pem);
        file.open(QIODevice::WriteOnly);
        file.write("not a certificate\n");
        file.close();

        row("no arguments", {QStringLiteral("probe")}, QStringLiteral("--host"));
        row("unknown option", base + QStringList{QStringLiteral("--frobnicate")}, QStringLiteral("frobnicate"));
        row("positional", base + QStringList{QStringLiteral("extra")}, QStringLiteral("extra"));
        row("--password exists not", base + QStringList{QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--password"), QStringLiteral("secret")},
            QStringLiteral("--password-stdin"));
        row("--password=", base + QStringList{QStringLiteral("--password=secret")}, QStringLiteral("--password-stdin"));
        row("missing value", {QStringLiteral("probe"), QStringLiteral("--host")}, QStringLiteral("host"));
        row("bad host", {QStringLiteral("probe"), QStringLiteral("--host"), QStringLiteral("mail example.com")}, QStringLiteral("--host"));
        row("host with CRLF", {QStringLiteral("probe"), QStringLiteral("--host"), QStringLiteral("a\r\nb")}, QStringLiteral("--host"));
        row("bad port", base + QStringList{QStringLiteral("--port"), QStringLiteral("99999")}, QStringLiteral("--port"));
        row("port not a number", base + QStringList{QStringLiteral("--port"), QStringLiteral("smtp")}, QStringLiteral("--port"));
        row("bad security", base + QStringList{QStringLiteral("--security"), QStringLiteral("maybe")}, QStringLiteral("--security"));
        row("bad auth", base + QStringList{QStringLiteral("--auth"), QStringLiteral("digest-md5")}, QStringLiteral("--auth"));
        row("bad pin", base + QStringList{QStringLiteral("--pin"), QStringLiteral("sha256:abcd")}, QStringLiteral("--pin"));
        row("pin not hex", base + QStringList{QStringLiteral("--pin"), QStringLiteral("sha256:") + QString(QLatin1Char('g')).repeated(64)},
            QStringLiteral("--pin"));
        row("bad timeout", base + QStringList{QStringLiteral("--timeout"), QStringLiteral("soon")}, QStringLiteral("--timeout"));
        row("negative timeout", base + QStringList{QStringLiteral("--timeout"), QStringLiteral("-1")}, QStringLiteral("--timeout"));
        row("missing ca file", base + QStringList{QStringLiteral("--ca-file"), m_dir.filePath(QStringLiteral("nope.pem"))}, QStringLiteral("--ca-file"));
        row("ca file without certificate", base + QStringList{QStringLiteral("--ca-file"), pem}, QStringLiteral("--ca-file"));
        row("both password flags", base + QStringList{QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--password-stdin"),
                                                     QStringLiteral("--password-env"), QStringLiteral("HOME")},
            QStringLiteral("--password-env"), QByteArray("secret\n"));
        row("unset password variable", base + QStringList{QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--password-env"),
                                                         QStringLiteral("POSTACI_TEST_SURELY_UNSET")},
            QStringLiteral("POSTACI_TEST_SURELY_UNSET"));
        row("empty stdin password", base + QStringList{QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--password-stdin")},
            QStringLiteral("--password-stdin"));
        // Only one trailing newline is stripped: a second one is a line break inside the password.
        row("password with line break", base + QStringList{QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--password-stdin")},
            QStringLiteral("--password-stdin"), QByteArray("secret\n\n"));
        row("password with NUL", base + QStringList{QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--password-stdin")},
            QStringLiteral("--password-stdin"), QByteArray("sec\0ret", 7));
        row("user without password", base + QStringList{QStringLiteral("--user"), QStringLiteral("u")}, QStringLiteral("--password-stdin"));
        row("password without user", base + QStringList{QStringLiteral("--password-stdin")}, QStringLiteral("--user"), QByteArray("secret"));
        row("mechanism without credentials", base + QStringList{QStringLiteral("--auth"), QStringLiteral("plain")}, QStringLiteral("--auth"));
        row("user with LF", base + QStringList{QStringLiteral("--user"), QStringLiteral("u\nx"), QStringLiteral("--password-stdin")},
            QStringLiteral("--user"), QByteArray("secret"));
        row("send-test option on probe", base + QStringList{QStringLiteral("--from"), QStringLiteral("a@b.c")}, QStringLiteral("from"));
        row("send-test without --from", send, QStringLiteral("--from"));
        row("send-test bad --from", send + QStringList{QStringLiteral("--from"), QStringLiteral("ali.example.com")}, QStringLiteral("--from"));
        row("send-test bad --to", send + QStringList{QStringLiteral("--from"), QStringLiteral("ali@localhost"), QStringLiteral("--to"),
                                                    QStringLiteral("veli@exa mple.com")},
            QStringLiteral("--to"));
        row("send-test --to injection", send + QStringList{QStringLiteral("--from"), QStringLiteral("ali@localhost"), QStringLiteral("--to"),
                                                          QStringLiteral("veli@localhost\r\nRCPT TO:<x@localhost>")},
            QStringLiteral("--to"));
        row("send-test --subject injection", send + QStringList{QStringLiteral("--from"), QStringLiteral("ali@localhost"), QStringLiteral("--subject"),
                                                               QStringLiteral("Hi\r\nBcc: victim@localhost")},
            QStringLiteral("--subject"));
        row("send-test --from name injection", send + QStringList{QStringLiteral("--from"), QStringLiteral("Ali\nBcc: x <ali@localhost>")},
            QStringLiteral("--from"));
        row("send-test without host", {QStringLiteral("send-test"), QStringLiteral("--from"), QStringLiteral("ali@localhost")}, QStringLiteral("--host"));
        row("send-test empty account", {QStringLiteral("send-test"), QStringLiteral("--account"), QString(), QStringLiteral("--from"),
                                        QStringLiteral("ali@localhost")},
            QStringLiteral("--account"));
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, stdinData);
        QFETCH(QString, mentions);
        const CliRun run = runCli(arguments, stdinData, {}, 10000);
        QVERIFY2(run.finishedInTime && !run.crashed, qPrintable(run.describe()));
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), qPrintable(run.describe()));
        // Refused before anything is waited for (no connection, no prompt): far below the 10 s
        // connect timeout, whatever the start-up of the process costs on a slow machine.
        QVERIFY2(run.ms < SlowMachineSlackMs, qPrintable(run.describe()));
        // A secret given on stdin never comes back in any output.
        if (stdinData.startsWith("secret")) {
            QVERIFY(!run.out.contains("secret"));
            QVERIFY(!run.err.contains("secret"));
        }
    }

    void help_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("flags");
        const QStringList probeFlags{QStringLiteral("--host"), QStringLiteral("--port"), QStringLiteral("--security"), QStringLiteral("--auth"),
                                     QStringLiteral("--user"), QStringLiteral("--password-stdin"), QStringLiteral("--password-env"),
                                     QStringLiteral("--ca-file"), QStringLiteral("--pin"), QStringLiteral("--allow-plaintext-auth"),
                                     QStringLiteral("--timeout"), QStringLiteral("--json"), QStringLiteral("--transcript")};
        QTest::newRow("probe") << QStringLiteral("probe") << probeFlags;
        QTest::newRow("send-test") << QStringLiteral("send-test")
                                   << probeFlags + QStringList{QStringLiteral("--account"), QStringLiteral("--from"), QStringLiteral("--to"),
                                                               QStringLiteral("--subject")};
    }

    void help()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, flags);
        const CliRun run = runCli({command, QStringLiteral("--help")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.contains(QStringLiteral("postaci-cli ") + command));
        for (const QString &flag : flags)
            QVERIFY2(text.contains(flag), qPrintable(flag));
        QVERIFY(!text.contains(QLatin1String("--password ")));
        QVERIFY(!text.contains(QLatin1String("--password\n")));
    }

private:
    QTcpServer m_listener;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
