#pragma once

#include <QString>

#include <optional>

namespace Postaci {

// What a lookup was asked about: an e-mail address, or only a domain. The domain is kept in the
// form every lookup table uses (lower-case ASCII, IDNs in ACE "xn--" form), so that "GMAIL.com",
// "gmail.com." and "gmail.com" are the same key.
struct LookupAddress
{
    QString localPart;   // empty when only a domain was given
    QString domain;      // normalised: lower-case ACE, no trailing dot
    QString typedDomain; // the domain as the user wrote it (trimmed, no trailing dot)

    bool hasLocalPart() const { return !localPart.isEmpty(); }
    // local@domain as written by the user (the usual SMTP user name); empty for a bare domain.
    QString address() const;

    // Replaces %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% (the clientConfig v1.1
    // placeholders). Placeholders that need a local part stay as they are for a bare domain, so
    // the caller can still show the template.
    QString resolve(const QString &placeholderTemplate) const;

    // "user@example.com" or "example.com". Rejects CR, LF and NUL anywhere, an empty local part
    // ("@example.com") and domains that are not valid host names.
    static std::optional<LookupAddress> parse(const QString &emailOrDomain);

    // Lower-case ACE form of a domain or host name, without trailing dot; empty when invalid
    // (empty label, label longer than 63, characters outside letters, digits and '-').
    static QString normalizeDomain(const QString &domain);
};

} // namespace Postaci
