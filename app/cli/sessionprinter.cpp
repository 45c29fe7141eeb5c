#include "sessionprinter.h"

#include "clicommand.h"

#include "smtp/servertext.h"
#include "smtp/settingslabels.h"

using namespace Qt::StringLiterals;

namespace Postaci::Cli {

SessionPrinter::SessionPrinter(Output output, Transcript transcript)
    : m_output(output), m_transcript(transcript)
{
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
    const QString label = SettingsLabels::step(step);
    standardOutput() << "  " << (ok ? u"✓ "_s : u"✗ "_s) << label
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
    standardError() << prefix << escapeServerText(line.text) << Qt::endl;
}

void SessionPrinter::finishSteps(const SessionResult &result)
{
    if (m_step && *m_step != SessionStep::Done)
        printStepLine(*m_step, result.ok, m_stepTimer.isValid() ? m_stepTimer.elapsed() : 0);
    m_step.reset();
}

} // namespace Postaci::Cli
