#include "spfrecord.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isMacroLetter(QChar letter, SpfMacros::Context context)
{
    const QChar c = letter.toLower();
    if (u"slodiphv"_s.contains(c))
        return true;
    return context == SpfMacros::Context::Explanation && u"crt"_s.contains(c);
}

// RFC 7208 §4.6.1: toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
bool isTopLabel(const QString &label)
{
    static const QRegularExpression shape(
            u"^(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])$"_s);
    return shape.match(label).hasMatch();
}

// domain-spec = macro-string domain-end; domain-end = ( "." toplabel [ "." ] ) / macro-expand
bool isValidDomainSpec(const QString &spec)
{
    if (spec.isEmpty() || !SpfMacros::isValid(spec, SpfMacros::Context::DomainSpec))
        return false;
    // Ends with a macro-expand: "%{d}", "%%", "%_" or "%-" (the last one counts only when its
    // '%' is not itself the second half of a "%%").
    if (spec.endsWith(QLatin1Char('}')) && spec.lastIndexOf(u"%{"_s) >= 0)
        return true;
    if (spec.size() >= 2 && spec.at(spec.size() - 2) == QLatin1Char('%')) {
        qsizetype percents = 0;
        for (qsizetype i = spec.size() - 2; i >= 0 && spec.at(i) == QLatin1Char('%'); --i)
            ++percents;
        if (percents % 2 == 1)
            return true;
    }
    QString name = spec;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return false;
    return isTopLabel(name.mid(dot + 1));
}

// ip4-cidr-length = "/" ( "0" / %x31-39 0*1DIGIT ); ip6 the same with up to three digits.
std::optional<int> prefixLength(const QString &digits, int maximum)
{
    if (digits.isEmpty() || digits.size() > 3 || (digits.size() > 1 && digits.startsWith(QLatin1Char('0'))))
        return std::nullopt;
    bool ok = false;
    const int value = digits.toInt(&ok);
    if (!ok || value > maximum)
        return std::nullopt;
    return value;
}

std::optional<QHostAddress> strictIpv4(const QString &text)
{
    static const QRegularExpression shape(u"^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"_s);
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    for (int i = 1; i <= 4; ++i) {
        if (match.captured(i).toInt() > 255)
            return std::nullopt;
    }
    return QHostAddress(text);
}

