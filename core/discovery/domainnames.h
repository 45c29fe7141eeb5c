#pragma once

#include <QString>

namespace Postaci {

// Small helpers for comparing host and domain names in lookups. Names are compared in their
// ASCII (punycode) form, lower case, without a trailing dot.
namespace DomainNames {

// "Mail.Example.COM." -> "mail.example.com"; internationalised names become punycode (IDNA).
// Returns an empty string when the name is not a valid host name or has a control character
// (CR, LF, NUL...) anywhere.
QString normalized(const QString &name);

// True when host is domain itself or a name under it ("smtp.example.com" is under "example.com").
bool isSameOrSubdomain(const QString &host, const QString &domain);

// The registrable ("base") domain of a host: "mx1.mail.hostingfirm.example" -> "hostingfirm.example",
// "mx.isp.com.tr" -> "isp.com.tr".
//
// Limitation: this is a heuristic, not the Public Suffix List. It keeps the last two labels, or
// three when the last two are a known second-level public suffix (com.tr, co.uk, com.au, ...).
// For suffixes it does not know (e.g. "pvt.k12.ma.us", or private suffixes such as
// "blogspot.com") it returns a name that is too short or too long; callers only use the
// result to ask the ISPDB about a hosting company, where a wrong guess costs one not-found.
QString registrableDomain(const QString &host);

} // namespace DomainNames
} // namespace Postaci
