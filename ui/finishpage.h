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

// Saves the account as the page opens: the password to the keychain first, then the account
// to the file (AccountSaveJob, all or nothing). A keychain failure is said plainly, with the
// choice to save without the password. Offers to send the test e-mail right after.
class FinishPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FinishPage(AccountWizard *wizard);
    ~FinishPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

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

    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_withoutPassword = nullptr;
    QPushButton *m_retry = nullptr;
    QCheckBox *m_sendTest = nullptr;
    QPushButton *m_checkDelivery = nullptr; // "Will my mail arrive?" once saved
};

} // namespace Postaci
