#include "smtp/certificateverdict.h"

#include "testcertificates.h"

#include <QTest>

using namespace Postaci;
using namespace Postaci::Test;

class TestCertificateVerdict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mapsErrors_data();
    void mapsErrors();
    void pinAcceptsLeafErrors();
    void pinDoesNotCoverOtherCertificates();
    void wrongPinIsAMismatch();
};

void TestCertificateVerdict::initTestCase()
{
    QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
}

void TestCertificateVerdict::mapsErrors_data()
{
    QTest::addColumn<QList<int>>("errors");
    QTest::addColumn<int>("expected");
    QTest::addRow("none") << QList<int>{} << int(SessionError::None);
    QTest::addRow("self-signed") << QList<int>{QSslError::SelfSignedCertificate}
                                 << int(SessionError::CertificateUntrusted);
    QTest::addRow("unknown issuer") << QList<int>{QSslError::UnableToGetLocalIssuerCertificate,
                                                  QSslError::UnableToVerifyFirstCertificate}
                                    << int(SessionError::CertificateUntrusted);
    QTest::addRow("expired") << QList<int>{QSslError::CertificateExpired} << int(SessionError::CertificateExpired);
    QTest::addRow("not yet valid") << QList<int>{QSslError::CertificateNotYetValid}
                                   << int(SessionError::CertificateExpired);
    QTest::addRow("host name") << QList<int>{QSslError::HostNameMismatch}
                               << int(SessionError::CertificateHostnameMismatch);
    QTest::addRow("untrusted wins over name")
            << QList<int>{QSslError::HostNameMismatch, QSslError::SelfSignedCertificate}
            << int(SessionError::CertificateUntrusted);
    QTest::addRow("expired wins over name") << QList<int>{QSslError::HostNameMismatch, QSslError::CertificateExpired}
                                            << int(SessionError::CertificateExpired);
    QTest::addRow("revoked") << QList<int>{QSslError::CertificateRevoked} << int(SessionError::TlsHandshakeFailed);
}

void TestCertificateVerdict::mapsErrors()
{
    QFETCH(QList<int>, errors);
    QFETCH(int, expected);
    const QSslCertificate leaf = TestCertificates::instance().certificate(CertKind::Valid);
    QList<QSslError> sslErrors;
    for (int e : errors)
        sslErrors.append(QSslError(QSslError::SslError(e), leaf));
    const CertificateVerdict verdict = CertificateVerdict::judge(sslErrors, leaf, {});
    QVERIFY(!verdict.acceptedByPin);
    QCOMPARE(sessionErrorName(verdict.error), sessionErrorName(SessionError(expected)));
}

void TestCertificateVerdict::pinAcceptsLeafErrors()
{
    const auto &certs = TestCertificates::instance();
    const QSslCertificate leaf = certs.certificate(CertKind::SelfSigned);
    const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate, leaf),
                                  QSslError(QSslError::HostNameMismatch, leaf)};
    const CertificateVerdict verdict = CertificateVerdict::judge(errors, leaf, {certs.sha256(CertKind::SelfSigned)});
    QVERIFY(verdict.acceptedByPin);
}

void TestCertificateVerdict::pinDoesNotCoverOtherCertificates()
{
    const auto &certs = TestCertificates::instance();
    const QSslCertificate leaf = certs.certificate(CertKind::Valid);
    const QSslCertificate ca = certs.caCertificates().first();
    const QList<QSslError> errors{QSslError(QSslError::CertificateExpired, ca)};
    const CertificateVerdict verdict = CertificateVerdict::judge(errors, leaf, {certs.sha256(CertKind::Valid)});
    QVERIFY(!verdict.acceptedByPin);
    QCOMPARE(verdict.error, SessionError::CertificateExpired);
}

void TestCertificateVerdict::wrongPinIsAMismatch()
{
    const auto &certs = TestCertificates::instance();
    const QSslCertificate leaf = certs.certificate(CertKind::SelfSigned);
    const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate, leaf)};
    const CertificateVerdict verdict = CertificateVerdict::judge(errors, leaf, {certs.sha256(CertKind::Valid)});
    QVERIFY(!verdict.acceptedByPin);
    QCOMPARE(verdict.error, SessionError::CertificatePinMismatch);
}

QTEST_GUILESS_MAIN(TestCertificateVerdict)
#include "tst_certificateverdict.moc"
