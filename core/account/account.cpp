#include "account.h"

#include "emailaddress.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

constexpr int maxDisplayNameLength = 200;
constexpr int maxUserLength = 320;
constexpr int maxHostLength = 253; // RFC 1035 name in text form
constexpr int maxAliases = 100;

bool hasControlCharacter(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

bool isHostLabelCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
        || u == u'_'; // service host names (SRV targets) sometimes carry one
}

bool isValidHost(const QString &host)
{
    if (host.isEmpty() || host.size() > maxHostLength)
        return false;
    QHostAddress address;
    if (address.setAddress(host))
        return !host.contains(u'%');
    QString name = host;
    if (name.endsWith(u'.')) // an absolute name is fine for the resolver
        name.chop(1);
    const QByteArray ace = QUrl::toAce(name);
    if (ace.isEmpty())
        return false;
    const QStringList labels = QString::fromLatin1(ace).split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (QChar c : label) {
            if (!isHostLabelCharacter(c))
                return false;
        }
    }
    return true;
}

bool readString(const QJsonObject &object, const char *key, QString *out, bool required, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (required && error)
            *error = Account::tr("missing \"%1\"").arg(QLatin1String(key));
        return !required;
    }
    if (!value.isString()) {
        if (error)
            *error = Account::tr("\"%1\" is not a string").arg(QLatin1String(key));
        return false;
    }
    *out = value.toString();
    return true;
}

bool readBool(const QJsonObject &object, const char *key, bool *out, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isBool()) {
        if (error)
            *error = Account::tr("\"%1\" is not true or false").arg(QLatin1String(key));
        return false;
    }
    *out = value.toBool();
    return true;
}

bool readStringList(const QJsonObject &object, const char *key, QStringList *out, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        if (error)
            *error = Account::tr("\"%1\" is not a list").arg(QLatin1String(key));
        return false;
    }
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            if (error)
                *error = Account::tr("\"%1\" has an entry that is not a string").arg(QLatin1String(key));
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

} // namespace

QJsonObject AccountTestResult::toJson() const
{
    QJsonObject object;
    object.insert("time"_L1, time.toUTC().toString(Qt::ISODate));
    object.insert("ok"_L1, ok);
    object.insert("step"_L1, step);
    if (!error.isEmpty())
        object.insert("error"_L1, error);
    if (!queueId.isEmpty())
        object.insert("queueId"_L1, queueId);
    if (certificateExpiry.isValid())
        object.insert("certificateExpiry"_L1, certificateExpiry.toUTC().toString(Qt::ISODate));
    return object;
}

AccountTestResult AccountTestResult::fromJson(const QJsonObject &object)
{
    AccountTestResult result;
    result.time = QDateTime::fromString(object.value("time"_L1).toString(), Qt::ISODate).toUTC();
    result.ok = object.value("ok"_L1).toBool();
    result.step = object.value("step"_L1).toString();
    result.error = object.value("error"_L1).toString();
    result.queueId = object.value("queueId"_L1).toString();
    const QString expiry = object.value("certificateExpiry"_L1).toString();
    if (!expiry.isEmpty())
        result.certificateExpiry = QDateTime::fromString(expiry, Qt::ISODate).toUTC();
    return result;
}

AccountTestResult AccountTestResult::fromSession(const SessionResult &session, const QDateTime &time)
{
    AccountTestResult result;
    result.time = time;
    result.ok = session.ok;
    result.step = sessionStepName(session.step);
    result.error = sessionErrorName(session.error);
    result.queueId = session.queueId;
    // The accounts list warns before the certificate runs out (AccountHealth).
    if (!session.tls.peerChain.isEmpty())
        result.certificateExpiry = session.tls.peerChain.constFirst().expiryDate().toUTC();
    return result;
}

QString Account::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Account::normalizedId(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text.trimmed());
    if (uuid.isNull())
        return {};
    return uuid.toString(QUuid::WithoutBraces);
}

