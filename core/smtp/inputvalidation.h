#pragma once

#include "smtp/outgoingmessage.h"
#include "smtp/sessionsettings.h"

#include <QString>

namespace Postaci {

// Checks done before anything is sent: CR, LF and NUL in any value would let a setting inject
// SMTP commands; "<", ">" and spaces in an address would inject MAIL/RCPT parameters.
// Each returns an empty string when the input is acceptable, otherwise a technical reason.
QString invalidSettingsReason(const SessionSettings &settings);
QString invalidMessageReason(const OutgoingMessage &message);

// True when the address needs SMTPUTF8 (RFC 6531) to be sent as it is.
bool isNonAsciiAddress(const QString &address);

} // namespace Postaci
