#include "credentialspage.h"

#include "account/secretjob.h"
#include "accountwizard.h"
#include "discovery/providerentry.h"
#include "oauthsigninwidget.h"
#include "passwordchecklist.h"
#include "serverpage.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

bool hasControlCharacter(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

CredentialsPage::CredentialsPage(AccountWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"credentialsPage"_s);
    setTitle(tr("Signing in"));
    setSubTitle(tr("The user name and password the server asks for. Usually the user name is your e-mail address."));

    m_user = new QLineEdit(this);
    m_user->setObjectName(u"userEdit"_s);
    m_user->setAccessibleName(tr("User name"));
    m_user->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_showPassword = new QToolButton(this);
    m_showPassword->setObjectName(u"showPasswordButton"_s);
    m_showPassword->setCheckable(true);
    m_showPassword->setText(tr("Show"));
    m_showPassword->setAccessibleName(tr("Show the password"));
    m_showPassword->setToolTip(tr("Show or hide the password"));
    m_checklist = new PasswordChecklist(this);
    m_readStatus = new QLabel(this);
    m_readStatus->setObjectName(u"passwordReadStatus"_s);
    m_readStatus->setTextFormat(Qt::PlainText);
    m_readStatus->setWordWrap(true);
    m_readStatus->hide();
    m_savePassword = new QCheckBox(tr("&Keep the password in the system keychain"), this);
    m_savePassword->setObjectName(u"savePasswordCheckBox"_s);
    m_savePassword->setChecked(true);
    m_keychainNote = new QLabel(tr("Postacı never writes the password to a file. Without the keychain, it asks for the "
                                   "password each time you test."),
                                this);
    m_keychainNote->setTextFormat(Qt::PlainText);
    m_keychainNote->setWordWrap(true);
    // A check box does not wrap its text; this sentence is long in every language, so it sits
    // in a label beside the box (a click on it toggles the box, Alt+mnemonic focuses it).
    const QString ackText = tr("I understand that without encryption my password travels &unencrypted and "
                               "anyone on the network path can read it.");
    m_plaintextAck = new QCheckBox(this);
    m_plaintextAck->setObjectName(u"plaintextAckCheckBox"_s);
    m_plaintextAck->setAccessibleName(QString(ackText).remove(QLatin1Char('&')));
    m_plaintextAckLabel = new QLabel(ackText, this);
    m_plaintextAckLabel->setWordWrap(true);
    m_plaintextAckLabel->setBuddy(m_plaintextAck);
    m_plaintextAckLabel->installEventFilter(this);
    m_noPasswordNote = new QLabel(tr("The sign-in method is \"No sign-in\": the server will be used without a user "
                                     "name or password."),
                                  this);
    m_noPasswordNote->setObjectName(u"noPasswordNote"_s);
    m_noPasswordNote->setTextFormat(Qt::PlainText);
    m_noPasswordNote->setWordWrap(true);

    m_useOAuth = new QCheckBox(this);
    m_useOAuth->setObjectName(u"useOAuthCheckBox"_s);
    m_useOAuth->hide();
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(u"oauthClientIdEdit"_s);
    m_clientId->setAccessibleName(tr("OAuth2 client id"));
    m_clientIdHelp = new QLabel(this);
    m_clientIdHelp->setObjectName(u"oauthClientIdHelp"_s);
    m_clientIdHelp->setTextFormat(Qt::PlainText);
    m_clientIdHelp->setWordWrap(true);
    m_oauthSignIn = new OAuthSignInWidget(this);
    m_oauthSignIn->setExtraCaCertificates(wizard->connectionOptions().extraCaCertificates);

    auto *passwordRow = new QHBoxLayout;
    m_passwordRow = passwordRow;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_showPassword);

    auto *form = new QFormLayout;
    m_form = form;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&User name:"), m_user);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password); // a row holding a layout gets no buddy from QFormLayout
    form->addRow(passwordLabel, passwordRow);
    // One row for both: an empty form row would keep its spacing while the status is hidden.
    auto *rules = new QVBoxLayout;
    rules->setContentsMargins(0, 0, 0, 0);
    rules->addWidget(m_readStatus);
    rules->addWidget(m_checklist);
    form->addRow(QString(), rules);
    m_clientIdLabel = new QLabel(tr("&Client id:"), this);
    m_clientIdLabel->setBuddy(m_clientId);
    form->addRow(m_clientIdLabel, m_clientId);
    form->addRow(QString(), m_clientIdHelp);
    form->addRow(QString(), m_oauthSignIn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_noPasswordNote);
    layout->addWidget(m_useOAuth);
    layout->addLayout(form);
    layout->addWidget(m_savePassword);
    layout->addWidget(m_keychainNote);
    auto *ackRow = new QHBoxLayout;
    ackRow->addWidget(m_plaintextAck, 0, Qt::AlignTop);
    ackRow->addWidget(m_plaintextAckLabel, 1);
    layout->addLayout(ackRow);
    layout->addStretch();

    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_showPassword);
    setTabOrder(m_showPassword, m_savePassword);
    setTabOrder(m_savePassword, m_plaintextAck);

    registerField(u"user"_s, m_user);
    registerField(u"password"_s, m_password);
    registerField(u"savePassword"_s, m_savePassword);
    registerField(u"plaintextAcknowledged"_s, m_plaintextAck);

    connect(m_user, &QLineEdit::textChanged, this, [this] {
        if (!m_settingUser)
            m_userEdited = true;
        Q_EMIT completeChanged();
    });
    connect(m_password, &QLineEdit::textChanged, this, &CredentialsPage::passwordEdited);
    connect(m_showPassword, &QToolButton::toggled, this, [this](bool shown) {
        m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showPassword->setText(shown ? tr("Hide") : tr("Show"));
        m_showPassword->setAccessibleName(shown ? tr("Hide the password") : tr("Show the password"));
    });
    connect(m_plaintextAck, &QCheckBox::toggled, this, &CredentialsPage::completeChanged);
    connect(m_useOAuth, &QCheckBox::clicked, this, [this] {
        m_oauthChoiceMade = true;
        updateVisibility();
    });
    connect(m_clientId, &QLineEdit::textChanged, this, &CredentialsPage::updateVisibility);
    connect(m_user, &QLineEdit::textChanged, this, &CredentialsPage::updateOAuth);
    connect(m_oauthSignIn, &OAuthSignInWidget::stateChanged, this, &CredentialsPage::completeChanged);
    // A new account signed in and then abandoned leaves no tokens behind in the keychain.
    connect(wizard, &QDialog::rejected, this, [this] {
        if (m_wizard->mode() == AccountWizard::Mode::Add && m_oauthSignIn->isSignedIn())
            SecretJob::remove(m_wizard->accountId())->start();
    });
    connect(m_wizard, &AccountWizard::providerChanged, this, &CredentialsPage::updatePolicy);
}

