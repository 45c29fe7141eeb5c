#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace Postaci {

// The certificate authorities to trust when the user adds some of their own (--ca-file, a
// company's private CA, an account that remembers one) "in addition to the system's".
//
// Qt looks the system's roots up lazily, one hashed file at a time, only as long as no CA list
// is set. Any list set on a QSslConfiguration (setCaCertificates() and addCaCertificates() alike:
// checked with Qt 6.4) turns that off and becomes the only trust, so adding a CA silently drops
// every public root. Reading all the system roots parses every file of /etc/ssl/certs (0.1-0.4 s),
// which made a test with a private CA three times as expensive as one without
// (docs/architecture.md, "Trusting a private CA").
//
// So a session trusts the extra CAs alone first (they are what such a server almost always
// presents) and only when they do not anchor the chain asks the system's roots, through
// reverifiedWithSystemRoots() — the one path that still reads them all.

// True when the handshake's errors say the chain does not lead to a trusted root (as opposed to
// a trusted chain with another fault: expired, wrong name, revoked...).
bool chainNotAnchored(const QList<QSslError> &errors);

// The errors of chain for hostName against the system's roots, as Qt's
// own verification gives them; empty when the system trusts the chain for that name.
QList<QSslError> reverifiedWithSystemRoots(const QList<QSslCertificate> &chain, const QString &hostName);

// The system's roots followed by extra: for QNetworkAccessManager requests (autoconfig over
// HTTPS), whose configuration cannot fall back to a second verification.
QList<QSslCertificate> systemAndExtraCaCertificates(const QList<QSslCertificate> &extra);

} // namespace Postaci
