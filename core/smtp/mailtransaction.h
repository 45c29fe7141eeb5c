#pragma once

#include "smtp/outgoingmessage.h"
#include "smtp/sessionresult.h"
#include "smtp/smtpcapabilities.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Postaci {

// What handing the test message over takes, decided once from the message and the server's EHLO
// capabilities before any byte of it is sent (docs/smtp-behaviours.md#23): the MAIL FROM line with
// its parameters (RFC 1870 SIZE, RFC 6152 BODY=8BITMIME, RFC 6531 SMTPUTF8), one RCPT TO per
// recipient, and the body in the form the transfer needs (dot-stuffed for DATA, as it is for
// RFC 3030 BDAT). SmtpSession decides when each line leaves (flights, RFC 2920); this decides what.
class MailTransaction
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::SmtpSession)
public:
    static MailTransaction plan(const OutgoingMessage &message, const SmtpCapabilities &capabilities);

    // Set when the server cannot take this message (an address that needs SMTPUTF8, a message
    // over its SIZE limit): the session fails with it before MAIL FROM.
    SessionError refusal = SessionError::None;
    QString refusalDetail;

    QByteArray mailCommand;
    QList<QByteArray> rcptCommands;
    bool pipelining = false;
    bool chunking = false;
    QStringList extensionsUsed; // as SessionResult::extensionsUsed lists them

    QByteArray bdatCommand() const; // "BDAT <size> LAST": the whole body in one chunk
    const QByteArray &payload() const { return m_payload; }
    // What the transcript shows instead of the body: "<1234 octets of message data>".
    QString payloadShown() const;

private:
    QByteArray m_payload;
    qsizetype m_messageSize = 0; // before dot-stuffing: what SIZE= announces
};

} // namespace Postaci
