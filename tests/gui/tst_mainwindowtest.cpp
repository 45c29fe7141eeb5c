#include "accountlistmodel.h"
#include "aiosmtpdserver.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "sendtestdialog.h"
#include "sessionview.h"
#include "testcertificates.h"
#include "testsupport.h"
#include "transcriptview.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::GuiTest;
using Postaci::Test::AiosmtpdServer;
using Postaci::Test::TestCertificates;

// The test e-mail from the main window for an account whose password is not saved (so no
// keychain is involved): the password is asked for, the send fails on a wrong security mode,
// the diagnosis's remedy changes the saved account after a confirmation, and the repeated test
// gets the message through.
class MainWindowTestSendTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void remedyChangesTheAccountAndTheTestIsRepeated()
    {
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
        AiosmtpdServer server;
        AiosmtpdServer::Options serverOptions;
        serverOptions.mode = AiosmtpdServer::Options::Mode::StartTls;
        serverOptions.authRequired = true;
        serverOptions.user = u"tester"_s;
        serverOptions.password = u"Parola1234"_s;
        QVERIFY2(server.start(serverOptions), qPrintable(server.errorString()));

        QTemporaryDir dir;
        AccountStore store(dir.filePath(u"accounts.json"_s));
        Account account;
        account.id = Account::newId();
        account.displayName = u"Deneme"_s;
        account.email = u"tester@example.test"_s;
        account.host = u"127.0.0.1"_s;
        account.port = server.port();
        account.security = Security::ImplicitTls; // wrong: the port speaks STARTTLS
        account.user = u"tester"_s;
        account.passwordSaved = false;
        QVERIFY(store.save(account).ok());

        ConnectionOptions options;
        options.finderOptions = FinderOptions::offline();
        options.extraCaCertificates = TestCertificates::instance().caCertificates();
        options.timeouts = SessionTimeouts::uniform(std::chrono::milliseconds(8000));
        options.recipientCheck = ConnectionOptions::RecipientCheck::Off;
        MainWindow window(store, options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentAccount()->id, account.id);

        window.sendTestEmail();
        SendTestDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleTopLevel<SendTestDialog>("sendTestDialog")));
        QVERIFY(dialog->asksForPassword());
        QVERIFY(!child<QPushButton>(dialog, "sendButton")->isEnabled()); // no password yet
        typeInto(child<QLineEdit>(dialog, "testPasswordEdit"), u"Parola1234"_s);
        QTest::mouseClick(child<QPushButton>(dialog, "sendButton"), Qt::LeftButton);

        SessionView *session = window.sessionView();
        QTRY_VERIFY_WITH_TIMEOUT(session->state() == SessionView::State::Failed, 20000);
        QTRY_COMPARE(window.accountModel()->account(0)->lastTest.ok, false);
        QCOMPARE(window.accountModel()->account(0)->lastTest.step, u"tls"_s);
        QVERIFY(child<QAction>(&window, "sendTestAction")->isEnabled()); // ready for another try

        // Wait for the remedy check, then choose "same port, STARTTLS".
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(&window, "diagnosisNote")->isVisible(), 15000);
        int wanted = -1;
        const Diagnosis diagnosis = session->diagnosis();
        for (qsizetype i = 0; i < diagnosis.remedies.size(); ++i) {
            const auto &change = diagnosis.remedies.at(i).settings;
            if (change && change->security == Security::StartTls && !change->port)
                wanted = int(i);
        }
        QVERIFY(wanted >= 0);
        auto findButton = [&window, wanted]() -> QPushButton * {
            const auto buttons = window.findChildren<QPushButton *>(u"remedyButton"_s);
            for (QPushButton *candidate : buttons) {
                if (candidate->property("remedyIndex").toInt() == wanted && candidate->isVisible())
                    return candidate;
            }
            return nullptr;
        };
        QTRY_VERIFY(findButton());
        QTest::mouseClick(findButton(), Qt::LeftButton);

        // Nothing changes without a yes.
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleTopLevel<QMessageBox>("confirmChangeBox")));
        QCOMPARE(store.find(account.id)->security, Security::ImplicitTls);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);

        QCOMPARE(store.find(account.id)->security, Security::StartTls);
        QTRY_VERIFY_WITH_TIMEOUT(session->state() == SessionView::State::Succeeded
                                         || session->state() == SessionView::State::Failed,
                                 20000);
        QVERIFY2(session->state() == SessionView::State::Succeeded,
                 qPrintable(session->statusText() + QLatin1Char('\n') + session->transcript()->toPlainText()));
        QTRY_COMPARE_WITH_TIMEOUT(server.messageFiles().size(), qsizetype(1), 10000);
        QVERIFY(window.accountModel()->account(0)->lastTest.ok);
        QVERIFY(store.find(account.id)->lastTest.ok);
        QVERIFY(!store.find(account.id)->passwordSaved); // the typed password stayed in memory
        QVERIFY(!Test::readFile(store.filePath()).contains("Parola1234"));
    }

    // Issue 15, "one click": the main action sends at once, without any dialog, to the account's
    // own address; "Send test e-mail to…" chooses another recipient, and the next one-click test
    // goes there. Each message is looked up in the harness server's spool.
    void oneClickSendsWithoutADialog()
    {
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
        AiosmtpdServer server;
        AiosmtpdServer::Options serverOptions;
        serverOptions.mode = AiosmtpdServer::Options::Mode::StartTls;
        QVERIFY2(server.start(serverOptions), qPrintable(server.errorString()));

        QTemporaryDir dir;
        AccountStore store(dir.filePath(u"accounts.json"_s));
        Account account;
        account.id = Account::newId();
        account.displayName = u"Tek tık"_s;
        account.email = u"dukkan@example.test"_s;
        account.host = u"127.0.0.1"_s;
        account.port = server.port();
        account.security = Security::StartTls;
        account.auth = AuthMethod::None; // a relay without sign-in: nothing to ask, so nothing is asked
        QVERIFY(store.save(account).ok());

        ConnectionOptions options;
        options.finderOptions = FinderOptions::offline();
        options.extraCaCertificates = TestCertificates::instance().caCertificates();
        options.timeouts = SessionTimeouts::uniform(std::chrono::milliseconds(8000));
        options.recipientCheck = ConnectionOptions::RecipientCheck::Off;
        MainWindow window(store, options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SessionView *session = window.sessionView();

        auto recipientsOfLastMessage = [&server] {
            const QJsonObject envelope
                    = QJsonDocument::fromJson(
                              Test::readFile(AiosmtpdServer::envelopeFile(server.messageFiles().constLast())))
                              .object();
            return QJsonDocument(envelope.value("rcpt_tos"_L1).toArray()).toJson(QJsonDocument::Compact);
        };
        auto waitForTheTest = [&] {
            QTRY_VERIFY_WITH_TIMEOUT(session->state() == SessionView::State::Succeeded
                                             || session->state() == SessionView::State::Failed,
                                     20000);
        };

        // The toolbar's main action: no dialog, the message arrives for the account's own address.
        auto *action = child<QAction>(&window, "sendTestAction");
        QVERIFY(!action->text().endsWith(u"…"_s)); // a command that asks nothing has no ellipsis
        action->trigger();
        QVERIFY(!visibleTopLevel<SendTestDialog>("sendTestDialog"));
        QVERIFY(session->isBusy());
        waitForTheTest();
        QVERIFY2(session->state() == SessionView::State::Succeeded,
                 qPrintable(session->statusText() + QLatin1Char('\n') + session->transcript()->toPlainText()));
        QTRY_COMPARE_WITH_TIMEOUT(server.messageFiles().size(), qsizetype(1), 10000);
        QVERIFY2(recipientsOfLastMessage().contains("dukkan@example.test"), recipientsOfLastMessage().constData());

        // "Send test e-mail to…" asks, and its choice is remembered for this account.
        child<QAction>(&window, "sendTestToAction")->trigger();
        SendTestDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleTopLevel<SendTestDialog>("sendTestDialog")));
        QCOMPARE(child<QLineEdit>(dialog, "recipientEdit")->text(), account.email);
        typeInto(child<QLineEdit>(dialog, "recipientEdit"), u"muhasebe@example.test"_s);
        QTest::mouseClick(child<QPushButton>(dialog, "sendButton"), Qt::LeftButton);
        waitForTheTest();
        QTRY_COMPARE_WITH_TIMEOUT(server.messageFiles().size(), qsizetype(2), 10000);
        QVERIFY2(recipientsOfLastMessage().contains("muhasebe@example.test"), recipientsOfLastMessage().constData());

        // The next one click goes where the user chose last time, still without a dialog.
        QTRY_VERIFY(action->isEnabled());
        QVERIFY2(action->toolTip().contains(u"muhasebe@example.test"_s), qPrintable(action->toolTip()));
        action->trigger();
        QVERIFY(!visibleTopLevel<SendTestDialog>("sendTestDialog"));
        waitForTheTest();
        QTRY_COMPARE_WITH_TIMEOUT(server.messageFiles().size(), qsizetype(3), 10000);
        QVERIFY2(recipientsOfLastMessage().contains("muhasebe@example.test"), recipientsOfLastMessage().constData());
    }
};

QTEST_MAIN(MainWindowTestSendTest)
#include "tst_mainwindowtest.moc"
