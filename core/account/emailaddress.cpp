#include "emailaddress.h"

#include <QHostAddress>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

constexpr qsizetype maxLocalPartOctets = 64;   // RFC 5321 §4.5.3.1.1
constexpr qsizetype maxDomainOctets = 255;     // RFC 5321 §4.5.3.1.2
constexpr qsizetype maxLabelOctets = 63;       // RFC 1035 §2.3.4
constexpr qsizetype maxAddressOctets = 254;    // RFC 5321 §4.5.3.1.3 path (256) minus "<" ">"

bool isAsciiLetterOrDigit(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// RFC 5322 §3.2.3 atext (ASCII part).
bool isAtext(char16_t c)
{
    if (isAsciiLetterOrDigit(c))
        return true;
    static constexpr char16_t specials[] = u"!#$%&'*+-/=?^_`{|}~";
    for (char16_t s : specials) {
        if (s && s == c)
            return true;
    }
    return false;
}

bool isControl(char32_t c)
{
    // C0, DEL, C1, and the Unicode line/paragraph separators, which some software turns into
    // line breaks.
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029;
}

bool isFullStopVariant(QChar c)
{
    // UTS #46 maps these to "." (ideographic, fullwidth and halfwidth ideographic full stops).
    return c == QChar(0x3002) || c == QChar(0xff0e) || c == QChar(0xff61);
}

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

qsizetype firstControlCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isControl(text.at(i).unicode()))
            return i;
    }
    return -1;
}

bool isAllDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

class EmailAddressParser
{
public:
    explicit EmailAddressParser(EmailAddress &address) : m_address(address) { }

    void run();
    // A bare domain, as a settings lookup takes it.
    void runDomainOnly();

private:
    bool fail(EmailAddress::Error error, QChar offending = {})
    {
        m_address.m_error = error;
        m_address.m_offendingCharacter = offending;
        return false;
    }
    bool parseDotAtomLocalPart(const QString &local);
    bool parseQuotedLocalPart(const QString &text, qsizetype *end);
    bool parseDomain(const QString &domain);
    bool parseAddressLiteral(const QString &literal);
    bool checkAsciiLabels(const QStringList &labels);

    EmailAddress &m_address;
};

void EmailAddressParser::run()
{
    const QString &text = m_address.m_input;
    if (text.isEmpty()) {
        fail(EmailAddress::Error::Empty);
        return;
    }
    // Injection first: a CR or LF must never be reported as "bad character in the domain"
    // and then slip through a caller that only checks isValid() on parts.
    if (const qsizetype control = firstControlCharacter(text); control >= 0)
        return void(fail(EmailAddress::Error::ControlCharacter, text.at(control)));

    QString local;
    QString domain;
    if (text.startsWith(u'"')) {
        qsizetype end = 0;
        if (!parseQuotedLocalPart(text, &end))
            return;
        if (end >= text.size())
            return void(fail(EmailAddress::Error::MissingAt));
        if (text.at(end) != u'@')
            return void(fail(EmailAddress::Error::TextAfterQuotedString, text.at(end)));
        local = text.left(end);
        domain = text.mid(end + 1);
        if (domain.contains(u'@'))
            return void(fail(EmailAddress::Error::MultipleAt));
    } else {
        const qsizetype at = text.indexOf(u'@');
        const qsizetype spaceIndex = [&text] {
            for (qsizetype i = 0; i < text.size(); ++i) {
                if (text.at(i).isSpace())
                    return i;
            }
            return qsizetype(-1);
        }();
        if (spaceIndex >= 0)
            return void(fail(EmailAddress::Error::Whitespace, text.at(spaceIndex)));
        if (at < 0)
            return void(fail(EmailAddress::Error::MissingAt));
        if (text.indexOf(u'@', at + 1) >= 0)
            return void(fail(EmailAddress::Error::MultipleAt));
        local = text.left(at);
        domain = text.mid(at + 1);
        if (!parseDotAtomLocalPart(local))
            return;
    }
    if (local.toUtf8().size() > maxLocalPartOctets)
        return void(fail(EmailAddress::Error::LocalPartTooLong));
    m_address.m_localPart = local;

    if (!parseDomain(domain))
        return;
    if (local.toUtf8().size() + 1 + m_address.m_domain.size() > maxAddressOctets)
        return void(fail(EmailAddress::Error::AddressTooLong));
    m_address.m_error = EmailAddress::Error::None;
}

