#pragma once

#include "account/passwordpolicy.h"

#include <QList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Postaci {

// The live password checklist: one line per rule of the PasswordPolicy, ticked when it holds.
// With a provider's own format the heading says whose rule it is and links its help page.
class PasswordChecklist : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordChecklist(QWidget *parent = nullptr);

    void setPolicy(const PasswordPolicy &policy, const QString &providerName = QString());
    const PasswordPolicy &policy() const { return m_policy; }
    // Re-checks; cheap enough for every keystroke.
    void update(const QString &password, const QString &email);
    bool allPassed() const { return m_allPassed; }
    const QList<PasswordPolicy::RuleResult> &results() const { return m_results; }

private:
    PasswordPolicy m_policy;
    QList<PasswordPolicy::RuleResult> m_results;
    bool m_allPassed = false;
    QLabel *m_heading = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QList<QLabel *> m_rowLabels;
};

} // namespace Postaci
