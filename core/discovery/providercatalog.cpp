#include "providercatalog.h"

#include "common/localizedtext.h"
#include "account/emailaddress.h"
#include "discovery/candidatechecks.h"
#include "discovery/clientconfigplaceholders.h"
#include "discovery/domainnames.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QtDebug>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

const QStringList knownPlaceholders = {u"%EMAILADDRESS%"_s, u"%EMAILLOCALPART%"_s,
                                       u"%EMAILDOMAIN%"_s};

// The catalog is stricter than SessionSettings' parser: only the flag words, no aliases, so that
// the file reads the same way everywhere.
std::optional<Security> strictSecurity(const QString &word)
{
    if (word == "none"_L1)
        return Security::None;
    if (word == "starttls"_L1)
        return Security::StartTls;
    if (word == "tls"_L1)
        return Security::ImplicitTls;
    return std::nullopt;
}

bool isHttpsUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == "https"_L1 && !url.host().isEmpty();
}

bool isIsoDate(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

// Every %...% in a user name template must be one of the three clientConfig placeholders.
bool hasOnlyKnownPlaceholders(const QString &text)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype start = text.indexOf(QLatin1Char('%'), from);
        if (start < 0)
            return true;
        const qsizetype end = text.indexOf(QLatin1Char('%'), start + 1);
        if (end < 0)
            return false;
        if (!knownPlaceholders.contains(text.mid(start, end - start + 1)))
            return false;
        from = end + 1;
    }
}

bool isValidMxPattern(const QString &pattern)
{
    if (pattern.isEmpty() || pattern != pattern.toLower())
        return false;
    for (QChar c : pattern) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'.' || u == u'*';
        if (!ok)
            return false;
    }
    return !pattern.contains(".."_L1);
}

std::optional<IspdbNote::Difference> differenceFromName(const QString &name)
{
    for (auto difference : {IspdbNote::Difference::CatalogOnly, IspdbNote::Difference::IspdbOnly,
                            IspdbNote::Difference::Username}) {
        if (IspdbNote::differenceName(difference) == name)
            return difference;
    }
    return std::nullopt;
}

int literalLength(const QString &pattern)
{
    return static_cast<int>(pattern.size() - pattern.count(QLatin1Char('*')));
}

} // namespace

QString IspdbNote::differenceName(Difference difference)
{
    switch (difference) {
    case Difference::CatalogOnly:
        return u"catalog-only"_s;
    case Difference::IspdbOnly:
        return u"ispdb-only"_s;
    case Difference::Username:
        return u"username"_s;
    }
    return {};
}

QString CatalogIssue::toString() const
{
    QString where = index >= 0 ? u"providers[%1]"_s.arg(index) : u"providers.json"_s;
    if (!providerId.isEmpty())
        where += u" (%1)"_s.arg(providerId);
    if (!field.isEmpty())
        where += QLatin1Char(' ') + field;
    return where + u": "_s + problem;
}

const ProviderCatalog &ProviderCatalog::builtIn()
{
    static const ProviderCatalog catalog = [] {
        ProviderCatalog loaded = fromFile(u":/providers.json"_s);
        for (const CatalogIssue &issue : loaded.issues())
            qWarning().noquote() << "providers.json:" << issue.toString();
        return loaded;
    }();
    return catalog;
}

ProviderCatalog ProviderCatalog::fromJson(const QByteArray &json)
{
    ProviderCatalog catalog;
    catalog.parse(json);
    catalog.buildIndex();
    return catalog;
}

ProviderCatalog ProviderCatalog::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ProviderCatalog catalog;
        catalog.addIssue(-1, {}, {}, u"cannot open %1: %2"_s.arg(path, file.errorString()));
        return catalog;
    }
    return fromJson(file.readAll());
}

void ProviderCatalog::addIssue(int index, const QString &providerId, const QString &field, const QString &problem)
{
    m_issues.append(CatalogIssue{index, providerId, field, problem});
}

