#include "accountlistmodel.h"
#include "accountwizard.h"
#include "aiosmtpdserver.h"
#include "credentialspage.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "secrettesting.h"
#include "sendtestdialog.h"
#include "serverpage.h"
#include "sessionview.h"
#include "testcertificates.h"
#include "testsupport.h"
#include "transcriptview.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::GuiTest;
using Postaci::Test::AiosmtpdServer;
using Postaci::Test::hasTestKeychain;
using Postaci::Test::keychainHint;
using Postaci::Test::readSecret;
using Postaci::Test::SecretOutcome;
using Postaci::Test::TestCertificates;

namespace {

const QString testUser = u"tester"_s;
const QString testPassword = u"Güvenli2026"_s;

ConnectionOptions testOptions()
{
    ConnectionOptions options;
    options.finderOptions = FinderOptions::offline();
    options.extraCaCertificates = TestCertificates::instance().caCertificates();
    options.timeouts = SessionTimeouts::uniform(std::chrono::milliseconds(8000));
    // The recipient's domain is example.test: no DNS outside the machine in tests.
    options.recipientCheck = ConnectionOptions::RecipientCheck::Off;
    return options;
}

} // namespace

class WizardSaveTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    AiosmtpdServer m_server;
    QString m_accountId;

    AccountStore store() const { return AccountStore(m_dir.filePath(u"accounts.json"_s)); }

