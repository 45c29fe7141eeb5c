// The accessibility walk (issue 15): every window a user meets — each wizard page, the main
// window (empty, with accounts, after a failed test with its diagnosis) and its dialogs — in
// English and in Turkish. It walks the QAccessible tree a screen reader reads and fails on any
// interactive control without a name, on a mnemonic used twice in one window, and on a control
// that Tab never reaches; Escape closes dialogs and Enter goes on in the wizard.

#include "accountwizard.h"
#include "certificatedialog.h"
#include "common/translation.h"
#include "guitesthelpers.h"
#include "lookupdialog.h"
#include "mainwindow.h"
#include "sendtestdialog.h"
#include "serverpage.h"
#include "sessionview.h"
#include "testcertificates.h"
#include "verifypage.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QPalette>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::GuiTest;
using Postaci::Test::CertKind;
using Postaci::Test::TestCertificates;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    return u"%1 %2 \"%3\""_s.arg(QString::number(iface->role(), 16),
                                 object ? QString::fromLatin1(object->metaObject()->className()) : u"?"_s,
                                 object ? object->objectName() : QString());
}

// Interactive, visible controls without an accessible name, below `root` (bounded walk).
void walk(QAccessibleInterface *iface, int depth, int &visited, QStringList &unnamed, int &interactive)
{
    if (!iface || !iface->isValid() || depth > 40 || ++visited > 20000)
        return;
    if (iface->state().invisible)
        return;
    if (isInteractive(iface->role())) {
        ++interactive;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(iface);
    }
    const int count = iface->childCount();
    for (int i = 0; i < count; ++i)
        walk(iface->child(i), depth + 1, visited, unnamed, interactive);
}

// The mnemonic of "Se&curity" is 'c'; "&&" is a literal ampersand.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Mnemonics used twice among the visible buttons and buddied labels of one window.
QStringList duplicateMnemonics(QWidget *window)
{
    QHash<QChar, QStringList> owners;
    const auto buttons = window->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->isVisibleTo(window) && !qobject_cast<QToolButton *>(button))
            if (const QChar key = mnemonic(button->text()); !key.isNull())
                owners[key] << button->text();
    }
    const auto labels = window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isVisibleTo(window) && label->buddy())
            if (const QChar key = mnemonic(label->text()); !key.isNull())
                owners[key] << label->text();
    }
    QStringList duplicates;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            duplicates << it.value().join(u" / "_s);
    }
    return duplicates;
}