void ProviderCatalog::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        addIssue(-1, {}, {}, u"not valid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
        return;
    }
    if (!document.isObject()) {
        addIssue(-1, {}, {}, u"the top level must be an object"_s);
        return;
    }
    const QJsonObject root = document.object();
    const QJsonValue version = root.value("schemaVersion"_L1);
    if (!version.isDouble() || version.toDouble() != supportedSchemaVersion) {
        addIssue(-1, {}, u"schemaVersion"_s,
                 u"must be %1 (this program reads no other version)"_s.arg(supportedSchemaVersion));
        return;
    }
    m_schemaVersion = supportedSchemaVersion;
    const QJsonValue providersValue = root.value("providers"_L1);
    if (!providersValue.isArray()) {
        addIssue(-1, {}, u"providers"_s, u"must be an array"_s);
        return;
    }

    const QJsonArray providers = providersValue.toArray();
    QSet<QString> seenIds;
    QHash<QString, QString> domainOwner;
    QHash<QString, QString> mxOwner;
    for (int index = 0; index < providers.size(); ++index) {
        const QJsonValue value = providers.at(index);
        if (!value.isObject()) {
            addIssue(index, {}, {}, u"must be an object"_s);
            continue;
        }
        const QJsonObject object = value.toObject();
        ProviderEntry entry;
        const qsizetype issuesBefore = m_issues.size();
        auto fail = [&](const QString &field, const QString &problem) { addIssue(index, entry.id, field, problem); };

        static const QRegularExpression idShape(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
        entry.id = object.value("id"_L1).toString();
        if (!idShape.match(entry.id).hasMatch())
            fail(u"id"_s, u"must be lower-case letters, digits and single hyphens"_s);
        else if (seenIds.contains(entry.id))
            fail(u"id"_s, u"is used by an earlier entry"_s);

        entry.name = object.value("name"_L1).toString().trimmed();
        if (entry.name.isEmpty())
            fail(u"name"_s, u"is missing or empty"_s);

        const QJsonValue domainsValue = object.value("domains"_L1);
        if (!domainsValue.isArray()) {
            fail(u"domains"_s, u"must be an array (empty for MX-only providers)"_s);
        } else {
            const QJsonArray domains = domainsValue.toArray();
            for (int d = 0; d < domains.size(); ++d) {
                const QString field = u"domains[%1]"_s.arg(d);
                const QString domain = domains.at(d).toString();
                const bool wildcard = domain.startsWith("*."_L1);
                const QString bare = wildcard ? domain.mid(2) : domain;
                if (bare.isEmpty() || DomainNames::normalized(bare) != bare) {
                    fail(field, u"\"%1\" is not a lower-case ASCII (ACE) domain"_s.arg(domain));
                    continue;
                }
                if (domainOwner.contains(domain)) {
                    fail(field, u"\"%1\" is already listed by %2"_s.arg(domain, domainOwner.value(domain)));
                    continue;
                }
                domainOwner.insert(domain, entry.id);
                entry.domains.append(domain);
            }
        }

        const QJsonValue mxValue = object.value("mxPatterns"_L1);
        if (!mxValue.isArray()) {
            fail(u"mxPatterns"_s, u"must be an array (may be empty)"_s);
        } else {
            const QJsonArray patterns = mxValue.toArray();
            for (int p = 0; p < patterns.size(); ++p) {
                const QString field = u"mxPatterns[%1]"_s.arg(p);
                const QString pattern = patterns.at(p).toString();
                if (!isValidMxPattern(pattern) || literalLength(pattern) == 0) {
                    fail(field, u"\"%1\" must be a lower-case host name pattern with '*' wildcards"_s.arg(pattern));
                    continue;
                }
                if (mxOwner.contains(pattern)) {
                    fail(field, u"\"%1\" is already claimed by %2"_s.arg(pattern, mxOwner.value(pattern)));
                    continue;
                }
                mxOwner.insert(pattern, entry.id);
                entry.mxPatterns.append(pattern);
            }
        }
        if (entry.domains.isEmpty() && entry.mxPatterns.isEmpty() && domainsValue.isArray() && mxValue.isArray())
            fail(u"domains"_s, u"an entry needs at least one domain or MX pattern"_s);

        const QJsonValue smtpValue = object.value("smtp"_L1);
        // "noSmtp" and "notes" are shown to users: a string (English) or one per language.
        entry.noSmtpText = object.value("noSmtp"_L1);
        if (entry.noSmtpText.isObject() && !isLocalizedText(entry.noSmtpText))
            fail(u"noSmtp"_s, u"must be a text or an object of texts with \"en\""_s);
        entry.noSmtpReason = localizedTextIn(entry.noSmtpText, u"en"_s).trimmed();
        if (!smtpValue.isArray()) {
            fail(u"smtp"_s, u"must be an array"_s);
        } else {
            const QJsonArray servers = smtpValue.toArray();
            if (servers.isEmpty() && entry.noSmtpReason.isEmpty())
                fail(u"smtp"_s, u"is empty; say why in \"noSmtp\" or list a server"_s);
            if (!servers.isEmpty() && !entry.noSmtpReason.isEmpty())
                fail(u"noSmtp"_s, u"contradicts the SMTP servers listed"_s);
            QSet<QString> keys;
            for (int s = 0; s < servers.size(); ++s) {
                const QString prefix = u"smtp[%1]."_s.arg(s);
                const QJsonObject server = servers.at(s).toObject();
                CatalogSmtpServer smtp;
                smtp.host = server.value("host"_L1).toString();
                if (!isPlausibleHostName(smtp.host) || smtp.host != smtp.host.toLower())
                    fail(prefix + u"host"_s, u"\"%1\" is not a lower-case host name or IP address"_s.arg(smtp.host));
                const QJsonValue port = server.value("port"_L1);
                const double portNumber = port.toDouble(-1);
                if (!port.isDouble() || portNumber != static_cast<int>(portNumber) || portNumber < 1 || portNumber > 65535)
                    fail(prefix + u"port"_s, u"must be a whole number 1..65535"_s);
                else
                    smtp.port = static_cast<quint16>(portNumber);
                const QString securityWord = server.value("security"_L1).toString();
                if (const auto security = strictSecurity(securityWord))
                    smtp.security = *security;
                else
                    fail(prefix + u"security"_s, u"\"%1\" is not one of none, starttls, tls"_s.arg(securityWord));
                const QString authWord = server.value("auth"_L1).toString();
                const auto auth = authMethodFromName(authWord);
                if (auth && authWord == authMethodName(*auth))
                    smtp.auth = *auth;
                else
                    fail(prefix + u"auth"_s, u"\"%1\" is not one of auto, none, plain, login, cram-md5, xoauth2"_s.arg(authWord));
                smtp.usernameTemplate = server.value("username"_L1).toString();
                if (smtp.usernameTemplate.isEmpty() || !hasOnlyKnownPlaceholders(smtp.usernameTemplate))
                    fail(prefix + u"username"_s, u"must be a template using only %EMAILADDRESS%, %EMAILLOCALPART% or %EMAILDOMAIN%"_s);
                if (keys.contains(smtp.key()))
                    fail(u"smtp[%1]"_s.arg(s), u"%1 is listed twice"_s.arg(smtp.key()));
                keys.insert(smtp.key());
                entry.smtp.append(smtp);
            }
        }

        const QJsonValue formatValue = object.value("passwordFormat"_L1);
        if (!formatValue.isUndefined()) {
            const QJsonObject format = formatValue.toObject();
            const QString kind = format.value("kind"_L1).toString();
            if (!formatValue.isObject())
                fail(u"passwordFormat"_s, u"must be an object"_s);
            else if (kind != "app-password"_L1 && kind != "oauth2-only"_L1)
                fail(u"passwordFormat.kind"_s, u"\"%1\" is not app-password or oauth2-only"_s.arg(kind));
            if (!isHttpsUrl(format.value("helpUrl"_L1).toString()))
                fail(u"passwordFormat.helpUrl"_s, u"must be an https URL saying how to get one"_s);
            auto lengthField = [&](const char *name) {
                const double length = format.value(QLatin1String(name)).toDouble(-1);
                if (length < 1 || length > 256 || length != static_cast<int>(length)) {
                    fail(u"passwordFormat."_s + QLatin1String(name), u"must be a whole number 1..256"_s);
                    return 0;
                }
                return static_cast<int>(length);
            };
            // PasswordPolicy::forProviderFormat needs a length for an app password, or it falls
            // back to the default rules, which a 16-letter app password cannot meet.
            if (format.contains("length"_L1)) {
                lengthField("length");
            } else if (format.contains("minLength"_L1) || format.contains("maxLength"_L1)) {
                if (lengthField("minLength") > lengthField("maxLength"))
                    fail(u"passwordFormat.minLength"_s, u"is larger than maxLength"_s);
            } else if (kind == "app-password"_L1) {
                fail(u"passwordFormat.length"_s, u"an app password needs length or minLength/maxLength"_s);
            }
            if (!isLocalizedText(format.value("label"_L1)))
                fail(u"passwordFormat.label"_s,
                     u"must say in words what the provider asks for (a text or an object of texts with \"en\")"_s);
            for (const char *flag : {"ignoreSpaces"}) {
                if (format.contains(QLatin1String(flag)) && !format.value(QLatin1String(flag)).isBool())
                    fail(u"passwordFormat."_s + QLatin1String(flag), u"must be true or false"_s);
            }
            for (const char *text : {"characters"}) {
                if (format.contains(QLatin1String(text)) && !format.value(QLatin1String(text)).isString())
                    fail(u"passwordFormat."_s + QLatin1String(text), u"must be a string"_s);
            }
            entry.passwordFormat = format;
        }

        entry.source = object.value("source"_L1).toString();
        if (!isHttpsUrl(entry.source))
            fail(u"source"_s, u"must be the https URL of the provider's help page"_s);

        const QString checked = object.value("checked"_L1).toString();
        if (!isIsoDate(checked))
            fail(u"checked"_s, u"\"%1\" is not an ISO date (YYYY-MM-DD)"_s.arg(checked));
        else
            entry.checked = QDate::fromString(checked, Qt::ISODate);

        const QJsonArray against = object.value("checkedAgainst"_L1).toArray();
        for (const QJsonValue &what : against) {
            if (!what.toString().trimmed().isEmpty())
                entry.checkedAgainst.append(what.toString());
        }
        if (entry.checkedAgainst.isEmpty())
            fail(u"checkedAgainst"_s, u"must say what the entry was checked against"_s);

        const QJsonValue notesValue = object.value("ispdbNotes"_L1);
        if (!notesValue.isUndefined()) {
            const QJsonArray notes = notesValue.toArray();
            if (!notesValue.isArray())
                fail(u"ispdbNotes"_s, u"must be an array"_s);
            static const QRegularExpression serverShape(u"^[a-z0-9._-]+:\\d{1,5}:(none|starttls|tls)$"_s);
            for (int n = 0; n < notes.size(); ++n) {
                const QString prefix = u"ispdbNotes[%1]."_s.arg(n);
                const QJsonObject noteObject = notes.at(n).toObject();
                IspdbNote note;
                const QString differenceWord = noteObject.value("difference"_L1).toString();
                if (const auto difference = differenceFromName(differenceWord))
                    note.difference = *difference;
                else
                    fail(prefix + u"difference"_s, u"\"%1\" is not catalog-only, ispdb-only or username"_s.arg(differenceWord));
                note.server = noteObject.value("server"_L1).toString();
                if (!serverShape.match(note.server).hasMatch())
                    fail(prefix + u"server"_s, u"\"%1\" is not host:port:security"_s.arg(note.server));
                note.reason = noteObject.value("reason"_L1).toString().trimmed();
                if (note.reason.isEmpty())
                    fail(prefix + u"reason"_s, u"must explain the difference"_s);
                entry.ispdbNotes.append(note);
            }
        }
        // What a domain using this provider publishes in DNS (docs/deliverability.md#catalog).
        const QJsonValue deliverability = object.value("deliverability"_L1);
        if (!deliverability.isUndefined()) {
            const QJsonObject sending = deliverability.toObject();
            if (!deliverability.isObject())
                fail(u"deliverability"_s, u"must be an object"_s);
            entry.spfInclude = sending.value("spfInclude"_L1).toString();
            if (sending.contains("spfInclude"_L1)
                && (!isPlausibleHostName(entry.spfInclude) || entry.spfInclude != entry.spfInclude.toLower()))
                fail(u"deliverability.spfInclude"_s, u"\"%1\" is not a lower-case domain"_s.arg(entry.spfInclude));
            static const QRegularExpression selectorShape(u"^[a-z0-9][a-z0-9-]{0,62}$"_s);
            const QJsonArray selectors = sending.value("dkimSelectors"_L1).toArray();
            for (int d = 0; d < selectors.size(); ++d) {
                const QString selector = selectors.at(d).toString();
                if (!selectorShape.match(selector).hasMatch())
                    fail(u"deliverability.dkimSelectors[%1]"_s.arg(d), u"\"%1\" is not a DNS label"_s.arg(selector));
                else
                    entry.dkimSelectors.append(selector);
            }
        }
        entry.notesText = object.value("notes"_L1);
        if (entry.notesText.isObject() && !isLocalizedText(entry.notesText))
            fail(u"notes"_s, u"must be a text or an object of texts with \"en\""_s);
        entry.notes = localizedTextIn(entry.notesText, u"en"_s);

        seenIds.insert(entry.id);
        // A broken entry is left out whole: half an entry could send someone to the wrong server.
        if (m_issues.size() == issuesBefore)
            m_providers.append(entry);
    }
}

