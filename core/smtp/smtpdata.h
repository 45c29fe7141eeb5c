#pragma once

#include <QByteArray>

namespace Postaci {

// Every line end becomes CRLF (RFC 5321 §2.3.8: bare CR and LF are never sent); a non-empty
// message ends with CRLF. Used for both DATA and BDAT.
QByteArray normaliseLineEnds(const QByteArray &data);

// The bytes sent after "354" (RFC 5321 §4.5.2): line ends normalised, a leading "." doubled on
// every line, then the terminating ".\r\n".
QByteArray dataPayload(const QByteArray &message);

} // namespace Postaci
