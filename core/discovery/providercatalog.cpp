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

namespace Postaci {

namespace {

const QStringList knownPlaceholders = {QStringLiteral("%EMAILADDRESS%"), QStringLiteral("%EMAILLOCALPART%"),
                                       QStringLiteral("%EMAILDOMAIN%")};

// The catalog is stricter than SessionSettings' parser: only the flag words, no aliases, so that
// the file reads the same way everywhere.
std::optional<Security> strictSecurity(const QString &word)
{
    if (word == QLatin1String("none"))
        return Security::None;
    if (word == QLatin1String("starttls"))
        return Security::StartTls;
    if (word == QLatin1String("tls"))
        return Security::ImplicitTls;
    return std::nullopt;
}

bool isHttpsUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

bool isIsoDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
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
    return !pattern.contains(QLatin1String(".."));
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
        return QStringLiteral("catalog-only");
    case Difference::IspdbOnly:
        return QStringLiteral("ispdb-only");
    case Difference::Username:
        return QStringLiteral("username");
    }
    return {};
}

QString CatalogIssue::toString() const
{
    QString where = index >= 0 ? QStringLiteral("providers[%1]").arg(index) : QStringLiteral("providers.json");
    if (!providerId.isEmpty())
        where += QStringLiteral(" (%1)").arg(providerId);
    if (!field.isEmpty())
        where += QLatin1Char(' ') + field;
    return where + QStringLiteral(": ") + problem;
}

