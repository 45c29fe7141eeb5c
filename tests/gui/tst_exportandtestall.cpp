// Issue 14 in the main window: "Export settings…" shows what core/export writes, copies and saves
// it; the accounts list warns (icon and words) about a certificate that expires soon or a test
// long ago; "Test all" tests every account at once against a real aiosmtpd and a closed port,
// with progress, records the results, and Cancel stops a test that hangs.
#include "guitesthelpers.h"

#include "accountlistmodel.h"
#include "aiosmtpdserver.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "testalldialog.h"
#include "testsupport.h"

#include "account/accounthealth.h"
#include "account/accountstore.h"
#include "export/accountexport.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::GuiTest;
using namespace Postaci::Test;

namespace {

Account makeAccount(const QString &email, quint16 port)
{
    Account account;
    account.id = Account::newId();
    account.displayName = u"Ali \"Q\" & <b> $(x)"_s;
    account.email = email;
    account.host = u"127.0.0.1"_s;
    account.port = port;
    account.security = Security::None;
    account.auth = AuthMethod::None; // no password: no keychain needed for these tests
    account.user = email;
    return account;
}

ConnectionOptions testOptions()
{
    ConnectionOptions options;
    options.finderOptions = FinderOptions::offline();
    options.timeouts = SessionTimeouts::uniform(std::chrono::milliseconds(8000));
    options.recipientCheck = ConnectionOptions::RecipientCheck::Off;
    return options;
}

} // namespace

class TestExportAndTestAll : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportDialogShowsCopiesAndSaves();
    void listWarnsWithIconAndWords();
    void testAllRunsEveryAccountWithProgress();
    void cancelStopsTestAll();
};

void TestExportAndTestAll::exportDialogShowsCopiesAndSaves()
{
    QTemporaryDir dir;
    AccountStore store(dir.filePath(u"accounts.json"_s));
    Account account = makeAccount(u"satis@firma.example.test"_s, 2525);
    account.security = Security::StartTls;
    account.auth = AuthMethod::Auto;
    account.user = u"satis"_s;
    QVERIFY(store.save(account).ok());
    MainWindow window(store, testOptions());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *exportAction = child<QAction>(&window, "exportSettingsAction");
    QVERIFY(exportAction->isEnabled());
    exportAction->trigger();
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<ExportDialog>("exportDialog")));
    QCOMPARE(window.exportDialog(), dialog);

    for (ExportFormat format : allExportFormats()) {
        dialog->setFormat(format);
        const AccountExport expected = AccountExport::write(account, format);
        QCOMPARE(dialog->previewText(), expected.content); // the core's document, as it is
        for (const QString &note : expected.notes)
            QVERIFY(dialog->notesText().contains(note));
        for (const QString &record : expected.dnsRecords)
            QVERIFY(dialog->notesText().contains(record));
    }
    dialog->setFormat(ExportFormat::Msmtp);
    QTest::mouseClick(child<QPushButton>(dialog, "exportCopy"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), AccountExport::write(account, ExportFormat::Msmtp).content);

    const QString path = dir.filePath(u"msmtprc"_s);
    QVERIFY(dialog->saveTo(path));
    QCOMPARE(QString::fromUtf8(readFile(path)), AccountExport::write(account, ExportFormat::Msmtp).content);
    QVERIFY(!dialog->saveTo(dir.filePath(u"no-such-folder/msmtprc"_s)));
    QVERIFY(child<QLabel>(dialog, "exportStatus")->text().contains(u"no-such-folder"_s));
    dialog->close();
}

