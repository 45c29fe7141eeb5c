// The GUI and the CLI tell the same story: for one saved account and one server, the main
// window's test e-mail and `postaci-cli send-test --account ID --json` run the same core job
// (TestSendJob) and must end with the same ok, step, error, diagnosis id, title, explanation and
// remedies; the CLI's exit code follows from them. Six cases, each with real parts:
//
//   success, wrongPassword, noSavedPassword, untrustedCertificate   aiosmtpd + the test keychain
//   keychainUnavailable       ctest entry tst_bothfaces_nokeychain: the D-Bus session unreachable
//   recipientDomainUnknown    ctest entry tst_bothfaces_netns: a private network whose DNS
//                             (dnsmasq) answers "no such domain" for the recipient's domain
#include "aiosmtpdserver.h"
#include "clirunner.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "secrettesting.h"
#include "sessionview.h"
#include "testcertificates.h"
#include "testnetwork.h"

#include "account/accountstore.h"

#include <QApplication>
#include <QJsonArray>
#include <QPushButton>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

using namespace Postaci;
using Postaci::Test::AiosmtpdServer;
using Postaci::Test::CertKind;
using Postaci::Test::CliRun;
using Postaci::Test::hasTestKeychain;
using Postaci::Test::keychainHint;
using Postaci::Test::SecretOutcome;
using Postaci::Test::TestCertificates;
using Postaci::Test::writeSecret;

namespace {

const QString User = u"tester"_s;
const QString RightPassword = u"Parola1234"_s;
const QString LocalRecipient = u"alici@localhost"_s; // no DNS question for localhost
constexpr int StepTimeoutSeconds = 8;

// What both faces report, in the CLI's JSON words.
struct Story
{
    bool ok = false;
    QString step;
    QString error;
    QString diagnosisId;
    QString diagnosisTitle;
    QString diagnosisExplanation;
    QStringList remedies; // sorted: the remedy check may verify (and so reorder) them differently

    QString describe() const
    {
        return u"ok=%1 step=%2 error=%3 diagnosis=%4 (%5) remedies=[%6]"_s
                .arg(ok)
                .arg(step, error, diagnosisId, diagnosisTitle, remedies.join(u" | "_s));
    }
};

Story storyOf(const QJsonObject &json)
{
    Story story;
    story.ok = json.value("ok"_L1).toBool();
    story.step = json.value("step"_L1).toString();
    story.error = json.value("error"_L1).toString();
    const QJsonObject diagnosis = json.value("diagnosis"_L1).toObject();
    story.diagnosisId = diagnosis.value("id"_L1).toString();
    story.diagnosisTitle = diagnosis.value("title"_L1).toString();
    story.diagnosisExplanation = diagnosis.value("explanation"_L1).toString();
    for (const QJsonValue &remedy : diagnosis.value("remedies"_L1).toArray())
        story.remedies.append(remedy.toObject().value("text"_L1).toString());
    std::sort(story.remedies.begin(), story.remedies.end());
    return story;
}

// The GUI's result, read through the same JSON words so that nothing is translated twice.
Story storyOf(const TestSendResult &result)
{
    return storyOf(result.toJson(TestSendRequest::Kind::Send));
}

ConnectionOptions windowOptions(bool trustTestCa)
{
    ConnectionOptions options;
    options.finderOptions = FinderOptions::offline();
    if (trustTestCa)
        options.extraCaCertificates = TestCertificates::instance().caCertificates();
    options.timeouts = SessionTimeouts::uniform(std::chrono::seconds(StepTimeoutSeconds));
    return options; // the recipient check stays on, as for a user
}

} // namespace

class BothFacesTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<AiosmtpdServer> startServer(CertKind cert)
    {
        auto server = std::make_unique<AiosmtpdServer>();
        AiosmtpdServer::Options options;
        options.mode = AiosmtpdServer::Options::Mode::StartTls;
        options.authRequired = true;
        options.user = User;
        options.password = RightPassword;
        options.cert = cert;
        if (!server->start(options)) {
            qWarning("aiosmtpd: %s", qPrintable(server->errorString()));
            return nullptr;
        }
        return server;
    }

    // A saved account in the default accounts file (the one postaci-cli reads too).
    Account saveAccount(quint16 port, AuthMethod auth, bool passwordSaved)
    {
        Account account;
        account.id = Account::newId();
        account.displayName = u"Deneme"_s;
        account.email = u"tester@example.test"_s;
        account.host = u"127.0.0.1"_s;
        account.port = port;
        account.security = Security::StartTls;
        account.auth = auth;
        account.user = auth == AuthMethod::None ? QString() : User;
        account.passwordSaved = passwordSaved;
        const AccountStore::Result saved = AccountStore().save(account);
        if (!saved.ok())
            qWarning("cannot save the account: %s", qPrintable(saved.message));
        return account;
    }

    CliRun cliFace(const Account &account, const QString &recipient, bool trustTestCa)
    {
        QStringList arguments{u"send-test"_s,
                              u"--account"_s,
                              account.id,
                              u"--to"_s,
                              recipient,
                              u"--timeout"_s,
                              QString::number(StepTimeoutSeconds),
                              u"--json"_s};
        if (trustTestCa)
            arguments << u"--ca-file"_s << TestCertificates::instance().caCertificatePath();
        return Postaci::Test::runCli(arguments);
    }

    TestSendResult guiFace(const Account &account, const QString &recipient, bool trustTestCa)
    {
        MainWindow window(AccountStore(), windowOptions(trustTestCa));
        window.show();
        window.startTestSend(account, account.email, recipient);
        SessionView *view = window.sessionView();
        if (!QTest::qWaitFor([view] { return !view->isBusy(); }, 30000))
            qWarning("the window's test did not end within 30 s");
        return view->testResult();
    }

    // Runs the GUI face, then the CLI face, and checks that they agree and what they say.
    void expectSameStory(const Account &account, const QString &recipient, bool trustTestCa, int exitCode,
                         const QString &diagnosisId)
    {
        const Story gui = storyOf(guiFace(account, recipient, trustTestCa));
        const CliRun run = cliFace(account, recipient, trustTestCa);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        const Story cli = storyOf(run.json);
        const QString both = u"\nGUI: %1\nCLI: %2"_s.arg(gui.describe(), cli.describe());
        QVERIFY2(gui.diagnosisId == diagnosisId, qPrintable(both));
        QVERIFY2(gui.ok == cli.ok, qPrintable(both));
        QVERIFY2(gui.step == cli.step, qPrintable(both));
        QVERIFY2(gui.error == cli.error, qPrintable(both));
        QVERIFY2(gui.diagnosisId == cli.diagnosisId, qPrintable(both));
        QVERIFY2(gui.diagnosisTitle == cli.diagnosisTitle, qPrintable(both));
        QVERIFY2(gui.diagnosisExplanation == cli.diagnosisExplanation, qPrintable(both));
        QVERIFY2(gui.remedies == cli.remedies, qPrintable(both));
    }

    void requireTestKeychain()
    {
        // Never write into a developer's real keyring: only inside tests/support/with-keychain.
        QVERIFY2(hasTestKeychain(), keychainHint());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
        QVERIFY2(!qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"), "each GUI test has its own XDG_CONFIG_HOME");
        QFile::remove(AccountStore::defaultFilePath());
    }

    void success()
    {
        requireTestKeychain();
        const auto server = startServer(CertKind::Valid);
        QVERIFY(server);
        const Account account = saveAccount(server->port(), AuthMethod::Auto, true);
        const SecretOutcome stored = writeSecret(account.id, RightPassword);
        QVERIFY2(stored.ok(), qPrintable(stored.describe()));
        expectSameStory(account, LocalRecipient, true, 0, QString());
        QTRY_COMPARE_WITH_TIMEOUT(server->messageFiles().size(), 2, 10000); // one from each face
    }

    void wrongPassword()
    {
        requireTestKeychain();
        const auto server = startServer(CertKind::Valid);
        QVERIFY(server);
        const Account account = saveAccount(server->port(), AuthMethod::Auto, true);
        const SecretOutcome stored = writeSecret(account.id, u"Yanlis-Parola9"_s);
        QVERIFY2(stored.ok(), qPrintable(stored.describe()));
        expectSameStory(account, LocalRecipient, true, 5, u"auth-failed"_s);
    }

    void noSavedPassword()
    {
        const auto server = startServer(CertKind::Valid);
        QVERIFY(server);
        const Account account = saveAccount(server->port(), AuthMethod::Auto, false);
        expectSameStory(account, LocalRecipient, true, 2, u"password-not-saved"_s);
    }

    void untrustedCertificate()
    {
        requireTestKeychain();
        const auto server = startServer(CertKind::SelfSigned);
        QVERIFY(server);
        const Account account = saveAccount(server->port(), AuthMethod::Auto, true);
        const SecretOutcome stored = writeSecret(account.id, RightPassword);
        QVERIFY2(stored.ok(), qPrintable(stored.describe()));
        expectSameStory(account, LocalRecipient, true, 4, u"certificate-untrusted"_s);
    }

    // ctest entry tst_bothfaces_nokeychain: no D-Bus session bus, so no keychain at all.
    void keychainUnavailable()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"_L1),
                 "run as the ctest entry tst_bothfaces_nokeychain");
        const Account account = saveAccount(1, AuthMethod::Auto, true); // never contacted
        expectSameStory(account, LocalRecipient, false, 9, u"keychain-unavailable"_s);
    }

    // ctest entry tst_bothfaces_netns: nowhere.test does not exist in the namespace's DNS.
    void recipientDomainUnknown()
    {
        QVERIFY2(Postaci::Test::TestNetwork::isInside(), "run as the ctest entry tst_bothfaces_netns");
        const Account account = saveAccount(1, AuthMethod::None, false); // never contacted
        expectSameStory(account, u"someone@nowhere.test"_s, false, 2,
                        u"recipient-domain-no-mail"_s);
    }

    // The recipient check is advice: after it, "Send anyway" sends the same test without it
    // (the CLI's --no-recipient-check, tst_cli_domaincheck).
    void sendAnywayAfterTheRecipientCheck()
    {
        QVERIFY2(Postaci::Test::TestNetwork::isInside(), "run as the ctest entry tst_bothfaces_netns");
        AiosmtpdServer server;
        AiosmtpdServer::Options options;
        options.mode = AiosmtpdServer::Options::Mode::StartTls;
        QVERIFY2(server.start(options), qPrintable(server.errorString()));
        const Account account = saveAccount(server.port(), AuthMethod::None, false);
        MainWindow window(AccountStore(), windowOptions(true));
        window.show();
        window.startTestSend(account, account.email, u"someone@nowhere.test"_s);
        SessionView *view = window.sessionView();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), 30000);
        QCOMPARE(view->testResult().diagnosis.id, u"recipient-domain-no-mail"_s);
        auto *sendAnyway = window.findChild<QPushButton *>(u"sendAnywayButton"_s);
        QVERIFY(sendAnyway);
        QTRY_VERIFY(sendAnyway->isVisible());
        QTest::mouseClick(sendAnyway, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), 30000);
        QVERIFY2(view->testResult().ok, qPrintable(view->statusText()));
        QVERIFY(!sendAnyway->isVisible());
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("POSTACI_BOTHFACES_NETNS")) {
        const int outside
                = Postaci::Test::TestNetwork::ensureInside(QStringLiteral(POSTACI_TESTNET_CONFIG), argc, argv);
        if (outside >= 0)
            return outside;
    }
    QApplication app(argc, argv);
    // The programs' own names, so that the accounts file is the one postaci-cli reads too.
    QCoreApplication::setOrganizationName(u"postaci"_s);
    QCoreApplication::setApplicationName(u"postaci"_s);
    BothFacesTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_bothfaces.moc"
