// The OAuth2 sign-in in the windows (issue 12, docs/oauth2.md), offscreen, with the harness's
// OAuth2 server and aiosmtpd accepting only its tokens: an Outlook.com address leads the wizard
// to "Sign in with Microsoft" instead of the password; the sign-in (this test plays the browser
// through QDesktopServices' URL handler), Cancel closing the listener, Verify and the test e-mail
// with the token; then a revoked sign-in in the main window leads to "Sign in again".
#include "accountwizard.h"
#include "aiosmtpdserver.h"
#include "credentialspage.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "oauthbrowser.h"
#include "oauthserver.h"
#include "secrettesting.h"
#include "sessionview.h"
#include "testcertificates.h"
#include "testsupport.h"
#include "transcriptview.h"

#include "oauth/oauthtokens.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::GuiTest;
using namespace Postaci::Test;

namespace {

const QString address = u"ali@outlook.com"_s;

bool portAccepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    return socket.waitForConnected(2000);
}

quint16 redirectPort(const QUrl &authorizationUrl)
{
    return quint16(QUrl(QUrlQuery(authorizationUrl).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)).port());
}

} // namespace

// Stands in for the system browser: QDesktopServices hands it the URL instead of opening one.
class FakeBrowser : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class WizardOAuthTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    OAuthServer m_oauth;
    AiosmtpdServer m_smtp;
    FakeBrowser m_browser;

    AccountStore store() const { return AccountStore(m_dir.filePath(u"accounts.json"_s)); }
    ConnectionOptions options() const
    {
        ConnectionOptions options;
        options.finderOptions = FinderOptions::offline();
        options.extraCaCertificates = TestCertificates::instance().caCertificates();
        options.timeouts = SessionTimeouts::uniform(std::chrono::milliseconds(8000));
        options.recipientCheck = ConnectionOptions::RecipientCheck::Off;
        // "Microsoft" is the harness's server here (HTTPS with the test CA).
        OAuthConfig microsoft = *OAuthConfig::preset(u"microsoft"_s);
        microsoft.clientId = m_oauth.options().clientId;
        microsoft.authorizeUrl = m_oauth.url(u"/authorize"_s);
        microsoft.tokenUrl = m_oauth.url(u"/token"_s);
        microsoft.scope = m_oauth.options().scope;
        options.oauthPresets.insert(u"microsoft"_s, microsoft);
        return options;
    }
    // Clicks the sign-in button inside `parent` and waits for the "browser" to get the URL.
    QUrl clickSignIn(QWidget *parent)
    {
        const qsizetype before = m_browser.opened.size();
        QTest::mouseClick(child<QPushButton>(parent, "oauthSignInButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return m_browser.opened.size() > before; }, 10000))
            return {};
        return m_browser.opened.constLast();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(hasTestKeychain(), keychainHint());
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
        QVERIFY2(m_oauth.start(), qPrintable(m_oauth.errorString()));
        AiosmtpdServer::Options smtp;
        smtp.mode = AiosmtpdServer::Options::Mode::StartTls;
        smtp.authRequired = true;
        smtp.user = address;
        smtp.authMechanisms = {u"XOAUTH2"_s, u"OAUTHBEARER"_s};
        smtp.oauthTokenFile = m_oauth.tokenFile();
        QVERIFY2(m_smtp.start(smtp), qPrintable(m_smtp.errorString()));
        QDesktopServices::setUrlHandler(u"https"_s, &m_browser, "open");
        QDesktopServices::setUrlHandler(u"http"_s, &m_browser, "open");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QDesktopServices::unsetUrlHandler(u"http"_s);
    }

    void abandonedWizardLeavesNoTokens()
    {
        MainWindow window(store(), options());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.addAccount();
        AccountWizard *wizard = window.activeWizard();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QVERIFY(fillUpToCredentials(wizard, address, u"127.0.0.1"_s, m_smtp.port(), Security::StartTls));
        const QString id = wizard->accountId();
        const QUrl url = clickSignIn(wizard);
        QVERIFY(url.isValid());
        QVERIFY(followAuthorization(url).status == 200);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), 20000);
        QVERIFY(readSecret(id).ok());
        wizard->reject();
        QTRY_COMPARE_WITH_TIMEOUT(readSecret(id).error, SecretError::NotFound, 10000);
    }

    void outlookAddressSignsInWithMicrosoft()
    {
        MainWindow window(store(), options());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(child<QPushButton>(&window, "addFirstAccountButton"), Qt::LeftButton);
        AccountWizard *wizard = window.activeWizard();
        QVERIFY(wizard);
        QVERIFY(fillUpToCredentials(wizard, address, u"127.0.0.1"_s, m_smtp.port(), Security::StartTls));

        // Outlook.com takes only OAuth2: the page offers Microsoft's sign-in, not the password.
        auto *useOAuth = child<QCheckBox>(wizard, "useOAuthCheckBox");
        QVERIFY(useOAuth->isVisible());
        QVERIFY(useOAuth->isChecked());
        QVERIFY(!child<QLineEdit>(wizard, "passwordEdit")->isVisible());
        auto *signIn = child<QPushButton>(wizard, "oauthSignInButton");
        QVERIFY(signIn->isVisible());
        QCOMPARE(signIn->text(), u"Sign in with Microsoft"_s);
        QVERIFY(!nextEnabled(wizard)); // not signed in yet

        // Cancel closes the loopback listener at once, and nothing is stored.
        const QUrl first = clickSignIn(wizard);
        QVERIFY(first.isValid());
        const quint16 firstPort = redirectPort(first);
        QVERIFY(portAccepts(firstPort));
        QTest::mouseClick(child<QPushButton>(wizard, "oauthCancelButton"), Qt::LeftButton);
        QVERIFY(!portAccepts(firstPort));
        QTRY_VERIFY(signIn->isEnabled());
        QCOMPARE(readSecret(wizard->accountId()).error, SecretError::NotFound);
        QVERIFY(!nextEnabled(wizard));

        // Signing in: the browser comes back, the page says who is signed in, Next opens.
        const QUrl url = clickSignIn(wizard);
        QVERIFY(url.isValid());
        const BrowserVisit visit = followAuthorization(url);
        QVERIFY2(visit.status == 200, qPrintable(visit.describe()));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), 20000);
        QVERIFY(child<QLabel>(wizard, "oauthStatus")->text().contains(u"Signed in as "_s + address));
        QVERIFY(!portAccepts(redirectPort(url)));

        // Verify signs in to the SMTP server with the token.
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard->currentId(), int(AccountWizard::VerifyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), 20000);
        QVERIFY2(wizard->lastTest().ok, qPrintable(wizard->lastTest().error));

        // Finish saves an OAuth2 account: settings in the file, tokens only in the keychain.
        QSignalSpy saved(wizard, &AccountWizard::accountSaved);
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard->currentId(), int(AccountWizard::FinishPageId));
        const qsizetype before = m_smtp.messageFiles().size();
        wizard->button(QWizard::FinishButton)->click(); // the Finish page saves only on Finish
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() == 1, 20000);
        const Account account = saved.at(0).at(0).value<Account>();
        QVERIFY(account.usesOAuth());
        QCOMPARE(account.oauth->provider, u"microsoft"_s);
        const std::optional<OAuthTokens> tokens = OAuthTokens::fromSecret(readSecret(account.id).secret);
        QVERIFY(tokens);
        const QByteArray file = readFile(store().filePath());
        QVERIFY(file.contains("\"oauth2\""));
        QVERIFY(!file.contains(tokens->refreshToken.toUtf8()) && !file.contains(tokens->accessToken.toUtf8()));

        // The test e-mail right after Finish uses the token too.
        QTRY_VERIFY(!window.activeWizard());
        SessionView *session = window.sessionView();
        QTRY_VERIFY_WITH_TIMEOUT(session->state() == SessionView::State::Succeeded
                                         || session->state() == SessionView::State::Failed,
                                 20000);
        QVERIFY2(session->state() == SessionView::State::Succeeded,
                 qPrintable(session->statusText() + u'\n' + session->transcript()->toPlainText()));
        QTRY_COMPARE_WITH_TIMEOUT(m_smtp.messageFiles().size(), before + 1, 10000);

        // Revoked: the next test is refused before anything is sent, and the main window offers
        // "Sign in again" at once; signing in there makes the account work again.
        QVERIFY(m_oauth.revoke(OAuthTokens::fromSecret(readSecret(account.id).secret)->refreshToken));
        QTRY_VERIFY_WITH_TIMEOUT(m_oauth.newestAccessTokenSecondsLeft() < 0, 20000);
        QTRY_VERIFY(!session->isBusy());
        window.startTestSend(*window.currentAccount(), address, address);
        QDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<QDialog *>(u"oauthSignInDialog"_s)) != nullptr, 20000);
        QCOMPARE(session->testResult().diagnosis.id, u"oauth-sign-in-again"_s);
        QCOMPARE(m_smtp.messageFiles().size(), before + 1);
        const QUrl again = clickSignIn(dialog);
        QVERIFY(again.isValid());
        QVERIFY(followAuthorization(again).status == 200);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "oauthStatus")->text().contains("Signed in as"_L1), 20000);
        dialog->close();
        QVERIFY(window.findChild<QAction *>(u"signInAgainAction"_s)->isEnabled());
        window.startTestSend(*window.currentAccount(), address, address);
        QTRY_VERIFY_WITH_TIMEOUT(session->state() == SessionView::State::Succeeded
                                         || session->state() == SessionView::State::Failed,
                                 20000);
        QVERIFY2(session->state() == SessionView::State::Succeeded, qPrintable(session->statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(m_smtp.messageFiles().size(), before + 2, 10000);
    }
};

QTEST_MAIN(WizardOAuthTest)
#include "tst_wizardoauth.moc"