// Controls a keyboard user must be able to reach with Tab, in `window`, visible and enabled.
QSet<QWidget *> tabbable(QWidget *window)
{
    QSet<QWidget *> widgets;
    const auto children = window->findChildren<QWidget *>();
    for (QWidget *widget : children) {
        if (!widget->isVisibleTo(window) || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (widget->focusProxy() || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue; // the proxy (or the spin box) is the one that takes the focus
        if (!isInteractive(QAccessible::queryAccessibleInterface(widget)
                                   ? QAccessible::queryAccessibleInterface(widget)->role()
                                   : QAccessible::NoRole))
            continue;
        widgets << widget;
    }
    return widgets;
}

// Presses Tab until the focus comes round again (bounded) and returns what it never reached.
QStringList unreachedByTab(QWidget *window)
{
    const QSet<QWidget *> wanted = tabbable(window);
    QSet<QWidget *> reached;
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return {u"the window never became active"_s};
    if (!QApplication::focusWidget())
        return {u"nothing has the focus"_s};
    for (int i = 0; i < 4 * int(wanted.size()) + 8; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        reached << focus;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QStringList missing;
    for (QWidget *widget : wanted) {
        if (!reached.contains(widget))
            missing << u"%1 \"%2\""_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    return missing;
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    auto channel
            = [](double value) { return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Visible labels whose text colour is hard to read on their background (below WCAG AA, 4.5:1):
// a status colour chosen for a light window shown on a dark one, say.
QStringList lowContrastLabels(QWidget *window)
{
    QStringList labels;
    const auto children = window->findChildren<QLabel *>();
    for (QLabel *label : children) {
        if (!label->isVisibleTo(window) || label->text().isEmpty() || !label->isEnabled())
            continue;
        const QColor text = label->palette().color(QPalette::WindowText);
        const QColor background = label->palette().color(QPalette::Window);
        if (const double ratio = contrast(text, background); ratio < 4.5)
            labels << u"\"%1\" %2:1"_s.arg(label->text().left(50)).arg(ratio, 0, 'f', 1);
    }
    return labels;
}

// A dark palette like the ones KDE's Breeze Dark and GNOME's dark style give Qt.
QPalette darkPalette()
{
    QPalette dark;
    const QColor window(0x2a, 0x2e, 0x32);
    const QColor text(0xfc, 0xfc, 0xfc);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, text);
    dark.setColor(QPalette::ToolTipBase, window);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    dark.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x71, 0x75));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x71, 0x75));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x71, 0x75));
    return dark;
}

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QStringList m_problems;
    int m_windows = 0;
    int m_controls = 0;
    quint16 m_closedPort = 0;

    // Checks one window as it is now; `keyboard` also walks it with Tab.
    void check(QWidget *window, const QString &where, bool keyboard = true)
    {
        QTRY_VERIFY(window->isVisible());
        QCoreApplication::processEvents();
        ++m_windows;
        QAccessibleInterface *root = QAccessible::queryAccessibleInterface(window);
        QVERIFY(root);
        int visited = 0;
        QStringList unnamed;
        walk(root, 0, visited, unnamed, m_controls);
        for (const QString &control : std::as_const(unnamed))
            m_problems << where + u": no accessible name: "_s + control;
        for (const QString &duplicate : duplicateMnemonics(window))
            m_problems << where + u": one mnemonic for "_s + duplicate;
        if (keyboard) {
            for (const QString &missing : unreachedByTab(window))
                m_problems << where + u": not reached with Tab: "_s + missing;
        }
        for (const QString &label : clippedLabels(window))
            m_problems << where + u": clipped label "_s + label;
        for (const QString &label : lowContrastLabels(window))
            m_problems << where + u": text hard to read on its background: "_s + label;
    }

    ConnectionOptions options() const
    {
        ConnectionOptions options;
        options.finderOptions = FinderOptions::offline();
        options.timeouts = SessionTimeouts::uniform(std::chrono::milliseconds(3000));
        options.remedyCheckDeadline = std::chrono::milliseconds(1000);
        options.recipientCheck = ConnectionOptions::RecipientCheck::Off;
        return options;
    }

    void walkWizard(const QString &language)
    {
        AccountWizard wizard(AccountStore(m_dir.filePath(u"wizard.json"_s)), options());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        check(&wizard, language + u" wizard: identity"_s);

        // Enter goes on (Next is the default button) once the address is valid.
        typeInto(child<QLineEdit>(&wizard, "emailEdit"), u"ali@bilinmeyen-saglayici.example"_s);
        QTest::keyClick(child<QLineEdit>(&wizard, "emailEdit"), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.serverPage()->isLookupRunning(), 10000);
        QTest::mouseClick(child<QToolButton>(&wizard, "lookupDetailsButton"), Qt::LeftButton);
        check(&wizard, language + u" wizard: server, nothing found"_s);

        typeInto(child<QLineEdit>(&wizard, "hostEdit"), u"127.0.0.1"_s);
        typeInto(child<QSpinBox>(&wizard, "portSpinBox"), m_closedPort);
        QVERIFY(clickNext(&wizard));
        check(&wizard, language + u" wizard: credentials"_s);

        typeInto(child<QLineEdit>(&wizard, "passwordEdit"), u"Parola1234"_s);
        QVERIFY(clickNext(&wizard));
        auto *verify = static_cast<VerifyPage *>(wizard.page(AccountWizard::VerifyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!verify->sessionView()->isBusy(), 20000);
        QCOMPARE(verify->sessionView()->state(), SessionView::State::Failed);
        QTRY_VERIFY(child<QWidget>(&wizard, "diagnosisView")->isVisible());
        check(&wizard, language + u" wizard: verify, failed with a diagnosis"_s);

        QVERIFY(clickNext(&wizard));
        check(&wizard, language + u" wizard: finish"_s);
    }

    void walkMainWindowAndDialogs(const QString &language)
    {
        {
            MainWindow empty(AccountStore(m_dir.filePath(u"empty/accounts.json"_s)), options());
            empty.show();
            QVERIFY(QTest::qWaitForWindowExposed(&empty));
            check(&empty, language + u" main window, no account"_s);
        }

        AccountStore store(m_dir.filePath(u"main-" + language + u".json"_s));
        Account account;
        account.id = Account::newId();
        account.displayName = u"Yılmaz Mobilya"_s;
        account.email = u"siparis@yilmazmobilya.com.tr"_s;
        account.host = u"127.0.0.1"_s;
        account.port = m_closedPort;
        account.security = Security::StartTls;
        account.user = account.email;
        QVERIFY(store.save(account).ok());
        MainWindow window(store, options());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        check(&window, language + u" main window, accounts"_s);
        // Menu titles and each menu's entries: one mnemonic each.
        QStringList menuTitles;
        QSet<QChar> titleKeys;
        const auto menus = window.menuBar()->actions();
        for (QAction *menu : menus) {
            const QChar key = mnemonic(menu->text());
            if (!key.isNull() && titleKeys.contains(key))
                m_problems << language + u" menu bar: one mnemonic for several menus: "_s + menu->text();
            titleKeys << key;
            if (!menu->menu())
                continue;
            QSet<QChar> itemKeys;
            const auto items = menu->menu()->actions();
            for (QAction *item : items) {
                const QChar itemKey = mnemonic(item->text());
                if (itemKey.isNull())
                    continue;
                if (itemKeys.contains(itemKey))
                    m_problems << language + u" menu "_s + menu->text() + u": one mnemonic twice: "_s + item->text();
                itemKeys << itemKey;
            }
        }

        // A failed test: the diagnosis with its remedies in the test panel.
        window.startTestSend(account, account.email, account.email, u"Parola1234"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!window.sessionView()->isBusy(), 20000);
        QTRY_VERIFY(child<QWidget>(&window, "diagnosisView")->isVisible());
        check(&window, language + u" main window, failed test"_s);

        // The send-test dialog (the account has a saved password: no password field).
        window.sendTestEmailTo();
        SendTestDialog *send = nullptr;
        QTRY_VERIFY((send = visibleTopLevel<SendTestDialog>("sendTestDialog")));
        check(send, language + u" send-test dialog"_s);
        QTest::keyClick(send, Qt::Key_Escape); // Escape closes a dialog
        QTRY_VERIFY(!visibleTopLevel<SendTestDialog>("sendTestDialog"));

        window.lookUpSettings();
        LookupDialog *lookup = window.lookupDialog();
        QVERIFY(lookup);
        lookup->setQuery(u"ayse@gmail.com"_s);
        lookup->startLookup();
        QTRY_VERIFY_WITH_TIMEOUT(!lookup->isRunning(), 10000);
        check(lookup, language + u" lookup dialog"_s);
        lookup->close();

        const QSslCertificate leaf = TestCertificates::instance().certificate(CertKind::SelfSigned);
        TlsDetails tls;
        tls.peerChain = {leaf};
        tls.peerSha256 = TestCertificates::instance().sha256(CertKind::SelfSigned);
        tls.verificationErrors << QSslError(QSslError::SelfSignedCertificate, leaf);
        CertificateDialog certificate(tls, u"127.0.0.1"_s, 587, CertificateDialog::Offer::TrustButton, &window);
        certificate.show();
        QVERIFY(QTest::qWaitForWindowExposed(&certificate));
        check(&certificate, language + u" certificate dialog"_s);
        QTest::keyClick(&certificate, Qt::Key_Escape);
        QTRY_VERIFY(!certificate.isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost, 0));
        m_closedPort = reserve.serverPort();
        reserve.close();
        // The second ctest entry: 200% (QT_SCALE_FACTOR) and a dark palette.
        if (qEnvironmentVariableIsSet("POSTACI_TEST_DARK_PALETTE"))
            QApplication::setPalette(darkPalette());
    }

    void everyControlIsNamedAndReachable_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("tr") << u"tr"_s;
    }

    void everyControlIsNamedAndReachable()
    {
        QFETCH(QString, language);
        QCOMPARE(installTranslations(*QCoreApplication::instance(), language), language);
        m_problems.clear();
        m_windows = 0;
        m_controls = 0;
        walkWizard(language);
        if (QTest::currentTestFailed())
            return;
        walkMainWindowAndDialogs(language);
        if (QTest::currentTestFailed())
            return;
        qInfo("%s: %d windows, %d interactive controls", qPrintable(language), m_windows, m_controls);
        QVERIFY(m_controls > 50); // the walk really saw the controls
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
