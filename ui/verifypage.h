#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace Postaci {

class AccountWizard;
class SessionView;

// Proves the settings: a probe (connect, TLS, EHLO, AUTH, QUIT) with what was entered, live.
// On failure the diagnosis offers remedies; one click changes the Server page's fields and
// tests again. The user may go on after a failure, with a warning.
class VerifyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit VerifyPage(AccountWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void runTest();
    SessionView *sessionView() const { return m_view; }

private:
    void testFinished();

    AccountWizard *m_wizard;
    SessionView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_again = nullptr;
};

} // namespace Postaci
