#pragma once

#include "account/account.h"
#include "account/accountstore.h"
#include "account/passwordpolicy.h"
#include "connectionoptions.h"
#include "diagnosis/diagnosis.h"
#include "discovery/servercandidate.h"
#include "testsend/testsendjob.h"

#include <QWizard>

#include <optional>

namespace Postaci {

struct ProviderEntry;
class CredentialsPage;
class ServerPage;

// Adds (or edits) an account: Identity → Server → Credentials → Verify → Finish
// (docs/architecture.md#windows; the shape of Qt's licensewizard example). Pages that
// wait on the network (lookup, test, keychain) say so through isComplete()/completeChanged();
// nothing blocks, and going back never loses what was typed.
class AccountWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { IdentityPageId, ServerPageId, CredentialsPageId, VerifyPageId, FinishPageId };
    enum class Mode { Add, Edit };

    AccountWizard(const AccountStore &store, const ConnectionOptions &options, QWidget *parent = nullptr);
    ~AccountWizard() override;

    // Edit mode: the wizard starts from a saved account (its password is read from the keychain
    // on the Credentials page).
    void setAccount(const Account &account);
    Mode mode() const { return m_mode; }
    const Account &originalAccount() const { return m_original; }

    const AccountStore &store() const { return m_store; }
    const ConnectionOptions &connectionOptions() const { return m_options; }
    const QString &accountId() const { return m_accountId; }

    // The account as the fields describe it now (no secret in it).
    Account account() const;
    // The password as it will be stored and sent (a provider's format may drop spaces).
    QString password() const;
    bool needsPassword() const;
    bool savesPassword() const;
    SessionSettings sessionSettings() const;

    // The catalog provider the chosen settings came from (nullptr when none).
    void setProviderId(const QString &providerId);
    const ProviderEntry *provider() const;
    PasswordPolicy passwordPolicy() const;
    // The Verify page's test: a probe of the settings as they stand, with the typed password.
    TestSendRequest verifyRequest() const;

    // Starts from a lookup's suggestion (the main window's lookup dialog): the address and the
    // chosen server are filled in, and the Server page does not look up again by itself.
    void setSuggestion(const QString &emailAddress, const ServerCandidate &candidate);

    // A user name a lookup suggested; the Credentials page uses it unless the user typed one.
    void setSuggestedUser(const QString &user);
    const QString &suggestedUser() const { return m_suggestedUser; }

    // A remedy's one click: the Server (and Credentials) fields change.
    void applySettingsChange(const SettingsChange &change);
    // The user trusted this certificate for this server after seeing it.
    void addPinnedCertificate(const QByteArray &sha256);
    // The pins for the host now entered: none once the host differs from the one they were
    // accepted for (docs/security.md#pin-changed).
    QList<QByteArray> pinnedCertificates() const;

    void setLastTest(const AccountTestResult &result) { m_lastTest = result; }
    const AccountTestResult &lastTest() const { return m_lastTest; }

    // After Finish: what was saved, and whether to send the test e-mail now. When the password
    // could not be saved, the one typed is kept here for that test only.
    const std::optional<Account> &savedAccount() const { return m_saved; }
    void setSavedAccount(const Account &account, const QString &unsavedPassword);
    bool sendTestRequested() const;
    const QString &unsavedPassword() const { return m_unsavedPassword; }

    ServerPage *serverPage() const { return m_serverPage; }
    CredentialsPage *credentialsPage() const { return m_credentialsPage; }

Q_SIGNALS:
    void providerChanged();
    void accountSaved(const Postaci::Account &account);

private:
    AccountStore m_store;
    ConnectionOptions m_options;
    Mode m_mode = Mode::Add;
    Account m_original;
    QString m_accountId;
    QString m_providerId;
    QString m_suggestedUser;
    QList<QByteArray> m_pins;
    QString m_pinsHost; // the host m_pins were accepted for
    AccountTestResult m_lastTest;
    std::optional<Account> m_saved;
    QString m_unsavedPassword;
    ServerPage *m_serverPage = nullptr;
    CredentialsPage *m_credentialsPage = nullptr;
};

} // namespace Postaci
