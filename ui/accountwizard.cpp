#include "accountwizard.h"

#include "candidatelist.h"
#include "credentialspage.h"
#include "discovery/providercatalog.h"
#include "finishpage.h"
#include "identitypage.h"
#include "serverpage.h"
#include "verifypage.h"

using namespace Qt::StringLiterals;

namespace Postaci {

AccountWizard::AccountWizard(const AccountStore &store, const ConnectionOptions &options, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_options(options)
    , m_accountId(Account::newId())
{
    setObjectName(u"accountWizard"_s);
    setWindowTitle(tr("Add an account"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);

    setPage(IdentityPageId, new IdentityPage(this));
    m_serverPage = new ServerPage(this);
    setPage(ServerPageId, m_serverPage);
    m_credentialsPage = new CredentialsPage(this);
    setPage(CredentialsPageId, m_credentialsPage);
    setPage(VerifyPageId, new VerifyPage(this));
    setPage(FinishPageId, new FinishPage(this));
    setStartId(IdentityPageId);
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    resize(720, 620);
}

AccountWizard::~AccountWizard() = default;

void AccountWizard::setAccount(const Account &account)
{
    m_mode = Mode::Edit;
    m_original = account;
    m_accountId = account.id;
    m_pins = account.pinnedSha256;
    m_pinsHost = account.host;
    m_lastTest = account.lastTest;
    setWindowTitle(tr("Edit account %1").arg(account.displayName.isEmpty() ? account.email : account.displayName));

    setField(u"displayName"_s, account.displayName);
    setField(u"email"_s, account.email);
    m_serverPage->setLookedUpAddress(account.email); // no automatic lookup for what is known
    m_serverPage->setHost(account.host);
    m_serverPage->setPort(account.port);
    m_serverPage->setSecurity(account.security);
    m_serverPage->setAuth(account.auth);
    m_serverPage->setFieldsEditedByUser(true);
    m_credentialsPage->setUser(account.user);
    m_suggestedUser = account.user;
    setProviderId(account.providerId);
    setField(u"savePassword"_s, account.passwordSaved || !needsPassword());
    setField(u"plaintextAcknowledged"_s, account.allowPlaintextAuth);
    if (account.usesOAuth())
        m_credentialsPage->setOAuth(*account.oauth);
    m_credentialsPage->setLoadSavedPassword(account.passwordSaved && !account.usesOAuth());
}

Account AccountWizard::account() const
{
    Account account = m_mode == Mode::Edit ? m_original : Account();
    account.id = m_accountId;
    account.displayName = field(u"displayName"_s).toString().trimmed();
    account.email = field(u"email"_s).toString().trimmed();
    account.host = field(u"host"_s).toString().trimmed();
    account.port = quint16(field(u"port"_s).toInt());
    account.security = m_serverPage->security();
    account.auth = m_serverPage->auth();
    account.user = needsPassword() || m_credentialsPage->usesOAuth() ? field(u"user"_s).toString() : QString();
    // OAuth2: no password; the tokens the Credentials page signed in with are in the keychain.
    account.oauth = m_credentialsPage->oauthConfig();
    if (account.oauth)
        account.auth = AuthMethod::OAuth2;
    account.pinnedSha256 = pinnedCertificates();
    account.allowPlaintextAuth = account.security == Security::None && needsPassword()
                                 && field(u"plaintextAcknowledged"_s).toBool();
    account.passwordSaved = savesPassword();
    account.providerId = m_providerId;
    account.lastTest = m_lastTest;
    return account;
}

bool AccountWizard::needsPassword() const
{
    return m_serverPage->auth() != AuthMethod::None && !m_credentialsPage->usesOAuth();
}

bool AccountWizard::savesPassword() const
{
    return needsPassword() && field(u"savePassword"_s).toBool() && !password().isEmpty();
}

QString AccountWizard::password() const
{
    return passwordPolicy().normalized(field(u"password"_s).toString());
}

SessionSettings AccountWizard::sessionSettings() const
{
    const Account current = account();
    SessionSettings settings = current.toSessionSettings(needsPassword() ? password() : QString());
    if (!needsPassword() && !current.usesOAuth())
        settings.user.clear();
    return m_options.applyTo(settings);
}

void AccountWizard::setProviderId(const QString &providerId)
{
    if (providerId == m_providerId)
        return;
    m_providerId = providerId;
    Q_EMIT providerChanged();
}

const ProviderEntry *AccountWizard::provider() const
{
    if (m_providerId.isEmpty())
        return nullptr;
    return ProviderCatalog::builtIn().byId(m_providerId);
}

PasswordPolicy AccountWizard::passwordPolicy() const
{
    const ProviderEntry *entry = provider();
    if (entry && entry->hasPasswordFormat() && PasswordPolicy::isProviderFormatUsable(entry->passwordFormat))
        return PasswordPolicy::forProviderFormat(entry->passwordFormat);
    return PasswordPolicy();
}

TestSendRequest AccountWizard::verifyRequest() const
{
    TestSendRequest request;
    request.kind = TestSendRequest::Kind::Probe;
    request.settings = sessionSettings();
    request.secret = request.settings.secret; // typed in the wizard: the keychain is not asked
    request.settings.secret.clear();
    if (m_credentialsPage->usesOAuth()) {
        // The token the Credentials page's sign-in stored under this (not yet saved) account id.
        request.secret.reset();
        request.accountId = m_accountId;
        request.oauth = m_credentialsPage->oauthConfig();
    }
    request.emailAddress = field(u"email"_s).toString().trimmed();
    request.providerId = m_providerId;
    request.remedyCheckDeadline = m_options.remedyCheckDeadline;
    return request;
}

void AccountWizard::setSuggestion(const QString &emailAddress, const ServerCandidate &candidate)
{
    setField(u"email"_s, emailAddress);
    m_serverPage->setLookedUpAddress(emailAddress);
    m_serverPage->candidateList()->addOrUpdate(candidate);
    m_serverPage->candidateList()->selectCandidate(candidate); // fills the fields
}

void AccountWizard::setSuggestedUser(const QString &user)
{
    m_suggestedUser = user;
}

void AccountWizard::applySettingsChange(const SettingsChange &change)
{
    const SessionSettings changed = change.appliedTo(sessionSettings());
    m_serverPage->setServerSettings(changed);
    if (change.user) // sessionSettings() has no user when the account signs in without one
        m_credentialsPage->setUser(changed.user);
    m_serverPage->setFieldsEditedByUser(true);
}

void AccountWizard::addPinnedCertificate(const QByteArray &sha256)
{
    if (sha256.isEmpty())
        return;
    const QString host = field(u"host"_s).toString().trimmed();
    if (!Account::isSameHost(host, m_pinsHost)) {
        // The pins kept so far were for another server (docs/security.md#pin-changed).
        m_pins.clear();
        m_pinsHost = host;
    }
    if (!m_pins.contains(sha256))
        m_pins.append(sha256);
}

QList<QByteArray> AccountWizard::pinnedCertificates() const
{
    if (!Account::isSameHost(field(u"host"_s).toString(), m_pinsHost))
        return {};
    return m_pins;
}

void AccountWizard::setSavedAccount(const Account &account, const QString &unsavedPassword)
{
    m_saved = account;
    m_unsavedPassword = unsavedPassword;
    Q_EMIT accountSaved(account);
}

bool AccountWizard::sendTestRequested() const
{
    return m_saved.has_value() && field(u"sendTestNow"_s).toBool();
}

} // namespace Postaci
