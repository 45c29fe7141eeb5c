// Proves the test harness: aiosmtpd and Exim start on free ports, greet over plain TCP, STARTTLS
// and implicit TLS with the test CA's certificates, authenticate, and deliver a message where a
// test can read it.
#include "aiosmtpdserver.h"
#include "eximserver.h"
#include "rawsmtpclient.h"
#include "testcertificates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

using namespace Postaci::Test;

Q_DECLARE_METATYPE(CertKind)
Q_DECLARE_METATYPE(AiosmtpdServer::Options::Mode)

namespace {

constexpr int WaitMs = 10000;
const QString User = u"tester"_s;
const QString Password = u"p4ss {w$rd} \\ şifre"_s;

QSslConfiguration trustingTestCa()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(TestCertificates::instance().caCertificates());
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

QString describe(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    return texts.join(u"; "_s);
}

QByteArray uniqueToken()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray testMessage(const QByteArray &token)
{
    return "From: Tester <tester@example.test>\r\n"
           "To: Someone <someone@example.net>\r\n"
           "Subject: harness " + token + "\r\n"
           "Message-ID: <" + token + "@example.test>\r\n"
           "\r\n"
           "Body line with the token " + token + "\r\n"
           ".a line that needs dot-stuffing\r\n";
}

QByteArray dotStuffed(QByteArray message)
{
    message.replace("\r\n.", "\r\n..");
    if (message.startsWith('.'))
        message.prepend('.');
    return message;
}

} // namespace

// Every failing step prints what the server said and, for Exim, its logs.
#define SMTP_EXPECT(client, line, expectedCode, logs)                                                          \
    do {                                                                                                       \
        const RawSmtpReply reply_ = (client).command(line);                                                    \
        QVERIFY2(reply_.code == (expectedCode),                                                                \
                 qPrintable(u"%1 -> %2 %3 %4\n%5"_s                                               \
                                .arg(QString::fromUtf8(line).left(40))                                         \
                                .arg(reply_.code)                                                              \
                                .arg(reply_.text(), (client).errorString(), logs)));                          \
    } while (false)

