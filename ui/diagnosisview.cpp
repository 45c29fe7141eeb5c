#include "diagnosisview.h"

#include "labels.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(text);
    return label;
}

} // namespace

DiagnosisView::DiagnosisView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"diagnosisView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    m_title = plainLabel(QString(), this);
    m_title->setObjectName(u"diagnosisTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    header->addWidget(icon);
    header->addWidget(m_title, 1);
    layout->addLayout(header);

    m_explanation = plainLabel(QString(), this);
    m_explanation->setObjectName(u"diagnosisExplanation"_s);
    layout->addWidget(m_explanation);

    m_remedies = new QVBoxLayout;
    layout->addLayout(m_remedies);

    m_note = plainLabel(QString(), this);
    m_note->setObjectName(u"diagnosisNote"_s);
    m_note->hide();
    layout->addWidget(m_note);
    hide();
}

void DiagnosisView::setDiagnosis(const Diagnosis &diagnosis)
{
    m_diagnosis = diagnosis;
    rebuild();
}

void DiagnosisView::clear()
{
    m_diagnosis = Diagnosis();
    setCheckingNote(QString());
    rebuild();
}

void DiagnosisView::setCheckingNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void DiagnosisView::setRemediesEnabled(bool enabled)
{
    m_remediesEnabled = enabled;
    const auto buttons = findChildren<QPushButton *>(u"remedyButton"_s);
    for (QPushButton *button : buttons)
        button->setEnabled(enabled);
}

void DiagnosisView::rebuild()
{
    while (QLayoutItem *item = m_remedies->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide(); // gone at once for the user (and the focus), deleted from the event loop
            widget->deleteLater();
        }
        delete item;
    }
    if (m_diagnosis.isNull()) {
        hide();
        return;
    }
    m_title->setText(m_diagnosis.title);
    m_explanation->setText(m_diagnosis.explanation);

    if (!m_diagnosis.remedies.isEmpty()) {
        auto *heading = plainLabel(tr("What you can do:"), this);
        m_remedies->addWidget(heading);
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    // What Postacı tried and the server answered comes first, marked in words and with an icon
    // (never by colour alone); the rest keeps its order (RemedyChecker already sorts so, but a
    // diagnosis shown before the check must read the same way).
    QList<qsizetype> order;
    for (const bool verified : {true, false}) {
        for (qsizetype i = 0; i < m_diagnosis.remedies.size(); ++i) {
            if (m_diagnosis.remedies.at(i).verified == verified)
                order << i;
        }
    }
    for (const qsizetype i : std::as_const(order)) {
        const Remedy &remedy = m_diagnosis.remedies.at(i);
        auto *row = new QFrame(this);
        row->setObjectName(u"remedyRow"_s);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(12, 0, 0, 0);
        auto *textColumn = new QVBoxLayout;
        auto *text = plainLabel(u"• "_s + remedy.text, row);
        text->setObjectName(u"remedyText"_s);
        textColumn->addWidget(text);
        if (remedy.verified) {
            auto *mark = new QHBoxLayout;
            auto *icon = new QLabel(row);
            icon->setObjectName(u"remedyVerifiedIcon"_s);
            icon->setPixmap(style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(iconSize, iconSize));
            auto *checked = plainLabel(tr("Checked: works — the server answers with this setting."), row);
            checked->setObjectName(u"remedyVerified"_s);
            QFont bold = checked->font();
            bold.setBold(true);
            checked->setFont(bold);
            icon->setAccessibleName(checked->text());
            mark->addSpacing(12);
            mark->addWidget(icon, 0, Qt::AlignTop);
            mark->addWidget(checked, 1);
            textColumn->addLayout(mark);
        }
        rowLayout->addLayout(textColumn, 1);
        if (remedy.settings && remedy.settings->foreignHost) {
            auto *caution = new QLabel(row);
            caution->setObjectName(u"remedyForeignHost"_s);
            caution->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
            caution->setToolTip(foreignHostCaution(*remedy.settings));
            caution->setAccessibleName(foreignHostCaution(*remedy.settings));
            rowLayout->addWidget(caution, 0, Qt::AlignTop);
        }
        if (remedy.settings && !remedy.settings->isEmpty()) {
            const SettingsChange change = *remedy.settings;
            auto *button = new QPushButton(tr("Apply and test again"), row);
            button->setObjectName(u"remedyButton"_s);
            button->setProperty("remedyIndex", int(i));
            button->setToolTip(tr("Change: %1").arg(change.describe()));
            button->setAccessibleName(tr("Apply: %1").arg(remedy.text));
            if (remedy.verified)
                button->setAccessibleDescription(tr("Checked: works — the server answers with this setting."));
            button->setEnabled(m_remediesEnabled);
            connect(button, &QPushButton::clicked, this, [this, change] { Q_EMIT remedyChosen(change); });
            rowLayout->addWidget(button, 0, Qt::AlignTop);
        }
        m_remedies->addWidget(row);
        row->show(); // now, not queued: the focus may go to its button right away
    }
    show();
}

QString DiagnosisView::foreignHostCaution(const SettingsChange &change)
{
    return tr("%1 is not a name of your e-mail domain or of a provider Postacı knows; only the server's "
              "certificate names it. It reaches the same machine as the server you entered, but if you "
              "use it, your password goes to whoever holds that certificate. Use it only if your provider "
              "or hosting company told you to.")
            .arg(change.host.value_or(QString()));
}

} // namespace Postaci
