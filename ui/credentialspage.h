#pragma once

#include "account/secretjob.h"
#include "oauth/oauthconfig.h"

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Postaci {

class AccountWizard;
class OAuthSignInWidget;
class PasswordChecklist;

// How to sign in: the user name (the address unless a lookup or the user says otherwise), the
// password with the live rule checklist (the provider's own rule where the catalog declares
// one), show/hide, and whether to keep the password in the keychain. Choosing no encryption
// asks for an explicit acknowledgement that the password travels unencrypted.
// For a provider of the catalog that takes OAuth2 (docs/oauth2.md#catalog) the page offers
// "Sign in with Microsoft/Google/…" instead of the password — chosen already when the provider
// takes nothing else — with the client id and the browser sign-in (OAuthSignInWidget).
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

    // The account signs in with OAuth2 (the provider offers it and it is chosen).
    bool usesOAuth() const;
    // The OAuth2 settings as the page shows them (provider preset + client id); nullopt unless usesOAuth().
    std::optional<OAuthConfig> oauthConfig() const;
    // Edit mode: the saved account's OAuth2 settings; its tokens are assumed to be in the keychain.
    void setOAuth(const OAuthConfig &config);

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
    void updateOAuth();

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
    QFormLayout *m_form = nullptr;
    QHBoxLayout *m_passwordRow = nullptr;
    QCheckBox *m_useOAuth = nullptr;
    bool m_oauthChoiceMade = false; // the user ticked or unticked it: no automatic choice any more
    std::optional<OAuthConfig> m_oauthPreset; // the provider's preset, or the edited account's settings
    QLabel *m_clientIdLabel = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLabel *m_clientIdHelp = nullptr;
    OAuthSignInWidget *m_oauthSignIn = nullptr;
};

} // namespace Postaci
