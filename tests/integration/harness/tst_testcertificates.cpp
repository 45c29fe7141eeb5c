// The four kinds of test certificate verify, or fail, exactly as their names promise.
#include "testcertificates.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslError>
#include <QTest>

using Postaci::Test::CertKind;
using Postaci::Test::TestCertificates;

Q_DECLARE_METATYPE(CertKind)

class TestTestCertificates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const TestCertificates &certificates = TestCertificates::instance();
        QVERIFY2(certificates.isValid(), qPrintable(certificates.errorString()));
        // QSslCertificate::verify() trusts the default configuration's CAs: make ours the only
        // one (in this test process only; it also spares loading the system's store per call).
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(certificates.caCertificates());
        QSslConfiguration::setDefaultConfiguration(configuration);
    }

    void filesAndKeys_data()
    {
        QTest::addColumn<CertKind>("kind");
        QTest::newRow("valid") << CertKind::Valid;
        QTest::newRow("wrong-host") << CertKind::WrongHost;
        QTest::newRow("expired") << CertKind::Expired;
        QTest::newRow("self-signed") << CertKind::SelfSigned;
        QTest::newRow("expires-soon") << CertKind::ExpiresSoon;
    }

    void filesAndKeys()
    {
        QFETCH(CertKind, kind);
        const TestCertificates &certificates = TestCertificates::instance();
        QVERIFY(QFileInfo(certificates.certificatePath(kind)).isFile());
        QVERIFY(QFileInfo(certificates.keyPath(kind)).isFile());
        QVERIFY(!certificates.certificate(kind).isNull());
        QVERIFY(!certificates.key(kind).isNull());
        QCOMPARE(certificates.key(kind).type(), QSsl::PrivateKey);
        QCOMPARE(certificates.key(kind).algorithm(), QSsl::Ec);
        QCOMPARE(certificates.certificate(kind).publicKey().algorithm(), QSsl::Ec);
        QCOMPARE(certificates.sha256(kind).size(), 32);
        QCOMPARE(certificates.sha256(kind), certificates.certificate(kind).digest(QCryptographicHash::Sha256));
    }

    void distinctCertificates()
    {
        const TestCertificates &certificates = TestCertificates::instance();
        const QList<QByteArray> digests = {certificates.sha256(CertKind::Valid), certificates.sha256(CertKind::WrongHost),
                                           certificates.sha256(CertKind::Expired),
                                           certificates.sha256(CertKind::SelfSigned),
                                           certificates.sha256(CertKind::ExpiresSoon)};
        for (int i = 0; i < digests.size(); ++i)
            for (int j = i + 1; j < digests.size(); ++j)
                QVERIFY(digests.at(i) != digests.at(j));
        QVERIFY(certificates.caCertificates().constFirst().isSelfSigned());
    }

    void dates()
    {
        const TestCertificates &certificates = TestCertificates::instance();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(certificates.certificate(CertKind::Valid).effectiveDate() <= now);
        QVERIFY(certificates.certificate(CertKind::Valid).expiryDate() > now.addYears(1));
        QVERIFY(certificates.certificate(CertKind::Expired).expiryDate() < now);
        // Valid now, for three days from when it was made (accounts test's warning under 14 days).
        const QSslCertificate soon = certificates.certificate(CertKind::ExpiresSoon);
        QVERIFY(soon.effectiveDate() <= now);
        QVERIFY(soon.expiryDate() > now.addDays(2));
        QVERIFY(soon.expiryDate() <= now.addDays(3));
    }

    void subjectAlternativeNames()
    {
        const TestCertificates &certificates = TestCertificates::instance();
        for (CertKind kind : {CertKind::Valid, CertKind::Expired, CertKind::SelfSigned, CertKind::ExpiresSoon}) {
            const auto names = certificates.certificate(kind).subjectAlternativeNames();
            for (const QString &name : TestCertificates::validHostNames()) {
                const bool isAddress = !QHostAddress(name).isNull();
                QVERIFY2(names.contains(isAddress ? QSsl::IpAddressEntry : QSsl::DnsEntry, name), qPrintable(name));
            }
        }
        const auto wrong = certificates.certificate(CertKind::WrongHost).subjectAlternativeNames();
        QCOMPARE(wrong.size(), 1);
        QCOMPARE(wrong.value(QSsl::DnsEntry), u"other-host.example.net"_qs);
    }

    // Each QSslCertificate::verify() call also loads the system's CA store (Qt 6.4 does that on
    // every call), so the rows are few: the names are covered by subjectAlternativeNames().
    void verify_data()
    {
        QTest::addColumn<CertKind>("kind");
        QTest::addColumn<QString>("hostName");
        QTest::addColumn<QList<QSslError::SslError>>("expected");
        using E = QSslError::SslError;
        QTest::newRow("valid localhost") << CertKind::Valid << u"localhost"_qs << QList<E>{};
        QTest::newRow("valid wildcard") << CertKind::Valid << u"submission.example.test"_qs << QList<E>{};
        QTest::newRow("valid 127.0.0.1") << CertKind::Valid << u"127.0.0.1"_qs << QList<E>{};
        QTest::newRow("wrong host") << CertKind::WrongHost << u"localhost"_qs << QList<E>{QSslError::HostNameMismatch};
        QTest::newRow("expired") << CertKind::Expired << u"localhost"_qs << QList<E>{QSslError::CertificateExpired};
        QTest::newRow("self-signed")
            << CertKind::SelfSigned << u"localhost"_qs << QList<E>{QSslError::SelfSignedCertificate};
    }

    void verify()
    {
        QFETCH(CertKind, kind);
        QFETCH(QString, hostName);
        QFETCH(QList<QSslError::SslError>, expected);
        const QList<QSslError> errors =
            QSslCertificate::verify({TestCertificates::instance().certificate(kind)}, hostName);
        QList<QSslError::SslError> actual;
        QStringList described;
        for (const QSslError &error : errors) {
            actual.append(error.error());
            described.append(error.errorString());
        }
        std::sort(actual.begin(), actual.end());
        QVERIFY2(actual == expected, qPrintable(described.join(u"; "_qs)));
    }
};

QTEST_GUILESS_MAIN(TestTestCertificates)
#include "tst_testcertificates.moc"
