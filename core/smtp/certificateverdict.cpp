#include "certificateverdict.h"

namespace Postaci {

namespace {

bool isUntrustedChain(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::CertificateSignatureFailed:
    case QSslError::AuthorityIssuerSerialNumberMismatch:
    case QSslError::SubjectIssuerMismatch:
    case QSslError::PathLengthExceeded:
    case QSslError::InvalidPurpose:
        return true;
    default:
        return false;
    }
}

} // namespace

CertificateVerdict CertificateVerdict::judge(const QList<QSslError> &errors, const QSslCertificate &leaf,
                                             const QList<QByteArray> &pinnedSha256)
{
    CertificateVerdict verdict;
    if (errors.isEmpty())
        return verdict;

    if (!pinnedSha256.isEmpty()) {
        const QByteArray digest = leaf.isNull() ? QByteArray() : leaf.digest(QCryptographicHash::Sha256);
        if (digest.isEmpty() || !pinnedSha256.contains(digest)) {
            verdict.error = SessionError::CertificatePinMismatch;
            return verdict;
        }
        bool allAboutLeaf = true;
        for (const QSslError &error : errors) {
            const bool aboutLeaf = error.certificate().isNull() || error.certificate() == leaf;
            if (!aboutLeaf && error.error() != QSslError::SelfSignedCertificateInChain)
                allAboutLeaf = false;
        }
        if (allAboutLeaf) {
            verdict.acceptedByPin = true;
            return verdict;
        }
    }

    // The most fundamental problem first: an untrusted chain makes every other field moot, and
    // an expired certificate is a different fix (the server's admin) than a wrong name (usually
    // the wrong host name in the settings, or shared hosting).
    bool untrusted = false;
    bool expired = false;
    bool mismatch = false;
    for (const QSslError &error : errors) {
        if (isUntrustedChain(error.error()))
            untrusted = true;
        else if (error.error() == QSslError::CertificateExpired || error.error() == QSslError::CertificateNotYetValid)
            expired = true;
        else if (error.error() == QSslError::HostNameMismatch)
            mismatch = true;
    }
    if (untrusted)
        verdict.error = SessionError::CertificateUntrusted;
    else if (expired)
        verdict.error = SessionError::CertificateExpired;
    else if (mismatch)
        verdict.error = SessionError::CertificateHostnameMismatch;
    else
        verdict.error = SessionError::TlsHandshakeFailed;
    return verdict;
}

} // namespace Postaci
