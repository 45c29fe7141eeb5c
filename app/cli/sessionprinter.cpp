#include "sessionprinter.h"

#include "clicommand.h"

namespace Postaci::Cli {

SessionPrinter::SessionPrinter(Output output, Transcript transcript)
    : m_output(output), m_transcript(transcript)
{
}

QString SessionPrinter::stepLabel(SessionStep step)
{
    switch (step) {
    case SessionStep::Resolve: return tr("Looking up the server name");
    case SessionStep::Connect: return tr("Connecting");
    case SessionStep::Tls: return tr("TLS handshake");
    case SessionStep::Greeting: return tr("Server greeting");
    case SessionStep::Ehlo: return tr("EHLO (server capabilities)");
    case SessionStep::StartTls: return tr("STARTTLS");
    case SessionStep::Auth: return tr("Login (AUTH)");
    case SessionStep::Mail: return tr("Sender (MAIL FROM)");
    case SessionStep::Rcpt: return tr("Recipient (RCPT TO)");
    case SessionStep::Data: return tr("Message (DATA)");
    case SessionStep::Quit: return tr("Closing (QUIT)");
    case SessionStep::Done: return tr("Done");
    }
    return {};
}

QString SessionPrinter::escaped(const QString &serverText)
{
    QString out;
    out.reserve(serverText.size());
    for (const QChar c : serverText) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7F && u < 0xA0);
        // Bidirectional embeddings, overrides and isolates, and the invisible marks: they can
        // make text read differently from what it is (Trojan Source, CVE-2021-42574).
        const bool bidi = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E
            || u == 0x200F || u == 0x061C;
        if (u == u'\n') {
            out += QLatin1Char('\n');
        } else if (control && u < 0x100) {
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        } else if (control || bidi) {
            out += QStringLiteral("\\u{%1}").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

void SessionPrinter::printStart(const QString &what)
{
    if (m_output == Output::Human)
        standardOutput() << what << Qt::endl;
}

void SessionPrinter::printNote(const QString &note)
{
    if (m_transcript == Transcript::Shown)
        standardError() << "* " << note << Qt::endl;
    if (m_output == Output::Human)
        standardOutput() << "  " << note << Qt::endl;
}

void SessionPrinter::printWarning(const QString &warning)
{
    standardError() << tr("Warning: %1").arg(warning) << Qt::endl;
}

void SessionPrinter::printStepLine(SessionStep step, bool ok, qint64 ms)
{
    if (m_output != Output::Human || step == SessionStep::Done)
        return;
    const QString label = stepLabel(step);
    standardOutput() << "  " << (ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) << label
                     << QString(qMax(1, 32 - int(label.size())), QLatin1Char(' '))
                     << tr("%1 ms").arg(ms, 5) << Qt::endl;
}

void SessionPrinter::stepChanged(SessionStep step)
{
    if (m_step && *m_step != step)
        printStepLine(*m_step, true, m_stepTimer.elapsed());
    if (!m_step || *m_step != step)
        m_stepTimer.start();
    m_step = step;
}

void SessionPrinter::transcriptLine(const TranscriptLine &line)
{
    if (m_transcript != Transcript::Shown)
        return;
    const char *prefix = line.direction == TranscriptLine::Direction::Client ? "C: "
        : line.direction == TranscriptLine::Direction::Server               ? "S: "
                                                                             : "* ";
    standardError() << prefix << escaped(line.text) << Qt::endl;
}

void SessionPrinter::finishSteps(const SessionResult &result)
{
    if (m_step && *m_step != SessionStep::Done)
        printStepLine(*m_step, result.ok, m_stepTimer.isValid() ? m_stepTimer.elapsed() : 0);
    m_step.reset();
}

} // namespace Postaci::Cli
