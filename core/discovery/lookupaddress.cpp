#include "lookupaddress.h"

#include <QStringList>
#include <QUrl>

namespace Postaci {

namespace {
bool hasForbiddenControl(const QString &text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.contains(QChar(0));
}

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

QString withoutTrailingDot(QString text)
{
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}
} // namespace

QString LookupAddress::address() const
{
    if (localPart.isEmpty())
        return {};
    return localPart + QLatin1Char('@') + typedDomain;
}

QString LookupAddress::resolve(const QString &placeholderTemplate) const
{
    QString result = placeholderTemplate;
    if (hasLocalPart()) {
        result.replace(QLatin1String("%EMAILADDRESS%"), address());
        result.replace(QLatin1String("%EMAILLOCALPART%"), localPart);
    }
    result.replace(QLatin1String("%EMAILDOMAIN%"), domain);
    return result;
}

std::optional<LookupAddress> LookupAddress::parse(const QString &emailOrDomain)
{
    if (hasForbiddenControl(emailOrDomain))
        return std::nullopt;
    const QString text = emailOrDomain.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    LookupAddress result;
    // The local part may itself contain a quoted '@' (RFC 5321 §4.1.2), the domain never does.
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    QString domainText = text;
    if (at >= 0) {
        result.localPart = text.left(at);
        domainText = text.mid(at + 1);
        if (result.localPart.isEmpty())
            return std::nullopt;
    }
    result.typedDomain = withoutTrailingDot(domainText);
    result.domain = normalizeDomain(domainText);
    if (result.domain.isEmpty())
        return std::nullopt;
    return result;
}

QString LookupAddress::normalizeDomain(const QString &domain)
{
    if (hasForbiddenControl(domain))
        return {};
    const QString trimmed = withoutTrailingDot(domain.trimmed());
    if (trimmed.isEmpty())
        return {};

    QString ascii;
    if (isAscii(trimmed)) {
        // QString::toLower() maps by Unicode, not by locale: no Turkish dotless-i surprise here.
        ascii = trimmed.toLower();
    } else {
        ascii = QString::fromLatin1(QUrl::toAce(trimmed)).toLower();
        if (ascii.isEmpty())
            return {};
    }

    if (ascii.size() > 253)
        return {};
    const QStringList labels = ascii.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return {};
        for (QChar c : label) {
            const char16_t u = c.unicode();
            const bool ok = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-';
            if (!ok)
                return {};
        }
    }
    return ascii;
}

} // namespace Postaci