std::optional<QHostAddress> strictIpv6(const QString &text)
{
    if (text.contains(QLatin1Char('%')) || !text.contains(QLatin1Char(':')))
        return std::nullopt;
    QHostAddress address;
    if (!address.setAddress(text) || address.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    return address;
}

struct MechanismName
{
    const char *name;
    SpfTerm::Kind kind;
};

constexpr MechanismName mechanismNames[] = {
        {"all", SpfTerm::Kind::All}, {"include", SpfTerm::Kind::Include}, {"a", SpfTerm::Kind::A},
        {"mx", SpfTerm::Kind::Mx},   {"ptr", SpfTerm::Kind::Ptr},         {"ip4", SpfTerm::Kind::Ip4},
        {"ip6", SpfTerm::Kind::Ip6}, {"exists", SpfTerm::Kind::Exists},
};

// Parses one mechanism (qualifier already removed); an error text when it is malformed.
QString parseMechanism(const QString &body, SpfTerm &term)
{
    qsizetype nameEnd = 0;
    while (nameEnd < body.size() && body.at(nameEnd) != QLatin1Char(':') && body.at(nameEnd) != QLatin1Char('/'))
        ++nameEnd;
    const QString name = body.left(nameEnd).toLower();
    const QString rest = body.mid(nameEnd);
    const MechanismName *found = nullptr;
    for (const MechanismName &candidate : mechanismNames) {
        if (name == QLatin1String(candidate.name))
            found = &candidate;
    }
    if (!found)
        return u"unknown mechanism \"%1\""_s.arg(body);
    term.kind = found->kind;
    switch (term.kind) {
    case SpfTerm::Kind::All:
        return rest.isEmpty() ? QString() : u"\"all\" takes no argument"_s;
    case SpfTerm::Kind::Include:
    case SpfTerm::Kind::Exists:
    case SpfTerm::Kind::Ptr: {
        if (term.kind == SpfTerm::Kind::Ptr && rest.isEmpty())
            return {};
        if (!rest.startsWith(QLatin1Char(':')))
            return u"\"%1\" needs a domain"_s.arg(name);
        term.domainSpec = rest.mid(1);
        return isValidDomainSpec(term.domainSpec) ? QString()
                                                  : u"\"%1\" is not a valid domain-spec"_s.arg(term.domainSpec);
    }
    case SpfTerm::Kind::A:
    case SpfTerm::Kind::Mx: {
        static const QRegularExpression shape(u"^(?::(.*?))?(?:/([0-9]+))?(?://([0-9]+))?$"_s,
                                              QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch match = shape.match(rest);
        if (!match.hasMatch())
            return u"malformed \"%1\""_s.arg(body);
        if (match.capturedStart(1) >= 0) {
            term.domainSpec = match.captured(1);
            if (!isValidDomainSpec(term.domainSpec))
                return u"\"%1\" is not a valid domain-spec"_s.arg(term.domainSpec);
        }
        if (match.capturedStart(2) >= 0) {
            const auto length = prefixLength(match.captured(2), 32);
            if (!length)
                return u"bad IPv4 prefix length in \"%1\""_s.arg(body);
            term.ip4Prefix = *length;
        }
        if (match.capturedStart(3) >= 0) {
            const auto length = prefixLength(match.captured(3), 128);
            if (!length)
                return u"bad IPv6 prefix length in \"%1\""_s.arg(body);
            term.ip6Prefix = *length;
        }
        return {};
    }
    case SpfTerm::Kind::Ip4:
    case SpfTerm::Kind::Ip6: {
        if (!rest.startsWith(QLatin1Char(':')))
            return u"\"%1\" needs an address"_s.arg(name);
        QString address = rest.mid(1);
        const bool v4 = term.kind == SpfTerm::Kind::Ip4;
        const qsizetype slash = address.indexOf(QLatin1Char('/'));
        int prefix = v4 ? 32 : 128;
        if (slash >= 0) {
            const auto length = prefixLength(address.mid(slash + 1), prefix);
            if (!length)
                return u"bad prefix length in \"%1\""_s.arg(body);
            prefix = *length;
            address.truncate(slash);
        }
        const std::optional<QHostAddress> network = v4 ? strictIpv4(address) : strictIpv6(address);
        if (!network)
            return u"\"%1\" is not an %2 address"_s.arg(address, v4 ? u"IPv4"_s : u"IPv6"_s);
        term.network = *network;
        (v4 ? term.ip4Prefix : term.ip6Prefix) = prefix;
        return {};
    }
    }
    return {};
}

QString urlEscaped(const QString &value)
{
    // RFC 7208 §7.3: upper-case macro letters are URL-escaped (RFC 3986 unreserved kept).
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString macroValue(QChar letter, const SpfMacroValues &values)
{
    switch (letter.toLower().unicode()) {
    case 's':
        return values.sender;
    case 'l':
        return values.localPart;
    case 'o':
        return values.senderDomain;
    case 'd':
        return values.domain;
    case 'i':
        return SpfMacros::dottedAddress(values.ip);
    case 'p':
        return values.validatedName.isEmpty() ? u"unknown"_s : values.validatedName;
    case 'v':
        return values.ip.protocol() == QAbstractSocket::IPv6Protocol ? u"ip6"_s : u"in-addr"_s;
    case 'h':
        return values.helo;
    case 'c':
        return values.ip.toString();
    case 'r':
        return u"unknown"_s;
    case 't':
        return QString::number(QDateTime::currentSecsSinceEpoch());
    default:
        return {};
    }
}

QString transformed(const QString &value, int keep, bool reverse, const QString &delimiters)
{
    QStringList parts;
    QString current;
    for (const QChar c : value) {
        if (delimiters.contains(c)) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    if (reverse)
        std::reverse(parts.begin(), parts.end());
    if (keep > 0 && keep < parts.size())
        parts = parts.mid(parts.size() - keep);
    return parts.join(QLatin1Char('.'));
}

} // namespace

bool SpfRecord::isSpfRecord(const QString &text)
{
    return text.startsWith("v=spf1"_L1, Qt::CaseInsensitive) && (text.size() == 6 || text.at(6) == QLatin1Char(' '));
}

SpfRecord SpfRecord::parse(const QString &text)
{
    SpfRecord record;
    if (!isSpfRecord(text)) {
        record.error = u"not an SPF record"_s;
        return record;
    }
    for (const QChar c : text) {
        // §3.1 / §4.6.1: 7-bit ASCII, terms separated by spaces only.
        if (c.unicode() > 0x7e || (c.unicode() < 0x20)) {
            record.error = u"the record has a character outside printable ASCII"_s;
            return record;
        }
    }
    const QStringList terms = text.mid(6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QRegularExpression modifierShape(u"^([A-Za-z][A-Za-z0-9_.-]*)=(.*)$"_s);
    for (const QString &term : terms) {
        SpfTerm mechanism;
        mechanism.text = term;
        QString body = term;
        bool qualified = false;
        if (u"+-~?"_s.contains(body.at(0))) {
            mechanism.qualifier = body.at(0);
            body.remove(0, 1);
            qualified = true;
        }
        const QRegularExpressionMatch modifier = modifierShape.match(body);
        // "a=..." or "mx=..." are modifiers, not mechanisms: a mechanism name is followed only
        // by ':' or '/' or the end.
        if (modifier.hasMatch() && !qualified) {
            const QString name = modifier.captured(1).toLower();
            const QString value = modifier.captured(2);
            if (name == "redirect"_L1 || name == "exp"_L1) {
                std::optional<QString> &slot = name == "redirect"_L1 ? record.redirect : record.explanation;
                if (slot) {
                    record.error = u"\"%1=\" appears twice"_s.arg(name);
                    return record;
                }
                if (!isValidDomainSpec(value)) {
                    record.error = u"\"%1\" is not a valid domain-spec"_s.arg(value);
                    return record;
                }
                slot = value;
            } else if (!SpfMacros::isValid(value, SpfMacros::Context::DomainSpec)) {
                record.error = u"malformed modifier \"%1\""_s.arg(term);
                return record;
            }
            continue;
        }
        if (body.isEmpty()) {
            record.error = u"a qualifier without a mechanism"_s;
            return record;
        }
        const QString error = parseMechanism(body, mechanism);
        if (!error.isEmpty()) {
            record.error = error;
            return record;
        }
        record.mechanisms.append(mechanism);
    }
    return record;
}

namespace SpfMacros {

bool isValid(const QString &macroString, Context context)
{
    for (qsizetype i = 0; i < macroString.size(); ++i) {
        const QChar c = macroString.at(i);
        if (c == QLatin1Char(' ')) {
            if (context != Context::Explanation)
                return false;
            continue;
        }
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
        if (c != QLatin1Char('%'))
            continue;
        if (i + 1 >= macroString.size())
            return false;
        const QChar next = macroString.at(i + 1);
        if (next == QLatin1Char('%') || next == QLatin1Char('_') || next == QLatin1Char('-')) {
            ++i;
            continue;
        }
        if (next != QLatin1Char('{'))
            return false;
        const qsizetype close = macroString.indexOf(QLatin1Char('}'), i + 2);
        if (close < 0)
            return false;
        const QString inside = macroString.mid(i + 2, close - i - 2);
        static const QRegularExpression shape(u"^([A-Za-z])([0-9]*)([rR]?)([-.+,/_=]*)$"_s);
        const QRegularExpressionMatch match = shape.match(inside);
        if (!match.hasMatch() || !isMacroLetter(match.captured(1).at(0), context))
            return false;
        // §7.3: a digit transformer, when given, is not zero.
        if (!match.captured(2).isEmpty() && match.captured(2).toInt() == 0)
            return false;
        i = close;
    }
    return true;
}

std::optional<QString> expand(const QString &macroString, const SpfMacroValues &values, Context context)
{
    if (!isValid(macroString, context))
        return std::nullopt;
    QString out;
    for (qsizetype i = 0; i < macroString.size(); ++i) {
        const QChar c = macroString.at(i);
        if (c != QLatin1Char('%')) {
            out.append(c);
            continue;
        }
        const QChar next = macroString.at(i + 1);
        if (next == QLatin1Char('%')) {
            out.append(QLatin1Char('%'));
            ++i;
            continue;
        }
        if (next == QLatin1Char('_')) {
            out.append(QLatin1Char(' '));
            ++i;
            continue;
        }
        if (next == QLatin1Char('-')) {
            out.append("%20"_L1);
            ++i;
            continue;
        }
        const qsizetype close = macroString.indexOf(QLatin1Char('}'), i + 2);
        const QString inside = macroString.mid(i + 2, close - i - 2);
        const QChar letter = inside.at(0);
        qsizetype pos = 1;
        QString digits;
        while (pos < inside.size() && isDigit(inside.at(pos)))
            digits.append(inside.at(pos++));
        bool reverse = false;
        if (pos < inside.size() && inside.at(pos).toLower() == QLatin1Char('r')) {
            reverse = true;
            ++pos;
        }
        QString delimiters = inside.mid(pos);
        if (delimiters.isEmpty())
            delimiters = u"."_s;
        // More parts than any name has: keep everything (and avoid overflowing toInt()).
        const int keep = digits.isEmpty() ? 0 : (digits.size() > 3 ? 1000 : digits.toInt());
        QString value = transformed(macroValue(letter, values), keep, reverse, delimiters);
        if (letter.isUpper())
            value = urlEscaped(value);
        out.append(value);
        i = close;
    }
    if (context == Context::DomainSpec) {
        // §7.3: drop labels from the left until the name fits in 253 characters.
        while (out.size() > 253) {
            const qsizetype dot = out.indexOf(QLatin1Char('.'));
            if (dot < 0)
                break;
            out.remove(0, dot + 1);
        }
    }
    return out;
}

bool usesValidatedName(const QString &macroString)
{
    return macroString.contains("%{p"_L1, Qt::CaseInsensitive);
}

QString dottedAddress(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address.toString();
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    QStringList nibbles;
    // Upper-case hex digits, as the examples of RFC 7208 §7.4 write them (DNS ignores the case).
    for (int i = 0; i < 16; ++i) {
        nibbles.append(QString::number(bytes[i] >> 4, 16).toUpper());
        nibbles.append(QString::number(bytes[i] & 0xf, 16).toUpper());
    }
    return nibbles.join(QLatin1Char('.'));
}

} // namespace SpfMacros

} // namespace Postaci
