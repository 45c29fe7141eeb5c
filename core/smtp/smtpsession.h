#pragma once

// CONTRACT (implemented by the SMTP engine work): the one-shot job that runs an SMTP conversation.
//
//   auto *session = new SmtpSession(settings, parent);
//   connect(session, &SmtpSession::finished, ...);   // exactly once, then the session deleteLater()s itself
//   session->startProbe();                           // or startSend(message)
//   session->cancel();                               // prompt: finished(Cancelled) follows
//
// Signals: stepChanged(SessionStep), transcriptLine(TranscriptLine), finished(SessionResult).
