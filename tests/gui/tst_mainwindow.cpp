#include "accountlistmodel.h"
#include "accountwizard.h"
#include "guitesthelpers.h"
#include "lookupdialog.h"
#include "mainwindow.h"
#include "sendtestdialog.h"
#include "uisettings.h"

#include <QAction>
#include <QIcon>
#include <QImage>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::GuiTest;

namespace {

Account sampleAccount(const QString &name, const QString &email, const QString &host, quint16 port, Security security)
{
    Account account;
    account.id = Account::newId();
    account.displayName = name;
    account.email = email;
    account.host = host;
    account.port = port;
    account.security = security;
    account.user = email;
    return account;
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // CMake points XDG_CONFIG_HOME at a folder of the build tree: nothing here may touch the
        // developer's own accounts or settings.
        QVERIFY2(qEnvironmentVariable("XDG_CONFIG_HOME").contains("gui-test-config"_L1),
                 "run through ctest (XDG_CONFIG_HOME must point into the build tree)");
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
    }

    void opensWithAddFirstAccountAction()
    {
        // The default store: a fresh configuration folder has no accounts.
        Postaci::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *addFirst = window.findChild<QPushButton *>(u"addFirstAccountButton"_s);
        QVERIFY(addFirst);
        QVERIFY(addFirst->isVisible());
        QVERIFY(!window.accountView()->isVisible());
        QCOMPARE(window.store().filePath(), AccountStore::defaultFilePath());
    }

    void addFirstOpensTheWizard()
    {
        QTemporaryDir dir;
        MainWindow window(AccountStore(dir.filePath(u"accounts.json"_s)), ConnectionOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(child<QPushButton>(&window, "addFirstAccountButton"), Qt::LeftButton);
        QVERIFY(window.activeWizard());
        QTRY_VERIFY(window.activeWizard()->isVisible());
        QCOMPARE(window.activeWizard()->currentId(), int(AccountWizard::IdentityPageId));
        window.activeWizard()->reject();
        QTRY_VERIFY(!window.activeWizard());
    }

    void listsAccountsFromTheStoreFile()
    {
        QTemporaryDir dir;
        AccountStore store(dir.filePath(u"accounts.json"_s));
        Account shop = sampleAccount(u"Yılmaz Mobilya"_s, u"info@yilmazmobilya.com.tr"_s,
                                     u"mail.yilmazmobilya.com.tr"_s, 465, Security::ImplicitTls);
        shop.lastTest.time = QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc());
        shop.lastTest.ok = true;
        shop.lastTest.step = u"done"_s;
        shop.lastTest.queueId = u"4XyZ"_s;
        Account home = sampleAccount(QString(), u"ayse@example.com"_s, u"smtp.example.com"_s,
                                     587, Security::StartTls);
        home.lastTest.time = QDateTime(QDate(2026, 11, 21), QTime(10, 0), QTimeZone::utc());
        home.lastTest.ok = false;
        home.lastTest.step = u"auth"_s;
        home.lastTest.error = u"auth-failed"_s;
        QVERIFY(store.save(shop).ok());
        QVERIFY(store.save(home).ok());

        MainWindow window(store, ConnectionOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.accountView()->isVisible());
        QVERIFY(!child<QPushButton>(&window, "addFirstAccountButton")->isVisible());
        QAbstractItemModel *model = window.accountView()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->columnCount(), int(AccountListModel::ColumnCount));

