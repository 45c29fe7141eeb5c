#include "candidatelist.h"

#include "labels.h"

#include "smtp/servertext.h"
#include "statuscolors.h"

#include <QHeaderView>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
} // namespace

CandidateList::CandidateList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"candidateList"_s);
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Server"), tr("Security"), tr("Found in"), tr("Trust")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setAccessibleName(tr("Server settings found"));
    header()->setSectionResizeMode(ServerColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(SecurityColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

QString CandidateList::key(const ServerCandidate &candidate)
{
    return candidate.host.toLower() + QLatin1Char(':') + QString::number(candidate.port) + QLatin1Char(':')
           + securityName(candidate.security);
}

bool CandidateList::isFlagged(const ServerCandidate &candidate)
{
    return !candidate.trusted || !candidate.warnings.isEmpty();
}

QString CandidateList::trustText(const ServerCandidate &candidate)
{
    QStringList words;
    for (CandidateWarning warning : candidate.warnings)
        words << Labels::warning(warning);
    QString text;
    if (candidate.trusted && words.isEmpty())
        text = tr("Trusted source");
    else if (candidate.trusted)
        text = tr("Trusted source; note: %1").arg(words.join(u", "_s));
    else if (words.isEmpty())
        text = tr("Check before use");
    else
        text = tr("Check before use: %1").arg(words.join(u", "_s));
    if (candidate.verified.has_value())
        text += u" · "_s
                + (*candidate.verified ? tr("the server answered") : tr("the server did not answer"));
    return text;
}

QTreeWidgetItem *CandidateList::itemFor(const QString &wanted) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(ServerColumn, KeyRole).toString() == wanted)
            return topLevelItem(i);
    }
    return nullptr;
}

void CandidateList::fill(QTreeWidgetItem *item, const ServerCandidate &candidate)
{
    const QString candidateKey = key(candidate);
    item->setData(ServerColumn, KeyRole, candidateKey);
    item->setText(ServerColumn, u"%1:%2"_s.arg(candidate.host).arg(candidate.port));
    if (!candidate.username.isEmpty())
        item->setToolTip(ServerColumn, tr("User name: %1").arg(escapeServerText(candidate.username))); // from a document
    item->setText(SecurityColumn, SettingsLabels::security(candidate.security));
    QStringList sources;
    QStringList details;
    for (const CandidateOrigin &origin : candidate.origins) {
        const QString label = Labels::source(origin.source);
        if (!sources.contains(label))
            sources << label;
        if (!origin.detail.isEmpty())
            details << label + u": "_s + escapeServerText(origin.detail); // may hold a URL a server redirected to
    }
    if (sources.isEmpty())
        sources << Labels::source(candidate.bestSource());
    item->setText(SourceColumn, sources.join(u", "_s));
    item->setToolTip(SourceColumn, details.join(QLatin1Char('\n')));
    const QString trust = trustText(candidate);
    item->setText(TrustColumn, trust);
    item->setToolTip(TrustColumn, trust);
    const bool flagged = isFlagged(candidate);
    item->setIcon(ServerColumn,
                  style()->standardIcon(flagged ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton));
    item->setData(ServerColumn, Qt::AccessibleDescriptionRole, trust);
    if (flagged)
        item->setForeground(TrustColumn, StatusColors::caution(palette()));

    bool replaced = false;
    for (ServerCandidate &existing : m_candidates) {
        if (key(existing) == candidateKey) {
            existing = candidate;
            replaced = true;
        }
    }
    if (!replaced)
        m_candidates.append(candidate);
}

void CandidateList::addOrUpdate(const ServerCandidate &candidate)
{
    QTreeWidgetItem *item = itemFor(key(candidate));
    if (!item)
        item = new QTreeWidgetItem(this);
    fill(item, candidate);
}

void CandidateList::setCandidates(const QList<ServerCandidate> &candidates)
{
    const QString current = currentItem() ? currentItem()->data(ServerColumn, KeyRole).toString() : QString();
    const QSignalBlocker blocker(this); // the selection does not really change
    clear();
    m_candidates.clear();
    QTreeWidgetItem *restore = nullptr;
    for (const ServerCandidate &candidate : candidates) {
        auto *item = new QTreeWidgetItem(this);
        fill(item, candidate);
        if (key(candidate) == current)
            restore = item;
    }
    if (restore)
        setCurrentItem(restore);
}

std::optional<ServerCandidate> CandidateList::candidate(const QTreeWidgetItem *item) const
{
    if (!item)
        return std::nullopt;
    const QString wanted = item->data(ServerColumn, KeyRole).toString();
    for (const ServerCandidate &candidate : m_candidates) {
        if (key(candidate) == wanted)
            return candidate;
    }
    return std::nullopt;
}

std::optional<ServerCandidate> CandidateList::currentCandidate() const
{
    return candidate(currentItem());
}

QList<ServerCandidate> CandidateList::candidates() const
{
    QList<ServerCandidate> list;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (const auto c = candidate(topLevelItem(i)))
            list << *c;
    }
    return list;
}

void CandidateList::selectCandidate(const ServerCandidate &candidate)
{
    if (QTreeWidgetItem *item = itemFor(key(candidate)))
        setCurrentItem(item);
}

} // namespace Postaci
