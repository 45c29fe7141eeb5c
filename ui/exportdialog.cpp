#include "exportdialog.h"

#include "export/exportfile.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

QString formatLabel(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Thunderbird:
        return ExportDialog::tr("Thunderbird (autoconfig file)");
    case ExportFormat::Msmtp:
        return ExportDialog::tr("msmtp (msmtprc section)");
    case ExportFormat::Swaks:
        return ExportDialog::tr("swaks (test command)");
    case ExportFormat::Mobileconfig:
        return ExportDialog::tr("iPhone, iPad, Mac (configuration profile)");
    case ExportFormat::Env:
        return ExportDialog::tr("Web site (.env lines)");
    case ExportFormat::Autoconfig:
        return ExportDialog::tr("Domain owner (autoconfig file and DNS records)");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
{
    setWindowTitle(tr("Export settings of %1").arg(account.email));
    setObjectName(u"exportDialog"_s);
    resize(720, 560);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    for (ExportFormat format : allExportFormats())
        m_format->addItem(formatLabel(format), exportFormatName(format));
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"exportPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Exported settings"));

    m_notes = new QLabel(this);
    m_notes->setObjectName(u"exportNotes"_s);
    m_notes->setTextFormat(Qt::PlainText); // the account's own values appear in the notes
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_status = new QLabel(this);
    m_status->setObjectName(u"exportStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"exportCopy"_s);
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"exportSave"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::showExport);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    showExport();
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(exportFormatName(format)));
}

ExportFormat ExportDialog::format() const
{
    return exportFormatFromName(m_format->currentData().toString()).value_or(ExportFormat::Thunderbird);
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString ExportDialog::notesText() const
{
    return m_notes->text();
}

void ExportDialog::showExport()
{
    m_export = AccountExport::write(m_account, format());
    m_preview->setPlainText(m_export.content);
    QStringList lines = m_export.notes;
    if (!m_export.dnsRecords.isEmpty())
        lines << tr("DNS records to publish (RFC 6186, RFC 8314):") + u'\n' + m_export.dnsRecords.join(u'\n');
    m_notes->setText(lines.join(u"\n\n"_s));
    m_status->clear();
}

void ExportDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(m_export.content);
    m_status->setText(tr("Copied to the clipboard."));
}

void ExportDialog::chooseFile()
{
    // open(), not a static getSaveFileName(): nothing here runs a nested event loop.
    auto *dialog = new QFileDialog(this, tr("Save exported settings"),
                                   QDir::home().filePath(m_export.suggestedFileName));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveTo(path); });
    dialog->open();
}

bool ExportDialog::saveTo(const QString &path)
{
    const QString problem = ExportFile::write(path, m_export.content);
    m_status->setText(problem.isEmpty() ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : problem);
    return problem.isEmpty();
}

} // namespace Postaci
