#include "deliverabilitydialog.h"

#include "account/emailaddress.h"
#include "deliverability/deliverabilitycheck.h"
#include "smtp/servertext.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

QString checkTitle(const QString &id)
{
    if (id == "mx"_L1)
        return DeliverabilityDialog::tr("MX (receiving mail)");
    if (id == "spf"_L1)
        return DeliverabilityDialog::tr("SPF (authorised servers)");
    if (id == "dmarc"_L1)
        return DeliverabilityDialog::tr("DMARC (policy)");
    if (id == "dkim"_L1)
        return DeliverabilityDialog::tr("DKIM (signing keys)");
    if (id == "mta-sts"_L1)
        return DeliverabilityDialog::tr("MTA-STS (TLS for incoming mail)");
    return DeliverabilityDialog::tr("TLS-RPT (TLS reports)");
}

QString statusWord(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return DeliverabilityDialog::tr("Passes");
    case CheckStatus::Warn:
        return DeliverabilityDialog::tr("Warning");
    case CheckStatus::Fail:
        return DeliverabilityDialog::tr("Fails");
    case CheckStatus::None:
        return DeliverabilityDialog::tr("Not published");
    }
    return {};
}

QIcon statusIcon(QStyle *style, CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case CheckStatus::Warn:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case CheckStatus::Fail:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case CheckStatus::None:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // DNS texts are shown, never interpreted
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DeliverabilityDialog::DeliverabilityDialog(const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
{
    setObjectName(u"deliverabilityDialog"_s);
    setWindowTitle(tr("Will my mail arrive?"));
    resize(720, 560);

    m_question = plainLabel(tr("Will mail from %1 sent through %2 arrive? Postacı asks DNS what receivers check: "
                               "MX, SPF, DMARC, DKIM, MTA-STS and TLS-RPT.")
                                    .arg(account.email, account.host),
                            this);
    m_question->setObjectName(u"deliverabilityQuestion"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"deliverabilityProgress"_s);
    m_progress->setAccessibleName(tr("DNS answers received"));
    m_progress->setTextVisible(false);
    m_status = plainLabel(QString(), this);
    m_status->setObjectName(u"deliverabilityStatus"_s);
    m_verdict = plainLabel(QString(), this);
    m_verdict->setObjectName(u"deliverabilityVerdict"_s);
    m_verdict->setAccessibleName(tr("Verdict"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);

    m_rowsWidget = new QWidget(this);
    m_rows = new QGridLayout(m_rowsWidget);
    m_rows->setColumnStretch(2, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_rowsWidget);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_again = buttons->addButton(tr("Check &again"), QDialogButtonBox::ActionRole);
    m_again->setObjectName(u"checkAgainButton"_s);
    connect(m_again, &QPushButton::clicked, this, &DeliverabilityDialog::startCheck);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addLayout(statusRow);
    layout->addWidget(m_verdict);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    startCheck();
}

DeliverabilityDialog::~DeliverabilityDialog()
{
    if (m_check) {
        disconnect(m_check, nullptr, this, nullptr);
        m_check->cancel();
    }
}

bool DeliverabilityDialog::isRunning() const
{
    return m_check && m_check->isRunning();
}

void DeliverabilityDialog::startCheck()
{
    if (isRunning())
        return;
    clearRows();
    m_verdict->clear();
    const EmailAddress address = EmailAddress::parse(m_account.email);
    DeliverabilityCheck::Request request;
    request.sender = address.address();
    request.domain = address.domain();
    request.serverHost = m_account.host;
    request.providerId = m_account.providerId;
    auto *check = new DeliverabilityCheck(request, this);
    m_check = check;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(tr("Asking DNS…"));
    m_again->setEnabled(false);
    connect(check, &DeliverabilityCheck::progress, this, [this](int answered, int asked) {
        m_progress->setRange(0, asked);
        m_progress->setValue(answered);
        m_status->setText(tr("Asking DNS… %1 of %2 answers").arg(answered).arg(asked));
    });
    connect(check, &DeliverabilityCheck::finished, this, &DeliverabilityDialog::checkDone);
    check->start();
}

void DeliverabilityDialog::checkDone(const DeliverabilityReport &report)
{
    m_check = nullptr;
    m_report = report;
    m_progress->hide();
    m_again->setEnabled(true);
    m_status->setText(report.deadlineReached ? tr("Done; some DNS questions got no answer in time.") : tr("Done."));
    m_verdict->setText(escapeServerText(report.verdict));
    for (int i = 0; i < report.checks.size(); ++i)
        addRow(i, report.checks.at(i));
    Q_EMIT checkFinished(report);
}

void DeliverabilityDialog::clearRows()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void DeliverabilityDialog::addRow(int row, const DeliverabilityCheckItem &item)
{
    auto *box = new QWidget(m_rowsWidget);
    box->setObjectName(u"check_"_s + item.id);
    const QString word = statusWord(item.status);
    box->setAccessibleName(tr("%1: %2").arg(checkTitle(item.id), word));

    // State: an icon and a word, so that it never depends on colour alone.
    auto *icon = new QLabel(box);
    icon->setObjectName(u"statusIcon_"_s + item.id);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(statusIcon(style(), item.status).pixmap(size, size));
    icon->setAccessibleName(word);
    auto *state = plainLabel(word, box);
    state->setObjectName(u"statusText_"_s + item.id);

    auto *title = plainLabel(checkTitle(item.id), box);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *explanation = plainLabel(escapeServerText(item.explanation), box);
    explanation->setObjectName(u"explanation_"_s + item.id);

    auto *text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->addWidget(title);
    text->addWidget(explanation);
    if (!item.record.isEmpty()) {
        auto *record = plainLabel(tr("Published: %1").arg(escapeServerText(item.record)), box);
        record->setObjectName(u"record_"_s + item.id);
        text->addWidget(record);
    }
    if (!item.remedy.isEmpty()) {
        auto *remedy = plainLabel(escapeServerText(item.remedy), box);
        remedy->setObjectName(u"remedy_"_s + item.id);
        text->addWidget(remedy);
    }
    if (!item.publish.isEmpty()) {
        auto *where = plainLabel(tr("%1 record at %2:").arg(item.publish.type, item.publish.name), box);
        auto *value = new QLineEdit(escapeServerText(item.publish.value), box);
        value->setObjectName(u"publish_"_s + item.id);
        value->setReadOnly(true);
        value->setAccessibleName(tr("Record to publish for %1").arg(checkTitle(item.id)));
        auto *copy = new QPushButton(tr("Copy"), box);
        copy->setObjectName(u"copy_"_s + item.id);
        copy->setAccessibleName(tr("Copy the record to publish for %1").arg(checkTitle(item.id)));
        const QString exact = item.publish.value;
        connect(copy, &QPushButton::clicked, this, [exact] { QApplication::clipboard()->setText(exact); });
        auto *publishRow = new QHBoxLayout;
        publishRow->addWidget(value, 1);
        publishRow->addWidget(copy);
        text->addWidget(where);
        text->addLayout(publishRow);
    }

    auto *stateBox = new QVBoxLayout;
    stateBox->setContentsMargins(0, 0, 0, 0);
    stateBox->addWidget(icon, 0, Qt::AlignHCenter);
    stateBox->addWidget(state, 0, Qt::AlignHCenter);
    stateBox->addStretch();
    auto *boxLayout = new QHBoxLayout(box);
    boxLayout->addLayout(stateBox);
    boxLayout->addLayout(text, 1);
    m_rows->addWidget(box, row, 0, 1, 3);
}

} // namespace Postaci
