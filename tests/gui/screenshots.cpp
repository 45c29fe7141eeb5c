// postaci-screenshots: renders the main windows into PNG files for a look by eye (clipped
// translations, broken layouts). Not a test; nothing here is compared automatically.
//
//   xvfb-run -a build/dev/tests/gui/postaci-screenshots --lang tr --out /tmp/shots-tr
//
// Uses a throwaway accounts file and no network beyond a closed port on 127.0.0.1.

#include "accountwizard.h"
#include "aiosmtpdserver.h"
#include "common/translation.h"
#include "lookupdialog.h"
#include "mainwindow.h"
#include "sendtestdialog.h"
#include "serverpage.h"
#include "sessionview.h"
#include "testcertificates.h"
#include "verifypage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QWizard>

using namespace Postaci;

namespace {

QString g_out;
int g_failures = 0;

void save(QWidget *widget, const QString &name)
{
    const QString path = QDir(g_out).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        qWarning("could not write %s", qPrintable(path));
        ++g_failures;
    } else {
        qInfo("%s", qPrintable(path));
    }
}

// Runs the event loop until `done` holds or the time is up (a tool, not product code).
template<typename F>
void waitFor(F done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();
}

void settle()
{
    waitFor([] { return false; }, 300);
}

Account sample(const QString &name, const QString &email, const QString &host, quint16 port, Security security)
{
    Account account;
    account.id = Account::newId();
    account.displayName = name;
    account.email = email;
    account.host = host;
    account.port = port;
    account.security = security;
    account.user = email;
    account.passwordSaved = true;
    return account;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("postaci-screenshots"));
    QCommandLineParser parser;
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("tr or en"), QStringLiteral("lang"),
                            QStringLiteral("en"));
    QCommandLineOption out(QStringLiteral("out"), QStringLiteral("output folder"), QStringLiteral("dir"),
                           QStringLiteral("/tmp/postaci-screenshots"));
    parser.addOptions({lang, out});
    parser.addHelpOption();
    parser.process(app);
    installTranslations(app, parser.value(lang));
    g_out = parser.value(out);
    QDir().mkpath(g_out);

    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("accounts.json")));
    Account shop = sample(QStringLiteral("Yılmaz Mobilya"), QStringLiteral("siparis@yilmazmobilya.com.tr"),
                          QStringLiteral("mail.yilmazmobilya.com.tr"), 465, Security::ImplicitTls);
    shop.lastTest = {QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc()),
                     true,
                     QStringLiteral("done"),
                     {},
                     QStringLiteral("4XyZ")};
    Account home = sample(QStringLiteral("Ayşe Öztürk"), QStringLiteral("ayse.ozturk@gmail.com"),
                          QStringLiteral("smtp.gmail.com"), 587, Security::StartTls);
    home.lastTest = {QDateTime(QDate(2026, 11, 21), QTime(14, 5), QTimeZone::utc()),
                     false,
                     QStringLiteral("auth"),
                     QStringLiteral("app-password-required"),
                     {}};
    Account site = sample(QStringLiteral("Web sitesi iletişim formu"), QStringLiteral("iletisim@ornek-site.com.tr"),
                          QStringLiteral("mail.ornek-site.com.tr"), 587, Security::StartTls);
    store.save(shop);
    store.save(home);
    store.save(site);

    ConnectionOptions options;
    options.finderOptions = FinderOptions::offline();
    options.timeouts = SessionTimeouts::uniform(std::chrono::milliseconds(3000));
    options.recipientCheck = ConnectionOptions::RecipientCheck::Off;

    {
        MainWindow empty(AccountStore(dir.filePath(QStringLiteral("empty/accounts.json"))), options);
        empty.show();
        settle();
        save(&empty, QStringLiteral("01-main-empty"));
    }

    MainWindow window(store, options);
    window.show();
    settle();
    save(&window, QStringLiteral("02-main-list"));

    // A test against a closed port: the failure, its diagnosis and remedies in the test panel.
    QTcpServer reserve;
    reserve.listen(QHostAddress::LocalHost, 0);
    const quint16 closed = reserve.serverPort();
    reserve.close();
    Account broken = sample(QStringLiteral("Kapalı port"), QStringLiteral("deneme@ornek-site.com.tr"),
                            QStringLiteral("127.0.0.1"), closed, Security::StartTls);
    store.save(broken);
    window.reloadAccounts();
    window.startTestSend(broken, broken.email, broken.email, QStringLiteral("Parola1234"));
    waitFor([&] { return !window.sessionView()->isBusy(); }, 10000);
    settle();
    waitFor([&] { return false; }, 1500); // remedy checks
    save(&window, QStringLiteral("03-main-test-failed"));

    {
        auto *dialog = new SendTestDialog(shop, &window);
        dialog->show();
        settle();
        save(dialog, QStringLiteral("04-send-test-dialog"));
        delete dialog;
    }

    {
        AccountWizard wizard(store, options);
        wizard.show();
        wizard.findChild<QLineEdit *>(QStringLiteral("displayNameEdit"))->setText(QStringLiteral("Ayşe Öztürk"));
        wizard.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(QStringLiteral("ayse..ozturk@gmail.com"));
        settle();
        save(&wizard, QStringLiteral("05-wizard-identity-error"));
        wizard.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(QStringLiteral("ayse.ozturk@gmail.com"));
        wizard.next();
        waitFor([&] { return !wizard.serverPage()->isLookupRunning(); }, 5000);
        settle();
        save(&wizard, QStringLiteral("06-wizard-server-gmail"));
        wizard.next();
        wizard.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("abcd efgh"));
        settle();
        save(&wizard, QStringLiteral("07-wizard-credentials-provider-rule"));
    }

    {
        AccountWizard wizard(store, options);
        wizard.show();
        wizard.findChild<QLineEdit *>(QStringLiteral("emailEdit"))
                ->setText(QStringLiteral("siparis@yilmazmobilya.com.tr"));
        wizard.next();
        settle();
        wizard.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(QStringLiteral("127.0.0.1"));
        auto *port = wizard.findChild<QSpinBox *>(QStringLiteral("portSpinBox"));
        port->setFocus();
        port->selectAll();
        port->findChild<QLineEdit *>()->insert(QString::number(25));
        port->interpretText();
        settle();
        save(&wizard, QStringLiteral("08-wizard-server-manual-port25"));
        port->findChild<QLineEdit *>()->selectAll();
        port->findChild<QLineEdit *>()->insert(QString::number(closed));
        auto *security = wizard.findChild<QComboBox *>(QStringLiteral("securityComboBox"));
        security->setCurrentIndex(security->findData(int(Security::None)));
        wizard.next();
        wizard.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("şŞ1ığ"));
        settle();
        save(&wizard, QStringLiteral("09-wizard-credentials-checklist-plaintext"));
        security->setCurrentIndex(security->findData(int(Security::StartTls)));
        wizard.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("şŞ1ığİöç"));
        wizard.next();
        auto *verify = static_cast<VerifyPage *>(wizard.page(AccountWizard::VerifyPageId));
        waitFor([&] { return !verify->sessionView()->isBusy(); }, 10000);
        waitFor([&] { return false; }, 1500);
        save(&wizard, QStringLiteral("10-wizard-verify-failed"));
    }

    {
        // A successful test against aiosmtpd (STARTTLS, the harness CA trusted on the session).
        Test::AiosmtpdServer server;
        Test::AiosmtpdServer::Options serverOptions;
        serverOptions.mode = Test::AiosmtpdServer::Options::Mode::StartTls;
        serverOptions.authRequired = true;
        serverOptions.user = QStringLiteral("siparis@yilmazmobilya.com.tr");
        serverOptions.password = QStringLiteral("Parola1234");
        if (!server.start(serverOptions)) {
            qWarning("aiosmtpd: %s", qPrintable(server.errorString()));
            ++g_failures;
        } else {
            ConnectionOptions tlsOptions = options;
            tlsOptions.extraCaCertificates = Test::TestCertificates::instance().caCertificates();
            AccountWizard wizard(store, tlsOptions);
            wizard.show();
            wizard.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(serverOptions.user);
            wizard.next();
            settle();
            wizard.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(QStringLiteral("127.0.0.1"));
            wizard.findChild<QSpinBox *>(QStringLiteral("portSpinBox"))->setValue(server.port());
            auto *security = wizard.findChild<QComboBox *>(QStringLiteral("securityComboBox"));
            security->setCurrentIndex(security->findData(int(Security::StartTls)));
            wizard.next();
            wizard.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(serverOptions.password);
            wizard.next();
            auto *verify = static_cast<VerifyPage *>(wizard.page(AccountWizard::VerifyPageId));
            waitFor([&] { return !verify->sessionView()->isBusy(); }, 15000);
            settle();
            save(&wizard, QStringLiteral("12-wizard-verify-success"));
        }
    }

    {
        LookupDialog lookup(options);
        lookup.show();
        lookup.setQuery(QStringLiteral("ayse@gmail.com"));
        lookup.startLookup();
        waitFor([&] { return !lookup.isRunning(); }, 5000);
        settle();
        save(&lookup, QStringLiteral("11-lookup-gmail"));
    }

    return g_failures == 0 ? 0 : 1;
}
