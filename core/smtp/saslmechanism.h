#pragma once

#include "smtp/sessionsettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Postaci {

// Whether the connection is protected when AUTH runs: decides which mechanism "auto" prefers.
enum class ChannelSecurity { Plaintext, Encrypted };

// One SASL mechanism as used by SMTP AUTH (RFC 4954). Works on raw bytes; the session does the
// base64 encoding, the "334" handling and the redaction in the transcript.
class SaslMechanism
{
public:
    virtual ~SaslMechanism() = default;

    virtual QString name() const = 0; // "PLAIN", as written after AUTH

    // RFC 4954 §4: the response sent with the AUTH command itself, saving a round trip.
    virtual std::optional<QByteArray> initialResponse() const { return std::nullopt; }

    // The answer to one server challenge (already base64-decoded). nullopt means the mechanism
    // has nothing sensible to answer: the session cancels the exchange with "*".
    virtual std::optional<QByteArray> respond(const QByteArray &challenge) = 0;

    static std::unique_ptr<SaslMechanism> create(AuthMethod method, const QString &user, const QString &secret);

    // The SASL name of a method ("CRAM-MD5"); empty for Auto and None.
    static QString mechanismName(AuthMethod method);
    // The method of a SASL name a server offers ("cram-md5" too); nullopt for one Postacı does
    // not implement (GSSAPI, NTLM...).
    static std::optional<AuthMethod> fromMechanismName(const QString &name);

    // Which mechanism to use among those the server offered (upper case). An explicit method is
    // used only when offered; OAuth2 picks XOAUTH2, else OAUTHBEARER. Auto never picks a token
    // mechanism (a token is not a password). Under TLS,
    // PLAIN comes first: the channel already protects it, it needs one round trip (initial
    // response) and works with every password storage, whereas CRAM-MD5 needs the server to keep
    // the password in a reversible form and costs a round trip more. Without TLS (only when the
    // user allowed plaintext AUTH), CRAM-MD5 comes first because it does not reveal the password.
    static std::optional<AuthMethod> choose(AuthMethod requested, const QStringList &offered, ChannelSecurity channel);
};

} // namespace Postaci
