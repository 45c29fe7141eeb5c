#pragma once

#include "discovery/sourceoutcome.h"

#include <QList>
#include <QTreeWidget>

namespace Postaci {

// Every place a settings lookup asked, what it asked and what the place answered, with how long
// it took: an icon and words for each answer (found, not found, no answer, error), the remote
// part escaped. The lookup dialog and the wizard's "nothing found" details show this one list.
class SourceList : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, QueryColumn, OutcomeColumn, TimeColumn, ColumnCount };

    explicit SourceList(QWidget *parent = nullptr);

    void addOutcome(const SourceOutcome &outcome);
    // Replaces the rows with these outcomes (a finished lookup's complete list).
    void setOutcomes(const QList<SourceOutcome> &outcomes);

    // "found 2 suggestions", "not found (NXDOMAIN)": the answer column's words.
    static QString answerText(const SourceOutcome &outcome);
};

} // namespace Postaci
