#pragma once

#include "smtp/sessionresult.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace Postaci {

// What to do with the certificate errors of a TLS handshake. The only way past an error is a
// pin: the user accepted exactly this leaf certificate (its SHA-256) for this server after
// seeing it. Errors about other certificates of the chain (an expired intermediate...) are not
// covered by a leaf pin, except "self-signed certificate in chain", which is what a private CA
// looks like once its leaf is pinned.
struct CertificateVerdict
{
    bool acceptedByPin = false;
    SessionError error = SessionError::None; // when not accepted

    static CertificateVerdict judge(const QList<QSslError> &errors, const QSslCertificate &leaf,
                                    const QList<QByteArray> &pinnedSha256);
};

} // namespace Postaci