void ProviderCatalog::buildIndex()
{
    for (qsizetype i = 0; i < m_providers.size(); ++i) {
        const ProviderEntry &entry = m_providers.at(i);
        m_byId.insert(entry.id, i);
        for (const QString &domain : entry.domains) {
            if (domain.startsWith("*."_L1))
                m_bySubdomainOf.insert(domain.mid(2), i);
            else
                m_byDomain.insert(domain, i);
        }
        for (const QString &pattern : entry.mxPatterns)
            m_mxPatterns.append(MxIndexEntry{pattern, literalLength(pattern), i});
    }
}

const ProviderEntry *ProviderCatalog::findByDomain(const QString &domain) const
{
    const QString key = DomainNames::normalized(domain);
    if (key.isEmpty())
        return nullptr;
    if (const auto it = m_byDomain.constFind(key); it != m_byDomain.cend())
        return &m_providers.at(*it);
    // "*.onmicrosoft.com": walk up the parents of the domain, nearest first.
    qsizetype dot = key.indexOf(QLatin1Char('.'));
    while (dot >= 0) {
        const QString parent = key.mid(dot + 1);
        if (const auto it = m_bySubdomainOf.constFind(parent); it != m_bySubdomainOf.cend())
            return &m_providers.at(*it);
        dot = key.indexOf(QLatin1Char('.'), dot + 1);
    }
    return nullptr;
}

