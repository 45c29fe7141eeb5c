#pragma once

#include "common/job.h"
#include "smtp/outgoingmessage.h"
#include "smtp/sessionresult.h"
#include "smtp/sessionsettings.h"

#include <memory>

namespace Postaci {

// One SMTP conversation over QSslSocket, as a one-shot Job (core/common/job.h; the ksmtp /
// QtKeychain shape):
//
//   auto *session = new SmtpSession(settings, parent);
//   connect(session, &SmtpSession::finished, ...);   // exactly once; then the session deleteLater()s itself
//   session->startProbe();                           // or startSend(message)
//   session->cancel();                               // prompt: finished(Cancelled) follows
//
// probe: connect, greeting, EHLO, TLS, EHLO, AUTH when credentials are given, QUIT.
// send:  probe + MAIL/RCPT/DATA (or BDAT) + QUIT.
// Nothing is reported from inside startProbe()/startSend(); cancel() finishes synchronously.
class SmtpSession : public Job
{
    Q_OBJECT
public:
    explicit SmtpSession(const SessionSettings &settings, QObject *parent = nullptr);
    ~SmtpSession() override;

    // Job::start() is not for callers: a session starts as a probe or as a send.
    void startProbe();
    void startSend(const OutgoingMessage &message);

    const SessionSettings &settings() const;

Q_SIGNALS:
    void stepChanged(Postaci::SessionStep step);
    void transcriptLine(const Postaci::TranscriptLine &line);
    void finished(const Postaci::SessionResult &result);

private:
    void run() override;
    void doCancel() override;

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Postaci
