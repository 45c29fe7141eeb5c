#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace Postaci {

// Who sends: a display name and the e-mail address, checked on every keystroke with the
// reason shown under the field.
class IdentityPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IdentityPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    // Back keeps what was typed (QWizard's default would reset the fields).
    void cleanupPage() override { }

private:
    void addressEdited();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_emailError = nullptr;
};

} // namespace Postaci
