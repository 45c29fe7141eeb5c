#pragma once

#include "account/secretjob.h"

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Postaci {

class AccountWizard;
class PasswordChecklist;

// How to sign in: the user name (the address unless a lookup or the user says otherwise), the
// password with the live rule checklist (the provider's own rule where the catalog declares
// one), show/hide, and whether to keep the password in the keychain. Choosing no encryption
// asks for an explicit acknowledgement that the password travels unencrypted.
class CredentialsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CredentialsPage(AccountWizard *wizard);
    ~CredentialsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    // Back keeps what was typed (QWizard's default would reset the fields).
    void cleanupPage() override { }

    // Edit mode: the saved password is read from the keychain the first time the page opens.
    void setLoadSavedPassword(bool load) { m_loadSavedPassword = load; }
    bool isReadingPassword() const { return bool(m_readJob); }
    void setUser(const QString &user);

    // The reason Next is disabled, in words (empty when it is enabled).
    QString blockingReason() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void passwordEdited();
    void updatePolicy();
    void updateVisibility();
    void readSavedPassword();
    void secretRead(SecretJob *job);

    AccountWizard *m_wizard;
    QPointer<SecretJob> m_readJob;
    bool m_loadSavedPassword = false;
    bool m_userEdited = false;
    bool m_settingUser = false;

    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QToolButton *m_showPassword = nullptr;
    PasswordChecklist *m_checklist = nullptr;
    QCheckBox *m_savePassword = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLabel *m_readStatus = nullptr;
    QCheckBox *m_plaintextAck = nullptr;
    QLabel *m_plaintextAckLabel = nullptr;
    QLabel *m_noPasswordNote = nullptr;
};

} // namespace Postaci
