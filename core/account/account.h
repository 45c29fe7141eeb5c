#pragma once

#include "oauth/oauthconfig.h"
#include "smtp/sessionresult.h"
#include "smtp/sessionsettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Postaci {

// The outcome of the last test of an account, as shown in the accounts list. Step and error
// are the stable names of SessionResult ("auth", "authentication-failed"), kept as strings so
// that an older Postacı can show what a newer one stored.
struct AccountTestResult
{
    QDateTime time; // UTC
    bool ok = false;
    QString step;
    QString error;   // empty on success
    QString queueId; // from the final 250 reply, when the server gave one
    QDateTime certificateExpiry; // UTC; the server certificate's end of validity, when TLS ran

    bool isEmpty() const { return !time.isValid(); }
    QJsonObject toJson() const;
    static AccountTestResult fromJson(const QJsonObject &object);
    // What a finished test session says, stamped with the time it ended (the CLI's send-test,
    // the main window's test send and the wizard's Verify record the same thing).
    static AccountTestResult fromSession(const SessionResult &session, const QDateTime &time = QDateTime::currentDateTimeUtc());
    bool operator==(const AccountTestResult &other) const = default;
};

// A saved outgoing-mail account. A plain value: no secret in it (the password lives in the
// keychain under the account id, see SecretJob), so it can be written to a file, printed as
// JSON and copied freely.
class Account
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::Account)
public:
    QString id; // QUuid without braces, lower case
    QString displayName;
    QString email;
    QStringList aliases; // extra sender addresses the server lets this account use
    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    AuthMethod auth = AuthMethod::Auto;
    QString user;
    QList<QByteArray> pinnedSha256; // raw 32-byte SHA-256 digests of accepted leaf certificates
    bool allowPlaintextAuth = false; // the user acknowledged that the password travels unencrypted
    bool passwordSaved = false;      // a password is in the keychain under id (OAuth2: the tokens are, once signed in)
    QString providerId;              // catalog entry this account came from, if any
    // How an account with auth OAuth2 signs in (provider, client id, endpoints, scope); its
    // tokens are in the keychain under id, never here (docs/oauth2.md).
    std::optional<OAuthConfig> oauth;
    AccountTestResult lastTest;

    // A new random id in the stored form.
    static QString newId();
    // Accepts "{...}" and upper case; returns the stored form, or an empty string when the
    // text is not a UUID.
    static QString normalizedId(const QString &text);

    // The first problem that keeps this account from being saved, translated; empty when
    // it can be saved. Checks the id, the address and aliases (EmailAddress), the host, the
    // port, the user name, the fingerprints and CR/LF/NUL in every text field.
    QString validationError() const;
    bool isValid() const { return validationError().isEmpty(); }

    // The sender addresses this account may use: the address, then the aliases.
    QStringList senderAddresses() const;

    // Signs in with OAuth2 (auth oauth2 and an OAuth2 configuration).
    bool usesOAuth() const { return auth == AuthMethod::OAuth2 && oauth.has_value(); }

    // The settings for a session with this account; the secret comes from the keychain.
    SessionSettings toSessionSettings(const QString &secret) const;
    // Takes where and how to connect and sign in (host, port, security, auth, user) from
    // settings, e.g. an account's settings with a remedy's SettingsChange applied. A pin names
    // one certificate of one server: when the host changes, the pins are dropped
    // (docs/security.md#pin-changed).
    void setServerSettings(const SessionSettings &settings);
    // Host names compare without case (RFC 4343); the one rule for "the host changed".
    static bool isSameHost(const QString &a, const QString &b);

    // JSON of the accounts file and of `postaci-cli accounts ... --json`. There is no field
    // for a secret, and fromJson ignores one if a hand-edited file has it.
    QJsonObject toJson() const;
    // nullopt when a required field is missing or has the wrong type; *error says which.
    static std::optional<Account> fromJson(const QJsonObject &object, QString *error = nullptr);

    bool operator==(const Account &other) const = default;
};

} // namespace Postaci
