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

using namespace Qt::StringLiterals;

using namespace Postaci::Test;

namespace {

const QString user = u"tester"_s;
const QByteArray password = QByteArrayLiteral("Ex1m-Şifre");
const QString turkishSubject = u"Postacı deneme iletisi — ğüşıöç İĞÜŞÖÇ"_s;

} // namespace

class TestCliExim : public QObject
{
    Q_OBJECT

private:
    EximServer &exim(bool chunking) { return chunking ? *m_chunking : *m_plain; }

    QStringList flags(EximServer &server, const QString &security) const
    {
        const quint16 port = security == "tls"_L1 ? server.tlsPort() : server.startTlsPort();
        return {u"--host"_s, server.host(), u"--port"_s, QString::number(port), u"--security"_s,
                security, u"--timeout"_s, u"10"_s, u"--ca-file"_s,
                TestCertificates::instance().caCertificatePath(), u"--user"_s, user, u"--password-stdin"_s};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(u"POSTACI_CLI="_s + cliPath()));
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
                    QTest::newRow(qPrintable(u"%1 %2 %3"_s.arg(QLatin1String(security), QLatin1String(auth),
                                                                                chunking ? u"chunking"_s : u"data"_s)))
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

        const CliRun run = runCli(QStringList{u"send-test"_s} + flags(server, security)
                                      + QStringList{u"--auth"_s, auth, u"--from"_s,
                                                    u"Ali Yılmaz <ali@example.test>"_s, u"--to"_s,
                                                    u"Veli Öz <veli@localhost>"_s, u"--subject"_s, turkishSubject,
                                                    u"--json"_s},
                                  password + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe() + server.logText()));
        QCOMPARE(run.json.value("authMechanism"_L1).toString(), auth.toUpper());
        QCOMPARE(run.json.value("step"_L1).toString(), u"done"_s);
        const QStringList capabilities = run.json.value("capabilities"_L1).toVariant().toStringList();
        QCOMPARE(capabilities.contains("CHUNKING"_L1), chunking);

        // Exim's queue id ("250 OK id=1tAbCd-000001-Xy") is the one in its log for this message.
        const QString queueId = run.json.value("queueId"_L1).toString();
        static const QRegularExpression eximId(u"^[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}$"_s);
        QVERIFY2(eximId.match(queueId).hasMatch(), qPrintable(queueId));
        QTRY_VERIFY2_WITH_TIMEOUT(server.deliveredMessages().size() == before.size() + 1, qPrintable(server.logText()), 10000);
        QVERIFY2(server.logText().contains(queueId + u" <= ali@example.test"_s), qPrintable(server.logText()));

        QString file;
        for (const QString &candidate : server.deliveredMessages()) {
            if (!before.contains(candidate))
                file = candidate;
        }
        QVERIFY(readFile(file).contains(QByteArray("id " + queueId.toLatin1()))); // Exim's Received: field
        ExpectedMessage expected;
        expected.subject = turkishSubject;
        expected.fromName = u"Ali Yılmaz"_s;
        expected.fromAddress = u"ali@example.test"_s;
        expected.toName = u"Veli Öz"_s;
        expected.toAddress = u"veli@localhost"_s;
        expected.testId = run.json.value("testId"_L1).toString();
        expected.messageIdDomain = u"example.test"_s;
        verifyDelivered(file, expected);
    }

    void probe_data()
    {
        QTest::addColumn<QString>("security");
        QTest::newRow("starttls") << u"starttls"_s;
        QTest::newRow("tls") << u"tls"_s;
    }

    void probe()
    {
        QFETCH(QString, security);
        const int before = m_chunking->deliveredMessages().size();
        const CliRun run = runCli(QStringList{u"probe"_s} + flags(*m_chunking, security) + QStringList{u"--json"_s},
                                  password);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe() + m_chunking->logText()));
        QVERIFY(!run.json.value("authMechanism"_L1).toString().isEmpty());
        QVERIFY(run.json.value("tls"_L1).toObject().value("protocol"_L1).toString().startsWith("TLSv1."_L1));
        QCOMPARE(m_chunking->deliveredMessages().size(), before);
    }

    void wrongPassword_data()
    {
        QTest::addColumn<QString>("security");
        QTest::addColumn<QString>("auth");
        for (const char *security : {"starttls", "tls"}) {
            for (const char *auth : {"plain", "login", "cram-md5"})
                QTest::newRow(qPrintable(u"%1 %2"_s.arg(QLatin1String(security), QLatin1String(auth))))
                    << QString::fromLatin1(security) << QString::fromLatin1(auth);
        }
    }

    void wrongPassword()
    {
        QFETCH(QString, security);
        QFETCH(QString, auth);
        const CliRun run = runCli(QStringList{u"probe"_s} + flags(*m_chunking, security)
                                      + QStringList{u"--auth"_s, auth, u"--json"_s},
                                  QByteArrayLiteral("not-the-password\n"));
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        QCOMPARE(run.json.value("error"_L1).toString(), u"auth-failed"_s);
        QCOMPARE(run.json.value("reply"_L1).toObject().value("code"_L1).toInt(), 535);
        QCOMPARE(run.json.value("diagnosis"_L1).toObject().value("id"_L1).toString(), u"auth-failed"_s);
    }

private:
    std::unique_ptr<EximServer> m_chunking;
    std::unique_ptr<EximServer> m_plain;
};

QTEST_GUILESS_MAIN(TestCliExim)
#include "tst_cli_exim.moc"
