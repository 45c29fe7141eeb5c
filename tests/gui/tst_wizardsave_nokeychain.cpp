#include "accountwizard.h"
#include "deliverabilitydialog.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "sessionview.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::GuiTest;

// The keychain cannot be reached (DBUS_SESSION_BUS_ADDRESS points nowhere, see CMakeLists.txt):
// the Finish page says so plainly and offers to save the account without the password, which
// then works — and the password is not written anywhere.
class WizardSaveNoKeychainTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains("postaci-no-bus"_L1),
                 "the test must run with DBUS_SESSION_BUS_ADDRESS pointing nowhere");
    }

    void keychainFailureOffersToSaveWithoutThePassword()
    {
        QTemporaryDir dir;
        AccountStore store(dir.filePath(u"accounts.json"_s));
        ConnectionOptions options;
        options.finderOptions = FinderOptions::offline();
        options.timeouts = SessionTimeouts::uniform(std::chrono::milliseconds(3000));
        AccountWizard wizard(store, options);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        // A closed port: the test fails at once, and the user goes on anyway.
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = reserve.serverPort();
        reserve.close();
        QVERIFY(fillUpToCredentials(&wizard, u"ayse@example.com.tr"_s, u"127.0.0.1"_s,
                                    closedPort, Security::ImplicitTls));
        const QString password = u"Şifre2026x"_s;
        typeInto(child<QLineEdit>(&wizard, "passwordEdit"), password);
        QVERIFY(clickNext(&wizard));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(&wizard), 10000);
        QVERIFY(child<QLabel>(&wizard, "verifyWarning")->isVisible());
        QVERIFY(!wizard.lastTest().ok);

        QVERIFY(clickNext(&wizard));
        auto *withoutPassword = child<QPushButton>(&wizard, "saveWithoutPasswordButton");
        QTRY_VERIFY_WITH_TIMEOUT(withoutPassword->isVisible(), 30000);
        const QString status = child<QLabel>(&wizard, "saveStatus")->text();
        QVERIFY2(status.contains("keychain"_L1, Qt::CaseInsensitive), qPrintable(status));
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(store.load().accounts.isEmpty()); // all or nothing
        auto *checkDelivery = child<QPushButton>(&wizard, "checkDeliveryButton");
        QVERIFY(!checkDelivery->isVisible()); // "Will my mail arrive?" only for a saved account

        QSignalSpy saved(&wizard, &AccountWizard::accountSaved);
        QTest::mouseClick(withoutPassword, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(checkDelivery->isVisible());
        QTest::mouseClick(checkDelivery, Qt::LeftButton);
        DeliverabilityDialog *deliverability = nullptr;
        QTRY_VERIFY((deliverability = wizard.findChild<DeliverabilityDialog *>()) && deliverability->isVisible());
        deliverability->close();
        const QList<Account> accounts = store.load().accounts;
        QCOMPARE(accounts.size(), 1);
        QVERIFY(!accounts.first().passwordSaved);
        QCOMPARE(accounts.first().port, closedPort);
        // Kept in memory for the test right after, never in the file.
        QCOMPARE(wizard.unsavedPassword(), password);
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(password.toUtf8()));
    }

    void sendTestSaysPlainlyThatThePasswordIsUnavailable()
    {
        QTemporaryDir dir;
        AccountStore store(dir.filePath(u"accounts.json"_s));
        Account account;
        account.id = Account::newId();
        account.email = u"ayse@example.com.tr"_s;
        account.host = u"127.0.0.1"_s;
        account.port = 465;
        account.security = Security::ImplicitTls;
        account.user = account.email;
        account.passwordSaved = true; // but the keychain cannot be reached
        QVERIFY(store.save(account).ok());
        ConnectionOptions options;
        options.recipientCheck = ConnectionOptions::RecipientCheck::Off;
        MainWindow window(store, options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startTestSend(account, account.email, account.email);
        SessionView *session = window.sessionView();
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 30000);
        QCOMPARE(session->state(), SessionView::State::Failed);
        QCOMPARE(session->diagnosis().id, u"keychain-unavailable"_s);
        QVERIFY(child<QWidget>(&window, "diagnosisView")->isVisible());
        QVERIFY(session->result().transcript.isEmpty()); // nothing was sent to any server
        QVERIFY(store.find(account.id)->lastTest.isEmpty()); // not a test of the server
    }
};

QTEST_MAIN(WizardSaveNoKeychainTest)
#include "tst_wizardsave_nokeychain.moc"