        auto text = [model](int row, int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(text(0, AccountListModel::NameColumn), u"Yılmaz Mobilya"_s);
        QCOMPARE(text(0, AccountListModel::AddressColumn), u"info@yilmazmobilya.com.tr"_s);
        QVERIFY2(text(0, AccountListModel::ServerColumn).contains("mail.yilmazmobilya.com.tr:465"_L1),
                 qPrintable(text(0, AccountListModel::ServerColumn)));
        QVERIFY(text(0, AccountListModel::ServerColumn).contains("SSL/TLS"_L1));
        QVERIFY2(text(0, AccountListModel::LastTestColumn).startsWith("Works"_L1),
                 qPrintable(text(0, AccountListModel::LastTestColumn)));
        // Without a display name the address stands in.
        QCOMPARE(text(1, AccountListModel::NameColumn), u"ayse@example.com"_s);
        QVERIFY2(text(1, AccountListModel::LastTestColumn).contains("wrong user name or password"_L1),
                 qPrintable(text(1, AccountListModel::LastTestColumn)));
        QVERIFY(model->index(1, AccountListModel::LastTestColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains("auth-failed"_L1));

        // The first row is selected, so the per-account actions work at once.
        QVERIFY(window.currentAccount().has_value());
        QCOMPARE(window.currentAccount()->id, shop.id);
        QVERIFY(child<QAction>(&window, "editAccountAction")->isEnabled());
        QVERIFY(child<QAction>(&window, "sendTestAction")->isEnabled());
    }

    void emptyStoreShowsTheAddFirstAction()
    {
        QTemporaryDir dir;
        MainWindow window(AccountStore(dir.filePath(u"sub/accounts.json"_s)), ConnectionOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(child<QPushButton>(&window, "addFirstAccountButton")->isVisible());
        QVERIFY(!child<QWidget>(&window, "accountsProblemBanner")->isVisible());
        QVERIFY(!child<QAction>(&window, "editAccountAction")->isEnabled());
        QVERIFY(!child<QAction>(&window, "removeAccountAction")->isEnabled());
        QVERIFY(!child<QAction>(&window, "sendTestAction")->isEnabled());
        QVERIFY(child<QAction>(&window, "addAccountAction")->isEnabled());
        QVERIFY(child<QAction>(&window, "lookupAction")->isEnabled());
    }

    void corruptFileIsReportedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"accounts.json"_s);
        const QByteArray damaged = "{\"schemaVersion\": 1, \"accounts\": [ {\"id\": ";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(damaged);
        }
        AccountStore store(path);
        MainWindow window(store, ConnectionOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(child<QWidget>(&window, "accountsProblemBanner")->isVisible());
        const QString shown = child<QLabel>(&window, "accountsProblemText")->text();
        const AccountStore::LoadResult loaded = store.load();
        QCOMPARE(loaded.error, AccountStore::Error::Corrupt);
        QCOMPARE(shown, loaded.message);
        QVERIFY(child<QPushButton>(&window, "startNewListButton")->isVisible());
        // Nothing was replaced.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), damaged);
        file.close();

        // "Start a new list" asks first, then moves the file aside; the list becomes usable.
        QTest::mouseClick(child<QPushButton>(&window, "startNewListButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleTopLevel<QMessageBox>("confirmNewListBox")));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY(!child<QWidget>(&window, "accountsProblemBanner")->isVisible());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!loaded.backupPath.isEmpty());
        QFile backup(loaded.backupPath);
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), damaged);
    }

