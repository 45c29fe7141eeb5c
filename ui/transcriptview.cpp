#include "transcriptview.h"

#include "smtp/servertext.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {
// A transcript line longer than this is cut: no legitimate SMTP line comes close (RFC 5321
// §4.5.3.1.5 allows 512 octets for a reply line).
constexpr qsizetype maximumLineLength = 2000;
} // namespace

TranscriptView::TranscriptView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(u"transcriptView"_s);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    // Long lines wrap (a 250 reply with a long queue id, a TLS note): the reader never scrolls
    // sideways to see the end of a line.
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setMaximumBlockCount(maximumLines);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Transcript of the conversation with the server"));
    setPlaceholderText(tr("The conversation with the server appears here while a test runs."));

    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    m_clientFormat.setForeground(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0));
    m_serverFormat.setForeground(pal.color(QPalette::Text));
    m_infoFormat.setForeground(dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x60, 0x60, 0x60));
    m_infoFormat.setFontItalic(true);
    m_timeFormat.setForeground(m_infoFormat.foreground());
}

void TranscriptView::appendLine(const TranscriptLine &line)
{
    QString prefix;
    QTextCharFormat format;
    switch (line.direction) {
    case TranscriptLine::Direction::Client:
        prefix = u"C: "_s;
        format = m_clientFormat;
        break;
    case TranscriptLine::Direction::Server:
        prefix = u"S: "_s;
        format = m_serverFormat;
        break;
    case TranscriptLine::Direction::Info:
        prefix = u"*  "_s;
        format = m_infoFormat;
        break;
    }
    const QString time = u"%1 ms  "_s.arg(line.msSinceStart, 6);
    // Everything is escaped, not only server lines: client lines carry what the user typed, and
    // notes may quote the server.
    append(time, prefix + escapeServerText(line.text), format);
}

void TranscriptView::appendNote(const QString &text)
{
    append(QString(11, u' '), u"*  "_s + escapeServerText(text), m_infoFormat);
}

void TranscriptView::append(const QString &time, const QString &text, const QTextCharFormat &format)
{
    QString body = text;
    if (body.size() > maximumLineLength)
        body = body.left(maximumLineLength) + u" […]"_s;

    QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;

    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!document()->isEmpty() && !(document()->blockCount() == 1 && document()->firstBlock().text().isEmpty()))
        cursor.insertBlock();
    // insertText never interprets markup: what the server sent is shown as characters.
    cursor.insertText(time, m_timeFormat);
    cursor.insertText(body, format);

    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace Postaci
