#pragma once

#include "account/account.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Postaci {

// Before a test e-mail: who it goes to (the account's own address unless changed), which of
// the account's addresses sends it, and the password when none is saved. The recipient is
// checked as it is typed; nothing is sent from here.
class SendTestDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SendTestDialog(const Account &account, QWidget *parent = nullptr);

    // Starts from these addresses (what was chosen last time); a sender that is not one of the
    // account's addresses is ignored.
    void setAddresses(const QString &sender, const QString &recipient);

    const Account &account() const { return m_account; }
    QString sender() const;
    QString recipient() const;
    // Empty when the password comes from the keychain (or no sign-in is used).
    QString password() const;
    bool asksForPassword() const { return m_askPassword; }

private:
    void validate();
    // A message shown or hidden under a field changes the height the dialog needs: grow to it,
    // never leaving a word-wrapped message cut off.
    void fitHeight();

    Account m_account;
    bool m_askPassword = false;
    QComboBox *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLabel *m_toError = nullptr;
    QLineEdit *m_password = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Postaci
