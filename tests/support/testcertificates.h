#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Postaci::Test {

// The server certificates the test servers present (all EC P-256).
enum class CertKind {
    Valid,      // localhost, *.example.test, 127.0.0.1, ::1 ... signed by the test CA
    WrongHost,  // only other-host.example.net, signed by the test CA
    Expired,    // the Valid names, signed by the test CA, expired in 2021
    SelfSigned, // the Valid names, signed by its own key (not by the CA)
    ExpiresSoon, // the Valid names, signed by the test CA, valid from now for 3 days only
};

// A throwaway CA and server certificates, generated once per test process with `openssl` into a
// temporary directory (removed when the process exits). Nothing is ever trusted system-wide:
// a test trusts the CA only on its own sockets (QSslConfiguration::addCaCertificates).
class TestCertificates
{
public:
    static const TestCertificates &instance();

    // Names every Valid/Expired/SelfSigned certificate carries (DNS and IP subject alt names).
    static QStringList validHostNames();

    bool isValid() const;
    QString errorString() const;

    QString directory() const;
    QString caCertificatePath() const;
    QList<QSslCertificate> caCertificates() const;

    QString certificatePath(CertKind kind) const;
    QString keyPath(CertKind kind) const;
    QSslCertificate certificate(CertKind kind) const;
    QSslKey key(CertKind kind) const;
    QByteArray sha256(CertKind kind) const; // raw SHA-256 digest of the leaf's DER

    TestCertificates(const TestCertificates &) = delete;
    TestCertificates &operator=(const TestCertificates &) = delete;

private:
    TestCertificates();
    bool generate();
    bool runOpenSsl(const QStringList &arguments);
    static QString fileStem(CertKind kind);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
    QList<QSslCertificate> m_ca;
    QMap<CertKind, QSslCertificate> m_certificates;
    QMap<CertKind, QSslKey> m_keys;
};

QString certKindName(CertKind kind);

} // namespace Postaci::Test