void EmailAddressParser::runDomainOnly()
{
    const QString &text = m_address.m_input;
    if (text.isEmpty())
        return void(fail(EmailAddress::Error::Empty));
    if (const qsizetype control = firstControlCharacter(text); control >= 0)
        return void(fail(EmailAddress::Error::ControlCharacter, text.at(control)));
    // An address literal names a host, not a mail domain whose settings could be looked up.
    if (text.startsWith(u'['))
        return void(fail(EmailAddress::Error::DomainInvalidCharacter, text.at(0)));
    if (parseDomain(text))
        m_address.m_error = EmailAddress::Error::None;
}

bool EmailAddressParser::parseDotAtomLocalPart(const QString &local)
{
    if (local.isEmpty())
        return fail(EmailAddress::Error::EmptyLocalPart);
    if (local.startsWith(u'.'))
        return fail(EmailAddress::Error::LocalPartLeadingDot);
    if (local.endsWith(u'.'))
        return fail(EmailAddress::Error::LocalPartTrailingDot);
    if (local.contains(".."_L1))
        return fail(EmailAddress::Error::LocalPartConsecutiveDots);
    for (QChar c : local) {
        const char16_t u = c.unicode();
        if (u == u'.' || isAtext(u))
            continue;
        if (u >= 0x80) {
            // RFC 6531 §3.3: atext =/ UTF8-non-ascii.
            m_address.m_requiresSmtpUtf8 = true;
            continue;
        }
        return fail(EmailAddress::Error::LocalPartInvalidCharacter, c);
    }
    return true;
}

// RFC 5321 §4.1.2 Quoted-string with RFC 6531's UTF8-non-ascii in qtextSMTP. On success *end
// is the index just after the closing quote.
bool EmailAddressParser::parseQuotedLocalPart(const QString &text, qsizetype *end)
{
    qsizetype i = 1;
    bool empty = true;
    while (i < text.size()) {
        const char16_t u = text.at(i).unicode();
        if (u == u'"') {
            if (empty)
                return fail(EmailAddress::Error::EmptyLocalPart);
            *end = i + 1;
            return true;
        }
        empty = false;
        if (u == u'\\') {
            // quoted-pairSMTP = "\" %d32-126: only printable ASCII may be escaped.
            if (i + 1 >= text.size())
                return fail(EmailAddress::Error::UnterminatedQuotedString);
            const QChar next = text.at(i + 1);
            if (next.unicode() < 32 || next.unicode() > 126)
                return fail(EmailAddress::Error::QuotedStringInvalidCharacter, next);
            i += 2;
            continue;
        }
        if (u < 32)
            return fail(EmailAddress::Error::QuotedStringInvalidCharacter, text.at(i));
        if (u >= 0x80) {
            // Of all white space only the ASCII space is qtextSMTP.
            if (text.at(i).isSpace())
                return fail(EmailAddress::Error::QuotedStringInvalidCharacter, text.at(i));
            m_address.m_requiresSmtpUtf8 = true;
        }
        ++i;
    }
    return fail(EmailAddress::Error::UnterminatedQuotedString);
}

