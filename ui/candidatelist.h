#pragma once

#include "discovery/servercandidate.h"

#include <QList>
#include <QTreeWidget>

#include <optional>

namespace Postaci {

// Server suggestions as they arrive from a SettingsFinder: server, security, where each was
// found and how far to trust it. A suggestion a forger on the path could have planted (plain
// HTTP, DNS without DNSSEC, guessing) or one outside the address's domain is marked with a
// warning icon and the reasons in words: never silently trusted (docs/security.md#lookup).
class CandidateList : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { ServerColumn, SecurityColumn, SourceColumn, TrustColumn, ColumnCount };

    explicit CandidateList(QWidget *parent = nullptr);

    // Adds a new suggestion or updates the one with the same host, port and security.
    void addOrUpdate(const ServerCandidate &candidate);
    // The final, ranked list (best first) replaces the order of arrival; the current item stays.
    void setCandidates(const QList<ServerCandidate> &candidates);
    std::optional<ServerCandidate> candidate(const QTreeWidgetItem *item) const;
    std::optional<ServerCandidate> currentCandidate() const;
    QList<ServerCandidate> candidates() const;
    // Selects the row of this suggestion, if present.
    void selectCandidate(const ServerCandidate &candidate);

    static bool isFlagged(const ServerCandidate &candidate);
    static QString trustText(const ServerCandidate &candidate);
    static QString key(const ServerCandidate &candidate);

private:
    QTreeWidgetItem *itemFor(const QString &key) const;
    void fill(QTreeWidgetItem *item, const ServerCandidate &candidate);

    QList<ServerCandidate> m_candidates; // in the order of the rows' data index
};

} // namespace Postaci
