#include "mailtransaction.h"

#include "smtp/inputvalidation.h"
#include "smtp/smtpdata.h"

using namespace Qt::StringLiterals;

namespace Postaci {

MailTransaction MailTransaction::plan(const OutgoingMessage &message, const SmtpCapabilities &capabilities)
{
    MailTransaction transaction;
    bool needUtf8 = message.requiresSmtpUtf8 || isNonAsciiAddress(message.envelopeFrom);
    for (const QString &recipient : message.recipients)
        needUtf8 = needUtf8 || isNonAsciiAddress(recipient);
    if (needUtf8 && !capabilities.hasSmtpUtf8()) {
        transaction.refusal = SessionError::SmtpUtf8Unsupported;
        transaction.refusalDetail = tr("an address is not ASCII and the server does not offer SMTPUTF8");
        return transaction;
    }
    const bool use8bit = capabilities.has8BitMime() && !message.data8bit.isEmpty();
    const QByteArray normalised = normaliseLineEnds(use8bit ? message.data8bit : message.data);
    transaction.m_messageSize = normalised.size();
    if (capabilities.hasSize() && capabilities.maxSize() > 0 && transaction.m_messageSize > capabilities.maxSize()) {
        transaction.refusal = SessionError::MessageTooLarge;
        transaction.refusalDetail = tr("the message has %1 bytes, the server accepts at most %2")
                                            .arg(transaction.m_messageSize)
                                            .arg(capabilities.maxSize());
        return transaction;
    }
    transaction.pipelining = capabilities.hasPipelining();
    transaction.chunking = capabilities.hasChunking();
    // RFC 3030: BDAT sends the bytes as they are (no dot-stuffing); DATA needs the stuffed form.
    transaction.m_payload = transaction.chunking ? normalised : dataPayload(normalised);

    QByteArray &mail = transaction.mailCommand;
    mail = "MAIL FROM:<" + message.envelopeFrom.toUtf8() + '>';
    if (capabilities.hasSize()) {
        mail += " SIZE=" + QByteArray::number(transaction.m_messageSize); // RFC 1870
        transaction.extensionsUsed.append(u"SIZE"_s);
    }
    if (use8bit) {
        mail += " BODY=8BITMIME"; // RFC 6152
        transaction.extensionsUsed.append(u"8BITMIME"_s);
    }
    if (needUtf8) {
        mail += " SMTPUTF8"; // RFC 6531 §3.4
        transaction.extensionsUsed.append(u"SMTPUTF8"_s);
    }
    if (transaction.pipelining)
        transaction.extensionsUsed.append(u"PIPELINING"_s);
    if (transaction.chunking)
        transaction.extensionsUsed.append(u"CHUNKING"_s);
    for (const QString &recipient : message.recipients)
        transaction.rcptCommands.append("RCPT TO:<" + recipient.toUtf8() + '>');
    return transaction;
}

QByteArray MailTransaction::bdatCommand() const
{
    return "BDAT " + QByteArray::number(m_payload.size()) + " LAST";
}

QString MailTransaction::payloadShown() const
{
    return tr("<%1 octets of message data>").arg(m_messageSize);
}

} // namespace Postaci