void TestExportAndTestAll::listWarnsWithIconAndWords()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Account soon = makeAccount(u"a@firma.example.test"_s, 2525);
    soon.lastTest = {now.addSecs(-60), true, u"done"_s, {}, {}, now.addDays(3).addSecs(-60)};
    Account old = makeAccount(u"b@firma.example.test"_s, 2525);
    old.lastTest = {now.addDays(-40), true, u"done"_s, {}, {}, now.addDays(300)};
    Account fine = makeAccount(u"c@firma.example.test"_s, 2525);
    fine.lastTest = {now.addSecs(-60), true, u"done"_s, {}, {}, now.addDays(300)};
    AccountListModel model;
    model.setAccounts({soon, old, fine});
    const auto cell = [&model](int row) { return model.index(row, AccountListModel::LastTestColumn); };

    QCOMPARE(model.data(cell(0), AccountListModel::WarningsRole).toStringList(),
             QStringList{QString(CertificateExpiresSoonWarning)});
    QVERIFY2(model.data(cell(0)).toString().contains(u"certificate expires in 3 day"_s),
             qPrintable(model.data(cell(0)).toString()));
    QCOMPARE(model.data(cell(1), AccountListModel::WarningsRole).toStringList(), QStringList{QString(LastTestOldWarning)});
    QVERIFY(model.data(cell(1)).toString().contains(u"Last tested 40 day"_s));
    QVERIFY(model.data(cell(2), AccountListModel::WarningsRole).toStringList().isEmpty());
    QVERIFY(!model.data(cell(2)).toString().contains(u"Warning"_s));

    // A warning has its own icon, not only its words.
    const QIcon warned = model.data(cell(0), Qt::DecorationRole).value<QIcon>();
    const QIcon ok = model.data(cell(2), Qt::DecorationRole).value<QIcon>();
    QVERIFY(!warned.isNull() && !ok.isNull());
    QVERIFY(warned.pixmap(16).toImage() != ok.pixmap(16).toImage());
}

void TestExportAndTestAll::testAllRunsEveryAccountWithProgress()
{
    AiosmtpdServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QTemporaryDir dir;
    AccountStore store(dir.filePath(u"accounts.json"_s));
    const Account working = makeAccount(u"satis@firma.example.test"_s, server.port());
    const Account broken = makeAccount(u"destek@firma.example.test"_s, freeTcpPort()); // nobody listens
    QVERIFY(store.save(working).ok());
    QVERIFY(store.save(broken).ok());
    MainWindow window(store, testOptions());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QAction *testAll = child<QAction>(&window, "testAllAction");
    QVERIFY(testAll->isEnabled());
    testAll->trigger();
    TestAllDialog *dialog = window.testAllDialog();
    QVERIFY(dialog);
    QVERIFY(!testAll->isEnabled()); // one run at a time
    QCOMPARE(dialog->progressBar()->maximum(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
    QCOMPARE(dialog->progressBar()->value(), 2);
    QCOMPARE(dialog->results()->topLevelItemCount(), 2);
    QCOMPARE(dialog->results()->topLevelItem(0)->text(1), u"works"_s);
    QVERIFY2(dialog->results()->topLevelItem(1)->text(1).startsWith(u"failed at step"_s),
             qPrintable(dialog->results()->topLevelItem(1)->text(1)));
    QCOMPARE(dialog->statusText(), u"1 of 2 accounts work."_s);
    QCOMPARE(dialog->cancelButton()->text(), u"Close"_s);

    // Recorded with the accounts and shown in the list.
    QTRY_COMPARE(window.accountModel()->account(window.accountModel()->rowOf(working.id))->lastTest.ok, true);
    const Account *failed = window.accountModel()->account(window.accountModel()->rowOf(broken.id));
    QCOMPARE(failed->lastTest.ok, false);
    QCOMPARE(failed->lastTest.error, u"connection-refused"_s);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!window.testAllDialog());
    QVERIFY(testAll->isEnabled());
}

void TestExportAndTestAll::cancelStopsTestAll()
{
    QTcpServer silent; // accepts (in the kernel) and never greets
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    AccountStore store(dir.filePath(u"accounts.json"_s));
    QVERIFY(store.save(makeAccount(u"satis@firma.example.test"_s, silent.serverPort())).ok());
    MainWindow window(store, testOptions());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.testAllAccounts();
    TestAllDialog *dialog = window.testAllDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isRunning());
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(!dialog->isRunning()); // cancelled at once
    QCOMPARE(dialog->statusText(), u"Cancelled."_s);
    QCOMPARE(dialog->results()->topLevelItem(0)->text(1), u"Not tested (cancelled)"_s);
    QVERIFY(window.accountModel()->account(0)->lastTest.isEmpty()); // nothing recorded
}

QTEST_MAIN(TestExportAndTestAll)
#include "tst_exportandtestall.moc"