CredentialsPage::~CredentialsPage()
{
    if (m_readJob) {
        disconnect(m_readJob, nullptr, this, nullptr);
        m_readJob->cancel();
    }
}

void CredentialsPage::setUser(const QString &user)
{
    m_settingUser = true;
    m_user->setText(user);
    m_settingUser = false;
}

void CredentialsPage::initializePage()
{
    if (!m_userEdited || m_user->text().isEmpty()) {
        const QString suggested = m_wizard->suggestedUser();
        setUser(suggested.isEmpty() ? field(u"email"_s).toString().trimmed() : suggested);
        m_userEdited = false;
    }
    updatePolicy();
    updateVisibility();
    if (m_loadSavedPassword) {
        m_loadSavedPassword = false;
        readSavedPassword();
    }
}

void CredentialsPage::updatePolicy()
{
    const ProviderEntry *provider = m_wizard->provider();
    m_checklist->setPolicy(m_wizard->passwordPolicy(), provider ? provider->name : QString());
    // OAuth2 is offered where the catalog names a preset; chosen by itself where the provider
    // takes nothing else (Outlook.com), until the user decides.
    const bool offered = provider && !provider->oauthProvider.isEmpty();
    if (offered && (!m_oauthPreset || m_oauthPreset->provider != provider->oauthProvider))
        m_oauthPreset = m_wizard->connectionOptions().oauthPreset(provider->oauthProvider);
    else if (!offered && !m_wizard->originalAccount().usesOAuth())
        m_oauthPreset.reset();
    if (m_oauthPreset) {
        m_useOAuth->setText(tr("Sign in with %1 in the browser (OAuth2) instead of a password")
                                    .arg(m_oauthPreset->providerLabel()));
        if (!m_oauthChoiceMade && offered)
            m_useOAuth->setChecked(provider->passwordFormat.value("kind"_L1).toString() == "oauth2-only"_L1);
        if (m_clientId->text().isEmpty())
            m_clientId->setText(m_oauthPreset->clientId); // the build-time default, if any
        m_clientIdHelp->setText(OAuthConfig::missingClientIdHelp(m_oauthPreset->provider));
    }
    passwordEdited();
    updateVisibility();
}

