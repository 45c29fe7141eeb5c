#pragma once

#include "smtp/sessionsettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Postaci {

// A change to the settings that a remedy proposes; only the fields that change are set.
// Applying it is appliedTo() and nothing else: the remedy checker's probe, the wizard's
// "Apply and test again" and the main window's "Change and test again" all start from it
// (docs/architecture.md, "Every behaviour once").
struct SettingsChange
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::SettingsChange)
public:
    std::optional<QString> host;
    std::optional<quint16> port;
    std::optional<Security> security;
    std::optional<AuthMethod> auth;
    std::optional<QString> user;
    // Not a change but a caution about it: `host` is outside the e-mail's domain and is no
    // provider's server the catalog knows, only a name a certificate carried. Such a remedy is
    // offered only when the name reaches the same machine (RemedyChecker), carries the warning
    // "foreign-host", and is applied only after the user said yes (docs/security.md#foreign-host).
    bool foreignHost = false;

    bool isEmpty() const { return !host && !port && !security && !auth && !user; }
    // A change of where or how we connect (host, port, security) can be checked with a probe
    // that sends no credentials; a change of user name or mechanism cannot.
    bool isCheckable() const { return host || port || security; }
    SessionSettings appliedTo(SessionSettings settings) const;
    QJsonObject toJson() const; // {host?, port?, security?, auth?, user?}; words as in the CLI flags
    // "server mail.example.com, port 465, SSL/TLS": what one click changes, translated, for a
    // button's tooltip and the question before an account is changed.
    QString describe() const;

    friend bool operator==(const SettingsChange &, const SettingsChange &) = default;
};

} // namespace Postaci