class TestHarnessGreeting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const TestCertificates &certificates = TestCertificates::instance();
        QVERIFY2(certificates.isValid(), qPrintable(certificates.errorString()));
    }

    void aiosmtpdGreeting_data()
    {
        QTest::addColumn<AiosmtpdServer::Options::Mode>("mode");
        QTest::newRow("plain") << AiosmtpdServer::Options::Mode::Plain;
        QTest::newRow("starttls") << AiosmtpdServer::Options::Mode::StartTls;
        QTest::newRow("implicit-tls") << AiosmtpdServer::Options::Mode::ImplicitTls;
    }

    void aiosmtpdGreeting()
    {
        QFETCH(AiosmtpdServer::Options::Mode, mode);
        AiosmtpdServer server;
        AiosmtpdServer::Options options;
        options.mode = mode;
        QVERIFY2(server.start(options), qPrintable(server.errorString()));
        QVERIFY(server.port() > 0);

        QSslSocket socket;
        socket.setSslConfiguration(trustingTestCa());
        QSignalSpy sslErrors(&socket, &QSslSocket::sslErrors);
        if (mode == AiosmtpdServer::Options::Mode::ImplicitTls) {
            socket.connectToHostEncrypted(server.host(), server.port(), u"localhost"_s);
            QTRY_VERIFY2_WITH_TIMEOUT(socket.isEncrypted() || socket.state() == QAbstractSocket::UnconnectedState,
                                      "no TLS handshake", WaitMs);
            QVERIFY2(socket.isEncrypted(), qPrintable(socket.errorString() + u' ' + describe(socket.sslHandshakeErrors())));
            QCOMPARE(socket.peerCertificate(), TestCertificates::instance().certificate(CertKind::Valid));
        } else {
            socket.connectToHost(server.host(), server.port());
        }
        QTRY_VERIFY_WITH_TIMEOUT(socket.canReadLine(), WaitMs);
        const QByteArray greeting = socket.readLine();
        QVERIFY2(greeting.startsWith("220 mail.example.test "), greeting.constData());
        QCOMPARE(sslErrors.count(), 0);

        if (mode == AiosmtpdServer::Options::Mode::StartTls) {
            // The plain greeting is followed by an EHLO reply that offers STARTTLS.
            socket.write("EHLO client.example.test\r\n");
            QByteArray ehlo;
            QTRY_VERIFY_WITH_TIMEOUT((ehlo += socket.readAll()).contains("250 "), WaitMs);
            QVERIFY2(ehlo.contains("250-STARTTLS"), ehlo.constData());
        }
    }

    // Each certificate kind served live: the client's verification fails as the name promises.
    void aiosmtpdCertificateKinds_data()
    {
        QTest::addColumn<CertKind>("kind");
        QTest::addColumn<QSslError::SslError>("expectedError");
        QTest::newRow("wrong-host") << CertKind::WrongHost << QSslError::HostNameMismatch;
        QTest::newRow("expired") << CertKind::Expired << QSslError::CertificateExpired;
        QTest::newRow("self-signed") << CertKind::SelfSigned << QSslError::SelfSignedCertificate;
    }

    void aiosmtpdCertificateKinds()
    {
        QFETCH(CertKind, kind);
        QFETCH(QSslError::SslError, expectedError);
        AiosmtpdServer server;
        AiosmtpdServer::Options options;
        options.mode = AiosmtpdServer::Options::Mode::ImplicitTls;
        options.cert = kind;
        QVERIFY2(server.start(options), qPrintable(server.errorString()));

        QSslSocket socket;
        socket.setSslConfiguration(trustingTestCa());
        QSignalSpy sslErrors(&socket, &QSslSocket::sslErrors);
        socket.connectToHostEncrypted(server.host(), server.port(), u"localhost"_s);
        QTRY_VERIFY_WITH_TIMEOUT(sslErrors.count() > 0 || socket.isEncrypted(), WaitMs);
        QVERIFY(!socket.isEncrypted());
        const auto errors = sslErrors.first().first().value<QList<QSslError>>();
        QVERIFY2(errors.size() == 1 && errors.first().error() == expectedError, qPrintable(describe(errors)));
        QCOMPARE(errors.first().certificate(), TestCertificates::instance().certificate(kind));
    }

    void eximGreeting_data()
    {
        QTest::addColumn<bool>("implicitTls");
        QTest::newRow("starttls port") << false;
        QTest::newRow("implicit tls port") << true;
    }

    void eximGreeting()
    {
        QFETCH(bool, implicitTls);
        EximServer exim;
        EximServer::Options options;
        options.password = Password;
        QVERIFY2(exim.start(options), qPrintable(exim.errorString()));
        QVERIFY(exim.startTlsPort() > 0 && exim.tlsPort() > 0 && exim.plainPort() > 0);

        QSslSocket socket;
        socket.setSslConfiguration(trustingTestCa());
        if (implicitTls) {
            socket.connectToHostEncrypted(exim.host(), exim.tlsPort(), u"mail.example.test"_s);
            QTRY_VERIFY2_WITH_TIMEOUT(socket.isEncrypted() || socket.state() == QAbstractSocket::UnconnectedState,
                                      "no TLS handshake", WaitMs);
            QVERIFY2(socket.isEncrypted(), qPrintable(socket.errorString() + u'\n' + exim.logText()));
        } else {
            socket.connectToHost(exim.host(), exim.startTlsPort());
        }
        QTRY_VERIFY_WITH_TIMEOUT(socket.canReadLine(), WaitMs);
        const QByteArray greeting = socket.readLine();
        QVERIFY2(greeting.startsWith("220 mail.example.test ESMTP Exim "), greeting.constData());
    }

    void eximCapabilities_data()
    {
        QTest::addColumn<bool>("extensions");
        QTest::newRow("pipelining and chunking") << true;
        QTest::newRow("neither") << false;
    }

    void eximCapabilities()
    {
        QFETCH(bool, extensions);
        EximServer exim;
        EximServer::Options options;
        options.password = Password;
        options.chunking = extensions;
        options.pipelining = extensions;
        QVERIFY2(exim.start(options), qPrintable(exim.errorString()));

        RawSmtpClient client;
        QVERIFY2(client.connectToHost(exim.host(), exim.startTlsPort(), RawSmtpClient::Security::Plain),
                 qPrintable(client.errorString()));
        QCOMPARE(client.readReply().code, 220);
        RawSmtpReply ehlo = client.command("EHLO client.example.test");
        QCOMPARE(ehlo.code, 250);
        QVERIFY2(ehlo.lines.contains(u"STARTTLS"_qs), qPrintable(ehlo.text()));
        QVERIFY2(ehlo.lines.contains(u"AUTH CRAM-MD5"_qs), qPrintable(ehlo.text())); // PLAIN/LOGIN need TLS
        QCOMPARE(ehlo.lines.contains(u"PIPELINING"_qs), extensions);
        QCOMPARE(ehlo.lines.contains(u"CHUNKING"_qs), extensions);
        // Mail before AUTH is refused.
        SMTP_EXPECT(client, "MAIL FROM:<tester@example.test>", 530, exim.logText());

        SMTP_EXPECT(client, "STARTTLS", 220, exim.logText());
        QVERIFY2(client.startTls(u"localhost"_qs), qPrintable(client.errorString()));
        ehlo = client.command("EHLO client.example.test");
        QCOMPARE(ehlo.code, 250);
        QVERIFY2(ehlo.lines.contains(u"AUTH PLAIN LOGIN CRAM-MD5"_qs), qPrintable(ehlo.text()));
        QVERIFY(!ehlo.lines.contains(u"STARTTLS"_qs));
        client.command("QUIT");

        // The plain port is a server without TLS.
        RawSmtpClient plain;
        QVERIFY2(plain.connectToHost(exim.host(), exim.plainPort(), RawSmtpClient::Security::Plain),
                 qPrintable(plain.errorString()));
        QCOMPARE(plain.readReply().code, 220);
        ehlo = plain.command("EHLO client.example.test");
        QCOMPARE(ehlo.code, 250);
        QVERIFY2(!ehlo.lines.contains(u"STARTTLS"_qs), qPrintable(ehlo.text()));
    }

    void eximRejectsWrongPassword()
    {
        EximServer exim;
        EximServer::Options options;
        options.password = Password;
        QVERIFY2(exim.start(options), qPrintable(exim.errorString()));
        RawSmtpClient client;
        QVERIFY2(client.connectToHost(exim.host(), exim.tlsPort(), RawSmtpClient::Security::ImplicitTls),
                 qPrintable(client.errorString()));
        QCOMPARE(client.readReply().code, 220);
        SMTP_EXPECT(client, "EHLO client.example.test", 250, exim.logText());
        SMTP_EXPECT(client, RawSmtpClient::authPlainCommand(User, Password + u'x'), 535, exim.logText());
        SMTP_EXPECT(client, RawSmtpClient::authPlainCommand(User, Password), 235, exim.logText());
    }

    void aiosmtpdRejectsWrongPassword()
    {
        AiosmtpdServer server;
        AiosmtpdServer::Options options;
        options.mode = AiosmtpdServer::Options::Mode::ImplicitTls;
        options.user = User;
        options.password = Password;
        QVERIFY2(server.start(options), qPrintable(server.errorString()));
        RawSmtpClient client;
        QVERIFY2(client.connectToHost(server.host(), server.port(), RawSmtpClient::Security::ImplicitTls),
                 qPrintable(client.errorString()));
        QCOMPARE(client.readReply().code, 220);
        SMTP_EXPECT(client, "EHLO client.example.test", 250, server.stderrText());
        const RawSmtpReply wrong = client.command(RawSmtpClient::authPlainCommand(User, u"nope"_qs));
        QCOMPARE(wrong.code, 535);
        QVERIFY2(wrong.text().startsWith(u"5.7.8 "_qs), qPrintable(wrong.text()));
        SMTP_EXPECT(client, RawSmtpClient::authPlainCommand(User, Password), 235, server.stderrText());
    }

    void sendThroughAiosmtpd_data()
    {
        QTest::addColumn<AiosmtpdServer::Options::Mode>("mode");
        QTest::newRow("starttls") << AiosmtpdServer::Options::Mode::StartTls;
        QTest::newRow("implicit-tls") << AiosmtpdServer::Options::Mode::ImplicitTls;
    }

    void sendThroughAiosmtpd()
    {
        QFETCH(AiosmtpdServer::Options::Mode, mode);
        AiosmtpdServer server;
        AiosmtpdServer::Options options;
        options.mode = mode;
        options.requireTls = true;
        options.authRequired = true;
        options.user = User;
        options.password = Password;
        QVERIFY2(server.start(options), qPrintable(server.errorString()));

        const bool implicit = mode == AiosmtpdServer::Options::Mode::ImplicitTls;
        RawSmtpClient client;
        QVERIFY2(client.connectToHost(server.host(), server.port(),
                                      implicit ? RawSmtpClient::Security::ImplicitTls : RawSmtpClient::Security::Plain),
                 qPrintable(client.errorString()));
        QCOMPARE(client.readReply().code, 220);
        const QString log = server.stderrText();
        SMTP_EXPECT(client, "EHLO client.example.test", 250, log);
        if (!implicit) {
            SMTP_EXPECT(client, "MAIL FROM:<tester@example.test>", 530, log); // requireTls
            SMTP_EXPECT(client, "STARTTLS", 220, log);
            QVERIFY2(client.startTls(u"mail.example.test"_qs), qPrintable(client.errorString()));
            SMTP_EXPECT(client, "EHLO client.example.test", 250, log);
        }
        SMTP_EXPECT(client, "MAIL FROM:<tester@example.test>", 530, log); // authRequired
        SMTP_EXPECT(client, RawSmtpClient::authPlainCommand(User, Password), 235, log);
        SMTP_EXPECT(client, "MAIL FROM:<tester@example.test> BODY=8BITMIME", 250, log);
        SMTP_EXPECT(client, "RCPT TO:<someone@example.net>", 250, log);
        SMTP_EXPECT(client, "RCPT TO:<other@example.org>", 250, log);
        SMTP_EXPECT(client, "DATA", 354, log);
        const QByteArray token = uniqueToken();
        const QByteArray message = testMessage(token);
        QVERIFY(client.send(dotStuffed(message) + ".\r\n"));
        const RawSmtpReply queued = client.readReply();
        QCOMPARE(queued.code, 250);
        QVERIFY2(queued.text().startsWith(u"2.0.0 Ok: queued as "_qs), qPrintable(queued.text()));
        SMTP_EXPECT(client, "QUIT", 221, log);

        QTRY_COMPARE_WITH_TIMEOUT(server.messageFiles().size(), 1, WaitMs);
        const QString file = server.messageFiles().first();
        QCOMPARE(QFileInfo(file).fileName(), u"001.eml"_qs);
        QFile eml(file);
        QVERIFY(eml.open(QIODevice::ReadOnly));
        QCOMPARE(eml.readAll(), message); // dot-stuffing undone, bytes as sent

        QFile json(AiosmtpdServer::envelopeFile(file));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject envelope = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(envelope.value(u"mail_from"_qs).toString(), u"tester@example.test"_qs);
        QCOMPARE(envelope.value(u"rcpt_tos"_qs).toArray(),
                 QJsonArray({u"someone@example.net"_qs, u"other@example.org"_qs}));
        QCOMPARE(envelope.value(u"mail_options"_qs).toArray(), QJsonArray({u"BODY=8BITMIME"_qs}));
        QCOMPARE(envelope.value(u"auth_login"_qs).toString(), User);
        QCOMPARE(envelope.value(u"tls"_qs).toBool(), true);
        QCOMPARE(u"2.0.0 Ok: queued as "_qs + envelope.value(u"queue_id"_qs).toString(), queued.text());
    }

    // Engine tests may send many messages on one connection: each must be delivered at once.
    void eximDeliversEveryMessageOfAConnection()
    {
        EximServer exim;
        EximServer::Options options;
        options.password = Password;
        QVERIFY2(exim.start(options), qPrintable(exim.errorString()));
        RawSmtpClient client;
        QVERIFY2(client.connectToHost(exim.host(), exim.tlsPort(), RawSmtpClient::Security::ImplicitTls),
                 qPrintable(client.errorString()));
        QCOMPARE(client.readReply().code, 220);
        SMTP_EXPECT(client, "EHLO client.example.test", 250, exim.logText());
        SMTP_EXPECT(client, RawSmtpClient::authPlainCommand(User, Password), 235, exim.logText());
        constexpr int Count = 12; // Exim's default queues instead of delivering from the 11th on
        for (int i = 0; i < Count; ++i) {
            SMTP_EXPECT(client, "MAIL FROM:<tester@example.test>", 250, exim.logText());
            SMTP_EXPECT(client, "RCPT TO:<someone@example.net>", 250, exim.logText());
            SMTP_EXPECT(client, "DATA", 354, exim.logText());
            QVERIFY(client.send(dotStuffed(testMessage(uniqueToken())) + ".\r\n"));
            QCOMPARE(client.readReply().code, 250);
        }
        SMTP_EXPECT(client, "QUIT", 221, exim.logText());
        QTRY_VERIFY2_WITH_TIMEOUT(exim.deliveredMessages().size() == Count, qPrintable(exim.logText()), WaitMs);
    }

    void sendThroughExim_data()
    {
        QTest::addColumn<bool>("implicitTls");
        QTest::addColumn<bool>("bdat");
        QTest::newRow("starttls, DATA") << false << false;
        QTest::newRow("implicit tls, DATA") << true << false;
        QTest::newRow("implicit tls, BDAT") << true << true;
    }

    void sendThroughExim()
    {
        QFETCH(bool, implicitTls);
        QFETCH(bool, bdat);
        EximServer exim;
        EximServer::Options options;
        options.password = Password;
        QVERIFY2(exim.start(options), qPrintable(exim.errorString()));

        RawSmtpClient client;
        QVERIFY2(client.connectToHost(exim.host(), implicitTls ? exim.tlsPort() : exim.startTlsPort(),
                                      implicitTls ? RawSmtpClient::Security::ImplicitTls
                                                  : RawSmtpClient::Security::Plain,
                                      u"mail.example.test"_qs),
                 qPrintable(client.errorString()));
        QCOMPARE(client.readReply().code, 220);
        SMTP_EXPECT(client, "EHLO client.example.test", 250, exim.logText());
        if (!implicitTls) {
            SMTP_EXPECT(client, "STARTTLS", 220, exim.logText());
            QVERIFY2(client.startTls(u"mail.example.test"_qs), qPrintable(client.errorString()));
            SMTP_EXPECT(client, "EHLO client.example.test", 250, exim.logText());
        }
        SMTP_EXPECT(client, RawSmtpClient::authPlainCommand(User, Password), 235, exim.logText());
        SMTP_EXPECT(client, "MAIL FROM:<tester@example.test>", 250, exim.logText());
        SMTP_EXPECT(client, "RCPT TO:<someone@example.net>", 250, exim.logText());
        const QByteArray token = uniqueToken();
        const QByteArray message = testMessage(token);
        RawSmtpReply queued;
        if (bdat) {
            // RFC 3030: no dot-stuffing, the size says where the chunk ends.
            queued = client.command("BDAT " + QByteArray::number(message.size()) + " LAST\r\n" + message.chopped(2));
        } else {
            SMTP_EXPECT(client, "DATA", 354, exim.logText());
            QVERIFY(client.send(dotStuffed(message) + ".\r\n"));
            queued = client.readReply();
        }
        QVERIFY2(queued.code == 250 && queued.lines.last().startsWith(u"OK id="_qs), // BDAT: "250-N byte chunk" first
                 qPrintable(queued.text() + client.errorString() + u'\n' + exim.logText()));
        SMTP_EXPECT(client, "QUIT", 221, exim.logText());

        QTRY_VERIFY2_WITH_TIMEOUT(exim.deliveredMessages().size() == 1, qPrintable(exim.logText()), WaitMs);
        QFile delivered(exim.deliveredMessages().first());
        QVERIFY(delivered.open(QIODevice::ReadOnly));
        const QByteArray content = delivered.readAll();
        QVERIFY2(content.contains(QByteArray("Subject: harness " + token)), content.constData());
        QVERIFY2(content.contains("\n.a line that needs dot-stuffing\n"), content.constData());
        QVERIFY2(content.contains("Envelope-to: someone@example.net"), content.constData());
        QVERIFY2(content.contains("Return-path: <tester@example.test>"), content.constData());
    }
};

QTEST_GUILESS_MAIN(TestHarnessGreeting)
#include "tst_harness_greeting.moc"