    void shortcutsAndAccessibleNames()
    {
        QTemporaryDir dir;
        MainWindow window(AccountStore(dir.filePath(u"accounts.json"_s)), ConnectionOptions());
        QCOMPARE(child<QAction>(&window, "addAccountAction")->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(child<QAction>(&window, "removeAccountAction")->shortcut(), QKeySequence(QKeySequence::Delete));
        QCOMPARE(child<QAction>(&window, "sendTestAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
        QCOMPARE(child<QAction>(&window, "lookupAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(child<QAction>(&window, "sendTestToAction")->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        QVERIFY(!window.accountView()->accessibleName().isEmpty());
        // The toolbar's test button sends at once; its arrow holds "Send test e-mail to…".
        auto *toolbar = child<QToolBar>(&window, "accountsToolBar");
        auto *testButton
                = qobject_cast<QToolButton *>(toolbar->widgetForAction(child<QAction>(&window, "sendTestAction")));
        QVERIFY(testButton);
        QCOMPARE(testButton->popupMode(), QToolButton::MenuButtonPopup);
        QVERIFY(testButton->menu()
                && testButton->menu()->actions().contains(child<QAction>(&window, "sendTestToAction")));

        // Ctrl+N opens the wizard, Ctrl+L the lookup dialog.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(window.lookupDialog() && window.lookupDialog()->isVisible());
        window.lookupDialog()->close();
        QTRY_VERIFY(!window.lookupDialog());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(window.activeWizard() && window.activeWizard()->isVisible());
        window.activeWizard()->reject();
    }

    // Issue 15: the message under "To" is never cut off; the dialog grows to hold it.
    void sendTestDialogShowsTheWholeRecipientError()
    {
        const Account account = sampleAccount(u"Dükkân"_s, u"ali@example.com.tr"_s, u"127.0.0.1"_s, 587,
                                              Security::StartTls);
        SendTestDialog dialog(account);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *error = child<QLabel>(&dialog, "recipientError");
        typeInto(child<QLineEdit>(&dialog, "recipientEdit"), u"ali..veli@@example"_s);
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QTRY_VERIFY2(clippedLabels(&dialog).isEmpty(), qPrintable(clippedLabels(&dialog).join(u"; "_s)));
        QVERIFY(error->height() >= error->heightForWidth(error->width()));
    }

    // Issue 15, first start: no account yet, the wizard opens by itself; a returning user sees the
    // list, each account's state in words with an icon (works, fails, never tested).
    void firstStartOpensTheWizardAndReturningUsersSeeTheirAccounts()
    {
        QTemporaryDir dir;
        {
            MainWindow window(AccountStore(dir.filePath(u"accounts.json"_s)), ConnectionOptions());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.openWizardOnFirstStart();
            QVERIFY(window.activeWizard());
            QTRY_VERIFY(window.activeWizard()->isVisible());
            window.activeWizard()->reject();
        }
        AccountStore store(dir.filePath(u"accounts.json"_s));
        Account works = sampleAccount(u"Works"_s, u"a@example.com.tr"_s, u"mail.example.com.tr"_s, 465,
                                      Security::ImplicitTls);
        works.lastTest = {QDateTime::currentDateTimeUtc(), true, u"done"_s, {}, u"Q1"_s, {}};
        Account fails = sampleAccount(u"Fails"_s, u"b@example.com.tr"_s, u"mail.example.com.tr"_s, 587,
                                      Security::StartTls);
        fails.lastTest = {QDateTime::currentDateTimeUtc(), false, u"auth"_s, u"auth-failed"_s, {}, {}};
        Account never = sampleAccount(u"Never"_s, u"c@example.com.tr"_s, u"mail.example.com.tr"_s, 587,
                                      Security::StartTls);
        for (const Account &account : {works, fails, never})
            QVERIFY(store.save(account).ok());
        MainWindow window(store, ConnectionOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openWizardOnFirstStart();
        QVERIFY(!window.activeWizard());
        AccountListModel *model = window.accountModel();
        QList<QImage> icons;
        QStringList texts;
        for (const Account &account : {works, fails, never}) {
            const QModelIndex index = model->index(model->rowOf(account.id), AccountListModel::LastTestColumn);
            texts << index.data().toString();
            const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
            QVERIFY2(!icon.isNull(), qPrintable(account.displayName)); // the state in words and an icon
            icons << icon.pixmap(16, 16).toImage();
        }
        QVERIFY2(texts.at(0).startsWith("Works"_L1), qPrintable(texts.at(0)));
        QVERIFY2(texts.at(1).startsWith("Failed"_L1), qPrintable(texts.at(1)));
        QCOMPARE(texts.at(2), u"Not tested yet"_s);
        QVERIFY(icons.at(0) != icons.at(1) && icons.at(1) != icons.at(2) && icons.at(0) != icons.at(2));
    }

    void removeAsksFirst()
    {
        QTemporaryDir dir;
        AccountStore store(dir.filePath(u"accounts.json"_s));
        const Account account = sampleAccount(u"Shop"_s, u"shop@example.com"_s,
                                              u"mail.example.com"_s, 587, Security::StartTls);
        QVERIFY(store.save(account).ok());
        MainWindow window(store, ConnectionOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        child<QAction>(&window, "removeAccountAction")->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleTopLevel<QMessageBox>("confirmRemoveBox")));
        QVERIFY(box->text().contains("shop@example.com"_L1));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!visibleTopLevel<QMessageBox>("confirmRemoveBox"));
        QTest::qWait(50);
        QCOMPARE(window.accountModel()->rowCount(), 1);
        QCOMPARE(store.load().accounts.size(), 1);
    }

    void languageChoiceIsRemembered()
    {
        QTemporaryDir dir;
        MainWindow window(AccountStore(dir.filePath(u"accounts.json"_s)), ConnectionOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        child<QAction>(&window, "languageAction_tr")->trigger();
        QCOMPARE(UiSettings::language(), u"tr"_s);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleTopLevel<QMessageBox>("languageChangedBox")));
        box->accept();
        child<QAction>(&window, "languageAction_en")->trigger();
        QCOMPARE(UiSettings::language(), u"en"_s);
        child<QAction>(&window, "languageAction_system")->trigger();
        QCOMPARE(UiSettings::language(), QString());
    }

    // `postaci --lang en` shows English for this run: the menu ticks English, not the saved choice.
    void languageGivenOnTheCommandLineIsTicked()
    {
        UiSettings::setLanguage(u"tr"_s);
        UiSettings::setLanguageForThisRun(u"en"_s);
        QTemporaryDir dir;
        MainWindow window(AccountStore(dir.filePath(u"accounts.json"_s)), ConnectionOptions());
        QVERIFY(child<QAction>(&window, "languageAction_en")->isChecked());
        QVERIFY(!child<QAction>(&window, "languageAction_tr")->isChecked());
        QVERIFY(!child<QAction>(&window, "languageAction_system")->isChecked());
        QCOMPARE(UiSettings::language(), u"tr"_s); // the saved choice is untouched
        UiSettings::setLanguageForThisRun(QString());
        UiSettings::setLanguage(QString());
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
