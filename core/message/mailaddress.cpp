#include "mailaddress.h"

#include <QHostAddress>
#include <QUrl>

namespace Postaci {

namespace {

bool isForbidden(QChar c)
{
    // CR, LF and NUL are header/command injection; other C0 controls and DEL have no place in
    // an address either.
    return c.unicode() < 0x20 || c.unicode() == 0x7F;
}

// RFC 5322 §3.2.3 atext, extended by RFC 6531 §3.3 with any non-ASCII character.
bool isAtext(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x80)
        return !c.isSpace() && c.category() != QChar::Other_Control && c.category() != QChar::Other_Format;
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    return QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(char(u));
}

bool isValidDotAtom(const QString &text)
{
    if (text.isEmpty() || text.startsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('.'))
        || text.contains(QLatin1String("..")))
        return false;
    for (const QChar c : text) {
        if (c != QLatin1Char('.') && !isAtext(c))
            return false;
    }
    return true;
}

// RFC 5321 §4.1.2 Quoted-string: printable ASCII (and UTF-8 with RFC 6531), backslash pairs.
bool isValidQuotedString(const QString &text)
{
    if (text.size() < 2 || !text.startsWith(QLatin1Char('"')) || !text.endsWith(QLatin1Char('"')))
        return false;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            ++i;
            if (i + 1 >= text.size())
                return false; // the closing quote was escaped
            continue;
        }
        if (c == QLatin1Char('"'))
            return false;
    }
    return true;
}

bool isValidAddressLiteral(const QString &literal)
{
    const QString inner = literal.mid(1, literal.size() - 2);
    QHostAddress address;
    if (inner.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive)) {
        return address.setAddress(inner.mid(5)) && address.protocol() == QAbstractSocket::IPv6Protocol;
    }
    // QHostAddress accepts "1.2" style short forms; SMTP wants four decimal parts.
    return inner.count(QLatin1Char('.')) == 3 && address.setAddress(inner)
        && address.protocol() == QAbstractSocket::IPv4Protocol;
}

bool isValidAsciiHostName(const QString &ace)
{
    const QStringList labels = ace.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'))
                return false;
        }
    }
    return true;
}

} // namespace

MailAddress MailAddress::parse(const QString &text)
{
    MailAddress result;
    for (const QChar c : text) {
        if (isForbidden(c)) {
            result.m_problem = Problem::ForbiddenCharacter;
            return result;
        }
    }
    const QString address = text.trimmed();
    if (address.isEmpty())
        return result; // Problem::Empty

    qsizetype at = -1;
    if (address.startsWith(QLatin1Char('"'))) {
        // The quoted local part may itself contain "@": find its closing quote.
        for (qsizetype i = 1; i < address.size(); ++i) {
            if (address.at(i) == QLatin1Char('\\')) {
                ++i;
            } else if (address.at(i) == QLatin1Char('"')) {
                at = address.indexOf(QLatin1Char('@'), i);
                break;
            }
        }
    } else {
        at = address.lastIndexOf(QLatin1Char('@'));
    }
    if (at < 0) {
        result.m_problem = Problem::MissingAt;
        return result;
    }
    result.m_localPart = address.left(at);
    result.m_domain = address.mid(at + 1);

    if (result.m_localPart.isEmpty()) {
        result.m_problem = Problem::EmptyLocalPart;
        return result;
    }
    if (!isValidDotAtom(result.m_localPart) && !isValidQuotedString(result.m_localPart)) {
        result.m_problem = Problem::InvalidLocalPart;
        return result;
    }
    if (result.m_localPart.toUtf8().size() > 64) {
        result.m_problem = Problem::LocalPartTooLong;
        return result;
    }
    if (result.m_domain.isEmpty()) {
        result.m_problem = Problem::EmptyDomain;
        return result;
    }
    if (result.m_domain.startsWith(QLatin1Char('['))) {
        if (!result.m_domain.endsWith(QLatin1Char(']')) || !isValidAddressLiteral(result.m_domain)) {
            result.m_problem = Problem::InvalidDomain;
            return result;
        }
        result.m_asciiDomain = result.m_domain;
    } else {
        // IDNA: "posta.şirket.com.tr" travels as "posta.xn--irket-...": no SMTPUTF8 needed for it.
        const QByteArray ace = QUrl::toAce(result.m_domain);
        result.m_asciiDomain = QString::fromLatin1(ace).toLower();
        if (ace.isEmpty() || result.m_domain.endsWith(QLatin1Char('.')) || !isValidAsciiHostName(result.m_asciiDomain)) {
            result.m_problem = Problem::InvalidDomain;
            return result;
        }
        if (ace.size() > 253) {
            result.m_problem = Problem::DomainTooLong;
            return result;
        }
    }
    if (result.m_localPart.toUtf8().size() + 1 + result.m_asciiDomain.size() > 254) {
        result.m_problem = Problem::AddressTooLong;
        return result;
    }
    result.m_problem = Problem::None;
    return result;
}

MailAddress MailAddress::parseMailbox(const QString &text, QString *displayName)
{
    const QString trimmed = text.trimmed();
    const qsizetype open = trimmed.lastIndexOf(QLatin1Char('<'));
    if (!trimmed.endsWith(QLatin1Char('>')) || open < 0) {
        if (displayName)
            displayName->clear();
        return parse(text);
    }
    QString name = trimmed.left(open).trimmed();
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
        QString unquoted;
        for (qsizetype i = 1; i + 1 < name.size(); ++i) {
            if (name.at(i) == QLatin1Char('\\') && i + 2 < name.size())
                ++i;
            unquoted += name.at(i);
        }
        name = unquoted;
    }
    if (displayName)
        *displayName = name;
    MailAddress result = parse(trimmed.mid(open + 1, trimmed.size() - open - 2));
    for (const QChar c : text) {
        if (isForbidden(c))
            result.m_problem = Problem::ForbiddenCharacter;
    }
    return result;
}

bool MailAddress::hasNonAsciiLocalPart() const
{
    for (const QChar c : m_localPart) {
        if (c.unicode() >= 0x80)
            return true;
    }
    return false;
}

QString MailAddress::address() const
{
    if (!isValid())
        return {};
    return m_localPart + QLatin1Char('@') + m_asciiDomain;
}

QString MailAddress::problemText() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("The address is empty.");
    case Problem::ForbiddenCharacter:
        return tr("The address contains a line break or another control character.");
    case Problem::MissingAt:
        return tr("The address has no \"@\": it should look like name@example.com.");
    case Problem::EmptyLocalPart:
        return tr("The address has nothing before the \"@\".");
    case Problem::InvalidLocalPart:
        return tr("The part before the \"@\" contains characters an e-mail address cannot have (spaces, two dots in a row, a dot at the start or end...).");
    case Problem::LocalPartTooLong:
        return tr("The part before the \"@\" is longer than 64 bytes.");
    case Problem::EmptyDomain:
        return tr("The address has no domain after the \"@\".");
    case Problem::InvalidDomain:
        return tr("The domain after the \"@\" is not a valid domain name.");
    case Problem::DomainTooLong:
        return tr("The domain after the \"@\" is too long.");
    case Problem::AddressTooLong:
        return tr("The address is longer than 254 bytes.");
    }
    return {};
}

} // namespace Postaci