private Q_SLOTS:
    void initTestCase()
    {
        // Never write into a developer's real keyring: only inside tests/support/with-keychain.
        QVERIFY2(hasTestKeychain(), keychainHint());
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
        AiosmtpdServer::Options options;
        options.mode = AiosmtpdServer::Options::Mode::ImplicitTls;
        options.authRequired = true;
        options.user = testUser;
        options.password = testPassword;
        QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    }

    void saveThroughTheKeychainAndTheAccountAppears()
    {
        MainWindow window(store(), testOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(child<QPushButton>(&window, "addFirstAccountButton"), Qt::LeftButton);
        AccountWizard *wizard = window.activeWizard();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        typeInto(child<QLineEdit>(wizard, "displayNameEdit"), u"Deneme Dükkânı"_s);
        QVERIFY(fillUpToCredentials(wizard, u"tester@example.test"_s, u"127.0.0.1"_s,
                                    m_server.port(), Security::ImplicitTls));
        typeInto(child<QLineEdit>(wizard, "userEdit"), testUser);
        typeInto(child<QLineEdit>(wizard, "passwordEdit"), testPassword);
        QVERIFY(child<QCheckBox>(wizard, "savePasswordCheckBox")->isChecked());
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard->currentId(), int(AccountWizard::VerifyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), 20000);
        QVERIFY(wizard->lastTest().ok);

        QSignalSpy saved(wizard, &AccountWizard::accountSaved);
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard->currentId(), int(AccountWizard::FinishPageId));
        // Nothing is saved before Finish (issue 15), and the page says what Finish will do.
        QVERIFY(store().load().accounts.isEmpty());
        QCOMPARE(saved.size(), 0);
        QVERIFY2(child<QLabel>(wizard, "saveStatus")->text().contains("keychain"_L1),
                 qPrintable(child<QLabel>(wizard, "saveStatus")->text()));
        QCOMPARE(child<QLabel>(wizard, "finishAddress")->text(), u"tester@example.test"_s);
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());

        // Finish saves, then the wizard closes and the offered test e-mail goes out at once
        // (password from the keychain).
        QVERIFY(child<QCheckBox>(wizard, "sendTestNowCheckBox")->isChecked());
        const qsizetype before = m_server.messageFiles().size();
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() == 1, 20000);
        const Account account = saved.at(0).at(0).value<Account>();
        m_accountId = account.id;
        QVERIFY(account.passwordSaved);
        QTRY_VERIFY(!window.activeWizard());

        // The list shows it at once, with the wizard's test result.
        QTRY_COMPARE(window.accountModel()->rowCount(), 1);
        QCOMPARE(window.accountModel()->account(0)->email, u"tester@example.test"_s);
        QCOMPARE(window.accountModel()->account(0)->displayName, u"Deneme Dükkânı"_s);
        QVERIFY(window.accountModel()->account(0)->lastTest.ok);
        QVERIFY(window.accountView()->isVisible());

        // The password is in the keychain, and nowhere in the accounts file.
        const SecretOutcome stored = readSecret(account.id);
        QVERIFY2(stored.ok(), qPrintable(stored.describe()));
        QCOMPARE(stored.secret, testPassword);
        const QByteArray file = Test::readFile(store().filePath());
        QVERIFY(!file.isEmpty());
        QVERIFY(!file.contains(testPassword.toUtf8()));

        SessionView *session = window.sessionView();
        QTRY_VERIFY_WITH_TIMEOUT(session->state() == SessionView::State::Succeeded
                                         || session->state() == SessionView::State::Failed,
                                 20000);
        QVERIFY2(session->state() == SessionView::State::Succeeded,
                 qPrintable(session->statusText() + QLatin1Char('\n') + session->transcript()->toPlainText()));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.messageFiles().size(), before + 1, 10000);
        QTRY_VERIFY(!window.accountModel()->account(0)->lastTest.queueId.isEmpty());
    }

    void editReadsThePasswordFromTheKeychain()
    {
        QVERIFY(!m_accountId.isEmpty());
        MainWindow window(store(), testOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectAccount(m_accountId);
        window.editAccount();
        AccountWizard *wizard = window.activeWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->mode(), AccountWizard::Mode::Edit);
        QCOMPARE(child<QLineEdit>(wizard, "emailEdit")->text(), u"tester@example.test"_s);
        QVERIFY(clickNext(wizard));
        QCOMPARE(child<QLineEdit>(wizard, "hostEdit")->text(), u"127.0.0.1"_s);
        QVERIFY(!wizard->serverPage()->isLookupRunning()); // known settings are not looked up again
        QVERIFY(clickNext(wizard));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(wizard, "passwordEdit")->text(), testPassword, 10000);
        QVERIFY(!wizard->credentialsPage()->isReadingPassword());
        QVERIFY(nextEnabled(wizard));

        // Saving an edit replaces the account under the same id and keeps its password.
        QVERIFY(clickNext(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), 20000);
        QSignalSpy saved(wizard, &AccountWizard::accountSaved);
        QVERIFY(clickNext(wizard));
        child<QCheckBox>(wizard, "sendTestNowCheckBox")->setChecked(false);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        QCOMPARE(saved.at(0).at(0).value<Account>().id, m_accountId);
        QTRY_VERIFY(!window.activeWizard());
        QCOMPARE(window.accountModel()->rowCount(), 1);
        QVERIFY(store().find(m_accountId)->passwordSaved);
        const SecretOutcome kept = readSecret(m_accountId);
        QVERIFY2(kept.ok(), qPrintable(kept.describe()));
        QCOMPARE(kept.secret, testPassword);
    }

    void sendTestFromTheMainWindow()
    {
        QVERIFY(!m_accountId.isEmpty());
        MainWindow window(store(), testOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectAccount(m_accountId);
        const int before = int(m_server.messageFiles().size());

        window.sendTestEmailTo(); // choosing the recipient (the one-click test asks nothing)
        SendTestDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleTopLevel<SendTestDialog>("sendTestDialog")));
        auto *recipient = child<QLineEdit>(dialog, "recipientEdit");
        QCOMPARE(recipient->text(), u"tester@example.test"_s);
        QVERIFY(!dialog->asksForPassword()); // it is in the keychain
        typeInto(recipient, u"ali@@example.test"_s);
        QVERIFY(child<QLabel>(dialog, "recipientError")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "sendButton")->isEnabled());
        typeInto(recipient, u"müşteri@example.test"_s);
        QVERIFY(child<QPushButton>(dialog, "sendButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, "sendButton"), Qt::LeftButton);

        SessionView *session = window.sessionView();
        QTRY_VERIFY_WITH_TIMEOUT(session->state() == SessionView::State::Succeeded
                                         || session->state() == SessionView::State::Failed,
                                 20000);
        QVERIFY2(session->state() == SessionView::State::Succeeded,
                 qPrintable(session->statusText() + QLatin1Char('\n') + session->transcript()->toPlainText()));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_server.messageFiles().size()), before + 1, 10000);
        const QJsonObject envelope
                = QJsonDocument::fromJson(
                          Test::readFile(AiosmtpdServer::envelopeFile(m_server.messageFiles().constLast())))
                          .object();
        QCOMPARE(envelope.value("mail_from"_L1).toString(), u"tester@example.test"_s);
        QVERIFY2(QJsonDocument(envelope).toJson().contains("example.test"),
                 QJsonDocument(envelope).toJson().constData());

        // The result is recorded on the account, with the queue id the server gave.
        const Account *account = window.accountModel()->account(window.accountModel()->rowOf(m_accountId));
        QVERIFY(account);
        QVERIFY(account->lastTest.ok);
        QCOMPARE(account->lastTest.queueId, envelope.value("queue_id"_L1).toString());
        QCOMPARE(store().find(m_accountId)->lastTest.queueId, account->lastTest.queueId);
    }

    void removeDeletesTheAccountAndItsSecret()
    {
        QVERIFY(!m_accountId.isEmpty());
        MainWindow window(store(), testOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectAccount(m_accountId);
        window.activateWindow();
        window.accountView()->setFocus();
        QTest::keyClick(window.accountView(), Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleTopLevel<QMessageBox>("confirmRemoveBox")));
        QVERIFY(box->text().contains("keychain"_L1));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.accountModel()->rowCount(), 0, 10000);
        QVERIFY(child<QPushButton>(&window, "addFirstAccountButton")->isVisible());
        const SecretOutcome removed = readSecret(m_accountId);
        QVERIFY2(removed.finished, "the keychain did not answer");
        QCOMPARE(removed.error, SecretError::NotFound);
    }
};

QTEST_MAIN(WizardSaveTest)
#include "tst_wizardsave.moc"
