#include "domainnames.h"

#include <QStringList>
#include <QUrl>

#include <libpsl.h>

#include <algorithm>

namespace Postaci::DomainNames {

namespace {

// The Public Suffix List, loaded on first use and kept until the process ends: the newest of
// the system's copy (Debian's package publicsuffix, /usr/share/publicsuffix/) and the copy
// built into libpsl. See docs/architecture.md#public-suffixes.
//
// Thread safety: C++ runs the initialisation of a function-local static exactly once, even when
// several threads call at the same time; afterwards the context is only read, which libpsl
// allows from any thread. It is deliberately never freed, so that no thread can use it while
// static destructors run at exit.
const psl_ctx_t *publicSuffixList()
{
    static const psl_ctx_t *const list = []() -> const psl_ctx_t * {
        if (const psl_ctx_t *latest = psl_latest(nullptr))
            return latest;
        if (const psl_ctx_t *builtIn = psl_builtin())
            return builtIn;
        qWarning("libpsl has no public suffix list (neither %s nor built-in data): no host has a base domain",
                 psl_dist_filename());
        return nullptr;
    }();
    return list;
}

// A normalized name that is an IPv4 address, not a domain name. The last label decides: no
// top-level domain is all digits (RFC 3696 §2), so "10.0.0.1" is caught along with the short
// forms some resolvers accept ("127.1"). IPv6 addresses never get here: normalized() refuses
// their colons.
bool isAddress(const QString &normalizedName)
{
    const QStringView last = QStringView(normalizedName).mid(normalizedName.lastIndexOf(QLatin1Char('.')) + 1);
    return std::all_of(last.begin(), last.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

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
    if (h.isEmpty() || d.isEmpty() || isAddress(h) || isAddress(d))
        return false;
    return h == d || h.endsWith(QLatin1Char('.') + d);
}

QString registrableDomain(const QString &host)
{
    const QString h = normalized(host);
    if (h.isEmpty() || isAddress(h))
        return {};
    const psl_ctx_t *list = publicSuffixList();
    if (!list)
        return {};
    // normalized() gives lower-case punycode, one of the two forms libpsl takes (the other is
    // lower-case UTF-8); the list's internationalised rules match in either.
    // psl_registrable_domain() applies the ICANN and the private rules and returns null for a
    // public suffix itself, or a pointer into its argument.
    const QByteArray ascii = h.toLatin1();
    const char *base = psl_registrable_domain(list, ascii.constData());
    return base ? QString::fromLatin1(base) : QString();
}

} // namespace Postaci::DomainNames