void CredentialsPage::setOAuth(const OAuthConfig &config)
{
    m_oauthPreset = config;
    m_clientId->setText(config.clientId);
    m_useOAuth->setChecked(true);
    m_oauthChoiceMade = true;
    updateOAuth();
    m_oauthSignIn->setSignedIn(true);
    updateVisibility();
}

bool CredentialsPage::usesOAuth() const
{
    return m_oauthPreset.has_value() && m_useOAuth->isChecked();
}

std::optional<OAuthConfig> CredentialsPage::oauthConfig() const
{
    if (!usesOAuth())
        return std::nullopt;
    OAuthConfig config = *m_oauthPreset;
    config.clientId = m_clientId->text().trimmed();
    return config;
}

void CredentialsPage::updateOAuth()
{
    if (const std::optional<OAuthConfig> config = oauthConfig())
        m_oauthSignIn->setAccount(m_wizard->accountId(), *config, m_user->text().trimmed());
    Q_EMIT completeChanged();
}

void CredentialsPage::updateVisibility()
{
    const bool oauth = usesOAuth();
    m_useOAuth->setVisible(m_oauthPreset.has_value());
    m_form->setRowVisible(m_passwordRow, !oauth);
    m_form->setRowVisible(m_clientId, oauth);
    m_form->setRowVisible(m_clientIdHelp, oauth && m_clientId->text().trimmed().isEmpty());
    m_form->setRowVisible(m_oauthSignIn, oauth);
    updateOAuth();
    const bool needsPassword = m_wizard->needsPassword();
    m_user->setEnabled(needsPassword || oauth);
    m_password->setEnabled(needsPassword);
    m_showPassword->setEnabled(needsPassword);
    m_checklist->setVisible(needsPassword);
    m_savePassword->setVisible(needsPassword);
    m_keychainNote->setVisible(needsPassword);
    m_noPasswordNote->setVisible(!needsPassword && !oauth);
    const bool plaintext = m_wizard->serverPage()->security() == Security::None && needsPassword;
    m_plaintextAck->setVisible(plaintext);
    m_plaintextAckLabel->setVisible(plaintext);
    Q_EMIT completeChanged();
}

void CredentialsPage::passwordEdited()
{
    m_checklist->update(m_password->text(), field(u"email"_s).toString().trimmed());
    Q_EMIT completeChanged();
}

void CredentialsPage::readSavedPassword()
{
    auto *job = SecretJob::read(m_wizard->accountId(), this);
    m_readJob = job;
    m_password->setEnabled(false);
    m_readStatus->setText(tr("Reading the saved password from the keychain…"));
    m_readStatus->show();
    connect(job, &SecretJob::finished, this, &CredentialsPage::secretRead);
    job->start();
    Q_EMIT completeChanged();
}

void CredentialsPage::secretRead(SecretJob *job)
{
    m_readJob = nullptr;
    m_password->setEnabled(m_wizard->needsPassword());
    if (job->error() == SecretError::None) {
        m_password->setText(job->secret());
        m_readStatus->hide();
    } else {
        m_readStatus->setText(tr("The saved password could not be read: %1 Type it again.").arg(job->errorMessage()));
    }
    passwordEdited();
}

bool CredentialsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plaintextAckLabel && event->type() == QEvent::MouseButtonRelease && m_plaintextAck->isEnabled())
        m_plaintextAck->toggle();
    return QWizardPage::eventFilter(watched, event);
}

QString CredentialsPage::blockingReason() const
{
    if (m_readJob)
        return tr("Reading the saved password…");
    if (usesOAuth()) {
        if (m_user->text().trimmed().isEmpty())
            return tr("Enter the user name.");
        if (m_clientId->text().trimmed().isEmpty())
            return tr("Enter the client id registered for Postacı, or sign in with an app password instead.");
        if (m_oauthSignIn->isBusy())
            return tr("Waiting for the sign-in in the browser…");
        if (!m_oauthSignIn->isSignedIn())
            return tr("Sign in with %1 first.").arg(m_oauthPreset->providerLabel());
        return QString();
    }
    if (!m_wizard->needsPassword())
        return QString();
    if (m_user->text().isEmpty())
        return tr("Enter the user name.");
    if (hasControlCharacter(m_user->text()))
        return tr("The user name contains a control character.");
    if (!m_checklist->allPassed())
        return tr("The password does not meet every rule yet.");
    if (m_wizard->serverPage()->security() == Security::None && !m_plaintextAck->isChecked())
        return tr("Confirm that the password may travel unencrypted, or choose encryption on the previous page.");
    return QString();
}

bool CredentialsPage::isComplete() const
{
    return blockingReason().isEmpty();
}

} // namespace Postaci
