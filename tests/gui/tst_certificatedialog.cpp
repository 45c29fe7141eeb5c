#include "certificatedialog.h"
#include "guitesthelpers.h"
#include "testcertificates.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSslError>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::GuiTest;
using Postaci::Test::CertKind;
using Postaci::Test::TestCertificates;

namespace {

// What a session reports for a server presenting `kind`, with these verification problems.
TlsDetails tlsFor(CertKind kind, const QList<QSslError::SslError> &errors)
{
    const QSslCertificate leaf = TestCertificates::instance().certificate(kind);
    TlsDetails tls;
    tls.protocol = u"TLSv1.3"_s;
    tls.cipher = u"TLS_AES_256_GCM_SHA384"_s;
    tls.peerChain = {leaf};
    tls.peerSha256 = TestCertificates::instance().sha256(kind);
    tls.peerSans = TestCertificates::validHostNames();
    for (QSslError::SslError error : errors)
        tls.verificationErrors << QSslError(error, leaf);
    return tls;
}

} // namespace

// The certificate dialog's texts (issue 15): problems one per line without escape sequences of
// Postacı's own line breaks, the issuer without a dangling separator, long dates, and no offer
// to trust a certificate that was already accepted by its pin.
class CertificateDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
    }

    void problemsAreOnePerLineWithoutEscapes()
    {
        const TlsDetails tls
                = tlsFor(CertKind::SelfSigned, {QSslError::SelfSignedCertificate, QSslError::HostNameMismatch});
        CertificateDialog dialog(tls, u"localhost"_s, 587, CertificateDialog::Offer::TrustButton);
        const QString problems = child<QLabel>(&dialog, "certificateProblems")->text();
        QVERIFY2(!problems.contains("\\x"_L1), qPrintable(problems));
        const QStringList lines = problems.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), tls.verificationErrors.at(0).errorString());
        QCOMPARE(lines.at(1), tls.verificationErrors.at(1).errorString());
        QVERIFY(child<QPushButton>(&dialog, "trustCertificateButton"));
    }

    void issuerWithoutOrganisationHasNoSeparator()
    {
        // The self-signed test certificate is issued by "CN=localhost", with no organisation.
        CertificateDialog selfSigned(tlsFor(CertKind::SelfSigned, {}), u"localhost"_s, 587,
                                     CertificateDialog::Offer::None);
        QCOMPARE(child<QLabel>(&selfSigned, "certificateIssuer")->text(), u"localhost"_s);
        // The CA-signed one names both: "Postaci Test CA (Postaci tests)".
        CertificateDialog signedByCa(tlsFor(CertKind::Valid, {}), u"localhost"_s, 587, CertificateDialog::Offer::None);
        const QString issuer = child<QLabel>(&signedByCa, "certificateIssuer")->text();
        QVERIFY2(issuer.contains(u"Postaci Test CA"_s) && issuer.contains(u"Postaci tests"_s), qPrintable(issuer));
        QVERIFY2(!issuer.trimmed().endsWith(QLatin1Char('/')), qPrintable(issuer));
    }

    void validityUsesLongDates()
    {
        const TlsDetails tls = tlsFor(CertKind::Valid, {});
        CertificateDialog dialog(tls, u"localhost"_s, 587, CertificateDialog::Offer::None);
        const QString validity = child<QLabel>(&dialog, "certificateValidity")->text();
        const QSslCertificate leaf = tls.peerChain.first();
        const QString expiry = QLocale().toString(leaf.expiryDate().toLocalTime().date(), QLocale::LongFormat);
        QVERIFY2(validity.contains(expiry), qPrintable(validity + u" / "_s + expiry));
        // The year is written out in full, never as two digits.
        QVERIFY2(validity.contains(QString::number(leaf.expiryDate().toLocalTime().date().year())),
                 qPrintable(validity));
    }

    void pinnedCertificateIsNotOfferedAgain()
    {
        TlsDetails tls = tlsFor(CertKind::SelfSigned, {QSslError::SelfSignedCertificate});
        tls.acceptedByPin = true;
        CertificateDialog dialog(tls, u"localhost"_s, 587, CertificateDialog::Offer::None);
        QVERIFY(!child<QPushButton>(&dialog, "trustCertificateButton"));
        QVERIFY(child<QLabel>(&dialog, "certificatePinned"));
    }
};

QTEST_MAIN(CertificateDialogTest)
#include "tst_certificatedialog.moc"
