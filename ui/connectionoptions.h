#pragma once

#include "discovery/finderoptions.h"
#include "smtp/sessionsettings.h"

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
