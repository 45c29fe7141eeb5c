#pragma once

#include "smtp/outgoingmessage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Postaci {

// The test e-mail Postacı sends: RFC 5322 + MIME (RFC 2045-2047), one UTF-8 text/plain part.
//
//   TestMessage message;
//   message.setFrom(u"ali@example.com.tr"_s, u"Ali Yılmaz"_s);
//   message.setTo(u"ali@example.com.tr"_s);        // optional: the sender by default
//   const TestMessage::Result built = message.build();
//   if (!built.ok()) show(built.errorString); else session->startSend(built.message);
//
// What build() guarantees:
// - every user value is checked first (CR, LF and NUL are rejected: header injection), and
//   nothing is built when one is wrong;
// - CRLF line ends only, every line at most 998 octets (header lines folded at 78 where the
//   content allows);
// - non-ASCII Subject and display names as RFC 2047 encoded-words (UTF-8, B or Q, whichever is
//   shorter), never splitting a character;
// - OutgoingMessage::data has a quoted-printable body (7-bit clean except for the addresses of
//   an SMTPUTF8 message), OutgoingMessage::data8bit the same message with an 8bit UTF-8 body for
//   servers that offer 8BITMIME (empty when a body line would exceed 998 octets);
// - the test id is in the "X-Postaci-Test-Id" field, in the Message-ID and in the body text;
// - lines of the body that start with "." are left as they are: the SMTP session dot-stuffs
//   them (RFC 5321 §4.5.2), and BDAT needs no stuffing at all;
// - requiresSmtpUtf8 is set when an address has a non-ASCII local part (RFC 6531); non-ASCII
//   domains are converted to A-labels and need no SMTPUTF8.
class TestMessage
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::TestMessage)
public:
    enum class Error {
        None,
        ForbiddenCharacter, // CR, LF or NUL in a one-line value; NUL or a bare CR in the body
        InvalidSender,
        InvalidRecipient,
    };

    // Which value an error is about (for the message, and for the GUI to mark the field).
    enum class Field { None, From, FromName, To, ToName, Subject, Body, TestId };

    struct Result
    {
        Error error = Error::None;
        Field field = Field::None;
        QString errorString; // translated, names the value
        OutgoingMessage message;

        bool ok() const { return error == Error::None; }
    };

    TestMessage(); // a fresh unique test id, the current date, the default subject and body

    void setFrom(const QString &address, const QString &displayName = QString());
    void setTo(const QString &address, const QString &displayName = QString());
    void setSubject(const QString &subject);   // empty: defaultSubject()
    void setBodyText(const QString &text);     // empty: defaultBodyText(); the test id is always appended
    void setTestId(const QString &testId);
    void setDate(const QDateTime &date);

    QString testId() const { return m_testId; }
    QString subject() const;

    static QString defaultSubject();
    static QString defaultBodyText();
    static QString newTestId(); // a UUID: unique, and searchable in a mailbox

    Result build() const;

private:
    QString m_fromAddress;
    QString m_fromName;
    QString m_toAddress;
    QString m_toName;
    QString m_subject;
    QString m_bodyText;
    QString m_testId;
    QDateTime m_date;
};

} // namespace Postaci
