// Which handshake errors send a session with extra CAs on to the system's roots
// (core/smtp/trustedcertificates.h, docs/architecture.md "Trusting a private CA"): only those
// saying the chain does not lead to a trusted root; a trusted chain's other faults stay as they are.
#include "smtp/trustedcertificates.h"

#include <QTest>

using namespace Postaci;

class TestTrustedCertificates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chainErrorsAskTheSystem_data()
    {
        QTest::addColumn<QList<QSslError>>("errors");
        QTest::addColumn<bool>("notAnchored");
        QTest::newRow("none") << QList<QSslError>{} << false;
        QTest::newRow("unknown issuer") << QList<QSslError>{QSslError(QSslError::UnableToGetLocalIssuerCertificate)} << true;
        QTest::newRow("first not verifiable") << QList<QSslError>{QSslError(QSslError::UnableToVerifyFirstCertificate)} << true;
        QTest::newRow("self-signed in chain") << QList<QSslError>{QSslError(QSslError::SelfSignedCertificateInChain)} << true;
        QTest::newRow("untrusted") << QList<QSslError>{QSslError(QSslError::CertificateUntrusted)} << true;
        QTest::newRow("with a name mismatch")
                << QList<QSslError>{QSslError(QSslError::HostNameMismatch), QSslError(QSslError::UnableToGetIssuerCertificate)}
                << true;
        QTest::newRow("expired only") << QList<QSslError>{QSslError(QSslError::CertificateExpired)} << false;
        QTest::newRow("name only") << QList<QSslError>{QSslError(QSslError::HostNameMismatch)} << false;
        QTest::newRow("self-signed leaf") << QList<QSslError>{QSslError(QSslError::SelfSignedCertificate)} << false;
    }

    void chainErrorsAskTheSystem()
    {
        QFETCH(QList<QSslError>, errors);
        QFETCH(bool, notAnchored);
        QCOMPARE(chainNotAnchored(errors), notAnchored);
    }
};

QTEST_GUILESS_MAIN(TestTrustedCertificates)
#include "tst_trustedcertificates.moc"
