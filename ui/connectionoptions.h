#pragma once

#include "discovery/finderoptions.h"
#include "oauth/oauthconfig.h"
#include "smtp/sessionsettings.h"

#include <QHash>
#include <QList>
#include <QSslCertificate>

#include <optional>

namespace Postaci {

// How the windows reach the network, beyond what the user types: certificate authorities to
// trust in addition to the system's (a company's private CA; the tests' throwaway CA), how the
// settings finder looks, and optional session time limits. The same for every session a window
// starts.
struct ConnectionOptions
{
    QList<QSslCertificate> extraCaCertificates;
    FinderOptions finderOptions;
    std::optional<SessionTimeouts> timeouts;
    std::chrono::milliseconds remedyCheckDeadline{5000};
    // Before a test send, ask DNS whether the recipient's domain takes mail (docs/cli.md#before-sending
    // "Before sending"). Tests that may only talk to loopback turn it off.
    enum class RecipientCheck { On, Off };
    RecipientCheck recipientCheck = RecipientCheck::On;
    // OAuth2 settings that replace a built-in preset (by provider word, "microsoft"…): an
    // organisation's own sign-in service in front of the provider; the tests' local server.
    QHash<QString, OAuthConfig> oauthPresets;

    // The OAuth2 preset the windows use for a provider word (nullopt for an unknown one).
    std::optional<OAuthConfig> oauthPreset(const QString &provider) const
    {
        if (oauthPresets.contains(provider))
            return oauthPresets.value(provider);
        return OAuthConfig::preset(provider);
    }

    // The settings with what these options add (extra CAs, time limits).
    SessionSettings applyTo(SessionSettings settings) const
    {
        settings.extraCaCertificates += extraCaCertificates;
        if (timeouts)
            settings.timeouts = *timeouts;
        return settings;
    }

    FinderOptions finder() const
    {
        FinderOptions options = finderOptions;
        options.extraCaCertificates += extraCaCertificates;
        return options;
    }
};

} // namespace Postaci
