// The Exim harness (tests/support/eximserver.cpp) must work on a machine where Debian's exim4 is
// installed, that is where a real "Debian-exim" user and group exist, as well as on a bare one.
// This test runs inside a private namespace whose /etc/passwd and /etc/group have them
// (testnetwork-run's "system_exim_user"), as the caller's own uid ("run_as_caller"), and
// starts, uses and stops Exim there. Before the harness left the system's Debian-exim out of its
// nss_wrapper files, Exim resolved uid 102 and refused to start ("only uid=0 or uid=102 can use
// -oP and -oPX").
#include "eximserver.h"
#include "rawsmtpclient.h"
#include "testcertificates.h"
#include "testnetwork.h"

#include <QCoreApplication>
#include <QTest>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

using namespace Postaci::Test;

namespace {

constexpr int WaitMs = 10000;
const QString User = u"tester"_s;
const QString Password = u"Exim-h4rness"_s;

} // namespace

class TestEximSystemUser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
    }

    // The machine state this test is about: the system resolves Debian-exim to an id of its
    // own, not to the one the harness runs Exim as.
    void systemHasTheEximUser()
    {
        const passwd *user = ::getpwnam("Debian-exim");
        QVERIFY2(user, "the namespace's /etc/passwd has no Debian-exim user");
        const group *exim = ::getgrnam("Debian-exim");
        QVERIFY2(exim, "the namespace's /etc/group has no Debian-exim group");
        const uid_t harnessUid = ::getuid() == 0 ? 65534 : ::getuid();
        QVERIFY2(user->pw_uid != harnessUid, qPrintable(QString::number(user->pw_uid)));
    }

    void eximStartsDeliversAndStops()
    {
        EximServer exim;
        EximServer::Options options;
        options.user = User;
        options.password = Password;
        QVERIFY2(exim.start(options), qPrintable(exim.errorString()));

        RawSmtpClient client;
        QVERIFY2(client.connectToHost(exim.host(), exim.tlsPort(), RawSmtpClient::Security::ImplicitTls),
                 qPrintable(client.errorString()));
        QCOMPARE(client.readReply().code, 220);
        const auto expect = [&](const QByteArray &line, int code) {
            const RawSmtpReply reply = client.command(line);
            return reply.code == code ? QString()
                                      : u"%1 -> %2 %3\n%4"_s
                                                .arg(QString::fromUtf8(line.left(40)))
                                                .arg(reply.code)
                                                .arg(reply.text(), exim.logText());
        };
        for (const auto &[line, code] : {std::pair<QByteArray, int>{"EHLO client.example.test", 250},
                                         {RawSmtpClient::authPlainCommand(User, Password), 235},
                                         {"MAIL FROM:<tester@example.test>", 250},
                                         {"RCPT TO:<someone@example.net>", 250},
                                         {"DATA", 354}}) {
            const QString failure = expect(line, code);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        }
        QVERIFY(client.send("Subject: system user\r\n\r\nHello.\r\n.\r\n"));
        QCOMPARE(client.readReply().code, 250);
        QCOMPARE(client.command("QUIT").code, 221);
        QTRY_VERIFY2_WITH_TIMEOUT(exim.deliveredMessages().size() == 1, qPrintable(exim.logText()), WaitMs);

        exim.stop();
        QVERIFY(!exim.isRunning());
        QVERIFY2(!exim.logText().contains("can use -oP"_L1), qPrintable(exim.logText()));
    }
};

POSTACI_TESTNETWORK_MAIN(TestEximSystemUser, POSTACI_TESTNET_CONFIG)

#include "tst_exim_systemuser.moc"
