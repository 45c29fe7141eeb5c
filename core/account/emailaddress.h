#pragma once

#include <QCoreApplication>
#include <QString>

namespace Postaci {

// An e-mail address as a submission server takes it in MAIL FROM / RCPT TO: the RFC 5321
// §4.1.2 Mailbox (RFC 5322 addr-spec without comments or folding white space), extended by
// RFC 6531 (SMTPUTF8) for non-ASCII local parts and by IDNA for non-ASCII domains.
//
// Cheap enough to call on every keystroke: EmailAddress::parse(text).isValid(), and
// errorMessage() for the line under the field.
//
// Decisions (each one tested in tst_emailaddress):
// - Nothing is trimmed: white space anywhere outside a quoted local part is an error (a UI
//   may trim the field before parsing; the CLI does not guess).
// - CR, LF, NUL and every other control character are rejected first, wherever they are
//   (header and command injection, docs/security.md#injection).
// - The domain must be fully qualified (RFC 5321 §2.3.5): at least two labels, the last one
//   not all digits ("user@gmail" and "user@1.2.3.4" are errors; the latter must be written
//   as the address literal "[1.2.3.4]").
// - A trailing dot ("user@example.com.") is an error: the RFC 5321 Domain grammar has no
//   root label and servers reject it in MAIL FROM.
// - An empty quoted local part ("") is an error: no mailbox can be addressed by it.
// - The local part keeps its case (RFC 5321 §2.4: it is the receiving server's business);
//   the domain is folded to lower case without any locale (ASCII rules for ASCII, IDNA
//   mapping for the rest), so FIRMA.COM.TR is firma.com.tr under a Turkish locale as well.
// - Lengths are counted in octets of the form sent on the wire (UTF-8 for the local part,
//   ACE for the domain): local part ≤ 64, domain ≤ 255, label ≤ 63 (RFC 5321 §4.5.3.1),
//   whole address ≤ 254 (the 256-octet path minus the angle brackets, RFC 5321 errata 1690).
//
// The same parser serves three callers, each through its own entry point: an account's
// address (parse), a test send's sender and recipient (parseMailbox with DomainRule::AnyHost:
// "veli@localhost" is a mailbox on a local server) and a settings lookup (parseEmailOrDomain:
// "user@example.com" or a bare "example.com").
class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::EmailAddress)
public:
    enum class Error {
        None,
        Empty,
        ControlCharacter,          // CR, LF, NUL, TAB or another control character
        Whitespace,                // a space outside a quoted local part
        MissingAt,
        MultipleAt,
        EmptyLocalPart,
        LocalPartTooLong,
        LocalPartLeadingDot,
        LocalPartTrailingDot,
        LocalPartConsecutiveDots,
        LocalPartInvalidCharacter,
        UnterminatedQuotedString,
        QuotedStringInvalidCharacter,
        TextAfterQuotedString,     // "john"doe@example.com
        EmptyDomain,
        DomainTooLong,
        DomainLeadingDot,
        DomainTrailingDot,
        DomainConsecutiveDots,
        DomainInvalidCharacter,
        LabelTooLong,
        LabelStartsWithHyphen,
        LabelEndsWithHyphen,
        DomainNotFullyQualified,
        NumericTopLevelDomain,
        InvalidInternationalDomain,
        InvalidAddressLiteral,
        UnsupportedAddressLiteral,
        AddressTooLong,
    };

    // Which domains are accepted.
    enum class DomainRule {
        FullyQualified, // at least two labels (RFC 5321 §2.3.5): an account, a lookup
        AnyHost,        // also a single label: a test send to "veli@localhost"
    };
    // Which part of the input an error is about (a lookup words "bad address" and "bad domain"
    // differently).
    enum class ErrorPart { None, Whole, LocalPart, Domain };

    EmailAddress() = default;

    static EmailAddress parse(const QString &text, DomainRule rule = DomainRule::FullyQualified);
    static bool isValidAddress(const QString &text) { return parse(text).isValid(); }
    // "Display Name <address>" or a bare address (RFC 5322 §3.4 name-addr / addr-spec), white
    // space around it ignored. *displayName gets the name, unquoted (empty when there is none).
    // A control character anywhere, in the name too, is an error (header injection).
    static EmailAddress parseMailbox(const QString &text, QString *displayName,
                                     DomainRule rule = DomainRule::FullyQualified);
    // What a settings lookup takes: "user@example.com" or a bare domain "example.com", white
    // space around it and one trailing dot of the domain ignored ("Example.COM." is example.com).
    // A bare domain gives a valid address without local part: hasLocalPart() false, address()
    // empty, domain() set.
    static EmailAddress parseEmailOrDomain(const QString &text);

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    // One translated sentence saying what is wrong and, where it helps, how to fix it.
    QString errorMessage() const;
    // The generic text of an error kind (no offending character).
    static QString errorText(Error error);
    // Stable kebab-case name for JSON and tests ("consecutive-dots-in-local-part" ...).
    static QString errorName(Error error);
    ErrorPart errorPart() const;

    // The text as given to parse().
    const QString &input() const { return m_input; }
    // Local part as written (quotes included when it was quoted).
    const QString &localPart() const { return m_localPart; }
    bool hasLocalPart() const { return !m_localPart.isEmpty(); }
    // Domain as sent to servers: lower-case ASCII, IDN labels in ACE ("xn--..."); an address
    // literal keeps its brackets ("[192.0.2.1]", "[IPv6:2001:db8::1]").
    const QString &domain() const { return m_domain; }
    // Domain for people: Unicode labels where the domain was internationalised.
    const QString &displayDomain() const { return m_displayDomain; }
    // local@domain, what goes into MAIL FROM (ACE domain); empty for a bare domain.
    QString address() const;
    // local@displayDomain, what the user sees.
    QString displayAddress() const;

    bool isAddressLiteral() const { return m_addressLiteral; }
    bool isInternationalDomain() const { return m_domain != m_displayDomain; }
    // The local part has non-ASCII characters: only a server that offers SMTPUTF8
    // (RFC 6531) can take this address.
    bool requiresSmtpUtf8() const { return m_requiresSmtpUtf8; }

    // Locale-free lower-casing of ASCII letters only (a Turkish locale must not turn I into ı).
    static QString asciiLower(const QString &text);

private:
    static EmailAddress failed(const QString &text, Error error, QChar offending);

    Error m_error = Error::Empty;
    QChar m_offendingCharacter;
    QString m_input;
    QString m_localPart;
    QString m_domain;
    QString m_displayDomain;
    bool m_addressLiteral = false;
    bool m_requiresSmtpUtf8 = false;
    DomainRule m_domainRule = DomainRule::FullyQualified;

    friend class EmailAddressParser;
};

} // namespace Postaci
