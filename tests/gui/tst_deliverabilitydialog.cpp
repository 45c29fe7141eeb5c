// "Will my mail arrive?" in the GUI, offscreen, against the same DNS as tst_cli_checkdomain
// (dnsmasq in a private network namespace, ../integration/deliverability/checkdomain-net.json):
// one line per check with a state icon and a word (not colour alone), the explanation, the record
// to publish with a Copy button that copies it exactly, accessible names; opened from the main
// window's action for the selected account.
#include "deliverabilitydialog.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "testnetwork.h"

#include "account/accountstore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;

namespace {

Account account(const QString &email)
{
    Account result;
    result.id = Account::newId();
    result.displayName = u"Ali"_s;
    result.email = email;
    result.host = u"smtp.relay.test"_s;
    result.port = 587;
    result.security = Security::StartTls;
    result.user = email;
    return result;
}

bool waitForReport(DeliverabilityDialog *dialog)
{
    if (!dialog->isRunning())
        return true;
    QSignalSpy spy(dialog, &DeliverabilityDialog::checkFinished);
    return spy.wait(30000);
}

QString textOf(QWidget *parent, const QString &name)
{
    if (auto *label = parent->findChild<QLabel *>(name))
        return label->text();
    if (auto *edit = parent->findChild<QLineEdit *>(name))
        return edit->text();
    return u"(no widget %1)"_s.arg(name);
}

} // namespace

class TestDeliverabilityDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void failingDomainShowsTheRecordToPublish()
    {
        DeliverabilityDialog dialog(account(u"ali@reject.test"_s));
        dialog.show();
        QVERIFY(waitForReport(&dialog));
        QCOMPARE(
                textOf(&dialog, u"deliverabilityVerdict"_s),
                u"Mail from ali@reject.test sent through smtp.relay.test fails SPF, and DMARC p=reject tells receivers to refuse it."_s);
        // State as a word beside the icon, and in the line's accessible name.
        QCOMPARE(textOf(&dialog, u"statusText_spf"_s), u"Fails"_s);
        auto *spfLine = dialog.findChild<QWidget *>(u"check_spf"_s);
        QVERIFY(spfLine);
        QCOMPARE(spfLine->accessibleName(), u"SPF (authorised servers): Fails"_s);
        auto *icon = dialog.findChild<QLabel *>(u"statusIcon_spf"_s);
        QVERIFY(icon && !icon->pixmap().isNull());
        QCOMPARE(icon->accessibleName(), u"Fails"_s);
        QCOMPARE(textOf(&dialog, u"statusText_dmarc"_s), u"Fails"_s);

        const QString expected = u"v=spf1 ip4:198.51.100.0/24 a:smtp.relay.test -all"_s;
        QCOMPARE(textOf(&dialog, u"publish_spf"_s), expected);
        auto *copy = dialog.findChild<QPushButton *>(u"copy_spf"_s);
        QVERIFY(copy);
        QVERIFY(!copy->accessibleName().isEmpty());
        QApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), expected);
    }

    void passingDomain()
    {
        DeliverabilityDialog dialog(account(u"ali@pass.test"_s));
        dialog.show();
        QVERIFY(waitForReport(&dialog));
        for (const QString &id : {u"mx"_s, u"spf"_s, u"dmarc"_s, u"dkim"_s, u"mta-sts"_s, u"tls-rpt"_s})
            QVERIFY2(textOf(&dialog, u"statusText_"_s + id) == "Passes"_L1,
                     qPrintable(id + u" "_s + textOf(&dialog, u"explanation_"_s + id)));
        QVERIFY(textOf(&dialog, u"explanation_dkim"_s).contains("2048 bits"_L1));
        QVERIFY(!dialog.findChild<QPushButton *>(u"copy_spf"_s)); // nothing to publish
    }

    void openedFromTheMainWindow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AccountStore store(dir.filePath(u"accounts.json"_s));
        const Account saved = account(u"ali@soft.test"_s);
        QVERIFY(store.save(saved).ok());
        MainWindow window(store, ConnectionOptions());
        window.show();
        window.selectAccount(saved.id);
        auto *action = window.findChild<QAction *>(u"deliverabilityAction"_s);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        DeliverabilityDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<DeliverabilityDialog *>()) && dialog->isVisible());
        QVERIFY(waitForReport(dialog));
        QCOMPARE(textOf(dialog, u"statusText_spf"_s), u"Warning"_s); // ~all
        QCOMPARE(textOf(dialog, u"publish_dmarc"_s), u"v=DMARC1; p=none; rua=mailto:postmaster@soft.test"_s);
        dialog->close();
    }
};

int main(int argc, char **argv)
{
    const int outside = Postaci::Test::TestNetwork::ensureInside(QStringLiteral(POSTACI_TESTNET_CONFIG), argc, argv);
    if (outside >= 0)
        return outside;
    QApplication app(argc, argv);
    TestDeliverabilityDialog test;
    QTEST_SET_MAIN_SOURCE_PATH
    const int result = QTest::qExec(&test, argc, argv);
    std::fflush(nullptr);
    std::_Exit(result); // resolver threads must not hold the exit (see POSTACI_TESTNETWORK_MAIN)
}

#include "tst_deliverabilitydialog.moc"
