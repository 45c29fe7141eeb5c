#pragma once

#include <QCoreApplication>
#include <QString>

namespace Postaci {

// An e-mail address as SMTP carries it (RFC 5321 §4.1.2 Mailbox, with RFC 6531 UTF-8 local
// parts): local-part "@" domain, where the domain is a host name (IDN allowed, sent as
// A-labels) or an address literal "[192.0.2.1]" / "[IPv6:2001:db8::1]".
class MailAddress
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::MailAddress)
public:
    enum class Problem {
        None,
        Empty,
        ForbiddenCharacter, // CR, LF, NUL or another control character
        MissingAt,
        EmptyLocalPart,
        InvalidLocalPart,
        LocalPartTooLong,   // > 64 octets (RFC 5321 §4.5.3.1.1)
        EmptyDomain,
        InvalidDomain,
        DomainTooLong,      // > 255 octets (RFC 5321 §4.5.3.1.2)
        AddressTooLong,     // > 254 octets in a path (RFC 5321 §4.5.3.1.3 minus the brackets)
    };

    MailAddress() = default;

    // Parses a bare address ("ali@example.com.tr"), surrounding white space ignored.
    static MailAddress parse(const QString &text);

    // Parses "Display Name <address>" or a bare address; the name is returned unquoted.
    static MailAddress parseMailbox(const QString &text, QString *displayName);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    QString problemText() const; // translated, for the user

    QString localPart() const { return m_localPart; }
    QString domain() const { return m_domain; }           // as written
    QString asciiDomain() const { return m_asciiDomain; } // A-labels (or the literal), lower case
    bool isDomainLiteral() const { return m_domain.startsWith(QLatin1Char('[')); }
    bool hasNonAsciiLocalPart() const; // needs SMTPUTF8 (RFC 6531)

    // local-part@ascii-domain: what goes into MAIL FROM / RCPT TO and the header fields.
    QString address() const;

private:
    Problem m_problem = Problem::Empty;
    QString m_localPart;
    QString m_domain;
    QString m_asciiDomain;
};

} // namespace Postaci
