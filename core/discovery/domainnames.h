#pragma once

#include <QString>

namespace Postaci {

// Small helpers for comparing host and domain names in lookups. Names are compared in their
// ASCII (punycode) form, lower case, without a trailing dot. All functions are thread-safe.
namespace DomainNames {

// "Mail.Example.COM." -> "mail.example.com"; internationalised names become punycode (IDNA).
// Returns an empty string when the name is not a valid host name or has a control character
// (CR, LF, NUL...) anywhere.
QString normalized(const QString &name);

// True when host is domain itself or a name under it ("smtp.example.com" is under "example.com").
// An IP address is never the same as or under a domain, not even an address that ends like one
// ("10.0.0.1" is not under "0.1").
bool isSameOrSubdomain(const QString &host, const QString &domain);

// The registrable ("base") domain of a host by the Public Suffix List (libpsl, both the ICANN
// and the private section): "mx1.mail.hostingfirm.example" -> "hostingfirm.example",
// "mx.isp.com.tr" -> "isp.com.tr", "mx.alice.github.io" -> "alice.github.io". The result is in
// the normalized (punycode) form.
//
// Empty when the host has no registrable domain: an invalid name, an IP address, or a name that
// is itself a public suffix ("com.tr", "github.io", "localhost"). A public suffix is never the
// name of one organisation, so callers must not treat everything under it as one.
// Why libpsl and why the private section count: docs/architecture.md#public-suffixes.
QString registrableDomain(const QString &host);

} // namespace DomainNames
} // namespace Postaci
