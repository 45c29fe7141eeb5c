#include "identitypage.h"

#include "account/emailaddress.h"
#include "statuscolors.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Postaci {

IdentityPage::IdentityPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(u"identityPage"_s);
    setTitle(tr("Who sends the mail"));
    setSubTitle(tr("The name recipients see, and the e-mail address the messages come from."));

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"displayNameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Ayşe Yılmaz or Yılmaz Mobilya"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setMaxLength(200);
    m_email = new QLineEdit(this);
    m_email->setObjectName(u"emailEdit"_s);
    m_email->setPlaceholderText(tr("e.g. info@example.com.tr"));
    m_email->setAccessibleName(tr("E-mail address"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_emailError = new QLabel(this);
    m_emailError->setObjectName(u"emailError"_s);
    m_emailError->setTextFormat(Qt::PlainText);
    m_emailError->setWordWrap(true);
    m_emailError->setPalette(StatusColors::withText(m_emailError->palette(),
                                                    StatusColors::error(m_emailError->palette())));
    m_emailError->hide();

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Your na&me:"), m_name);
    form->addRow(tr("&E-mail address:"), m_email);
    form->addRow(QString(), m_emailError);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();

    registerField(u"displayName"_s, m_name);
    registerField(u"email*"_s, m_email);
    connect(m_email, &QLineEdit::textChanged, this, &IdentityPage::addressEdited);
    // White space around a pasted address is not part of it (EmailAddress itself trims
    // nothing: inside an address a space is an error worth reporting).
    connect(m_email, &QLineEdit::editingFinished, this, [this] {
        const QString trimmed = m_email->text().trimmed();
        if (trimmed != m_email->text())
            m_email->setText(trimmed);
    });
}

void IdentityPage::addressEdited()
{
    const QString text = m_email->text().trimmed();
    const EmailAddress address = EmailAddress::parse(text);
    // Say nothing while the field is empty: an error before the first keystroke is noise.
    const bool showError = !text.isEmpty() && !address.isValid();
    m_emailError->setText(showError ? address.errorMessage() : QString());
    m_emailError->setVisible(showError);
    m_email->setAccessibleDescription(showError ? address.errorMessage() : QString());
    Q_EMIT completeChanged();
}

bool IdentityPage::isComplete() const
{
    return EmailAddress::parse(m_email->text().trimmed()).isValid();
}

} // namespace Postaci
