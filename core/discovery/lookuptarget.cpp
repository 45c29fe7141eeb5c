#include "lookuptarget.h"
#include "domainnames.h"

namespace Postaci {

namespace {

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// RFC 5321 §4.5.3.1.1: at most 64 octets. We accept dot-atoms made of printable characters
// other than the specials that would need quoting; quoted local parts are rare enough for
// a settings lookup (which only uses the address as a user-name template) to refuse them.
bool isValidLocalPart(const QString &local)
{
    if (local.isEmpty() || local.toUtf8().size() > 64)
        return false;
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String("..")))
        return false;
    static const QString specials = QStringLiteral("()<>[]:;@\\,\" ");
    for (const QChar c : local) {
        if (specials.contains(c) || c.isSpace())
            return false;
    }
    return true;
}

std::optional<LookupTarget> fail(LookupTarget::Error kind, LookupTarget::Error *error)
{
    if (error)
        *error = kind;
    return std::nullopt;
}

} // namespace

std::optional<LookupTarget> LookupTarget::parse(const QString &input, Error *error)
{
    if (error)
        *error = Error::None;
    if (hasControlCharacter(input))
        return fail(Error::ControlCharacter, error);
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::Empty, error);

    LookupTarget target;
    target.input = trimmed;
    QString domainPart = trimmed;
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        target.localPart = trimmed.left(at);
        domainPart = trimmed.mid(at + 1);
        if (!isValidLocalPart(target.localPart))
            return fail(Error::BadLocalPart, error);
    }
    target.domain = DomainNames::normalized(domainPart);
    if (target.domain.isEmpty() || !target.domain.contains(QLatin1Char('.')))
        return fail(Error::BadDomain, error);
    // A top-level label made only of digits means an address, not a domain ("192.168.1.1").
    const QString tld = target.domain.section(QLatin1Char('.'), -1);
    bool numeric = false;
    tld.toInt(&numeric);
    if (numeric)
        return fail(Error::BadDomain, error);
    if (at >= 0)
        target.emailAddress = target.localPart + QLatin1Char('@') + target.domain;
    return target;
}

} // namespace Postaci