QString Account::validationError() const
{
    if (normalizedId(id).isEmpty() || normalizedId(id) != id)
        return tr("The account has no valid id.");
    if (hasControlCharacter(displayName))
        return tr("The account name contains a line break or another control character.");
    if (displayName.size() > maxDisplayNameLength)
        return tr("The account name is longer than %1 characters.").arg(maxDisplayNameLength);
    const EmailAddress address = EmailAddress::parse(email);
    if (!address.isValid())
        return tr("E-mail address \"%1\": %2").arg(email, address.errorMessage());
    if (aliases.size() > maxAliases)
        return tr("An account can have at most %1 extra sender addresses.").arg(maxAliases);
    for (const QString &alias : aliases) {
        const EmailAddress aliasAddress = EmailAddress::parse(alias);
        if (!aliasAddress.isValid())
            return tr("Extra sender address \"%1\": %2").arg(alias, aliasAddress.errorMessage());
    }
    if (hasControlCharacter(host))
        return tr("The server name contains a line break or another control character.");
    if (host.isEmpty())
        return tr("Enter the server name, for example mail.example.com.");
    if (!isValidHost(host))
        return tr("\"%1\" is not a valid server name or IP address.").arg(host);
    if (port == 0)
        return tr("The port must be a number from 1 to 65535.");
    if (hasControlCharacter(user))
        return tr("The user name contains a line break or another control character.");
    if (user.size() > maxUserLength)
        return tr("The user name is longer than %1 characters.").arg(maxUserLength);
    for (const QByteArray &digest : pinnedSha256) {
        if (digest.size() != 32)
            return tr("A pinned certificate fingerprint is not a SHA-256 digest.");
    }
    if (hasControlCharacter(providerId))
        return tr("The provider id contains a control character.");
    if (auth == AuthMethod::OAuth2 && !oauth)
        return tr("The account signs in with OAuth2 but has no OAuth2 settings.");
    if (oauth) {
        const QString problem = oauth->validationError();
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QStringList Account::senderAddresses() const
{
    QStringList addresses{email};
    for (const QString &alias : aliases) {
        if (!addresses.contains(alias, Qt::CaseInsensitive))
            addresses.append(alias);
    }
    return addresses;
}

SessionSettings Account::toSessionSettings(const QString &secret) const
{
    SessionSettings settings;
    settings.host = host;
    settings.port = port;
    settings.security = security;
    settings.auth = auth;
    settings.user = user;
    settings.secret = secret;
    settings.pinnedSha256 = pinnedSha256;
    settings.allowPlaintextAuth = allowPlaintextAuth;
    return settings;
}

bool Account::isSameHost(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

void Account::setServerSettings(const SessionSettings &settings)
{
    // A pin accepted one certificate of this server; it says nothing about another one
    // (docs/security.md#pin-changed).
    if (!isSameHost(host, settings.host))
        pinnedSha256.clear();
    host = settings.host;
    port = settings.port;
    security = settings.security;
    auth = settings.auth;
    user = settings.user;
}

QJsonObject Account::toJson() const
{
    QJsonObject object;
    object.insert("id"_L1, id);
    object.insert("displayName"_L1, displayName);
    object.insert("email"_L1, email);
    object.insert("aliases"_L1, QJsonArray::fromStringList(aliases));
    object.insert("host"_L1, host);
    object.insert("port"_L1, int(port));
    object.insert("security"_L1, securityName(security));
    object.insert("auth"_L1, authMethodName(auth));
    object.insert("user"_L1, user);
    QJsonArray pins;
    for (const QByteArray &digest : pinnedSha256)
        pins.append(QString::fromLatin1(digest.toHex()));
    object.insert("pinnedSha256"_L1, pins);
    object.insert("allowPlaintextAuth"_L1, allowPlaintextAuth);
    object.insert("passwordSaved"_L1, passwordSaved);
    if (!providerId.isEmpty())
        object.insert("providerId"_L1, providerId);
    if (oauth)
        object.insert("oauth2"_L1, oauth->toJson());
    if (!lastTest.isEmpty())
        object.insert("lastTest"_L1, lastTest.toJson());
    return object;
}

std::optional<Account> Account::fromJson(const QJsonObject &object, QString *error)
{
    Account account;
    if (!readString(object, "id", &account.id, true, error)
        || !readString(object, "displayName", &account.displayName, false, error)
        || !readString(object, "email", &account.email, true, error)
        || !readStringList(object, "aliases", &account.aliases, error)
        || !readString(object, "host", &account.host, true, error)
        || !readString(object, "user", &account.user, false, error)
        || !readBool(object, "allowPlaintextAuth", &account.allowPlaintextAuth, error)
        || !readBool(object, "passwordSaved", &account.passwordSaved, error)
        || !readString(object, "providerId", &account.providerId, false, error))
        return std::nullopt;

    const QJsonValue port = object.value("port"_L1);
    const int portNumber = port.isDouble() ? port.toInt(-1) : -1;
    if (portNumber < 1 || portNumber > 65535) {
        if (error)
            *error = Account::tr("\"port\" is not a number from 1 to 65535");
        return std::nullopt;
    }
    account.port = quint16(portNumber);

    QString word;
    if (!readString(object, "security", &word, true, error))
        return std::nullopt;
    const std::optional<Security> security = securityFromName(word);
    if (!security) {
        if (error)
            *error = Account::tr("unknown \"security\" \"%1\"").arg(word);
        return std::nullopt;
    }
    account.security = *security;

    word = u"auto"_s;
    if (!readString(object, "auth", &word, false, error))
        return std::nullopt;
    const std::optional<AuthMethod> auth = authMethodFromName(word);
    if (!auth) {
        if (error)
            *error = Account::tr("unknown \"auth\" \"%1\"").arg(word);
        return std::nullopt;
    }
    account.auth = *auth;

    QStringList pins;
    if (!readStringList(object, "pinnedSha256", &pins, error))
        return std::nullopt;
    for (const QString &pin : pins) {
        const QByteArray digest = QByteArray::fromHex(pin.toLatin1());
        if (digest.size() != 32 || pin.size() != 64) {
            if (error)
                *error = Account::tr("\"pinnedSha256\" has an entry that is not a SHA-256 digest in hex");
            return std::nullopt;
        }
        account.pinnedSha256.append(digest);
    }

    const QJsonValue oauth = object.value("oauth2"_L1);
    if (oauth.isObject()) {
        account.oauth = OAuthConfig::fromJson(oauth.toObject(), error);
        if (!account.oauth)
            return std::nullopt;
    } else if (!oauth.isUndefined() && !oauth.isNull()) {
        if (error)
            *error = Account::tr("\"oauth2\" is not an object");
        return std::nullopt;
    }

    const QJsonValue lastTest = object.value("lastTest"_L1);
    if (lastTest.isObject())
        account.lastTest = AccountTestResult::fromJson(lastTest.toObject());

    const QString id = normalizedId(account.id);
    if (id.isEmpty()) {
        if (error)
            *error = Account::tr("\"id\" is not a UUID");
        return std::nullopt;
    }
    account.id = id;
    return account;
}

} // namespace Postaci
