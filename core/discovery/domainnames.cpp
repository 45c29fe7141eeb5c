#include "domainnames.h"

#include <QStringList>
#include <QUrl>

namespace Postaci::DomainNames {

namespace {

// Second-level labels under which registrations happen, for the country codes our users meet
// most (Turkey first). Not exhaustive: see the limitation in the header.
constexpr const char *secondLevelSuffixes[] = {
    // Türkiye (nic.tr)
    "com.tr", "net.tr", "org.tr", "edu.tr", "gov.tr", "k12.tr", "gen.tr", "web.tr", "bel.tr",
    "biz.tr", "info.tr", "tv.tr", "av.tr", "dr.tr", "pol.tr", "tsk.tr", "name.tr", "bbs.tr",
    "tel.tr", "kep.tr",
    // Europe and elsewhere
    "co.uk", "org.uk", "me.uk", "ac.uk", "gov.uk", "ltd.uk", "plc.uk", "net.uk", "sch.uk",
    "com.au", "net.au", "org.au", "edu.au", "gov.au",
    "co.nz", "net.nz", "org.nz",
    "co.jp", "ne.jp", "or.jp", "ac.jp", "ad.jp", "go.jp",
    "co.kr", "or.kr", "ne.kr",
    "co.za", "org.za",
    "co.in", "net.in", "org.in",
    "co.il", "org.il",
    "com.br", "net.br", "org.br",
    "com.cn", "net.cn", "org.cn",
    "com.mx", "com.ar", "com.ua", "com.cy", "com.gr", "com.pl", "com.ru", "com.es",
    "gv.at", "co.at", "or.at",
};

} // namespace

QString normalized(const QString &name)
{
    // A line break or NUL is an injection, not white space to trim (a catalog key or a host
    // name must never carry one into a request).
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return {};
    }
    QString trimmed = name.trimmed();
    while (trimmed.endsWith(QLatin1Char('.')))
        trimmed.chop(1);
    if (trimmed.isEmpty() || trimmed.size() > 253)
        return {};
    const QByteArray ace = QUrl::toAce(trimmed, QUrl::AceProcessingOptions(QUrl::IgnoreIDNWhitelist));
    if (ace.isEmpty())
        return {};
    const QString lower = QString::fromLatin1(ace).toLower();
    const QStringList labels = lower.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        // RFC 1035 §2.3.1 (letters, digits, hyphen; no leading or trailing hyphen) plus the
        // underscore that SRV owner names and some real host names carry.
        if (label.isEmpty() || label.size() > 63)
            return {};
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return {};
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            const bool ok = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
            if (!ok)
                return {};
        }
    }
    return lower;
}

bool isSameOrSubdomain(const QString &host, const QString &domain)
{
    const QString h = normalized(host);
    const QString d = normalized(domain);
    if (h.isEmpty() || d.isEmpty())
        return false;
    return h == d || h.endsWith(QLatin1Char('.') + d);
}

QString registrableDomain(const QString &host)
{
    const QString h = normalized(host);
    if (h.isEmpty())
        return {};
    const QStringList labels = h.split(QLatin1Char('.'));
    if (labels.size() <= 2)
        return h;
    const QString lastTwo = labels.at(labels.size() - 2) + QLatin1Char('.') + labels.last();
    for (const char *suffix : secondLevelSuffixes) {
        if (lastTwo == QLatin1String(suffix))
            return labels.at(labels.size() - 3) + QLatin1Char('.') + lastTwo;
    }
    return lastTwo;
}

} // namespace Postaci::DomainNames
