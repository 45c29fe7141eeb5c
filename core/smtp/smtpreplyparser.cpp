#include "smtpreplyparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 3463 §2: class "." subject "." detail, where class is 2, 4 or 5 and subject and detail are
// 1–3 digits. Only trusted when the class matches the reply code's first digit (RFC 2034 §4).
QString enhancedCodeOf(const QString &text, int code)
{
    static const QRegularExpression pattern(u"^([245])\\.(\\d{1,3})\\.(\\d{1,3})(?= |$)"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    if (match.captured(1).toInt() != code / 100)
        return {};
    return match.captured(0);
}

} // namespace

void SmtpReplyParser::feed(const QByteArray &bytes)
{
    if (hasError())
        return;
    m_buffer.append(bytes);
    qsizetype start = 0;
    while (!hasError()) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArray line = m_buffer.mid(start, newline - start);
        start = newline + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        parseLine(line);
    }
    m_buffer.remove(0, start);
    if (!hasError() && m_currentBytes + m_buffer.size() > MaxReplyBytes)
        fail(QCoreApplication::translate("Postaci::SmtpSession", "reply longer than %1 bytes").arg(MaxReplyBytes));
}

SmtpReply SmtpReplyParser::takeReply()
{
    return m_replies.takeFirst();
}

bool SmtpReplyParser::hasBufferedData() const
{
    return !m_replies.isEmpty() || !m_current.isEmpty() || !m_buffer.isEmpty() || hasError();
}

void SmtpReplyParser::reset()
{
    *this = SmtpReplyParser();
}

void SmtpReplyParser::parseLine(QByteArray line)
{
    if (line.contains('\0')) {
        fail(QCoreApplication::translate("Postaci::SmtpSession", "NUL byte in a reply line"));
        return;
    }
    if (line.size() < 3 || !isDigit(line.at(0)) || !isDigit(line.at(1)) || !isDigit(line.at(2))) {
        fail(QCoreApplication::translate("Postaci::SmtpSession", "reply line does not start with a 3-digit code"));
        return;
    }
    // RFC 5321 §4.2: the first digit is 2, 3, 4 or 5; anything else is not a reply.
    const int code = line.left(3).toInt();
    if (code < 200 || code > 599) {
        fail(QCoreApplication::translate("Postaci::SmtpSession", "reply code %1 outside 2xx-5xx").arg(code));
        return;
    }
    bool last = true;
    if (line.size() > 3) {
        const char separator = line.at(3);
        if (separator == '-')
            last = false;
        else if (separator != ' ') {
            fail(QCoreApplication::translate("Postaci::SmtpSession", "reply code not followed by space or hyphen"));
            return;
        }
    }
    // RFC 5321 §4.2.1: every line of a multi-line reply carries the same code.
    if (!m_current.isEmpty() && code != m_currentCode) {
        fail(QCoreApplication::translate("Postaci::SmtpSession", "mixed codes %1 and %2 in one reply").arg(m_currentCode).arg(code));
        return;
    }
    if (m_current.size() >= MaxReplyLines) {
        fail(QCoreApplication::translate("Postaci::SmtpSession", "reply has more than %1 lines").arg(MaxReplyLines));
        return;
    }
    m_currentCode = code;
    m_currentBytes += line.size();
    if (m_currentBytes > MaxReplyBytes) {
        fail(QCoreApplication::translate("Postaci::SmtpSession", "reply longer than %1 bytes").arg(MaxReplyBytes));
        return;
    }
    m_current.append(line);
    if (last)
        finishReply();
}

void SmtpReplyParser::finishReply()
{
    SmtpReply reply;
    reply.code = m_currentCode;
    for (const QByteArray &raw : std::as_const(m_current)) {
        // Keep the server's text as sent; invalid UTF-8 becomes U+FFFD (escaping for display is
        // done where it is shown).
        reply.rawLines.append(QString::fromUtf8(raw));
        reply.lines.append(raw.size() > 4 ? QString::fromUtf8(raw.mid(4)) : QString());
    }
    if (!reply.lines.isEmpty()) {
        reply.enhanced = enhancedCodeOf(reply.lines.first(), reply.code);
        if (!reply.enhanced.isEmpty()) {
            // Servers repeat the enhanced code on every line; the text reads better without it.
            for (QString &text : reply.lines) {
                if (text == reply.enhanced)
                    text.clear();
                else if (text.startsWith(reply.enhanced + QLatin1Char(' ')))
                    text.remove(0, reply.enhanced.size() + 1);
            }
        }
    }
    m_replies.append(reply);
    m_current.clear();
    m_currentBytes = 0;
    m_currentCode = 0;
}

void SmtpReplyParser::fail(const QString &reason)
{
    m_error = reason;
}

} // namespace Postaci
