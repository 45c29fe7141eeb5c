#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Postaci {

// What SmtpSession::startSend() transmits: the envelope and the message bytes.
// The bytes are RFC 5322 with CRLF line ends and NOT dot-stuffed (the session does that).
struct OutgoingMessage
{
    QString envelopeFrom;
    QStringList recipients;
    QByteArray data;          // 7-bit safe rendering (quoted-printable body)
    QByteArray data8bit;      // 8bit rendering, used with BODY=8BITMIME when offered; may be empty
    bool requiresSmtpUtf8 = false; // an address has a non-ASCII local part (RFC 6531)
};

} // namespace Postaci
