// postaci-cli probe / send-test: every bad usage or invalid input ends with exit 2 and a message
// naming the flag, before anything is sent (docs/cli.md#probe-and-send-test).
#include "clirunner.h"
#include "timing.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci::Test;

class TestCliUsage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(u"POSTACI_CLI="_s + cliPath()));
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
        const QStringList base{u"probe"_s, u"--host"_s, u"127.0.0.1"_s,
                               u"--port"_s, port, u"--security"_s, u"none"_s};
        const QStringList send{u"send-test"_s, u"--host"_s, u"127.0.0.1"_s,
                               u"--port"_s, port, u"--security"_s, u"none"_s};
        const auto row = [](const char *name, const QStringList &arguments, const QString &mentions,
                            const QByteArray &stdinData = QByteArray()) {
            QTest::newRow(name) << arguments << stdinData << mentions;
        };
        const QString pem = m_dir.filePath(u"empty.pem"_s);
        QFile file(pem);
        file.open(QIODevice::WriteOnly);
        file.write("not a certificate\n");
        file.close();

        row("no arguments", {u"probe"_s}, u"--host"_s);
        row("unknown option", base + QStringList{u"--frobnicate"_s}, u"frobnicate"_s);
        row("positional", base + QStringList{u"extra"_s}, u"extra"_s);
        row("--password exists not", base + QStringList{u"--user"_s, u"u"_s, u"--password"_s, u"secret"_s},
            u"--password-stdin"_s);
        row("--password=", base + QStringList{u"--password=secret"_s}, u"--password-stdin"_s);
        row("missing value", {u"probe"_s, u"--host"_s}, u"host"_s);
        row("bad host", {u"probe"_s, u"--host"_s, u"mail example.com"_s}, u"--host"_s);
        row("host with CRLF", {u"probe"_s, u"--host"_s, u"a\r\nb"_s}, u"--host"_s);
        row("bad port", base + QStringList{u"--port"_s, u"99999"_s}, u"--port"_s);
        row("port not a number", base + QStringList{u"--port"_s, u"smtp"_s}, u"--port"_s);
        row("bad security", base + QStringList{u"--security"_s, u"maybe"_s}, u"--security"_s);
        row("bad auth", base + QStringList{u"--auth"_s, u"digest-md5"_s}, u"--auth"_s);
        row("bad pin", base + QStringList{u"--pin"_s, u"sha256:abcd"_s}, u"--pin"_s);
        row("pin not hex", base + QStringList{u"--pin"_s, u"sha256:"_s + QString(QLatin1Char('g')).repeated(64)},
            u"--pin"_s);
        row("bad timeout", base + QStringList{u"--timeout"_s, u"soon"_s}, u"--timeout"_s);
        row("negative timeout", base + QStringList{u"--timeout"_s, u"-1"_s}, u"--timeout"_s);
        row("missing ca file", base + QStringList{u"--ca-file"_s, m_dir.filePath(u"nope.pem"_s)}, u"--ca-file"_s);
        row("ca file without certificate", base + QStringList{u"--ca-file"_s, pem}, u"--ca-file"_s);
        row("both password flags", base + QStringList{u"--user"_s, u"u"_s, u"--password-stdin"_s,
                                                     u"--password-env"_s, u"HOME"_s},
            u"--password-env"_s, QByteArray("secret\n"));
        row("unset password variable", base + QStringList{u"--user"_s, u"u"_s, u"--password-env"_s,
                                                         u"POSTACI_TEST_SURELY_UNSET"_s},
            u"POSTACI_TEST_SURELY_UNSET"_s);
        row("empty stdin password", base + QStringList{u"--user"_s, u"u"_s, u"--password-stdin"_s},
            u"--password-stdin"_s);
        // Only one trailing newline is stripped: a second one is a line break inside the password.
        row("password with line break", base + QStringList{u"--user"_s, u"u"_s, u"--password-stdin"_s},
            u"--password-stdin"_s, QByteArray("secret\n\n"));
        row("password with NUL", base + QStringList{u"--user"_s, u"u"_s, u"--password-stdin"_s},
            u"--password-stdin"_s, QByteArray("sec\0ret", 7));
        row("user without password", base + QStringList{u"--user"_s, u"u"_s}, u"--password-stdin"_s);
        row("password without user", base + QStringList{u"--password-stdin"_s}, u"--user"_s, QByteArray("secret"));
        row("mechanism without credentials", base + QStringList{u"--auth"_s, u"plain"_s}, u"--auth"_s);
        row("user with LF", base + QStringList{u"--user"_s, u"u\nx"_s, u"--password-stdin"_s},
            u"--user"_s, QByteArray("secret"));
        // ^A would split XOAUTH2's fields; DEL and C1 controls are refused the same way.
        row("user with SOH", base + QStringList{u"--user"_s, u"u"_s + QChar(0x01) + u"auth=Bearer x"_s, u"--password-stdin"_s},
            u"--user"_s, QByteArray("secret"));
        row("user with C1", base + QStringList{u"--user"_s, u"u"_s + QChar(0x85) + u"x"_s, u"--password-stdin"_s},
            u"--user"_s, QByteArray("secret"));
        row("send-test option on probe", base + QStringList{u"--from"_s, u"a@b.c"_s}, u"from"_s);
        row("send-test without --from", send, u"--from"_s);
        row("send-test bad --from", send + QStringList{u"--from"_s, u"ali.example.com"_s}, u"--from"_s);
        row("send-test bad --to", send + QStringList{u"--from"_s, u"ali@localhost"_s, u"--to"_s,
                                                    u"veli@exa mple.com"_s},
            u"--to"_s);
        row("send-test --to injection", send + QStringList{u"--from"_s, u"ali@localhost"_s, u"--to"_s,
                                                          u"veli@localhost\r\nRCPT TO:<x@localhost>"_s},
            u"--to"_s);
        row("send-test --subject injection", send + QStringList{u"--from"_s, u"ali@localhost"_s, u"--subject"_s,
                                                               u"Hi\r\nBcc: victim@localhost"_s},
            u"--subject"_s);
        row("send-test --from name injection", send + QStringList{u"--from"_s, u"Ali\nBcc: x <ali@localhost>"_s},
            u"--from"_s);
        row("send-test without host", {u"send-test"_s, u"--from"_s, u"ali@localhost"_s}, u"--host"_s);
        row("send-test empty account", {u"send-test"_s, u"--account"_s, QString(), u"--from"_s,
                                        u"ali@localhost"_s},
            u"--account"_s);
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
        const QStringList probeFlags{u"--host"_s, u"--port"_s, u"--security"_s, u"--auth"_s,
                                     u"--user"_s, u"--password-stdin"_s, u"--password-env"_s,
                                     u"--ca-file"_s, u"--pin"_s, u"--allow-plaintext-auth"_s,
                                     u"--timeout"_s, u"--json"_s, u"--transcript"_s};
        QTest::newRow("probe") << u"probe"_s << probeFlags;
        QTest::newRow("send-test") << u"send-test"_s
                                   << probeFlags + QStringList{u"--account"_s, u"--from"_s, u"--to"_s,
                                                               u"--subject"_s};
    }

    void help()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, flags);
        const CliRun run = runCli({command, u"--help"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.contains(u"postaci-cli "_s + command));
        for (const QString &flag : flags)
            QVERIFY2(text.contains(flag), qPrintable(flag));
        QVERIFY(!text.contains("--password "_L1));
        QVERIFY(!text.contains("--password\n"_L1));
    }

private:
    QTcpServer m_listener;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
