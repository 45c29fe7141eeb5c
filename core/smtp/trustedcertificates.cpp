#include "trustedcertificates.h"

#include <QSslConfiguration>

namespace Postaci {

namespace {

const QList<QSslCertificate> &systemRoots()
{
    // Function-local static: read on first use, thread-safe, never again in this process.
    static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    return system;
}

} // namespace

bool chainNotAnchored(const QList<QSslError> &errors)
{
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
            return true;
        default:
            break;
        }
    }
    return false;
}

QList<QSslError> reverifiedWithSystemRoots(const QList<QSslCertificate> &chain, const QString &hostName)
{
    // QSslCertificate::verify() checks against the default configuration's CAs plus the system's
    // roots (Qt 6.4, OpenSSL backend; read anew on every call, which happens only for a
    // server outside the extra CAs), with the same name matching as the socket's handshake.
    return QSslCertificate::verify(chain, hostName);
}

QList<QSslCertificate> systemAndExtraCaCertificates(const QList<QSslCertificate> &extra)
{
    return systemRoots() + extra;
}

} // namespace Postaci
