#pragma once

#include "smtp/smtpreply.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Postaci {

// Turns the bytes a server sends into complete replies (RFC 5321 §4.2), incrementally: feed what
// the socket delivered, take the replies that are complete. Lines may end in CRLF or a bare LF.
// Anything that is not a well-formed reply (a code outside 2xx–5xx, mixed codes in one reply,
// NUL, more than MaxReplyBytes buffered for one reply) stops the parser with an error: the
// session treats it as a protocol violation instead of buffering without bound.
class SmtpReplyParser
{
public:
    // RFC 5321 §4.5.3.1.5 allows 512 octets per reply line; real servers send more (long EHLO
    // lists, explanatory URLs), so the cap is generous but finite.
    static constexpr qsizetype MaxReplyBytes = 64 * 1024;
    static constexpr int MaxReplyLines = 512;

    void feed(const QByteArray &bytes);

    bool hasReply() const { return !m_replies.isEmpty(); }
    SmtpReply takeReply();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // True when anything was received that has not been taken as a complete reply: queued
    // replies, a partial line or a partial multi-line reply (or bytes rejected by an error).
    bool hasBufferedData() const;

    void reset();

private:
    void parseLine(QByteArray line);
    void finishReply();
    void fail(const QString &reason);

    QByteArray m_buffer; // bytes after the last complete line
    QList<QByteArray> m_current; // lines of the reply being assembled (raw)
    qsizetype m_currentBytes = 0;
    int m_currentCode = 0;
    QList<SmtpReply> m_replies;
    QString m_error;
};

} // namespace Postaci
