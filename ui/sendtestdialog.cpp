#include "sendtestdialog.h"

#include "account/emailaddress.h"
#include "statuscolors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Postaci {

SendTestDialog::SendTestDialog(const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_askPassword(!account.passwordSaved && account.auth != AuthMethod::None && !account.usesOAuth())
{
    setObjectName(u"sendTestDialog"_s);
    setWindowTitle(tr("Send a test e-mail"));

    auto *intro = new QLabel(tr("Postacı sends a short test message through %1. It goes to your own address unless you "
                                "choose another.")
                                     .arg(account.host),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_from = new QComboBox(this);
    m_from->setObjectName(u"senderComboBox"_s);
    m_from->addItems(account.senderAddresses());
    m_from->setAccessibleName(tr("Sender"));
    m_to = new QLineEdit(account.email, this);
    m_to->setObjectName(u"recipientEdit"_s);
    m_to->setAccessibleName(tr("Recipient"));
    m_toError = new QLabel(this);
    m_toError->setObjectName(u"recipientError"_s);
    m_toError->setTextFormat(Qt::PlainText);
    m_toError->setWordWrap(true);
    m_toError->setPalette(StatusColors::withText(m_toError->palette(), StatusColors::error(m_toError->palette())));
    m_toError->hide();

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(QString(), m_toError);
    if (m_askPassword) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(u"testPasswordEdit"_s);
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setAccessibleName(tr("Password"));
        form->addRow(tr("&Password:"), m_password);
        auto *note = new QLabel(tr("No password is saved for this account; it is used for this test only."), this);
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        form->addRow(QString(), note);
        connect(m_password, &QLineEdit::textChanged, this, &SendTestDialog::validate);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"sendButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_to, &QLineEdit::textChanged, this, &SendTestDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
    validate(); // also fits the height to the width just set
    if (m_password)
        m_password->setFocus();
    else
        m_to->setFocus();
}

void SendTestDialog::setAddresses(const QString &sender, const QString &recipient)
{
    const int index = m_from->findText(sender, Qt::MatchFixedString);
    if (index >= 0)
        m_from->setCurrentIndex(index);
    if (!recipient.isEmpty())
        m_to->setText(recipient);
}

QString SendTestDialog::sender() const
{
    return m_from->currentText();
}

QString SendTestDialog::recipient() const
{
    return m_to->text().trimmed();
}

QString SendTestDialog::password() const
{
    return m_password ? m_password->text() : QString();
}

void SendTestDialog::validate()
{
    const QString text = recipient();
    const EmailAddress address = EmailAddress::parse(text);
    const bool showError = !text.isEmpty() && !address.isValid();
    m_toError->setText(showError ? address.errorMessage() : QString());
    m_toError->setVisible(showError);
    fitHeight();
    const bool passwordOk = !m_password || !m_password->text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(address.isValid() && passwordOk);
}

void SendTestDialog::fitHeight()
{
    QLayout *top = layout();
    if (!top)
        return;
    top->activate();
    const int needed = top->hasHeightForWidth() ? top->totalHeightForWidth(width()) : top->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

} // namespace Postaci
