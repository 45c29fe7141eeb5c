#include "autoconfigparser.h"

#include "account/emailaddress.h"
#include "discovery/candidatechecks.h"
#include "discovery/clientconfigplaceholders.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

// A provider's name is only shown, so characters that would hide or reorder what the user reads
// are dropped rather than the document refused: control characters (escape sequences) and
// format characters (bidi overrides and isolates, zero-width spaces and joiners, BOM). See
// docs/security.md#outside-text; the faces escape what is shown as well.
QString visibleText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const char32_t c : text.toUcs4()) { // by code point: some format characters lie beyond U+FFFF (tags)
        const QChar::Category category = QChar::category(c);
        if (category != QChar::Other_Control && category != QChar::Other_Format)
            result.append(QStringView(QChar::fromUcs4(c)));
    }
    return result.simplified();
}

// Ranks of the supported <authentication> values, best first (see bestAuthMethod()).
struct AuthWord { const char *word; AuthMethod method; int rank; };
constexpr AuthWord authWords[] = {
    {"password-cleartext", AuthMethod::Auto, 0},
    {"plain", AuthMethod::Auto, 0},
    {"password-encrypted", AuthMethod::CramMd5, 1},
    {"secure", AuthMethod::CramMd5, 1},
    {"oauth2", AuthMethod::XOAuth2, 2},
    {"none", AuthMethod::None, 3},
    {"client-ip-address", AuthMethod::None, 3},
    {"smtp-after-pop", AuthMethod::None, 3},
};

// Walks the token stream keeping the path of open elements; leaf values are taken at their end
// tag, so comments and CDATA inside a value are handled the way an XML tree reader would.
class Reader
{
public:
    explicit Reader(const QByteArray &xml) : m_xml(xml) {}

    AutoconfigParseResult run();

private:
    bool fail(AutoconfigParseError::Kind kind, const QString &detail);
    bool startElement();
    bool endElement();
    bool finishServer();
    bool pathIs(std::initializer_list<const char *> tail) const;
    bool inEmailProvider() const { return m_path.size() >= 2 && m_path.at(1) == "emailProvider"_L1; }

    QXmlStreamReader m_xml;
    QStringList m_path;
    QString m_text;
    AutoconfigDocument m_document;
    AutoconfigParseError m_error;
    bool m_sawEmailProvider = false;
    std::optional<AutoconfigSmtpServer> m_server; // inside <outgoingServer type="smtp">
    bool m_serverHasHostname = false, m_serverHasPort = false, m_serverHasSocketType = false;
    bool m_serverHasUsername = false;
    std::optional<AutoconfigLink> m_link; // inside <documentation> or <enable>
    bool m_linkIsEnable = false;
};

bool Reader::fail(AutoconfigParseError::Kind kind, const QString &detail)
{
    if (m_error.kind == AutoconfigParseError::Kind::None) {
        m_error.kind = kind;
        m_error.detail = detail;
        m_error.line = m_xml.lineNumber();
        m_error.column = m_xml.columnNumber();
    }
    return false;
}

bool Reader::pathIs(std::initializer_list<const char *> tail) const
{
    if (static_cast<qsizetype>(tail.size()) > m_path.size())
        return false;
    qsizetype i = m_path.size() - static_cast<qsizetype>(tail.size());
    for (const char *name : tail) {
        if (m_path.at(i++) != QLatin1String(name))
            return false;
    }
    return true;
}

