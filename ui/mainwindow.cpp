#include "mainwindow.h"

#include "account/accountremovejob.h"
#include "account/emailaddress.h"
#include "accountlistmodel.h"
#include "accountwizard.h"
#include "deliverabilitydialog.h"
#include "diagnosisview.h"
#include "exportdialog.h"
#include "labels.h"
#include "lookupdialog.h"
#include "oauthsigninwidget.h"
#include "sendtestdialog.h"
#include "sessionview.h"
#include "testalldialog.h"
#include "uisettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

enum Page { EmptyPage, ListPage };

QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}

// A message box that does not block: shown with open(), deleted when closed.
QMessageBox *messageBox(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                        QMessageBox::StandardButtons buttons = QMessageBox::Ok)
{
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

QString accountLabel(const Account &account)
{
    return account.displayName.isEmpty() ? account.email : account.displayName;
}

// Where the one-click test goes: what the user chose last time for this account, as long as it
// still fits the account (the sender one of its addresses), else its own address to itself.
UiSettings::TestAddresses oneClickAddresses(const Account &account)
{
    UiSettings::TestAddresses addresses = UiSettings::testAddresses(account.id);
    if (!account.senderAddresses().contains(addresses.sender, Qt::CaseInsensitive))
        addresses.sender = account.email;
    if (!EmailAddress::parse(addresses.recipient).isValid())
        addresses.recipient = account.email;
    return addresses;
}

// The password has to be typed for a test when it is needed and not in the keychain.
bool testNeedsTypedPassword(const Account &account)
{
    return !account.passwordSaved && account.auth != AuthMethod::None;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(AccountStore(), ConnectionOptions(), parent)
{ }

MainWindow::MainWindow(const AccountStore &store, const ConnectionOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_options(options)
    , m_model(new AccountListModel(this))
{
    setWindowTitle(tr("Postacı"));
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/postaci.png"_s));

    createActions();
    createCentralWidget();
    createTestDock();
    createMenus();
    resize(980, 680);
    if (!UiSettings::mainWindowGeometry().isEmpty()) {
        restoreGeometry(UiSettings::mainWindowGeometry());
        restoreState(UiSettings::mainWindowState());
    }
    reloadAccounts();
    statusBar()->showMessage(tr("Ready."));
}

MainWindow::~MainWindow() = default;

AccountWizard *MainWindow::activeWizard() const
{
    return m_wizard;
}

LookupDialog *MainWindow::lookupDialog() const
{
    return m_lookup;
}

ExportDialog *MainWindow::exportDialog() const
{
    return m_export;
}

TestAllDialog *MainWindow::testAllDialog() const
{
    return m_testAll;
}

void MainWindow::createActions()
{
    m_addAction = new QAction(themeIcon("list-add", QStyle::SP_FileDialogNewFolder), tr("&Add account…"), this);
    m_addAction->setObjectName(u"addAccountAction"_s);
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setToolTip(
            tr("Add an account (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_addAction->setIconText(tr("Add"));
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addAccount);

    m_editAction
            = new QAction(themeIcon("document-edit", QStyle::SP_FileDialogDetailedView), tr("&Edit account…"), this);
    m_editAction->setObjectName(u"editAccountAction"_s);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setIconText(tr("Edit"));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editAccount);

    m_removeAction = new QAction(themeIcon("list-remove", QStyle::SP_TrashIcon), tr("&Remove account…"), this);
    m_removeAction->setObjectName(u"removeAccountAction"_s);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setIconText(tr("Remove"));
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeAccount);

    // No ellipsis: the main action sends at once (one click); choosing who gets it is the
    // "…to…" action beside it.
    m_testAction = new QAction(themeIcon("mail-send", QStyle::SP_MediaPlay), tr("Send &test e-mail"), this);
    m_testAction->setObjectName(u"sendTestAction"_s);
    m_testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_testAction->setIconText(tr("Send test e-mail"));
    connect(m_testAction, &QAction::triggered, this, &MainWindow::sendTestEmail);

    m_testToAction = new QAction(tr("Send test e-mail t&o…"), this);
    m_testToAction->setObjectName(u"sendTestToAction"_s);
    m_testToAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_testToAction, &QAction::triggered, this, &MainWindow::sendTestEmailTo);
    m_signInAction = new QAction(tr("Sign &in again…"), this);
    m_signInAction->setObjectName(u"signInAgainAction"_s);
    m_signInAction->setToolTip(tr("Sign the selected OAuth2 account in again in the browser"));
    connect(m_signInAction, &QAction::triggered, this, &MainWindow::signInAgain);

    m_lookupAction = new QAction(themeIcon("edit-find", QStyle::SP_FileDialogContentsView),
                                 tr("&Look up provider settings…"), this);
    m_lookupAction->setObjectName(u"lookupAction"_s);
    m_lookupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lookupAction->setIconText(tr("Look up settings"));
    connect(m_lookupAction, &QAction::triggered, this, &MainWindow::lookUpSettings);

    m_deliverabilityAction = new QAction(tr("&Will my mail arrive?…"), this);
    m_deliverabilityAction->setObjectName(u"deliverabilityAction"_s);
    m_deliverabilityAction->setToolTip(tr("Check the DNS records receivers judge this account's mail by (SPF, DKIM, DMARC)"));
    connect(m_deliverabilityAction, &QAction::triggered, this, &MainWindow::checkDeliverability);

    m_exportAction = new QAction(themeIcon("document-export", QStyle::SP_DialogSaveButton), tr("E&xport settings…"), this);
    m_exportAction->setObjectName(u"exportSettingsAction"_s);
    m_exportAction->setIconText(tr("Export"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportSettings);

    m_testAllAction = new QAction(themeIcon("view-refresh", QStyle::SP_BrowserReload), tr("Test all accou&nts"), this);
    m_testAllAction->setObjectName(u"testAllAction"_s);
    m_testAllAction->setIconText(tr("Test all"));
    connect(m_testAllAction, &QAction::triggered, this, &MainWindow::testAllAccounts);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus()
{
    QMenu *accounts = menuBar()->addMenu(tr("&Accounts"));
    accounts->addAction(m_addAction);
    accounts->addAction(m_editAction);
    accounts->addAction(m_removeAction);
    accounts->addSeparator();
    accounts->addAction(m_testAction);
    accounts->addAction(m_testToAction);
    accounts->addAction(m_signInAction);
    accounts->addAction(m_lookupAction);
    accounts->addAction(m_deliverabilityAction);
    accounts->addAction(m_testAllAction);
    accounts->addAction(m_exportAction);
    accounts->addSeparator();
    accounts->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggleDock = m_testDock->toggleViewAction();
    toggleDock->setText(tr("&Test panel"));
    view->addAction(toggleDock);

    QMenu *language = menuBar()->addMenu(tr("&Language"));
    language->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(this);
    const QString current = UiSettings::languageInEffect();
    struct Choice
    {
        QString code;
        QString label;
    };
    // The names of languages are written in the language itself, so a user who cannot read
    // the current one can still find theirs.
    const Choice choices[] = {{QString(), tr("System language")},
                              {u"tr"_s, u"Türkçe"_s},
                              {u"en"_s, u"English"_s}};
    for (const Choice &choice : choices) {
        QAction *action = language->addAction(choice.label);
        action->setObjectName(u"languageAction_"_s
                              + (choice.code.isEmpty() ? u"system"_s : choice.code));
        action->setCheckable(true);
        action->setChecked(choice.code == current);
        group->addAction(action);
        const QString code = choice.code;
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Postacı"));
    about->setObjectName(u"aboutAction"_s);
    connect(about, &QAction::triggered, this, &MainWindow::showAboutDialog);

    QToolBar *toolbar = addToolBar(tr("Accounts"));
    toolbar->setObjectName(u"accountsToolBar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(m_addAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_removeAction);
    toolbar->addSeparator();
    toolbar->addAction(m_testAction);
    // The toolbar button sends at once; its arrow offers "Send test e-mail to…".
    if (auto *testButton = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_testAction))) {
        auto *testMenu = new QMenu(testButton);
        testMenu->addAction(m_testToAction);
        testButton->setMenu(testMenu);
        testButton->setPopupMode(QToolButton::MenuButtonPopup);
    }
    toolbar->addAction(m_lookupAction);
    toolbar->addAction(m_testAllAction);
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);

    m_problemBanner = new QFrame(central);
    m_problemBanner->setObjectName(u"accountsProblemBanner"_s);
    m_problemBanner->setFrameShape(QFrame::StyledPanel);
    m_problemBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_problemBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3a, 0x2a, 0x00));
    m_problemBanner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_problemBanner);
    auto *bannerIcon = new QLabel(m_problemBanner);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    bannerIcon->setAlignment(Qt::AlignTop);
    m_problemText = new QLabel(m_problemBanner);
    m_problemText->setObjectName(u"accountsProblemText"_s);
    m_problemText->setTextFormat(Qt::PlainText);
    m_problemText->setWordWrap(true);
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_newListButton = new QPushButton(tr("Start a &new list…"), m_problemBanner);
    m_newListButton->setObjectName(u"startNewListButton"_s);
    auto *retry = new QPushButton(tr("&Read again"), m_problemBanner);
    retry->setObjectName(u"reloadAccountsButton"_s);
    auto *bannerButtons = new QVBoxLayout;
    bannerButtons->addWidget(retry);
    bannerButtons->addWidget(m_newListButton);
    bannerButtons->addStretch();
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(m_problemText, 1);
    bannerLayout->addLayout(bannerButtons);
    m_problemBanner->hide();
    connect(retry, &QPushButton::clicked, this, &MainWindow::reloadAccounts);
    connect(m_newListButton, &QPushButton::clicked, this, &MainWindow::startNewAccountList);

    m_pages = new QStackedWidget(central);
    auto *empty = new QWidget(m_pages);
    empty->setObjectName(u"emptyPage"_s);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *hint = new QLabel(tr("Postacı gets an outgoing-mail account working and proves it works."), empty);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    auto *addFirst = new QPushButton(tr("Add your first account"), empty);
    addFirst->setObjectName(u"addFirstAccountButton"_s);
    addFirst->setIcon(m_addAction->icon());
    addFirst->setDefault(true);
    QFont bigger = addFirst->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    addFirst->setFont(bigger);
    addFirst->setMinimumHeight(addFirst->sizeHint().height() + 12);
    auto *lookupHint = new QPushButton(tr("Only look up a provider's settings…"), empty);
    lookupHint->setObjectName(u"emptyLookupButton"_s);
    lookupHint->setFlat(true);
    emptyLayout->addStretch();
    emptyLayout->addWidget(hint);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(addFirst, 0, Qt::AlignCenter);
    emptyLayout->addWidget(lookupHint, 0, Qt::AlignCenter);
    emptyLayout->addStretch();
    connect(addFirst, &QPushButton::clicked, this, &MainWindow::addAccount);
    connect(lookupHint, &QPushButton::clicked, this, &MainWindow::lookUpSettings);
    m_pages->insertWidget(EmptyPage, empty);

    m_view = new QTableView(m_pages);
    m_view->setObjectName(u"accountTable"_s);
    m_view->setAccessibleName(tr("Accounts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Tab leaves the list for the test panel (a table's default is to walk its cells with Tab,
    // which traps a keyboard user in it); the arrow keys move between accounts.
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(AccountListModel::NameColumn, 180);
    m_view->horizontalHeader()->resizeSection(AccountListModel::AddressColumn, 220);
    m_view->horizontalHeader()->resizeSection(AccountListModel::ServerColumn, 260);
    m_pages->insertWidget(ListPage, m_view);
    connect(m_view, &QTableView::doubleClicked, this, &MainWindow::editAccount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);

    layout->addWidget(m_problemBanner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::createTestDock()
{
    m_testDock = new QDockWidget(tr("Test"), this);
    m_testDock->setObjectName(u"testDock"_s);
    m_testDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                            | QDockWidget::DockWidgetClosable);
    m_session = new SessionView(m_testDock);
    auto *holder = new QWidget(m_testDock);
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(6, 0, 6, 6);
    holderLayout->addWidget(m_session);
    m_testDock->setWidget(holder);
    addDockWidget(Qt::BottomDockWidgetArea, m_testDock);

    connect(m_session, &SessionView::finished, this, &MainWindow::testFinished);
    connect(m_session, &SessionView::stateChanged, this, &MainWindow::updateActions);
    connect(m_session, &SessionView::remedyChosen, this, &MainWindow::applyRemedy);
    connect(m_session, &SessionView::certificatePinRequested, this, &MainWindow::pinCertificate);
}

void MainWindow::reloadAccounts()
{
    const QString selected = currentAccount() ? currentAccount()->id : QString();
    const AccountStore::LoadResult loaded = m_store.load();
    m_model->setAccounts(loaded.accounts);
    if (loaded.ok()) {
        m_problemBanner->hide();
    } else {
        m_problemText->setText(loaded.message);
        const bool canStartNew
                = loaded.error == AccountStore::Error::Corrupt || loaded.error == AccountStore::Error::NewerSchema;
        m_newListButton->setVisible(canStartNew);
        m_problemBanner->show();
    }
    m_pages->setCurrentIndex(loaded.accounts.isEmpty() ? EmptyPage : ListPage);
    // With nothing to test the test panel is only clutter around the one action that matters;
    // it comes back with the first account (or the first test).
    if (loaded.accounts.isEmpty() && m_session->state() == SessionView::State::Idle && !m_testDock->isHidden()) {
        m_testDock->hide();
        m_dockHiddenWhileEmpty = true;
    } else if (!loaded.accounts.isEmpty() && m_dockHiddenWhileEmpty) {
        m_testDock->show();
        m_dockHiddenWhileEmpty = false;
    }
    if (!selected.isEmpty())
        selectAccount(selected);
    if (!currentAccount() && !loaded.accounts.isEmpty())
        m_view->selectRow(0);
    updateActions();
}

std::optional<Account> MainWindow::currentAccount() const
{
    if (!m_view || !m_view->selectionModel())
        return std::nullopt;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    if (const Account *account = m_model->account(rows.first().row()))
        return *account;
    return std::nullopt;
}

void MainWindow::selectAccount(const QString &accountId)
{
    const int row = m_model->rowOf(accountId);
    if (row >= 0)
        m_view->selectRow(row);
}

void MainWindow::updateActions()
{
    const bool hasAccount = currentAccount().has_value();
    const bool testing = m_session->isBusy();
    m_editAction->setEnabled(hasAccount);
    m_removeAction->setEnabled(hasAccount && !testing);
    m_testAction->setEnabled(hasAccount && !testing);
    m_deliverabilityAction->setEnabled(hasAccount);
    m_testToAction->setEnabled(hasAccount && !testing);
    const QString shortcut = m_testAction->shortcut().toString(QKeySequence::NativeText);
    if (const std::optional<Account> account = currentAccount(); account && !testNeedsTypedPassword(*account))
        m_testAction->setToolTip(
                tr("Send a test e-mail to %1 now (%2)").arg(oneClickAddresses(*account).recipient, shortcut));
    else
        m_testAction->setToolTip(tr("Send a test e-mail (%1)").arg(shortcut));
    m_exportAction->setEnabled(hasAccount);
    m_testAllAction->setEnabled(m_model->rowCount() > 0 && !m_testAll);
    m_signInAction->setEnabled(hasAccount && currentAccount()->usesOAuth() && !testing);
}

void MainWindow::signInAgain()
{
    const std::optional<Account> account = currentAccount();
    if (!account || !account->usesOAuth() || m_session->isBusy())
        return;
    OAuthSignInWidget::openDialog(*account, m_options.extraCaCertificates, this);
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::openWizard(AccountWizard *wizard)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = wizard;
    connect(wizard, &AccountWizard::accountSaved, this, &MainWindow::wizardSaved);
    connect(wizard, &QDialog::finished, this, [this, wizard](int code) {
        if (code != QDialog::Accepted || !wizard->savedAccount() || !wizard->sendTestRequested())
            return;
        const Account account = *wizard->savedAccount();
        std::optional<QString> password;
        if (!account.passwordSaved && account.auth != AuthMethod::None)
            password = wizard->unsavedPassword();
        startTestSend(account, account.email, account.email, password);
    });
    wizard->open();
}

void MainWindow::addAccount()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    openWizard(new AccountWizard(m_store, m_options, this));
}

void MainWindow::openWizardOnFirstStart()
{
    if (m_model->rowCount() == 0 && m_problemBanner->isHidden())
        addAccount();
}

void MainWindow::editAccount()
{
    const std::optional<Account> account = currentAccount();
    if (!account)
        return;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    auto *wizard = new AccountWizard(m_store, m_options, this);
    wizard->setAccount(*account);
    openWizard(wizard);
}

void MainWindow::checkDeliverability()
{
    const std::optional<Account> account = currentAccount();
    if (!account)
        return;
    auto *dialog = new DeliverabilityDialog(*account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::wizardSaved(const Account &account)
{
    reloadAccounts();
    selectAccount(account.id);
    showMessage(tr("Account %1 saved.").arg(accountLabel(account)));
}

void MainWindow::removeAccount()
{
    const std::optional<Account> account = currentAccount();
    if (!account)
        return;
    QString text = tr("Remove the account %1 (%2)?").arg(accountLabel(*account), account->email);
    if (account->passwordSaved)
        text += QLatin1Char(' ') + tr("Its password is removed from the keychain too.");
    QMessageBox *box = messageBox(this, QMessageBox::Question, tr("Remove account"), text,
                                  QMessageBox::Yes | QMessageBox::Cancel);
    box->setObjectName(u"confirmRemoveBox"_s);
    box->button(QMessageBox::Yes)->setText(tr("&Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    const Account target = *account;
    connect(box, &QMessageBox::finished, this, [this, box, target] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            removeConfirmed(target, false);
    });
    box->open();
}

void MainWindow::removeConfirmed(const Account &account, bool bestEffort)
{
    auto *job = new AccountRemoveJob(
            m_store, account.id,
            bestEffort ? AccountRemoveJob::SecretRemoval::BestEffort : AccountRemoveJob::SecretRemoval::Required, this);
    showMessage(tr("Removing %1…").arg(accountLabel(account)));
    connect(job, &AccountRemoveJob::finished, this, [this, account](const AccountChangeResult &result) {
        reloadAccounts();
        if (result.ok()) {
            UiSettings::forgetTestAddresses(account.id);
            showMessage(result.warning.isEmpty() ? tr("Account %1 removed.").arg(accountLabel(account))
                                                 : result.warning);
            return;
        }
        if (result.error == AccountChangeResult::Error::Keychain) {
            QMessageBox *box
                    = messageBox(this, QMessageBox::Warning, tr("Remove account"),
                                 result.message + u"\n\n"_s
                                         + tr("Remove the account anyway? Its password would stay in the keychain."),
                                 QMessageBox::Yes | QMessageBox::Cancel);
            box->setObjectName(u"removeAnywayBox"_s);
            box->button(QMessageBox::Yes)->setText(tr("Remove &anyway"));
            connect(box, &QMessageBox::finished, this, [this, box, account] {
                if (box->clickedButton() == box->button(QMessageBox::Yes))
                    removeConfirmed(account, true);
            });
            box->open();
            return;
        }
        messageBox(this, QMessageBox::Warning, tr("Remove account"), result.message)->open();
    });
    job->start();
}

void MainWindow::sendTestEmail()
{
    const std::optional<Account> account = currentAccount();
    if (!account || m_session->isBusy())
        return;
    if (testNeedsTypedPassword(*account)) {
        sendTestEmailTo(); // the dialog asks for the password
        return;
    }
    const UiSettings::TestAddresses addresses = oneClickAddresses(*account);
    startTestSend(*account, addresses.sender, addresses.recipient);
}

void MainWindow::sendTestEmailTo()
{
    const std::optional<Account> account = currentAccount();
    if (!account || m_session->isBusy())
        return;
    auto *dialog = new SendTestDialog(*account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const UiSettings::TestAddresses addresses = oneClickAddresses(*account);
    dialog->setAddresses(addresses.sender, addresses.recipient);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        std::optional<QString> password;
        if (dialog->asksForPassword())
            password = dialog->password();
        UiSettings::setTestAddresses(dialog->account().id, {dialog->sender(), dialog->recipient()});
        startTestSend(dialog->account(), dialog->sender(), dialog->recipient(), password);
    });
    dialog->open();
}

void MainWindow::startTestSend(const Account &account, const QString &sender, const QString &recipient,
                               const std::optional<QString> &password)
{
    if (m_session->isBusy())
        return;
    m_test = TestRequest{account.id, sender, recipient, password};
    m_testDock->show();
    m_testDock->raise();
    m_testDock->setWindowTitle(tr("Test of %1").arg(accountLabel(account)));
    TestSendRequest request = TestSendRequest::forAccount(account, TestSendRequest::Kind::Send);
    request.settings = m_options.applyTo(request.settings);
    request.secret = password;
    request.sender = sender;
    request.recipient = recipient;
    request.recipientCheck = m_options.recipientCheck == ConnectionOptions::RecipientCheck::On;
    request.remedyCheckDeadline = m_options.remedyCheckDeadline;
    request.accountsFile = m_store.filePath(); // the job records the outcome with the account
    m_session->start(request);
    updateActions();
}

void MainWindow::testFinished()
{
    updateActions();
    if (!m_test)
        return;
    const TestSendResult &result = m_session->testResult();
    if (result.cancelled)
        return;
    reloadAccounts(); // TestSendJob recorded the outcome with the account
    if (!result.recordWarning.isEmpty()) {
        showMessage(result.recordWarning);
        return;
    }
    selectAccount(m_test->accountId);
    if (result.diagnosis.id == "oauth-sign-in-again"_L1) {
        // The provider refused the saved sign-in: the remedy is the sign-in itself, offered at once.
        showMessage(tr("The provider no longer accepts the saved sign-in: sign in again."));
        signInAgain();
        return;
    }
    showMessage(result.ok ? tr("The test e-mail was accepted by the server.")
                          : tr("The test e-mail could not be sent."));
}

void MainWindow::changeTestedAccount(const std::function<void(Account &)> &change, const QString &description,
                                     const QString &caution)
{
    if (!m_test || m_session->isBusy())
        return;
    AccountStore::Result found;
    std::optional<Account> account = m_store.find(m_test->accountId, &found);
    if (!account) {
        messageBox(this, QMessageBox::Warning, tr("Change account"), found.message)->open();
        return;
    }
    QMessageBox *box = messageBox(
            this, QMessageBox::Question, tr("Change account"),
            tr("Change the account %1: %2, and send the test e-mail again?").arg(accountLabel(*account), description),
            QMessageBox::Yes | QMessageBox::Cancel);
    box->setObjectName(u"confirmChangeBox"_s);
    if (!caution.isEmpty()) {
        box->setIcon(QMessageBox::Warning);
        box->setInformativeText(caution);
        box->setDefaultButton(QMessageBox::Cancel);
    }
    box->button(QMessageBox::Yes)->setText(tr("&Change and test again"));
    connect(box, &QMessageBox::finished, this, [this, box, change, account] {
        if (box->clickedButton() != box->button(QMessageBox::Yes) || !m_test)
            return;
        Account changed = *account;
        change(changed);
        const AccountStore::Result saved = m_store.save(changed);
        if (!saved.ok()) {
            messageBox(this, QMessageBox::Warning, tr("Change account"), saved.message)->open();
            return;
        }
        reloadAccounts();
        selectAccount(changed.id);
        const TestRequest request = *m_test;
        startTestSend(changed, request.sender, request.recipient, request.password);
    });
    box->open();
}

void MainWindow::applyRemedy(const SettingsChange &change)
{
    changeTestedAccount(
            [change](Account &account) {
                account.setServerSettings(change.appliedTo(account.toSessionSettings(QString())));
            },
            change.describe(), change.foreignHost ? DiagnosisView::foreignHostCaution(change) : QString());
}

void MainWindow::pinCertificate(const QByteArray &sha256)
{
    changeTestedAccount(
            [sha256](Account &account) {
                if (!account.pinnedSha256.contains(sha256))
                    account.pinnedSha256.append(sha256);
            },
            tr("trust the certificate %1")
                    .arg(QString::fromLatin1(sha256.toHex(':').left(23).toUpper()) + u"…"_s));
}

void MainWindow::lookUpSettings()
{
    if (!m_lookup) {
        m_lookup = new LookupDialog(m_options, this);
        m_lookup->setAttribute(Qt::WA_DeleteOnClose);
        if (const std::optional<Account> account = currentAccount())
            m_lookup->setQuery(account->email);
        connect(m_lookup, &LookupDialog::addAccountRequested, this,
                [this](const QString &email, const ServerCandidate &candidate) {
                    if (m_wizard)
                        return;
                    auto *wizard = new AccountWizard(m_store, m_options, this);
                    wizard->setSuggestion(email, candidate);
                    if (m_lookup)
                        m_lookup->close();
                    openWizard(wizard);
                });
    }
    m_lookup->show();
    m_lookup->raise();
    m_lookup->activateWindow();
}

void MainWindow::exportSettings()
{
    const std::optional<Account> account = currentAccount();
    if (!account)
        return;
    if (m_export)
        m_export->close();
    m_export = new ExportDialog(*account, this);
    m_export->setAttribute(Qt::WA_DeleteOnClose);
    m_export->open();
}

void MainWindow::testAllAccounts()
{
    if (m_testAll || m_model->accounts().isEmpty())
        return;
    auto *job = new AccountsTestJob(m_model->accounts(), TestSendRequest::Kind::Probe);
    job->setAccountsFile(m_store.filePath());
    const ConnectionOptions options = m_options;
    job->setSettingsAdjustment([options](const SessionSettings &settings) { return options.applyTo(settings); });
    m_testAll = new TestAllDialog(m_model->accounts(), job, this);
    m_testAll->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_testAll, &TestAllDialog::testsFinished, this, [this] {
        const std::optional<Account> selected = currentAccount();
        reloadAccounts(); // the recorded results and warnings
        if (selected)
            selectAccount(selected->id);
    });
    connect(m_testAll, &QDialog::finished, this, [this] {
        m_testAll = nullptr; // closed: it deletes itself
        updateActions();
    });
    m_testAll->open();
    m_testAll->start();
    updateActions();
}

void MainWindow::chooseLanguage(const QString &language)
{
    UiSettings::setLanguage(language);
    // The catalogue is installed before any window exists (app/gui/main.cpp); switching it
    // live would leave half of the texts in the old language.
    QMessageBox *box = messageBox(this, QMessageBox::Information, tr("Language"),
                                  tr("The new language is used the next time Postacı starts.\n"
                                     "Yeni dil, Postacı bir sonraki açılışında kullanılır."));
    box->setObjectName(u"languageChangedBox"_s);
    box->open();
}

void MainWindow::showAboutDialog()
{
    QMessageBox *box = messageBox(this, QMessageBox::Information, tr("About Postacı"),
                                  tr("Postacı %1\n\nGets an outgoing-mail (SMTP) account working and proves it works: "
                                     "a setup wizard, a one-click test e-mail with a live transcript, and a plain-"
                                     "language explanation of every failure.\n\nPasswords are kept only in the system "
                                     "keychain.\n\nLicence: GNU GPL version 3 or later.")
                                          .arg(QStringLiteral(POSTACI_VERSION)));
    box->setObjectName(u"aboutBox"_s);
    box->setIconPixmap(QIcon(u":/icons/postaci.png"_s).pixmap(64, 64));
    box->open();
}

void MainWindow::startNewAccountList()
{
    QMessageBox *box = messageBox(this, QMessageBox::Warning, tr("Start a new list"),
                                  tr("The accounts file that cannot be read is kept as a copy, and Postacı starts a "
                                     "new, empty list of accounts. Continue?"),
                                  QMessageBox::Yes | QMessageBox::Cancel);
    box->setObjectName(u"confirmNewListBox"_s);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        const AccountStore::Result result = m_store.moveAsideUnreadableFile();
        reloadAccounts();
        if (result.ok())
            showMessage(result.message);
        else
            messageBox(this, QMessageBox::Warning, tr("Start a new list"), result.message)->open();
    });
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session->isBusy())
        m_session->cancel();
    m_test.reset(); // forget a password typed for a test
    UiSettings::setMainWindowState(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Postaci