bool EmailAddressParser::parseDomain(const QString &rawDomain)
{
    if (rawDomain.isEmpty())
        return fail(EmailAddress::Error::EmptyDomain);
    for (QChar c : rawDomain) {
        if (c.isSpace())
            return fail(EmailAddress::Error::Whitespace, c);
    }
    if (rawDomain.startsWith(u'['))
        return parseAddressLiteral(rawDomain);

    QString domain = rawDomain;
    for (QChar &c : domain) {
        if (isFullStopVariant(c))
            c = u'.';
    }
    if (domain.startsWith(u'.'))
        return fail(EmailAddress::Error::DomainLeadingDot);
    if (domain.endsWith(u'.'))
        return fail(EmailAddress::Error::DomainTrailingDot);
    if (domain.contains(".."_L1))
        return fail(EmailAddress::Error::DomainConsecutiveDots);

    QString ace;
    QString display;
    if (isAscii(domain)) {
        ace = EmailAddress::asciiLower(domain);
        if (!checkAsciiLabels(ace.split(u'.')))
            return false;
        // An ASCII domain may already be in ACE form ("xn--..."): show its Unicode form when
        // Qt considers it safe to display (its IDN whitelist); otherwise the ACE form.
        display = QUrl::fromAce(ace.toLatin1());
        if (display.isEmpty())
            display = ace;
    } else {
        // Report plain ASCII mistakes (an underscore, a hyphen at the edge of a label) as such
        // rather than as a failed IDNA conversion.
        const QStringList rawLabels = domain.split(u'.');
        for (const QString &label : rawLabels) {
            for (QChar c : label) {
                const char16_t u = c.unicode();
                if (u < 0x80 && !isAsciiLetterOrDigit(u) && u != u'-')
                    return fail(EmailAddress::Error::DomainInvalidCharacter, c);
            }
            if (label.startsWith(u'-'))
                return fail(EmailAddress::Error::LabelStartsWithHyphen);
            if (label.endsWith(u'-'))
                return fail(EmailAddress::Error::LabelEndsWithHyphen);
        }
        // IDNA (UTS #46 mapping, which includes locale-free case folding) then Punycode.
        const QByteArray aceBytes = QUrl::toAce(domain);
        if (aceBytes.isEmpty())
            return fail(EmailAddress::Error::InvalidInternationalDomain);
        ace = EmailAddress::asciiLower(QString::fromLatin1(aceBytes));
        if (ace.endsWith(u'.'))
            return fail(EmailAddress::Error::DomainTrailingDot);
        if (!checkAsciiLabels(ace.split(u'.')))
            return false;
        display = QUrl::fromAce(aceBytes);
        // Qt shows Unicode only for top-level domains on its IDN whitelist; elsewhere keep what
        // the user typed, case-folded without locale.
        if (display.isEmpty() || display == ace)
            display = domain.normalized(QString::NormalizationForm_C).toCaseFolded();
    }
    if (ace.size() > maxDomainOctets)
        return fail(EmailAddress::Error::DomainTooLong);
    const QStringList labels = ace.split(u'.');
    if (labels.size() < 2 && m_address.m_domainRule == EmailAddress::DomainRule::FullyQualified)
        return fail(EmailAddress::Error::DomainNotFullyQualified);
    // No top-level domain is all digits (RFC 3696 §2); "1.2.3.4" is an IP address without the
    // brackets of an address literal.
    if (isAllDigits(labels.constLast()))
        return fail(EmailAddress::Error::NumericTopLevelDomain);
    m_address.m_domain = ace;
    m_address.m_displayDomain = display;
    return true;
}

bool EmailAddressParser::checkAsciiLabels(const QStringList &labels)
{
    for (const QString &label : labels) {
        if (label.isEmpty())
            return fail(EmailAddress::Error::DomainConsecutiveDots);
        for (QChar c : label) {
            const char16_t u = c.unicode();
            if (!isAsciiLetterOrDigit(u) && u != u'-')
                return fail(EmailAddress::Error::DomainInvalidCharacter, c);
        }
        if (label.size() > maxLabelOctets)
            return fail(EmailAddress::Error::LabelTooLong);
        if (label.startsWith(u'-'))
            return fail(EmailAddress::Error::LabelStartsWithHyphen);
        if (label.endsWith(u'-'))
            return fail(EmailAddress::Error::LabelEndsWithHyphen);
    }
    return true;
}

