#include "sourcelist.h"

#include "labels.h"
#include "smtp/servertext.h"

#include <QHeaderView>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Postaci {

SourceList::SourceList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"sourceList"_s);
    setAccessibleName(tr("Where Postacı looked"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Place"), tr("What was asked"), tr("Answer"), tr("Time")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(QueryColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(OutcomeColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    header()->resizeSection(QueryColumn, 300);
    header()->resizeSection(OutcomeColumn, 200);
}

QString SourceList::answerText(const SourceOutcome &outcome)
{
    QString answer = Labels::outcome(outcome.outcome);
    if (outcome.outcome == SourceOutcome::Kind::Found)
        answer = tr("found %n suggestion(s)", nullptr, outcome.candidateCount);
    if (!outcome.reason.isEmpty())
        answer += u" ("_s + escapeServerText(outcome.reason) + QLatin1Char(')'); // may quote a remote answer
    return answer;
}

void SourceList::addOutcome(const SourceOutcome &outcome)
{
    auto *item = new QTreeWidgetItem(this);
    item->setText(NameColumn, Labels::sourceName(outcome.name));
    item->setText(QueryColumn, outcome.query);
    item->setToolTip(QueryColumn, outcome.query);
    const QString answer = answerText(outcome);
    item->setText(OutcomeColumn, answer);
    item->setToolTip(OutcomeColumn, answer);
    item->setText(TimeColumn, tr("%1 ms").arg(outcome.ms));
    item->setData(NameColumn, Qt::UserRole, outcome.name);
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    switch (outcome.outcome) {
    case SourceOutcome::Kind::Found:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case SourceOutcome::Kind::NotFound:
        icon = QStyle::SP_DialogNoButton;
        break;
    case SourceOutcome::Kind::Timeout:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case SourceOutcome::Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    item->setIcon(NameColumn, style()->standardIcon(icon));
}

void SourceList::setOutcomes(const QList<SourceOutcome> &outcomes)
{
    clear();
    for (const SourceOutcome &outcome : outcomes)
        addOutcome(outcome);
}

} // namespace Postaci