const ProviderCatalog &ProviderCatalog::builtIn()
{
    static const ProviderCatalog catalog = [] {
        ProviderCatalog loaded = fromFile(QStringLiteral(":/providers.json"));
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
        catalog.addIssue(-1, {}, {}, QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
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
        addIssue(-1, {}, {}, QStringLiteral("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return;
    }
    if (!document.isObject()) {
        addIssue(-1, {}, {}, QStringLiteral("the top level must be an object"));
        return;
    }
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QLatin1String("schemaVersion"));
    if (!version.isDouble() || version.toDouble() != supportedSchemaVersion) {
        addIssue(-1, {}, QStringLiteral("schemaVersion"),
                 QStringLiteral("must be %1 (this program reads no other version)").arg(supportedSchemaVersion));
        return;
    }
    m_schemaVersion = supportedSchemaVersion;
    const QJsonValue providersValue = root.value(QLatin1String("providers"));
    if (!providersValue.isArray()) {
        addIssue(-1, {}, QStringLiteral("providers"), QStringLiteral("must be an array"));
        return;
    }

    const QJsonArray providers = providersValue.toArray();
    QSet<QString> seenIds;
    QHash<QString, QString> domainOwner;
    QHash<QString, QString> mxOwner;
    for (int index = 0; index < providers.size(); ++index) {
        const QJsonValue value = providers.at(index);
        if (!value.isObject()) {
            addIssue(index, {}, {}, QStringLiteral("must be an object"));
            continue;
        }
        const QJsonObject object = value.toObject();
        ProviderEntry entry;
        const qsizetype issuesBefore = m_issues.size();
        auto fail = [&](const QString &field, const QString &problem) { addIssue(index, entry.id, field, problem); };

        static const QRegularExpression idShape(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        entry.id = object.value(QLatin1String("id")).toString();
        if (!idShape.match(entry.id).hasMatch())
            fail(QStringLiteral("id"), QStringLiteral("must be lower-case letters, digits and single hyphens"));
        else if (seenIds.contains(entry.id))
            fail(QStringLiteral("id"), QStringLiteral("is used by an earlier entry"));

        entry.name = object.value(QLatin1String("name")).toString().trimmed();
        if (entry.name.isEmpty())
            fail(QStringLiteral("name"), QStringLiteral("is missing or empty"));

        const QJsonValue domainsValue = object.value(QLatin1String("domains"));
        if (!domainsValue.isArray()) {
            fail(QStringLiteral("domains"), QStringLiteral("must be an array (empty for MX-only providers)"));
        } else {
            const QJsonArray domains = domainsValue.toArray();
            for (int d = 0; d < domains.size(); ++d) {
                const QString field = QStringLiteral("domains[%1]").arg(d);
                const QString domain = domains.at(d).toString();
                const bool wildcard = domain.startsWith(QLatin1String("*."));
                const QString bare = wildcard ? domain.mid(2) : domain;
                if (bare.isEmpty() || DomainNames::normalized(bare) != bare) {
                    fail(field, QStringLiteral("\"%1\" is not a lower-case ASCII (ACE) domain").arg(domain));
                    continue;
                }
                if (domainOwner.contains(domain)) {
                    fail(field, QStringLiteral("\"%1\" is already listed by %2").arg(domain, domainOwner.value(domain)));
                    continue;
                }
                domainOwner.insert(domain, entry.id);
                entry.domains.append(domain);
            }
        }

        const QJsonValue mxValue = object.value(QLatin1String("mxPatterns"));
        if (!mxValue.isArray()) {
            fail(QStringLiteral("mxPatterns"), QStringLiteral("must be an array (may be empty)"));
        } else {
            const QJsonArray patterns = mxValue.toArray();
            for (int p = 0; p < patterns.size(); ++p) {
                const QString field = QStringLiteral("mxPatterns[%1]").arg(p);
                const QString pattern = patterns.at(p).toString();
                if (!isValidMxPattern(pattern) || literalLength(pattern) == 0) {
                    fail(field, QStringLiteral("\"%1\" must be a lower-case host name pattern with '*' wildcards").arg(pattern));
                    continue;
                }
                if (mxOwner.contains(pattern)) {
                    fail(field, QStringLiteral("\"%1\" is already claimed by %2").arg(pattern, mxOwner.value(pattern)));
                    continue;
                }
                mxOwner.insert(pattern, entry.id);
                entry.mxPatterns.append(pattern);
            }
        }
        if (entry.domains.isEmpty() && entry.mxPatterns.isEmpty() && domainsValue.isArray() && mxValue.isArray())
            fail(QStringLiteral("domains"), QStringLiteral("an entry needs at least one domain or MX pattern"));

        const QJsonValue smtpValue = object.value(QLatin1String("smtp"));
        // "noSmtp" and "notes" are shown to users: a string (English) or one per language.
        entry.noSmtpText = object.value(QLatin1String("noSmtp"));
        if (entry.noSmtpText.isObject() && !isLocalizedText(entry.noSmtpText))
            fail(QStringLiteral("noSmtp"), QStringLiteral("must be a text or an object of texts with \"en\""));
        entry.noSmtpReason = localizedTextIn(entry.noSmtpText, QStringLiteral("en")).trimmed();
        if (!smtpValue.isArray()) {
            fail(QStringLiteral("smtp"), QStringLiteral("must be an array"));
        } else {
            const QJsonArray servers = smtpValue.toArray();
            if (servers.isEmpty() && entry.noSmtpReason.isEmpty())
                fail(QStringLiteral("smtp"), QStringLiteral("is empty; say why in \"noSmtp\" or list a server"));
            if (!servers.isEmpty() && !entry.noSmtpReason.isEmpty())
                fail(QStringLiteral("noSmtp"), QStringLiteral("contradicts the SMTP servers listed"));
            QSet<QString> keys;
            for (int s = 0; s < servers.size(); ++s) {
                const QString prefix = QStringLiteral("smtp[%1].").arg(s);
                const QJsonObject server = servers.at(s).toObject();
                CatalogSmtpServer smtp;
                smtp.host = server.value(QLatin1String("host")).toString();
                if (!isPlausibleHostName(smtp.host) || smtp.host != smtp.host.toLower())
                    fail(prefix + QStringLiteral("host"), QStringLiteral("\"%1\" is not a lower-case host name or IP address").arg(smtp.host));
                const QJsonValue port = server.value(QLatin1String("port"));
                const double portNumber = port.toDouble(-1);
                if (!port.isDouble() || portNumber != static_cast<int>(portNumber) || portNumber < 1 || portNumber > 65535)
                    fail(prefix + QStringLiteral("port"), QStringLiteral("must be a whole number 1..65535"));
                else
                    smtp.port = static_cast<quint16>(portNumber);
                const QString securityWord = server.value(QLatin1String("security")).toString();
                if (const auto security = strictSecurity(securityWord))
                    smtp.security = *security;
                else
                    fail(prefix + QStringLiteral("security"), QStringLiteral("\"%1\" is not one of none, starttls, tls").arg(securityWord));
                const QString authWord = server.value(QLatin1String("auth")).toString();
                const auto auth = authMethodFromName(authWord);
                if (auth && authWord == authMethodName(*auth))
                    smtp.auth = *auth;
                else
                    fail(prefix + QStringLiteral("auth"), QStringLiteral("\"%1\" is not one of auto, none, plain, login, cram-md5, xoauth2").arg(authWord));
                smtp.usernameTemplate = server.value(QLatin1String("username")).toString();
                if (smtp.usernameTemplate.isEmpty() || !hasOnlyKnownPlaceholders(smtp.usernameTemplate))
                    fail(prefix + QStringLiteral("username"), QStringLiteral("must be a template using only %EMAILADDRESS%, %EMAILLOCALPART% or %EMAILDOMAIN%"));
                if (keys.contains(smtp.key()))
                    fail(QStringLiteral("smtp[%1]").arg(s), QStringLiteral("%1 is listed twice").arg(smtp.key()));
                keys.insert(smtp.key());
                entry.smtp.append(smtp);
            }
        }

        const QJsonValue formatValue = object.value(QLatin1String("passwordFormat"));
        if (!formatValue.isUndefined()) {
            const QJsonObject format = formatValue.toObject();
            const QString kind = format.value(QLatin1String("kind")).toString();
            if (!formatValue.isObject())
                fail(QStringLiteral("passwordFormat"), QStringLiteral("must be an object"));
            else if (kind != QLatin1String("app-password") && kind != QLatin1String("oauth2-only"))
                fail(QStringLiteral("passwordFormat.kind"), QStringLiteral("\"%1\" is not app-password or oauth2-only").arg(kind));
            if (!isHttpsUrl(format.value(QLatin1String("helpUrl")).toString()))
                fail(QStringLiteral("passwordFormat.helpUrl"), QStringLiteral("must be an https URL saying how to get one"));
            auto lengthField = [&](const char *name) {
                const double length = format.value(QLatin1String(name)).toDouble(-1);
                if (length < 1 || length > 256 || length != static_cast<int>(length)) {
                    fail(QStringLiteral("passwordFormat.") + QLatin1String(name), QStringLiteral("must be a whole number 1..256"));
                    return 0;
                }
                return static_cast<int>(length);
            };
            // PasswordPolicy::forProviderFormat needs a length for an app password, or it falls
            // back to the default rules, which a 16-letter app password cannot meet.
            if (format.contains(QLatin1String("length"))) {
                lengthField("length");
            } else if (format.contains(QLatin1String("minLength")) || format.contains(QLatin1String("maxLength"))) {
                if (lengthField("minLength") > lengthField("maxLength"))
                    fail(QStringLiteral("passwordFormat.minLength"), QStringLiteral("is larger than maxLength"));
            } else if (kind == QLatin1String("app-password")) {
                fail(QStringLiteral("passwordFormat.length"), QStringLiteral("an app password needs length or minLength/maxLength"));
            }
            if (!isLocalizedText(format.value(QLatin1String("label"))))
                fail(QStringLiteral("passwordFormat.label"),
                     QStringLiteral("must say in words what the provider asks for (a text or an object of texts with \"en\")"));
            for (const char *flag : {"ignoreSpaces"}) {
                if (format.contains(QLatin1String(flag)) && !format.value(QLatin1String(flag)).isBool())
                    fail(QStringLiteral("passwordFormat.") + QLatin1String(flag), QStringLiteral("must be true or false"));
            }
            for (const char *text : {"characters"}) {
                if (format.contains(QLatin1String(text)) && !format.value(QLatin1String(text)).isString())
                    fail(QStringLiteral("passwordFormat.") + QLatin1String(text), QStringLiteral("must be a string"));
            }
            entry.passwordFormat = format;
        }

        entry.source = object.value(QLatin1String("source")).toString();
        if (!isHttpsUrl(entry.source))
            fail(QStringLiteral("source"), QStringLiteral("must be the https URL of the provider's help page"));

        const QString checked = object.value(QLatin1String("checked")).toString();
        if (!isIsoDate(checked))
            fail(QStringLiteral("checked"), QStringLiteral("\"%1\" is not an ISO date (YYYY-MM-DD)").arg(checked));
        else
            entry.checked = QDate::fromString(checked, Qt::ISODate);

        const QJsonArray against = object.value(QLatin1String("checkedAgainst")).toArray();
        for (const QJsonValue &what : against) {
            if (!what.toString().trimmed().isEmpty())
                entry.checkedAgainst.append(what.toString());
        }
        if (entry.checkedAgainst.isEmpty())
            fail(QStringLiteral("checkedAgainst"), QStringLiteral("must say what the entry was checked against"));

        const QJsonValue notesValue = object.value(QLatin1String("ispdbNotes"));
        if (!notesValue.isUndefined()) {
            const QJsonArray notes = notesValue.toArray();
            if (!notesValue.isArray())
                fail(QStringLiteral("ispdbNotes"), QStringLiteral("must be an array"));
            static const QRegularExpression serverShape(QStringLiteral("^[a-z0-9._-]+:\\d{1,5}:(none|starttls|tls)$"));
            for (int n = 0; n < notes.size(); ++n) {
                const QString prefix = QStringLiteral("ispdbNotes[%1].").arg(n);
                const QJsonObject noteObject = notes.at(n).toObject();
                IspdbNote note;
                const QString differenceWord = noteObject.value(QLatin1String("difference")).toString();
                if (const auto difference = differenceFromName(differenceWord))
                    note.difference = *difference;
                else
                    fail(prefix + QStringLiteral("difference"), QStringLiteral("\"%1\" is not catalog-only, ispdb-only or username").arg(differenceWord));
                note.server = noteObject.value(QLatin1String("server")).toString();
                if (!serverShape.match(note.server).hasMatch())
                    fail(prefix + QStringLiteral("server"), QStringLiteral("\"%1\" is not host:port:security").arg(note.server));
                note.reason = noteObject.value(QLatin1String("reason")).toString().trimmed();
                if (note.reason.isEmpty())
                    fail(prefix + QStringLiteral("reason"), QStringLiteral("must explain the difference"));
                entry.ispdbNotes.append(note);
            }
        }
        entry.notesText = object.value(QLatin1String("notes"));
        if (entry.notesText.isObject() && !isLocalizedText(entry.notesText))
            fail(QStringLiteral("notes"), QStringLiteral("must be a text or an object of texts with \"en\""));
        entry.notes = localizedTextIn(entry.notesText, QStringLiteral("en"));

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
            if (domain.startsWith(QLatin1String("*.")))
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
    return candidates(*provider, address, CandidateSource::Catalog, QStringLiteral("providers.json#") + provider->id);
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