// RFC 5321 §4.1.3: "[" IPv4-address-literal "]" or "[IPv6:" IPv6-addr "]". General address
// literals (another tag) have no registered tag and no server accepts them.
bool EmailAddressParser::parseAddressLiteral(const QString &literal)
{
    if (!literal.endsWith(u']') || literal.size() < 3)
        return fail(EmailAddress::Error::InvalidAddressLiteral);
    const QString inner = literal.mid(1, literal.size() - 2);
    if (inner.contains(u'[') || inner.contains(u']'))
        return fail(EmailAddress::Error::InvalidAddressLiteral);

    static const QLatin1String ipv6Tag("IPv6:");
    if (inner.startsWith(ipv6Tag, Qt::CaseInsensitive)) {
        const QString address = inner.mid(ipv6Tag.size());
        // A scope id ("%eth0") means nothing to another host.
        if (address.isEmpty() || address.contains(u'%') || !isAscii(address))
            return fail(EmailAddress::Error::InvalidAddressLiteral);
        QHostAddress host;
        if (!host.setAddress(address) || host.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(EmailAddress::Error::InvalidAddressLiteral);
        m_address.m_domain = u'[' + ipv6Tag + EmailAddress::asciiLower(address) + u']';
    } else if (inner.contains(u':')) {
        return fail(EmailAddress::Error::UnsupportedAddressLiteral);
    } else {
        // Snum = 1*3DIGIT with a value 0-255; exactly four of them.
        const QStringList parts = inner.split(u'.');
        if (parts.size() != 4)
            return fail(EmailAddress::Error::InvalidAddressLiteral);
        for (const QString &part : parts) {
            if (part.isEmpty() || part.size() > 3 || !isAllDigits(part) || part.toInt() > 255)
                return fail(EmailAddress::Error::InvalidAddressLiteral);
        }
        m_address.m_domain = literal;
    }
    m_address.m_displayDomain = m_address.m_domain;
    m_address.m_addressLiteral = true;
    return true;
}

EmailAddress EmailAddress::parse(const QString &text, DomainRule rule)
{
    EmailAddress address;
    address.m_input = text;
    address.m_domainRule = rule;
    EmailAddressParser(address).run();
    if (!address.isValid())
        address = failed(text, address.m_error, address.m_offendingCharacter);
    return address;
}

EmailAddress EmailAddress::failed(const QString &text, Error error, QChar offending)
{
    EmailAddress address;
    address.m_input = text;
    address.m_error = error;
    address.m_offendingCharacter = offending;
    return address;
}

EmailAddress EmailAddress::parseMailbox(const QString &text, QString *displayName, DomainRule rule)
{
    if (displayName)
        displayName->clear();
    // Checked before trimming: a line break at either end is an injection, not white space.
    if (const qsizetype control = firstControlCharacter(text); control >= 0)
        return failed(text, Error::ControlCharacter, text.at(control));
    const QString trimmed = text.trimmed();
    const qsizetype open = trimmed.lastIndexOf(u'<');
    if (open < 0 || !trimmed.endsWith(u'>'))
        return parse(trimmed, rule);
    QString name = trimmed.left(open).trimmed();
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"')) {
        // RFC 5322 §3.2.4 quoted-string: drop the quotes and the backslashes of quoted-pairs.
        QString unquoted;
        for (qsizetype i = 1; i + 1 < name.size(); ++i) {
            if (name.at(i) == u'\\' && i + 2 < name.size())
                ++i;
            unquoted += name.at(i);
        }
        name = unquoted;
    }
    if (displayName)
        *displayName = name;
    return parse(trimmed.mid(open + 1, trimmed.size() - open - 2), rule);
}

EmailAddress EmailAddress::parseEmailOrDomain(const QString &text)
{
    if (const qsizetype control = firstControlCharacter(text); control >= 0)
        return failed(text, Error::ControlCharacter, text.at(control));
    const QString trimmed = text.trimmed();
    // A domain typed in its absolute form ("example.com.") is the same domain.
    QString withoutDot = trimmed;
    if (withoutDot.endsWith(u'.'))
        withoutDot.chop(1);
    EmailAddress address;
    if (withoutDot.contains(u'@')) {
        address = parse(withoutDot);
        if (address.isAddressLiteral())
            address = failed(withoutDot, Error::DomainInvalidCharacter, u'[');
    } else {
        address.m_input = withoutDot;
        EmailAddressParser(address).runDomainOnly();
        if (!address.isValid())
            address = failed(withoutDot, address.m_error, address.m_offendingCharacter);
    }
    address.m_input = trimmed;
    return address;
}