AutoconfigParseResult Reader::run()
{
    using Kind = AutoconfigParseError::Kind;
    bool ok = true;
    while (ok && !m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::DTD:
            // A DOCTYPE is the only way to declare entities; clientConfig never needs one. Allow
            // the bare "<!DOCTYPE clientConfig>" and nothing else: no internal subset (billion
            // laughs), no SYSTEM/PUBLIC id (external entities), no notations.
            if (!m_xml.entityDeclarations().isEmpty() || !m_xml.notationDeclarations().isEmpty()
                || !m_xml.dtdSystemId().isEmpty() || !m_xml.dtdPublicId().isEmpty()
                || m_xml.text().contains(QLatin1Char('['))) {
                ok = fail(Kind::DoctypeNotAllowed, m_xml.dtdName().toString());
            }
            break;
        case QXmlStreamReader::EntityReference:
            ok = fail(Kind::Malformed, QCoreApplication::translate("Postaci::AutoconfigParser", "unresolved entity &%1;").arg(m_xml.name()));
            break;
        case QXmlStreamReader::StartElement:
            ok = startElement();
            break;
        case QXmlStreamReader::EndElement:
            ok = endElement();
            break;
        case QXmlStreamReader::Characters:
            m_text += m_xml.text();
            break;
        default:
            break;
        }
    }
    if (ok && m_xml.hasError())
        ok = fail(Kind::Malformed, m_xml.errorString());
    if (ok && !m_sawEmailProvider)
        ok = fail(Kind::MissingElement, u"emailProvider"_s);

    AutoconfigParseResult result;
    if (ok)
        result.document = m_document;
    else
        result.error = m_error;
    return result;
}

bool Reader::startElement()
{
    using Kind = AutoconfigParseError::Kind;
    m_path.append(m_xml.name().toString());
    m_text.clear();
    if (m_path.size() > AutoconfigParser::maxDepth)
        return fail(Kind::TooDeep, QString::number(m_path.size()));

    const QXmlStreamAttributes attributes = m_xml.attributes();
    if (m_path.size() == 1) {
        if (m_path.constFirst() != "clientConfig"_L1)
            return fail(Kind::NotClientConfig, m_path.constFirst());
        m_document.version = attributes.value("version"_L1).toString();
    } else if (pathIs({"clientConfig", "emailProvider"})) {
        if (!m_sawEmailProvider)
            m_document.providerId = attributes.value("id"_L1).toString();
        m_sawEmailProvider = true;
    } else if (pathIs({"clientConfig", "emailProvider", "outgoingServer"})) {
        if (attributes.value("type"_L1) == "smtp"_L1) {
            m_server = AutoconfigSmtpServer{};
            m_serverHasHostname = m_serverHasPort = m_serverHasSocketType = m_serverHasUsername = false;
        }
    } else if (inEmailProvider() && pathIs({"emailProvider", "documentation"})) {
        m_link = AutoconfigLink{QUrl(attributes.value("url"_L1).toString()), {}};
        m_linkIsEnable = false;
    } else if (m_path.size() <= 3 && pathIs({"enable"})) {
        // ISPDB files put <enable> under <clientConfig>; the format page shows it in <emailProvider>.
        m_link = AutoconfigLink{QUrl(attributes.value("visiturl"_L1).toString()), {}};
        m_linkIsEnable = true;
    } else if (m_path.size() <= 3 && pathIs({"oAuth2"})) {
        if (!m_document.oauth2)
            m_document.oauth2 = AutoconfigOAuth2{};
    }
    return true;
}

