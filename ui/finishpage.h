#pragma once

#include "account/accountchangeresult.h"
#include "account/accountsavejob.h"

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Postaci {

class AccountWizard;

// The account as it will be saved, as a form with the Verify page's result, and the offer to send
// the test e-mail right after. Nothing is saved until Finish: a user reads "Finish" as "save" and
// "Cancel" as "leave nothing behind", so the page keeps both meanings (issue 15; saving as the page
// opened made Cancel ambiguous). Finish starts the save — the password to the keychain first, then
// the account to the file (AccountSaveJob, all or nothing) — and the wizard closes when it
// succeeded. A keychain failure keeps the page open, says so plainly and offers to save without
// the password.
class FinishPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FinishPage(AccountWizard *wizard);
    ~FinishPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // Finish: starts the save and returns false until it succeeded; the wizard is then accepted.
    bool validatePage() override;

    bool isSaved() const { return m_saved; }
    bool isSaving() const { return bool(m_job); }

private:
    enum class PasswordHandling { AsChosen, WithoutPassword };
    void save(PasswordHandling handling);
    void saveFinished(const AccountChangeResult &result);
    void cancelSave();

    AccountWizard *m_wizard;
    QPointer<AccountSaveJob> m_job;
    bool m_saved = false;
    QString m_unsavedPassword;

    QLabel *m_name = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_password = nullptr;
    QLabel *m_testIcon = nullptr;
    QLabel *m_test = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_withoutPassword = nullptr;
    QPushButton *m_retry = nullptr;
    QCheckBox *m_sendTest = nullptr;
    QPushButton *m_checkDelivery = nullptr; // "Will my mail arrive?" once saved
};

} // namespace Postaci
