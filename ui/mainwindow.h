#pragma once

#include "account/account.h"
#include "account/accountstore.h"
#include "connectionoptions.h"
#include "diagnosis/diagnosis.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Postaci {

class AccountListModel;
class AccountWizard;
class ExportDialog;
class LookupDialog;
class SessionView;
class TestAllDialog;

// The accounts list, its actions and the test panel. With no account yet it shows one clear
// "Add your first account" action instead of an empty table. Every action runs asynchronously:
// dialogs open with open(), jobs report through signals, nothing waits.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    MainWindow(const AccountStore &store, const ConnectionOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    const AccountStore &store() const { return m_store; }
    AccountListModel *accountModel() const { return m_model; }
    QTableView *accountView() const { return m_view; }
    SessionView *sessionView() const { return m_session; }
    AccountWizard *activeWizard() const;
    LookupDialog *lookupDialog() const;
    ExportDialog *exportDialog() const;
    TestAllDialog *testAllDialog() const;

    // Reads the accounts file again; a file that cannot be read is reported with the store's
    // message (and left untouched), never silently replaced.
    void reloadAccounts();
    std::optional<Account> currentAccount() const;
    void selectAccount(const QString &accountId);

    void addAccount();
    // The first start: with no account yet (and an accounts file that is fine, not one that
    // could not be read) the wizard opens by itself; a returning user sees the list.
    void openWizardOnFirstStart();
    void editAccount();
    void removeAccount();
    // One click: the test e-mail goes at once to the recipient chosen last time for this account,
    // else to its own address. Only an account whose password is not saved gets the dialog
    // first (the password has to come from somewhere).
    void sendTestEmail();
    // "Send test e-mail to…": the dialog to choose sender and recipient; the choice is
    // remembered for the account's next one-click test.
    void sendTestEmailTo();
    // An OAuth2 account: sign in again in the browser (docs/oauth2.md#renewal).
    void signInAgain();
    void lookUpSettings();
    // "Will my mail arrive?" for the selected account (DeliverabilityDialog).
    void checkDeliverability();
    // Issue 14: the selected account's settings for another program; every account tested at once.
    void exportSettings();
    void testAllAccounts();
    // Sends the test e-mail now (what the Send dialog and the wizard's Finish lead to).
    void startTestSend(const Account &account, const QString &sender, const QString &recipient,
                       const std::optional<QString> &password = std::nullopt);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void createTestDock();
    void updateActions();
    void showAboutDialog();
    void chooseLanguage(const QString &language);
    void startNewAccountList();
    void openWizard(AccountWizard *wizard);
    void wizardSaved(const Account &account);
    void removeConfirmed(const Account &account, bool bestEffort);
    void testFinished();
    void applyRemedy(const SettingsChange &change);
    void pinCertificate(const QByteArray &sha256);
    // Asks before changing the tested account (with `caution` below the question when there is
    // one), then saves the change and sends the test again.
    void changeTestedAccount(const std::function<void(Account &)> &change, const QString &description,
                             const QString &caution = QString());
    void showMessage(const QString &text);

    AccountStore m_store;
    ConnectionOptions m_options;
    AccountListModel *m_model = nullptr;

    QStackedWidget *m_pages = nullptr;
    QTableView *m_view = nullptr;
    QFrame *m_problemBanner = nullptr;
    QLabel *m_problemText = nullptr;
    QPushButton *m_newListButton = nullptr;
    QDockWidget *m_testDock = nullptr;
    SessionView *m_session = nullptr;

    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_testAction = nullptr;
    QAction *m_testToAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_lookupAction = nullptr;
    QAction *m_deliverabilityAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_testAllAction = nullptr;

    QPointer<AccountWizard> m_wizard;
    QPointer<LookupDialog> m_lookup;
    QPointer<ExportDialog> m_export;
    QPointer<TestAllDialog> m_testAll;

    // The test running or last run from this window: what "apply and test again" repeats.
    struct TestRequest
    {
        QString accountId;
        QString sender;
        QString recipient;
        std::optional<QString> password;
    };
    std::optional<TestRequest> m_test;
    bool m_dockHiddenWhileEmpty = false;
};

} // namespace Postaci
