// docs/security.md#foreign-host in the wizard: the server reached as mail.shop.test shows a valid
// certificate for another name (smtp.example.test, the same machine). The Verify page offers "use
// smtp.example.test" with a caution, and applying it asks first: nothing runs with the password until the
// user says yes. Runs inside a private network (tests/support/testnetwork-run,
// wizardforeignhost-net.json) whose DNS knows mail.shop.test — and nothing else of shop.test, which
// is also what the Server page's "nothing found" needs: a usual name that exists, filled in.
#include "accountwizard.h"
#include "aiosmtpdserver.h"
#include "candidatelist.h"
#include "diagnosisview.h"
#include "guitesthelpers.h"
#include "serverpage.h"
#include "sessionview.h"
#include "testcertificates.h"
#include "testnetwork.h"
#include "verifypage.h"
#include "wizardtestoptions.h"

#include <QApplication>
#include <QJsonDocument>
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

namespace {

const QString testUser = u"tester"_s;
const QString testPassword = u"Parola1234"_s;

} // namespace

class WizardForeignHostTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QPushButton *remedyButtonFor(AccountWizard *wizard, const Diagnosis &diagnosis, const QString &host)
    {
        for (QPushButton *button : wizard->findChildren<QPushButton *>(u"remedyButton"_s)) {
            const int index = button->property("remedyIndex").toInt();
            const Remedy &remedy = diagnosis.remedies.at(index);
            if (button->isVisible() && remedy.settings && remedy.settings->host == host)
                return button;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Postaci::Test::TestNetwork::isInside(), "must run inside tests/support/testnetwork-run");
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
    }

    void applyingAForeignHostAsksFirst()
    {
        AiosmtpdServer server;
        AiosmtpdServer::Options options;
        options.mode = AiosmtpdServer::Options::Mode::ImplicitTls;
        options.authRequired = true;
        options.user = testUser;
        options.password = testPassword;
        QVERIFY2(server.start(options), qPrintable(server.errorString()));

        AccountWizard wizard(AccountStore(m_dir.filePath(u"accounts.json"_s)), wizardTestOptions());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(fillUpToCredentials(&wizard, u"info@shop.test"_s, u"mail.shop.test"_s, server.port(),
                                    Security::ImplicitTls));
        typeInto(child<QLineEdit>(&wizard, "userEdit"), testUser);
        typeInto(child<QLineEdit>(&wizard, "passwordEdit"), testPassword);
        QVERIFY(clickNext(&wizard));
        QCOMPARE(wizard.currentId(), int(AccountWizard::VerifyPageId));
        SessionView *session = static_cast<VerifyPage *>(wizard.page(AccountWizard::VerifyPageId))->sessionView();
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 20000);
        QCOMPARE(session->diagnosis().id, u"certificate-hostname-mismatch"_s);
        // The remedies are checked; smtp.example.test reaches 127.0.0.1 like mail.shop.test: kept, marked.
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(&wizard, "diagnosisNote")->isVisible(), 15000);
        const Diagnosis diagnosis = session->diagnosis();
        QTRY_VERIFY2(remedyButtonFor(&wizard, diagnosis, u"smtp.example.test"_s),
                     QJsonDocument(diagnosis.toJson()).toJson().constData());
        QVERIFY(wizard.findChild<QLabel *>(u"remedyForeignHost"_s));
        QVERIFY(wizard.findChild<QLabel *>(u"remedyForeignHost"_s)->accessibleName().contains(u"smtp.example.test"_s));
        const qsizetype transcriptBefore = session->result().transcript.size();

        // First answer: Cancel. Nothing changes, nothing connects.
        QTest::mouseClick(remedyButtonFor(&wizard, diagnosis, u"smtp.example.test"_s), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = wizard.findChild<QMessageBox *>(u"confirmForeignHostBox"_s)) && box->isVisible());
        QVERIFY(box->text().contains(u"smtp.example.test"_s));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTest::qWait(300);
        QVERIFY(!session->isBusy());
        QCOMPARE(wizard.field(u"host"_s).toString(), u"mail.shop.test"_s);
        QCOMPARE(session->result().transcript.size(), transcriptBefore); // no new test ran

        // Then yes: the host changes and the test runs again, and works.
        QTRY_VERIFY(remedyButtonFor(&wizard, diagnosis, u"smtp.example.test"_s));
        QTest::mouseClick(remedyButtonFor(&wizard, diagnosis, u"smtp.example.test"_s), Qt::LeftButton);
        QTRY_VERIFY((box = wizard.findChild<QMessageBox *>(u"confirmForeignHostBox"_s)) && box->isVisible());
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QCOMPARE(wizard.field(u"host"_s).toString(), u"smtp.example.test"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 20000);
        QVERIFY2(session->state() == SessionView::State::Succeeded, qPrintable(session->statusText()));
    }

    // Issue 15: the lookup for shop.test finds nothing (no catalog entry, nothing listening on the
    // usual ports), but of the usual names mail.shop.test exists: the Server page says so, lists
    // what it tried, and fills that name in instead of a generic example.
    void nothingFoundFillsInTheUsualNameThatExists()
    {
        ConnectionOptions options = wizardTestOptions();
        options.finderOptions.sources = FinderOptions::Sources(FinderOptions::Source::Catalog)
                                        | FinderOptions::Source::Guess;
        options.finderOptions.probeTimeout = std::chrono::milliseconds(3000);
        AccountWizard wizard(AccountStore(m_dir.filePath(u"nothing-found.json"_s)), options);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        typeInto(child<QLineEdit>(&wizard, "emailEdit"), u"info@shop.test"_s);
        QVERIFY(clickNext(&wizard));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.serverPage()->isLookupRunning(), 30000);
        QCOMPARE(wizard.serverPage()->candidateList()->topLevelItemCount(), 0);
        const QString status = child<QLabel>(&wizard, "lookupStatus")->text();
        QVERIFY2(status.contains(u"mail.shop.test"_s), qPrintable(status));
        QCOMPARE(child<QLineEdit>(&wizard, "hostEdit")->text(), u"mail.shop.test"_s);
        QVERIFY(nextEnabled(&wizard));
        const QString guesses = child<QLabel>(&wizard, "guessedNames")->text();
        QVERIFY2(guesses.contains(u"smtp.shop.test"_s) && guesses.contains(u"127.0.0.1"_s)
                         && guesses.contains(u"587 (starttls)"_s),
                 qPrintable(guesses));
    }
};

int main(int argc, char **argv)
{
    const int outside = Postaci::Test::TestNetwork::ensureInside(QStringLiteral(POSTACI_TESTNET_CONFIG), argc, argv);
    if (outside >= 0)
        return outside;
    QApplication app(argc, argv);
    WizardForeignHostTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizardforeignhost.moc"
