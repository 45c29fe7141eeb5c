#pragma once

#include <QString>

namespace Postaci {

class EmailAddress;

// The placeholders of Mozilla's clientConfig v1.1 format (autoconfig documents, the ISPDB), which
// providers.json user-name templates use as well: %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%.
namespace ClientConfigPlaceholders {

// Fills them in from what a lookup was asked about (EmailAddress::parseEmailOrDomain):
// %EMAILADDRESS% is the address as the user typed it (the usual SMTP user name), %EMAILDOMAIN%
// the normalised domain (lower-case ACE). For a bare domain the placeholders that need a local
// part stay as they are, so the caller can still show the template.
QString resolve(const QString &placeholderTemplate, const EmailAddress &target);

} // namespace ClientConfigPlaceholders
} // namespace Postaci
