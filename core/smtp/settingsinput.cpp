#include "settingsinput.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

bool SettingsInput::hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0);
    });
}

std::optional<QString> SettingsInput::user(const QString &text, QString *error)
{
    if (!hasControlCharacter(text))
        return text;
    if (error)
        *error = tr("the user name contains a line break or another control character.");
    return std::nullopt;
}

std::optional<quint16> SettingsInput::port(const QString &text, QString *error)
{
    bool ok = false;
    const uint number = text.toUInt(&ok);
    if (ok && number >= 1 && number <= 65535)
        return quint16(number);
    if (error)
        *error = tr("\"%1\" is not a port number from 1 to 65535.").arg(text);
    return std::nullopt;
}

std::optional<Security> SettingsInput::security(const QString &text, QString *error)
{
    const std::optional<Security> security = securityFromName(text);
    if (!security && error)
        *error = tr("\"%1\" is not one of none, starttls, tls.").arg(text);
    return security;
}

std::optional<AuthMethod> SettingsInput::auth(const QString &text, QString *error)
{
    const std::optional<AuthMethod> method = authMethodFromName(text);
    if (!method && error)
        *error = tr("\"%1\" is not one of auto, none, plain, login, cram-md5, xoauth2, oauthbearer, oauth2.").arg(text);
    return method;
}

std::optional<QByteArray> SettingsInput::certificatePin(const QString &text, QString *error)
{
    QString hex = text.trimmed();
    if (hex.startsWith("sha256:"_L1, Qt::CaseInsensitive))
        hex = hex.mid(7);
    hex.remove(u':');
    const bool valid = hex.size() == 64 && std::all_of(hex.cbegin(), hex.cend(), isHexDigit);
    if (valid)
        return QByteArray::fromHex(hex.toLatin1());
    if (error) {
        *error = tr("\"%1\" is not a SHA-256 fingerprint; write it as sha256: followed by 64 hexadecimal digits "
                    "(colons allowed).")
                         .arg(text);
    }
    return std::nullopt;
}

QString SettingsInput::certificatePinText(const QByteArray &digest)
{
    return u"sha256:"_s + QString::fromLatin1(digest.toHex());
}

} // namespace Postaci
