#include "lookupdialog.h"

#include "candidatelist.h"
#include "account/emailaddress.h"
#include "discovery/settingsfinder.h"
#include "labels.h"
#include "sourcelist.h"
#include "statuscolors.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

QString targetErrorText(const EmailAddress &target)
{
    if (target.isValid())
        return {};
    if (target.error() == EmailAddress::Error::Empty)
        return LookupDialog::tr("Type an e-mail address or a domain.");
    if (target.error() == EmailAddress::Error::ControlCharacter)
        return LookupDialog::tr("The text contains a line break or another control character.");
    if (target.errorPart() == EmailAddress::ErrorPart::Domain)
        return LookupDialog::tr("This is not a mail domain; it needs at least two parts, such as example.com.");
    return LookupDialog::tr("The part before the @ is not valid.");
}

} // namespace

LookupDialog::LookupDialog(const ConnectionOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
{
    setObjectName(u"lookupDialog"_s);
    setWindowTitle(tr("Look up provider settings"));

    auto *intro = new QLabel(tr("Type an e-mail address or a domain. Postacı asks its provider list, the provider's "
                                "own settings, the Thunderbird database and DNS, and tries the usual server names."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_query = new QLineEdit(this);
    m_query->setObjectName(u"lookupQueryEdit"_s);
    m_query->setPlaceholderText(tr("e.g. ali@example.com.tr or example.com.tr"));
    m_query->setAccessibleName(tr("E-mail address or domain"));
    m_query->setClearButtonEnabled(true);
    // Qt's clear button has no text, so screen readers announced a nameless button: its action
    // gets one (the button shows the action's text as its name and tooltip).
    if (auto *clear = m_query->findChild<QAction *>(u"_q_qlineeditclearaction"_s)) {
        clear->setText(tr("Clear the address"));
        clear->setToolTip(tr("Clear the address"));
    }
    auto *queryLabel = new QLabel(tr("&Address or domain:"), this);
    queryLabel->setBuddy(m_query);
    m_lookUp = new QPushButton(tr("&Look up"), this);
    m_lookUp->setObjectName(u"lookUpButton"_s);
    m_lookUp->setDefault(true);
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(u"stopLookupButton"_s);
    m_stop->setEnabled(false);
    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(queryLabel);
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(m_lookUp);
    queryRow->addWidget(m_stop);

    m_queryError = new QLabel(this);
    m_queryError->setObjectName(u"lookupQueryError"_s);
    m_queryError->setTextFormat(Qt::PlainText);
    m_queryError->setWordWrap(true);
    m_queryError->setPalette(StatusColors::withText(m_queryError->palette(),
                                                    StatusColors::error(m_queryError->palette())));
    m_queryError->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(u"lookupStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"lookupProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->setAccessibleName(tr("Looking up settings"));
    m_progress->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto *candidatesBox = new QWidget(splitter);
    auto *candidatesLayout = new QVBoxLayout(candidatesBox);
    candidatesLayout->setContentsMargins(0, 0, 0, 0);
    auto *candidatesLabel = new QLabel(tr("Servers found (best first):"), candidatesBox);
    m_candidates = new CandidateList(candidatesBox);
    candidatesLabel->setBuddy(m_candidates);
    candidatesLayout->addWidget(candidatesLabel);
    candidatesLayout->addWidget(m_candidates);
    auto *sourcesBox = new QWidget(splitter);
    auto *sourcesLayout = new QVBoxLayout(sourcesBox);
    sourcesLayout->setContentsMargins(0, 0, 0, 0);
    auto *sourcesLabel = new QLabel(tr("Where Postacı looked:"), sourcesBox);
    m_sources = new SourceList(sourcesBox);
    sourcesLabel->setBuddy(m_sources);
    sourcesLayout->addWidget(sourcesLabel);
    sourcesLayout->addWidget(m_sources);
    splitter->addWidget(candidatesBox);
    splitter->addWidget(sourcesBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_addAccount = buttons->addButton(tr("A&dd an account with this server…"), QDialogButtonBox::ActionRole);
    m_addAccount->setObjectName(u"addAccountFromLookupButton"_s);
    m_addAccount->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(queryRow);
    layout->addWidget(m_queryError);
    layout->addLayout(statusRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    setTabOrder(m_query, m_lookUp);
    setTabOrder(m_lookUp, m_stop);
    setTabOrder(m_stop, m_candidates);
    setTabOrder(m_candidates, m_sources);

    connect(m_lookUp, &QPushButton::clicked, this, &LookupDialog::startLookup);
    connect(m_query, &QLineEdit::returnPressed, this, &LookupDialog::startLookup);
    connect(m_stop, &QPushButton::clicked, this, &LookupDialog::stopLookup);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_candidates, &QTreeWidget::currentItemChanged, this, &LookupDialog::updateButtons);
    connect(m_addAccount, &QPushButton::clicked, this, [this] {
        const auto candidate = m_candidates->currentCandidate();
        if (candidate)
            Q_EMIT addAccountRequested(m_report.emailAddress, *candidate);
    });
    connect(this, &QDialog::finished, this, &LookupDialog::stopLookup);
    resize(860, 600);
}

LookupDialog::~LookupDialog()
{
    if (m_finder) {
        disconnect(m_finder, nullptr, this, nullptr);
        m_finder->cancel();
    }
}

void LookupDialog::setQuery(const QString &text)
{
    m_query->setText(text);
}

bool LookupDialog::isRunning() const
{
    return m_finder && m_finder->isRunning();
}

void LookupDialog::startLookup()
{
    if (isRunning())
        return;
    const EmailAddress target = EmailAddress::parseEmailOrDomain(m_query->text());
    m_queryError->setText(targetErrorText(target));
    m_queryError->setVisible(!target.isValid());
    if (!target.isValid())
        return;

    m_candidates->setCandidates({});
    m_sources->clear();
    m_report = LookupReport();
    auto *finder = new SettingsFinder(m_options.finder(), this);
    m_finder = finder;
    connect(finder, &SettingsFinder::candidateFound, m_candidates, &CandidateList::addOrUpdate);
    connect(finder, &SettingsFinder::candidateUpdated, m_candidates, &CandidateList::addOrUpdate);
    connect(finder, &SettingsFinder::sourceFinished, m_sources, &SourceList::addOutcome);
    connect(finder, &SettingsFinder::finished, this, &LookupDialog::finderFinished);
    m_status->setText(tr("Looking up %1…").arg(target.domain()));
    m_progress->show();
    updateButtons();
    finder->start(target);
    updateButtons();
}

void LookupDialog::stopLookup()
{
    if (m_finder)
        m_finder->cancel();
}

void LookupDialog::finderFinished(const LookupReport &report)
{
    m_finder = nullptr;
    m_report = report;
    m_progress->hide();
    m_candidates->setCandidates(report.candidates);
    // The report is the complete list; rows added live may have missed a source that ended
    // as the deadline passed.
    m_sources->setOutcomes(report.sources);

    QString status;
    if (report.cancelled)
        status = tr("Stopped after %1 ms.").arg(report.elapsedMs);
    else if (report.candidates.isEmpty())
        status = tr("Nothing found for %1. The list below shows where Postacı looked and what each place answered.")
                         .arg(report.domain);
    else
        status = tr("%n server(s) found for %1 in %2 ms.", nullptr, int(report.candidates.size()))
                         .arg(report.domain)
                         .arg(report.elapsedMs);
    if (report.deadlineReached)
        status += QLatin1Char(' ') + tr("Some places did not answer in time; the results may be incomplete.");
    m_status->setText(status);
    updateButtons();
    Q_EMIT lookupFinished(report);
}

void LookupDialog::updateButtons()
{
    const bool running = isRunning();
    m_lookUp->setEnabled(!running);
    m_stop->setEnabled(running);
    m_addAccount->setEnabled(!running && m_candidates->currentCandidate().has_value()
                             && !m_report.emailAddress.isEmpty());
}

} // namespace Postaci
