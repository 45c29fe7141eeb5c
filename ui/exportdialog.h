#pragma once

#include "account/account.h"
#include "export/accountexport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Postaci {

// "Export settings…" of one account: pick a format, see the document (core/export writes it),
// copy it or save it. The password is never in it (docs/export.md).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(const Account &account, QWidget *parent = nullptr);

    void setFormat(ExportFormat format);
    ExportFormat format() const;
    QString previewText() const;
    QString notesText() const;

    void copyToClipboard();
    // Writes the document into path atomically; says in the dialog what happened. True on success.
    bool saveTo(const QString &path);

private:
    void showExport();
    void chooseFile();

    Account m_account;
    AccountExport m_export;
    QComboBox *m_format = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Postaci