QString EmailAddress::address() const
{
    if (!isValid() || !hasLocalPart())
        return {};
    return m_localPart + u'@' + m_domain;
}

QString EmailAddress::displayAddress() const
{
    if (!isValid() || !hasLocalPart())
        return {};
    return m_localPart + u'@' + m_displayDomain;
}

QString EmailAddress::asciiLower(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return result;
}

QString EmailAddress::errorMessage() const
{
    if (m_offendingCharacter.isNull())
        return errorText(m_error);
    const QString shown = m_offendingCharacter.isPrint()
        ? u"“%1”"_s.arg(m_offendingCharacter)
        : u"U+%1"_s.arg(m_offendingCharacter.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    switch (m_error) {
    case Error::ControlCharacter:
        return tr("The address contains a control character (%1), such as a line break. "
                  "Type the address on one line.").arg(shown);
    case Error::Whitespace:
        return tr("The address contains a space. E-mail addresses have no spaces: check for a "
                  "space before or after the address.");
    case Error::LocalPartInvalidCharacter:
        return tr("The character %1 is not allowed in the part before the @.").arg(shown);
    case Error::QuotedStringInvalidCharacter:
        return tr("The character %1 is not allowed inside the quoted part before the @.").arg(shown);
    case Error::TextAfterQuotedString:
        return tr("After the closing quote the @ must follow, but %1 came.").arg(shown);
    case Error::DomainInvalidCharacter:
        return tr("The character %1 is not allowed in the domain (the part after the @): "
                  "only letters, digits, hyphens and dots.").arg(shown);
    default:
        return errorText(m_error);
    }
}

QString EmailAddress::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("Enter an e-mail address.");
    case Error::ControlCharacter:
        return tr("The address contains a control character, such as a line break. Type the address on one line.");
    case Error::Whitespace:
        return tr("The address contains a space. E-mail addresses have no spaces.");
    case Error::MissingAt:
        return tr("The address has no @. It looks like name@example.com.");
    case Error::MultipleAt:
        return tr("The address has more than one @. Only one @ separates the name from the domain.");
    case Error::EmptyLocalPart:
        return tr("The part before the @ is empty.");
    case Error::LocalPartTooLong:
        return tr("The part before the @ is longer than 64 characters.");
    case Error::LocalPartLeadingDot:
        return tr("The part before the @ must not start with a dot.");
    case Error::LocalPartTrailingDot:
        return tr("The part before the @ must not end with a dot.");
    case Error::LocalPartConsecutiveDots:
        return tr("The part before the @ has two dots in a row.");
    case Error::LocalPartInvalidCharacter:
        return tr("The part before the @ contains a character that is not allowed.");
    case Error::UnterminatedQuotedString:
        return tr("A quotation mark before the @ is not closed.");
    case Error::QuotedStringInvalidCharacter:
        return tr("The quoted part before the @ contains a character that is not allowed.");
    case Error::TextAfterQuotedString:
        return tr("After the closing quotation mark the @ must follow.");
    case Error::EmptyDomain:
        return tr("The domain after the @ is missing, as in name@example.com.");
    case Error::DomainTooLong:
        return tr("The domain is longer than 255 characters.");
    case Error::DomainLeadingDot:
        return tr("The domain must not start with a dot.");
    case Error::DomainTrailingDot:
        return tr("The domain must not end with a dot: remove the final dot.");
    case Error::DomainConsecutiveDots:
        return tr("The domain has two dots in a row.");
    case Error::DomainInvalidCharacter:
        return tr("The domain contains a character that is not allowed: only letters, digits, hyphens and dots.");
    case Error::LabelTooLong:
        return tr("A part of the domain between two dots is longer than 63 characters.");
    case Error::LabelStartsWithHyphen:
        return tr("A part of the domain starts with a hyphen.");
    case Error::LabelEndsWithHyphen:
        return tr("A part of the domain ends with a hyphen.");
    case Error::DomainNotFullyQualified:
        return tr("The domain is incomplete: it needs a dot and an ending such as .com or .com.tr.");
    case Error::NumericTopLevelDomain:
        return tr("The domain ends in a number. For an IP address write it in brackets, as in name@[192.0.2.1].");
    case Error::InvalidInternationalDomain:
        return tr("The domain contains characters that cannot be used in an internationalised domain name.");
    case Error::InvalidAddressLiteral:
        return tr("The IP address in brackets is not valid. Write it as [192.0.2.1] or [IPv6:2001:db8::1].");
    case Error::UnsupportedAddressLiteral:
        return tr("Only IPv4 addresses and IPv6 addresses tagged \"IPv6:\" can be written in brackets.");
    case Error::AddressTooLong:
        return tr("The address is longer than 254 characters.");
    }
    return {};
}

