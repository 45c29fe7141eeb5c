#include "oauthsigninwidget.h"

#include "smtp/servertext.h"

#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Postaci {

OAuthSignInWidget::OAuthSignInWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"oauthSignIn"_s);
    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(u"oauthSignInButton"_s);
    m_cancel = new QPushButton(tr("Cancel sign-in"), this);
    m_cancel->setObjectName(u"oauthCancelButton"_s);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // waiting for the browser: no known progress
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Waiting for the browser"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"oauthStatus"_s);
    m_status->setTextFormat(Qt::PlainText); // the address and provider errors are outside text
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_busy, 1);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_signIn, &QPushButton::clicked, this, &OAuthSignInWidget::signIn);
    connect(m_cancel, &QPushButton::clicked, this, &OAuthSignInWidget::cancel);
    updateButtons();
}

OAuthSignInWidget::~OAuthSignInWidget()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void OAuthSignInWidget::setAccount(const QString &accountId, const OAuthConfig &config, const QString &user)
{
    if (accountId == m_accountId && config == m_config && user == m_user)
        return;
    cancel();
    m_accountId = accountId;
    m_config = config;
    m_user = user;
    m_signedIn = false;
    m_status->clear();
    updateButtons();
    Q_EMIT stateChanged();
}

void OAuthSignInWidget::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    if (signedIn)
        m_status->setText(tr("Signed in as %1.").arg(m_user));
    updateButtons();
    Q_EMIT stateChanged();
}

void OAuthSignInWidget::signIn()
{
    if (m_job)
        return;
    auto *job = new OAuthSignInJob(m_accountId, m_config, this);
    job->setLoginHint(m_user);
    job->setExtraCaCertificates(m_extraCa);
    m_job = job;
    m_signedIn = false;
    connect(job, &OAuthSignInJob::waitingForBrowser, this, [this](const QUrl &url) {
        const bool opened = QDesktopServices::openUrl(url);
        const QString where = tr("If the page did not open, open this address in a browser:");
        m_status->setText((opened ? tr("Sign in on %1's page in your browser.").arg(m_config.providerLabel())
                                  : tr("No browser could be opened."))
                          + u' ' + where + u'\n' + url.toString(QUrl::FullyEncoded));
    });
    connect(job, &OAuthSignInJob::exchangingCode, this,
            [this] { m_status->setText(tr("The browser answered; completing the sign-in…")); });
    connect(job, &OAuthSignInJob::finished, this, &OAuthSignInWidget::jobFinished);
    job->start();
    updateButtons();
    Q_EMIT stateChanged();
}

void OAuthSignInWidget::cancel()
{
    if (m_job)
        m_job->cancel(); // closes the listener at once; finished() follows
}

void OAuthSignInWidget::jobFinished(const OAuthSignInResult &result)
{
    m_job = nullptr;
    m_signedIn = result.ok();
    m_status->setText(result.ok() ? tr("Signed in as %1.").arg(m_user) : escapeServerText(result.message()));
    updateButtons();
    Q_EMIT stateChanged();
    if (result.ok())
        Q_EMIT signedIn();
}

QDialog *OAuthSignInWidget::openDialog(const Account &account, const QList<QSslCertificate> &extraCa, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(u"oauthSignInDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString label = account.displayName.isEmpty() ? account.email : account.displayName;
    dialog->setWindowTitle(tr("Sign in again: %1").arg(label));
    auto *intro = new QLabel(tr("%1 signs in with %2. Sign in in the browser; Postacı keeps the new sign-in in the "
                                "keychain.")
                                     .arg(label, account.oauth ? account.oauth->providerLabel() : QString()),
                             dialog);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto *widget = new OAuthSignInWidget(dialog);
    widget->setExtraCaCertificates(extraCa);
    if (account.oauth)
        widget->setAccount(account.id, *account.oauth, account.user.isEmpty() ? account.email : account.user);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::finished, widget, &OAuthSignInWidget::cancel);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(widget);
    layout->addWidget(buttons);
    dialog->resize(560, dialog->sizeHint().height());
    dialog->open();
    return dialog;
}

void OAuthSignInWidget::updateButtons()
{
    const bool busy = bool(m_job);
    m_signIn->setText(m_signedIn ? tr("Sign in again with %1").arg(m_config.providerLabel())
                                 : tr("Sign in with %1").arg(m_config.providerLabel()));
    m_signIn->setEnabled(!busy && !m_accountId.isEmpty());
    m_cancel->setVisible(busy);
    m_busy->setVisible(busy);
}

} // namespace Postaci
