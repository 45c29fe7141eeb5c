#pragma once

#include "account/account.h"
#include "deliverability/deliverabilityreport.h"

#include <QDialog>
#include <QPointer>

class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Postaci {

class DeliverabilityCheck;

// "Will my mail arrive?" for an account: the checks of core/deliverability (MX, SPF for the
// account's server, DMARC, DKIM, MTA-STS, TLS-RPT), one line each with a state icon and a word
// (never colour alone), the plain sentence, and the exact record to publish with a Copy button.
// The check starts when the dialog opens; it runs asynchronously under one deadline.
class DeliverabilityDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeliverabilityDialog(const Account &account, QWidget *parent = nullptr);
    ~DeliverabilityDialog() override;

    void startCheck();
    bool isRunning() const;
    const DeliverabilityReport &report() const { return m_report; }

Q_SIGNALS:
    void checkFinished(const Postaci::DeliverabilityReport &report);

private:
    void checkDone(const DeliverabilityReport &report);
    void clearRows();
    void addRow(int row, const DeliverabilityCheckItem &item);

    Account m_account;
    QPointer<DeliverabilityCheck> m_check;
    DeliverabilityReport m_report;

    QLabel *m_question = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_verdict = nullptr;
    QWidget *m_rowsWidget = nullptr;
    QGridLayout *m_rows = nullptr;
    QPushButton *m_again = nullptr;
};

} // namespace Postaci
