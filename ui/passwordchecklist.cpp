#include "passwordchecklist.h"
#include "statuscolors.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Postaci {

PasswordChecklist::PasswordChecklist(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"passwordChecklist"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"passwordRulesHeading"_s);
    m_heading->setWordWrap(true);
    m_heading->setOpenExternalLinks(true);
    layout->addWidget(m_heading);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(2);
    layout->addLayout(m_rows);
    setPolicy(PasswordPolicy());
}

void PasswordChecklist::setPolicy(const PasswordPolicy &policy, const QString &providerName)
{
    m_policy = policy;
    if (policy.isProviderFormat()) {
        // The catalog is our own file, but escape anyway: a label is text, never markup.
        QString heading = tr("%1's own rule for passwords of mail programs: %2")
                                  .arg(providerName.toHtmlEscaped(), policy.providerLabel().toHtmlEscaped());
        if (policy.providerHelpUrl().isValid() && policy.providerHelpUrl().scheme() == "https"_L1) {
            heading += u" <a href=\"%1\">%2</a>"_s
                               .arg(QString::fromLatin1(policy.providerHelpUrl().toEncoded()).toHtmlEscaped(),
                                    tr("How to create one").toHtmlEscaped());
        }
        m_heading->setTextFormat(Qt::RichText);
        m_heading->setText(heading);
    } else {
        m_heading->setTextFormat(Qt::PlainText);
        m_heading->setText(tr("The password must have:"));
    }
    update(QString(), QString());
}

void PasswordChecklist::update(const QString &password, const QString &email)
{
    m_results = m_policy.check(password, email);
    m_allPassed = true;
    for (const PasswordPolicy::RuleResult &result : std::as_const(m_results))
        m_allPassed = m_allPassed && result.passed;

    while (m_rowLabels.size() > m_results.size())
        delete m_rowLabels.takeLast();
    while (m_rowLabels.size() < m_results.size()) {
        auto *row = new QLabel(this);
        row->setObjectName(u"passwordRule"_s);
        row->setTextFormat(Qt::PlainText);
        row->setWordWrap(true);
        m_rows->addWidget(row);
        m_rowLabels << row;
    }
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        const PasswordPolicy::RuleResult &result = m_results.at(i);
        QLabel *row = m_rowLabels.at(i);
        // The mark is text, not only colour, so that it reads the same to everyone.
        row->setText((result.passed ? u"✔ "_s : u"✘ "_s) + result.label);
        row->setProperty("passed", result.passed);
        row->setProperty("rule", PasswordPolicy::ruleName(result.rule));
        row->setPalette(StatusColors::withText(palette(), result.passed ? StatusColors::good(palette())
                                                                        : StatusColors::error(palette())));
        row->setAccessibleName((result.passed ? tr("Met: %1") : tr("Not met: %1")).arg(result.label));
    }
}

} // namespace Postaci
