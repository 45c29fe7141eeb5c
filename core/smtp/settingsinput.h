#pragma once

#include "smtp/sessionsettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Postaci {

// The values people type for a server, read one way everywhere: the CLI's flags (probe,
// send-test, accounts add), the accounts file and the windows. Each parser returns nothing and
// sets *error to a translated sentence (without the flag or field name: the caller adds it)
// when the text is not acceptable.
class SettingsInput
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::SettingsInput)
public:
    static std::optional<quint16> port(const QString &text, QString *error);
    // The flag words: none, starttls, tls.
    static std::optional<Security> security(const QString &text, QString *error);
    // The flag words: auto, none, plain, login, cram-md5, xoauth2, oauthbearer, oauth2.
    static std::optional<AuthMethod> auth(const QString &text, QString *error);
    // A user name: any text without control characters (C0, DEL, C1). A control character
    // would end a command line or, in XOAUTH2, split the ^A-separated fields (RFC 7628 style
    // "user=...^Aauth=..."), so it is refused at the boundary (docs/security.md#injection).
    static std::optional<QString> user(const QString &text, QString *error);
    // A certificate pin: "sha256:" and 64 hexadecimal digits (colons allowed, any case), or the
    // bare 64 digits → the raw 32-byte SHA-256 digest of the certificate.
    static std::optional<QByteArray> certificatePin(const QString &text, QString *error);
    // C0 controls, DEL and C1 controls (U+0080–U+009F).
    static bool hasControlCharacter(const QString &text);
    // The form certificatePin() reads and `accounts show` prints: "sha256:" + lower-case hex.
    static QString certificatePinText(const QByteArray &digest);
};

} // namespace Postaci
