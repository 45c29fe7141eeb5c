// postaci-cli send-test / probe against a real Exim: STARTTLS (587-style) and implicit TLS
// (465-style), PLAIN, LOGIN and CRAM-MD5, with and without CHUNKING, Exim's own queue id, and
// the delivered message as a mail program decodes it.
#include "clirunner.h"
#include "deliverycheck.h"
#include "eximserver.h"
#include "testcertificates.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Postaci::Test;

namespace {

const QString user = QStringLiteral("tester");
const QByteArray password = QByteArrayLiteral("Ex1m-Şifre");
const QString turkishSubject = QStringLiteral("Postacı deneme iletisi — ğüşıöç İĞÜŞÖÇ");

} // namespace

class TestCliExim : public QObject
{
    Q_OBJECT

private:
    EximServer &exim(bool chunking) { return chunking ? *m_chunking : *m_plain; }

    QStringList flags(EximServer &server, const QString &security) const
    {
        const quint16 port = security == QLatin1String("tls") ? server.tlsPort() : server.startTlsPort();
        return {QStringLiteral("--host"), server.host(), QStringLiteral("--port"), QString::number(port), QStringLiteral("--security"),
                security, QStringLiteral("--timeout"), QStringLiteral("10"), QStringLiteral("--ca-file"),
                TestCertificates::instance().caCertificatePath(), QStringLiteral("--user"), user, QStringLiteral("--password-stdin")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(QStringLiteral("POSTACI_CLI=") + cliPath()));
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
        EximServer::Options options;
        options.user = user;
        options.password = QString::fromUtf8(password);
        m_chunking = std::make_unique<EximServer>();
        QVERIFY2(m_chunking->start(options), qPrintable(m_chunking->errorString()));
        options.chunking = false;
        m_plain = std::make_unique<EximServer>();
        QVERIFY2(m_plain->start(options), qPrintable(m_plain->errorString()));
    }

    void cleanupTestCase()
    {
        m_chunking.reset();
        m_plain.reset();
    }

    void sendTest_data()
    {
        QTest::addColumn<QString>("security");
        QTest::addColumn<QString>("auth");
        QTest::addColumn<bool>("chunking");
        for (const char *security : {"starttls", "tls"}) {
            for (const char *auth : {"plain", "login", "cram-md5"}) {
                for (const bool chunking : {true, false}) {
                    QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3").arg(QLatin1String(security), QLatin1String(auth),
                                                                                chunking ? QStringLiteral("chunking") : QStringLiteral("data"))))
                        << QString::fromLatin1(security) << QString::fromLatin1(auth) << chunking;
                }
            }
        }
    }

    void sendTest()
    {
        QFETCH(QString, security);
        QFETCH(QString, auth);
        QFETCH(bool, chunking);
        EximServer &server = exim(chunking);
        const QStringList before = server.deliveredMessages();

        const CliRun run = runCli(QStringList{QStringLiteral("send-test")} + flags(server, security)
                                      + QStringList{QStringLiteral("--auth"), auth, QStringLiteral("--from"),
                                                    QStringLiteral("Ali Yılmaz <ali@example.test>"), QStringLiteral("--to"),
                                                    QStringLiteral("Veli Öz <veli@localhost>"), QStringLiteral("--subject"), turkishSubject,
                                                    QStringLiteral("--json")},
                                  password + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe() + server.logText()));
        QCOMPARE(run.json.value(QLatin1String("authMechanism")).toString(), auth.toUpper());
        QCOMPARE(run.json.value(QLatin1String("step")).toString(), QStringLiteral("done"));
        const QStringList capabilities = run.json.value(QLatin1String("capabilities")).toVariant().toStringList();
        QCOMPARE(capabilities.contains(QLatin1String("CHUNKING")), chunking);

        // Exim's queue id ("250 OK id=1tAbCd-000001-Xy") is the one in its log for this message.
        const QString queueId = run.json.value(QLatin1String("queueId")).toString();
        static const QRegularExpression eximId(QStringLiteral("^[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}$"));
        QVERIFY2(eximId.match(queueId).hasMatch(), qPrintable(queueId));
        QTRY_VERIFY2_WITH_TIMEOUT(server.deliveredMessages().size() == before.size() + 1, qPrintable(server.logText()), 10000);
        QVERIFY2(server.logText().contains(queueId + QStringLiteral(" <= ali@example.test")), qPrintable(server.logText()));

        QString file;
        for (const QString &candidate : server.deliveredMessages()) {
            if (!before.contains(candidate))
                file = candidate;
        }
        QVERIFY(readFile(file).contains(QByteArray("id " + queueId.toLatin1()))); // Exim's Received: field
        ExpectedMessage expected;
        expected.subject = turkishSubject;
        expected.fromName = QStringLiteral("Ali Yılmaz");
        expected.fromAddress = QStringLiteral("ali@example.test");
        expected.toName = QStringLiteral("Veli Öz");
        expected.toAddress = QStringLiteral("veli@localhost");
        expected.testId = run.json.value(QLatin1String("testId")).toString();
        expected.messageIdDomain = QStringLiteral("example.test");
        verifyDelivered(file, expected);
    }

    void probe_data()
    {
        QTest::addColumn<QString>("security");
        QTest::newRow("starttls") << QStringLiteral("starttls");
        QTest::newRow("tls") << QStringLiteral("tls");
    }

    void probe()
    {
        QFETCH(QString, security);
        const int before = m_chunking->deliveredMessages().size();
        const CliRun run = runCli(QStringList{QStringLiteral("probe")} + flags(*m_chunking, security) + QStringList{QStringLiteral("--json")},
                                  password);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe() + m_chunking->logText()));
        QVERIFY(!run.json.value(QLatin1String("authMechanism")).toString().isEmpty());
        QVERIFY(run.json.value(QLatin1String("tls")).toObject().value(QLatin1String("protocol")).toString().startsWith(QLatin1String("TLSv1.")));
        QCOMPARE(m_chunking->deliveredMessages().size(), before);
    }

    void wrongPassword_data()
    {
        QTest::addColumn<QString>("security");
        QTest::addColumn<QString>("auth");
        for (const char *security : {"starttls", "tls"}) {
            for (const char *auth : {"plain", "login", "cram-md5"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(security), QLatin1String(auth))))
                    << QString::fromLatin1(security) << QString::fromLatin1(auth);
        }
    }

    void wrongPassword()
    {
        QFETCH(QString, security);
        QFETCH(QString, auth);
        const CliRun run = runCli(QStringList{QStringLiteral("probe")} + flags(*m_chunking, security)
                                      + QStringList{QStringLiteral("--auth"), auth, QStringLiteral("--json")},
                                  QByteArrayLiteral("not-the-password\n"));
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        QCOMPARE(run.json.value(QLatin1String("error")).toString(), QStringLiteral("auth-failed"));
        QCOMPARE(run.json.value(QLatin1String("reply")).toObject().value(QLatin1String("code")).toInt(), 535);
        QCOMPARE(run.json.value(QLatin1String("diagnosis")).toObject().value(QLatin1String("id")).toString(), QStringLiteral("auth-failed"));
    }

private:
    std::unique_ptr<EximServer> m_chunking;
    std::unique_ptr<EximServer> m_plain;
};

QTEST_GUILESS_MAIN(TestCliExim)
#include "tst_cli_exim.moc"
