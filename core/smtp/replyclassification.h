#pragma once

#include "smtp/sessionresult.h"
#include "smtp/smtpreply.h"

namespace Postaci {

// Which failure a negative reply means, per command (RFC 5321 §4.2.3, RFC 4954 §6, RFC 3463).
// 421 always means "the server is closing" (ServerBusy); other 4xx are temporary (ServerBusy).
SessionError classifyGreetingReply(const SmtpReply &reply);
SessionError classifyAuthReply(const SmtpReply &reply);
SessionError classifyMailReply(const SmtpReply &reply);
SessionError classifyRcptReply(const SmtpReply &reply);
SessionError classifyDataReply(const SmtpReply &reply); // DATA, BDAT and the end of data

} // namespace Postaci