bool Reader::endElement()
{
    using Kind = AutoconfigParseError::Kind;
    const QString value = m_text.trimmed();
    bool ok = true;

    if (m_server && m_path.size() == 4 && m_path.at(2) == "outgoingServer"_L1) {
        const QString &name = m_path.constLast();
        // The first value wins when an element is repeated, as in a tree reader's find().
        if (name == "hostname"_L1 && !m_serverHasHostname) {
            m_server->hostname = value;
            m_serverHasHostname = true;
        } else if (name == "port"_L1 && !m_serverHasPort) {
            bool isNumber = false;
            const uint port = value.toUInt(&isNumber);
            if (!isNumber || port == 0 || port > 65535)
                ok = fail(Kind::InvalidValue, u"port \"%1\""_s.arg(value));
            m_server->port = static_cast<quint16>(port);
            m_serverHasPort = true;
        } else if (name == "socketType"_L1 && !m_serverHasSocketType) {
            m_server->socketType = value;
            if (const auto security = AutoconfigParser::securityFromSocketType(value))
                m_server->security = *security;
            else
                ok = fail(Kind::InvalidValue, u"socketType \"%1\""_s.arg(value));
            m_serverHasSocketType = true;
        } else if (name == "username"_L1 && !m_serverHasUsername) {
            m_server->usernameTemplate = value;
            m_serverHasUsername = true;
        } else if (name == "authentication"_L1) {
            m_server->authentications.append(value);
        } else if (name == "restriction"_L1) {
            m_server->restrictions.append(value);
        }
    } else if (m_server && pathIs({"clientConfig", "emailProvider", "outgoingServer"})) {
        ok = finishServer();
    } else if (pathIs({"clientConfig", "emailProvider", "domain"})) {
        if (!value.isEmpty())
            m_document.domains.append(value.toLower());
    } else if (pathIs({"clientConfig", "emailProvider", "displayName"})) {
        if (m_document.displayName.isEmpty())
            m_document.displayName = visibleText(value);
    } else if (pathIs({"clientConfig", "emailProvider", "displayShortName"})) {
        if (m_document.displayShortName.isEmpty())
            m_document.displayShortName = visibleText(value);
    } else if (m_link && (pathIs({"documentation", "descr"}) || pathIs({"enable", "instruction"}))) {
        if (!value.isEmpty())
            m_link->texts.append(value);
    } else if (m_link && (pathIs({"emailProvider", "documentation"}) || pathIs({"enable"}))) {
        (m_linkIsEnable ? m_document.enable : m_document.documentation).append(*m_link);
        m_link.reset();
    } else if (m_document.oauth2 && m_path.size() <= 4 && m_path.size() >= 2
               && m_path.at(m_path.size() - 2) == "oAuth2"_L1) {
        const QString &name = m_path.constLast();
        if (name == "issuer"_L1)
            m_document.oauth2->issuer = value;
        else if (name == "scope"_L1)
            m_document.oauth2->scope = value;
        else if (name == "authURL"_L1)
            m_document.oauth2->authUrl = QUrl(value);
        else if (name == "tokenURL"_L1)
            m_document.oauth2->tokenUrl = QUrl(value);
    }

    m_path.removeLast();
    m_text.clear();
    return ok;
}

bool Reader::finishServer()
{
    using Kind = AutoconfigParseError::Kind;
    if (!m_serverHasHostname || m_server->hostname.isEmpty())
        return fail(Kind::MissingElement, u"outgoingServer/hostname"_s);
    if (!m_serverHasPort)
        return fail(Kind::MissingElement, u"outgoingServer/port"_s);
    if (!m_serverHasSocketType)
        return fail(Kind::MissingElement, u"outgoingServer/socketType"_s);
    for (const char32_t c : QString(m_server->hostname + m_server->usernameTemplate).toUcs4()) {
        // Format characters (bidi overrides and isolates, zero-width spaces and joiners, BOM)
        // would make the user name differ from what the user reads (docs/security.md#outside-text).
        if (QChar::isSpace(c) || QChar::category(c) == QChar::Other_Control || QChar::category(c) == QChar::Other_Format)
            return fail(Kind::InvalidValue, QCoreApplication::translate("Postaci::AutoconfigParser", "whitespace, control or invisible character in hostname or username"));
    }
    m_server->auth = AutoconfigParser::bestAuthMethod(m_server->authentications);
    for (const QString &authentication : std::as_const(m_server->authentications)) {
        if (authentication.compare("OAuth2"_L1, Qt::CaseInsensitive) == 0)
            m_server->oauth2Available = true;
    }
    m_document.smtpServers.append(*m_server);
    m_server.reset();
    return true;
}

} // namespace