const ProviderEntry *ProviderCatalog::findByMxHost(const QString &mxHost) const
{
    const QString host = DomainNames::normalized(mxHost);
    if (host.isEmpty())
        return nullptr;
    const MxIndexEntry *best = nullptr;
    for (const MxIndexEntry &candidate : m_mxPatterns) {
        if ((!best || candidate.literalLength > best->literalLength) && mxPatternMatches(candidate.pattern, host))
            best = &candidate;
    }
    return best ? &m_providers.at(best->provider) : nullptr;
}

const ProviderEntry *ProviderCatalog::findBySmtpHost(const QString &host) const
{
    const QString key = DomainNames::normalized(host);
    if (key.isEmpty())
        return nullptr;
    for (const ProviderEntry &entry : m_providers) {
        for (const CatalogSmtpServer &server : entry.smtp) {
            if (server.host == key)
                return &entry;
        }
    }
    return nullptr;
}

const ProviderEntry *ProviderCatalog::byId(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_providers.at(*it);
}

QList<ServerCandidate> ProviderCatalog::candidatesFor(const QString &emailOrDomain) const
{
    const EmailAddress address = EmailAddress::parseEmailOrDomain(emailOrDomain);
    if (!address.isValid())
        return {};
    const ProviderEntry *provider = findByDomain(address.domain());
    if (!provider)
        return {};
    return candidates(*provider, address, CandidateSource::Catalog, u"providers.json#"_s + provider->id);
}

