#pragma once

#include "smtp/sessionresult.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <optional>

namespace Postaci {
struct Diagnosis;
}

namespace Postaci::Cli {

// The human-readable output of `probe` and `send-test`: one line per step with its time as
// the session moves on (stdout), the transcript when asked for (stderr, "C: " / "S: " / "* "),
// then the outcome and, on failure, the diagnosis. Text from the server goes through
// escapeServerText (core/smtp/servertext.h), as everywhere else.
class SessionPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::Cli::SessionPrinter)
public:
    enum class Output { Human, Json };        // Json: steps and outcome are not printed
    enum class Transcript { Hidden, Shown };

    SessionPrinter(Output output, Transcript transcript);

    void printStart(const QString &what);
    void printNote(const QString &note);      // a "* " line in the transcript, and for humans on stdout
    void printWarning(const QString &warning); // always stderr
    void stepChanged(SessionStep step);
    void transcriptLine(const TranscriptLine &line);
    // The final step line; call once the session finished.
    void finishSteps(const SessionResult &result);

private:
    void printStepLine(SessionStep step, bool ok, qint64 ms);

    Output m_output;
    Transcript m_transcript;
    std::optional<SessionStep> m_step;
    QElapsedTimer m_stepTimer;
};

} // namespace Postaci::Cli
