#pragma once

#include <QList>
#include <QSslCertificate>

namespace Postaci {

// The certificate authorities to trust when the user adds some of their own (--ca-file, a
// company's private CA) "in addition to the system's".
//
// Qt looks the system's roots up lazily, one hashed file at a time, only as long as no CA list
// is set. Any list set on a QSslConfiguration (setCaCertificates() and addCaCertificates() alike:
// checked with Qt 6.4) turns that off and becomes the only trust, so adding a CA silently drops
// every public root. "In addition" therefore means listing the system roots explicitly. Reading
// them parses every file of /etc/ssl/certs (a few hundred milliseconds), so it happens once per
// process and only when extra CAs are given; callers do it before any timer of theirs runs.
QList<QSslCertificate> systemAndExtraCaCertificates(const QList<QSslCertificate> &extra);

} // namespace Postaci