QList<ServerCandidate> ProviderCatalog::candidates(const ProviderEntry &provider, const EmailAddress &address,
                                                   CandidateSource source, const QString &originDetail)
{
    QList<ServerCandidate> result;
    result.reserve(provider.smtp.size());
    for (const CatalogSmtpServer &server : provider.smtp) {
        ServerCandidate candidate;
        candidate.host = server.host;
        candidate.port = server.port;
        candidate.security = server.security;
        candidate.auth = server.auth;
        candidate.username = ClientConfigPlaceholders::resolve(server.usernameTemplate, address);
        candidate.origins.append(CandidateOrigin{source, originDetail});
        candidate.warnings = transportWarnings(server.port, server.security);
        candidate.trusted = source == CandidateSource::Catalog;
        candidate.providerId = provider.id;
        candidate.providerName = provider.name;
        result.append(candidate);
    }
    return result;
}

bool ProviderCatalog::mxPatternMatches(const QString &pattern, const QString &host)
{
    // Iterative glob match with backtracking to the last '*': linear in practice, no recursion.
    qsizetype p = 0, h = 0, starP = -1, starH = 0;
    const qsizetype pn = pattern.size(), hn = host.size();
    auto same = [](QChar a, QChar b) {
        const char16_t x = a.unicode(), y = b.unicode();
        auto lower = [](char16_t c) { return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c; };
        return lower(x) == lower(y);
    };
    while (h < hn) {
        if (p < pn && pattern.at(p) == QLatin1Char('*')) {
            starP = p++;
            starH = h;
        } else if (p < pn && same(pattern.at(p), host.at(h))) {
            ++p;
            ++h;
        } else if (starP >= 0) {
            p = starP + 1;
            h = ++starH;
        } else {
            return false;
        }
    }
    while (p < pn && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pn;
}

} // namespace Postaci
