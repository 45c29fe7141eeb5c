#pragma once

#include "smtp/sessionresult.h"

#include <QPlainTextEdit>
#include <QTextCharFormat>

namespace Postaci {

// The live SMTP conversation, one line per TranscriptLine: "C:" what Postacı sent, "S:" what
// the server answered, "*" notes. Plain text only: server text is untrusted, so it is escaped
// (control and direction-changing characters made visible) and never interpreted as rich text.
class TranscriptView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit TranscriptView(QWidget *parent = nullptr);

    void appendLine(const TranscriptLine &line);
    void appendNote(const QString &text);
    // The transcript as plain text (for copying into a support request).
    QString transcriptText() const { return toPlainText(); }

    // Lines kept; older ones scroll away (a hostile server cannot fill the memory).
    static constexpr int maximumLines = 5000;

private:
    void append(const QString &time, const QString &text, const QTextCharFormat &format);

    QTextCharFormat m_clientFormat;
    QTextCharFormat m_serverFormat;
    QTextCharFormat m_infoFormat;
    QTextCharFormat m_timeFormat;
};

} // namespace Postaci