QString AutoconfigParseError::kindName() const
{
    switch (kind) {
    case Kind::None: return u"none"_s;
    case Kind::Empty: return u"empty"_s;
    case Kind::TooLarge: return u"too-large"_s;
    case Kind::Malformed: return u"malformed"_s;
    case Kind::DoctypeNotAllowed: return u"doctype-not-allowed"_s;
    case Kind::TooDeep: return u"too-deep"_s;
    case Kind::NotClientConfig: return u"not-client-config"_s;
    case Kind::MissingElement: return u"missing-element"_s;
    case Kind::InvalidValue: return u"invalid-value"_s;
    }
    return {};
}

QString AutoconfigParseError::toString() const
{
    QString text = kindName();
    if (line > 0)
        text += u" at %1:%2"_s.arg(line).arg(column);
    if (!detail.isEmpty())
        text += u": "_s + detail;
    return text;
}

AutoconfigParseResult AutoconfigParser::parse(const QByteArray &xml)
{
    AutoconfigParseResult result;
    if (xml.isEmpty()) {
        result.error.kind = AutoconfigParseError::Kind::Empty;
        return result;
    }
    // Checked before a single byte is parsed: the fetcher caps downloads too, but the parser must
    // be safe on its own.
    if (xml.size() > maxDocumentBytes) {
        result.error.kind = AutoconfigParseError::Kind::TooLarge;
        result.error.detail = QCoreApplication::translate("Postaci::AutoconfigParser", "%1 bytes, limit %2").arg(xml.size()).arg(maxDocumentBytes);
        return result;
    }
    return Reader(xml).run();
}

AuthMethod AutoconfigParser::bestAuthMethod(const QStringList &authentications)
{
    int bestRank = 100;
    AuthMethod best = AuthMethod::Auto;
    for (const QString &authentication : authentications) {
        const QString word = authentication.trimmed().toLower();
        for (const auto &entry : authWords) {
            if (word == QLatin1String(entry.word) && entry.rank < bestRank) {
                bestRank = entry.rank;
                best = entry.method;
            }
        }
    }
    return best;
}

std::optional<Security> AutoconfigParser::securityFromSocketType(const QString &socketType)
{
    // The three values of the format; Thunderbird refuses anything else, so do we.
    if (socketType.compare("SSL"_L1, Qt::CaseInsensitive) == 0)
        return Security::ImplicitTls;
    if (socketType.compare("STARTTLS"_L1, Qt::CaseInsensitive) == 0)
        return Security::StartTls;
    if (socketType.compare("plain"_L1, Qt::CaseInsensitive) == 0)
        return Security::None;
    return std::nullopt;
}

bool AutoconfigDocument::hasOAuth2() const
{
    if (oauth2.has_value())
        return true;
    for (const AutoconfigSmtpServer &server : smtpServers) {
        if (server.oauth2Available)
            return true;
    }
    return false;
}

QList<ServerCandidate> AutoconfigDocument::toCandidates(const QString &emailOrDomain, CandidateSource source,
                                                        const QString &originDetail) const
{
    QList<ServerCandidate> result;
    const EmailAddress address = EmailAddress::parseEmailOrDomain(emailOrDomain);
    if (!address.isValid())
        return result;
    for (const AutoconfigSmtpServer &server : smtpServers) {
        ServerCandidate candidate;
        candidate.host = ClientConfigPlaceholders::resolve(server.hostname, address).toLower();
        if (!isPlausibleHostName(candidate.host))
            continue;
        candidate.port = server.port;
        candidate.security = server.security;
        candidate.auth = server.auth;
        // No <username>: the usual default, the full address.
        candidate.username = ClientConfigPlaceholders::resolve(
            server.usernameTemplate.isEmpty() ? u"%EMAILADDRESS%"_s : server.usernameTemplate, address);
        candidate.origins.append(CandidateOrigin{source, originDetail});
        candidate.warnings = transportWarnings(server.port, server.security);
        if (source == CandidateSource::PlainHttpAutoconfig)
            candidate.warnings.prepend(CandidateWarning::PlainHttpSource);
        candidate.trusted = source == CandidateSource::ProviderAutoconfig || source == CandidateSource::Ispdb;
        candidate.providerName = displayName;
        result.append(candidate);
    }
    return result;
}

} // namespace Postaci
