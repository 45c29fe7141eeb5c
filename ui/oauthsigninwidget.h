#pragma once

#include "account/account.h"
#include "oauth/oauthconfig.h"
#include "oauth/oauthsigninjob.h"

#include <QPointer>
#include <QWidget>

class QDialog;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Postaci {

// "Sign in with Microsoft/Google/…" for one account (docs/oauth2.md): a button that starts
// OAuthSignInJob, opens the browser (and shows the address, for a browser elsewhere), a busy bar
// and Cancel while the browser is open (Cancel closes the loopback listener), then who is signed
// in or why not. Used by the wizard's Credentials page and the main window's "Sign in again".
class OAuthSignInWidget : public QWidget
{
    Q_OBJECT
public:
    explicit OAuthSignInWidget(QWidget *parent = nullptr);
    ~OAuthSignInWidget() override;

    // What to sign in to: the account id (the keychain key), its settings and the user name
    // the provider should suggest. Resets the signed-in state when anything changed.
    void setAccount(const QString &accountId, const OAuthConfig &config, const QString &user);
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCa = certificates; }
    bool isSignedIn() const { return m_signedIn; }
    bool isBusy() const { return bool(m_job); }
    // Marks an account whose tokens are already in the keychain (editing a signed-in account).
    void setSignedIn(bool signedIn);

    void signIn();
    void cancel();

    // "Sign in again" for a saved OAuth2 account: a window with this widget (the sign-in starts
    // with its button); Close cancels a sign-in still waiting. Deletes itself when closed.
    static QDialog *openDialog(const Account &account, const QList<QSslCertificate> &extraCa, QWidget *parent);

Q_SIGNALS:
    void stateChanged();
    void signedIn();

private:
    void jobFinished(const OAuthSignInResult &result);
    void updateButtons();

    QString m_accountId;
    OAuthConfig m_config;
    QString m_user;
    QList<QSslCertificate> m_extraCa;
    bool m_signedIn = false;
    QPointer<OAuthSignInJob> m_job;

    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Postaci
