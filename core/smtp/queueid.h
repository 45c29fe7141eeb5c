#pragma once

#include "smtp/smtpreply.h"

#include <QString>

namespace Postaci {

// The queue id a server gives in its final 250 to DATA/BDAT, so the user can find the message
// in the server's logs. Known forms: Postfix "Ok: queued as 4Xyz", Exim "OK id=1qABCD-000123-Ab",
// Gmail "OK  1700000000 a1-20020a05...gsmtp", Microsoft "OK <id@host> [Hostname=...]",
// sendmail "3B2F3Hc1012345 Message accepted for delivery", Exchange "<id> Queued mail for
// delivery", qmail "ok 1700000000 qp 12345". Empty when the reply names none.
QString parseQueueId(const SmtpReply &reply);

} // namespace Postaci
