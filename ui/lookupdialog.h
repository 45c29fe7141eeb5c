#pragma once

#include "connectionoptions.h"
#include "discovery/lookupreport.h"
#include "discovery/servercandidate.h"
#include "discovery/sourceoutcome.h"
#include "sourcelist.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Postaci {

class CandidateList;
class SettingsFinder;

// "Look up provider settings…": the settings finder for an address or domain, with the
// suggestions as they arrive (source, trust, warnings) and, for every place asked, what it
// answered — so that "nothing found" always says where Postacı looked.
class LookupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LookupDialog(const ConnectionOptions &options, QWidget *parent = nullptr);
    ~LookupDialog() override;

    void setQuery(const QString &text);
    void startLookup();
    void stopLookup();
    bool isRunning() const;

    CandidateList *candidateList() const { return m_candidates; }
    QTreeWidget *sourceList() const { return m_sources; }
    const LookupReport &report() const { return m_report; }

Q_SIGNALS:
    void lookupFinished(const Postaci::LookupReport &report);
    // "Add an account with these settings": the address typed and the chosen suggestion.
    void addAccountRequested(const QString &emailAddress, const Postaci::ServerCandidate &candidate);

private:
    void finderFinished(const LookupReport &report);
    void updateButtons();

    ConnectionOptions m_options;
    QPointer<SettingsFinder> m_finder;
    LookupReport m_report;

    QLineEdit *m_query = nullptr;
    QLabel *m_queryError = nullptr;
    QPushButton *m_lookUp = nullptr;
    QPushButton *m_stop = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    CandidateList *m_candidates = nullptr;
    SourceList *m_sources = nullptr;
    QPushButton *m_addAccount = nullptr;
};

} // namespace Postaci
