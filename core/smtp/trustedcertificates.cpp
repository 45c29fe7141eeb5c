#include "trustedcertificates.h"

#include <QSslConfiguration>

namespace Postaci {

QList<QSslCertificate> systemAndExtraCaCertificates(const QList<QSslCertificate> &extra)
{
    // Function-local static: read on first use, thread-safe, never again in this process.
    static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    return system + extra;
}

} // namespace Postaci