EmailAddress::ErrorPart EmailAddress::errorPart() const
{
    switch (m_error) {
    case Error::None:
        return ErrorPart::None;
    case Error::Empty:
    case Error::ControlCharacter:
    case Error::Whitespace:
    case Error::MissingAt:
    case Error::MultipleAt:
    case Error::AddressTooLong:
        return ErrorPart::Whole;
    case Error::EmptyLocalPart:
    case Error::LocalPartTooLong:
    case Error::LocalPartLeadingDot:
    case Error::LocalPartTrailingDot:
    case Error::LocalPartConsecutiveDots:
    case Error::LocalPartInvalidCharacter:
    case Error::UnterminatedQuotedString:
    case Error::QuotedStringInvalidCharacter:
    case Error::TextAfterQuotedString:
        return ErrorPart::LocalPart;
    default:
        return ErrorPart::Domain;
    }
}

QString EmailAddress::errorName(Error error)
{
    switch (error) {
    case Error::None: return {};
    case Error::Empty: return u"empty"_s;
    case Error::ControlCharacter: return u"control-character"_s;
    case Error::Whitespace: return u"whitespace"_s;
    case Error::MissingAt: return u"missing-at"_s;
    case Error::MultipleAt: return u"multiple-at"_s;
    case Error::EmptyLocalPart: return u"empty-local-part"_s;
    case Error::LocalPartTooLong: return u"local-part-too-long"_s;
    case Error::LocalPartLeadingDot: return u"local-part-leading-dot"_s;
    case Error::LocalPartTrailingDot: return u"local-part-trailing-dot"_s;
    case Error::LocalPartConsecutiveDots: return u"local-part-consecutive-dots"_s;
    case Error::LocalPartInvalidCharacter: return u"local-part-invalid-character"_s;
    case Error::UnterminatedQuotedString: return u"unterminated-quoted-string"_s;
    case Error::QuotedStringInvalidCharacter: return u"quoted-string-invalid-character"_s;
    case Error::TextAfterQuotedString: return u"text-after-quoted-string"_s;
    case Error::EmptyDomain: return u"empty-domain"_s;
    case Error::DomainTooLong: return u"domain-too-long"_s;
    case Error::DomainLeadingDot: return u"domain-leading-dot"_s;
    case Error::DomainTrailingDot: return u"domain-trailing-dot"_s;
    case Error::DomainConsecutiveDots: return u"domain-consecutive-dots"_s;
    case Error::DomainInvalidCharacter: return u"domain-invalid-character"_s;
    case Error::LabelTooLong: return u"label-too-long"_s;
    case Error::LabelStartsWithHyphen: return u"label-starts-with-hyphen"_s;
    case Error::LabelEndsWithHyphen: return u"label-ends-with-hyphen"_s;
    case Error::DomainNotFullyQualified: return u"domain-not-fully-qualified"_s;
    case Error::NumericTopLevelDomain: return u"numeric-top-level-domain"_s;
    case Error::InvalidInternationalDomain: return u"invalid-international-domain"_s;
    case Error::InvalidAddressLiteral: return u"invalid-address-literal"_s;
    case Error::UnsupportedAddressLiteral: return u"unsupported-address-literal"_s;
    case Error::AddressTooLong: return u"address-too-long"_s;
    }
    return {};
}

} // namespace Postaci
