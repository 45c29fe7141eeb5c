#include "testcertificates.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Postaci::Test {

namespace {

constexpr int OpenSslTimeoutMs = 10000;
const CertKind AllKinds[] = {CertKind::Valid, CertKind::WrongHost, CertKind::Expired, CertKind::SelfSigned,
                             CertKind::ExpiresSoon};

// One config for every openssl call. `openssl ca` is used for the CA-signed leaves because
// OpenSSL 3.0's `x509 -req` cannot set a notBefore/notAfter in the past (no -not_before/-not_after
// before 3.4); `ca -startdate/-enddate` can, which is how the Expired certificate gets made.
QByteArray openSslConfig(const QString &dir)
{
    QByteArray names;
    int dns = 0;
    int ip = 0;
    for (const QString &name : TestCertificates::validHostNames()) {
        if (name.contains(QLatin1Char(':')) || name.front().isDigit())
            names += "IP." + QByteArray::number(++ip) + " = " + name.toLatin1() + '\n';
        else
            names += "DNS." + QByteArray::number(++dns) + " = " + name.toLatin1() + '\n';
    }
    return R"([ req ]
distinguished_name = req_dn
prompt = no
[ req_dn ]
CN = unused

[ ca ]
default_ca = test_ca
[ test_ca ]
dir = )" + QDir::toNativeSeparators(dir).toUtf8() + R"(
database = $dir/index.txt
serial = $dir/serial
new_certs_dir = $dir/issued
certificate = $dir/ca.pem
private_key = $dir/ca.key
default_md = sha256
default_days = 3650
policy = policy_any
unique_subject = no
copy_extensions = none
email_in_dn = no
[ policy_any ]
commonName = supplied

[ ext_ca ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[ ext_valid ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = @valid_names

[ ext_wronghost ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:other-host.example.net

[ ext_selfsigned ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
subjectAltName = @valid_names

[ valid_names ]
)" + names;
}

} // namespace

QStringList TestCertificates::validHostNames()
{
    return {u"localhost"_s,
            u"example.test"_s,
            u"mail.example.test"_s,
            u"smtp.example.test"_s,
            u"*.example.test"_s,
            u"127.0.0.1"_s,
            u"::1"_s};
}

QString certKindName(CertKind kind)
{
    switch (kind) {
    case CertKind::Valid:
        return u"Valid"_s;
    case CertKind::WrongHost:
        return u"WrongHost"_s;
    case CertKind::Expired:
        return u"Expired"_s;
    case CertKind::SelfSigned:
        return u"SelfSigned"_s;
    case CertKind::ExpiresSoon:
        return u"ExpiresSoon"_s;
    }
    return {};
}

const TestCertificates &TestCertificates::instance()
{
    // C++11 guarantees one initialisation even if two threads ask at once.
    static const TestCertificates certificates;
    return certificates;
}

TestCertificates::TestCertificates()
    : m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/postaci-certs-XXXXXX"_s))
{
    if (!m_dir->isValid()) {
        m_error = u"cannot create a temporary directory: "_s + m_dir->errorString();
        return;
    }
    if (!generate() && m_error.isEmpty())
        m_error = u"certificate generation failed"_s;
}

bool TestCertificates::runOpenSsl(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir->path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OPENSSL_CONF"_s, m_dir->filePath(u"openssl.cnf"_s));
    openssl.setProcessEnvironment(env);
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_s, arguments);
    if (!openssl.waitForStarted(OpenSslTimeoutMs)) {
        m_error = u"cannot run openssl (install the Debian package openssl): "_s + openssl.errorString();
        return false;
    }
    if (!openssl.waitForFinished(OpenSslTimeoutMs)) {
        stopProcess(&openssl);
        m_error = u"openssl %1 timed out"_s.arg(arguments.join(QLatin1Char(' ')));
        return false;
    }
    if (openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        m_error = u"openssl %1 failed: %2"_s
                      .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}

QString TestCertificates::fileStem(CertKind kind)
{
    return certKindName(kind).toLower();
}

bool TestCertificates::generate()
{
    const QString dir = m_dir->path();
    {
        QFile config(m_dir->filePath(u"openssl.cnf"_s));
        QFile index(m_dir->filePath(u"index.txt"_s));
        QFile serial(m_dir->filePath(u"serial"_s));
        if (!config.open(QIODevice::WriteOnly) || !index.open(QIODevice::WriteOnly)
            || !serial.open(QIODevice::WriteOnly) || !QDir(dir).mkpath(u"issued"_s)) {
            m_error = u"cannot write into "_s + dir;
            return false;
        }
        config.write(openSslConfig(dir));
        serial.write("1000\n");
    }
    const QStringList newEcKey = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                  u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    const QString config = m_dir->filePath(u"openssl.cnf"_s);

    // The CA: self-signed, valid ten years from now.
    if (!runOpenSsl(QStringList{u"req"_s, u"-config"_s, config, u"-x509"_s,
                                u"-extensions"_s, u"ext_ca"_s, u"-days"_s,
                                u"3650"_s, u"-subj"_s,
                                u"/O=Postaci tests/CN=Postaci Test CA"_s, u"-keyout"_s,
                                u"ca.key"_s, u"-out"_s, u"ca.pem"_s}
                    + newEcKey))
        return false;

    for (CertKind kind : AllKinds) {
        const QString stem = fileStem(kind);
        const QString subject = kind == CertKind::WrongHost ? u"/CN=other-host.example.net"_s
                                                            : u"/CN=localhost"_s;
        if (kind == CertKind::SelfSigned) {
            if (!runOpenSsl(QStringList{u"req"_s, u"-config"_s, config,
                                        u"-x509"_s, u"-extensions"_s,
                                        u"ext_selfsigned"_s, u"-days"_s,
                                        u"3650"_s, u"-subj"_s, subject,
                                        u"-keyout"_s, stem + u".key"_s,
                                        u"-out"_s, stem + u".pem"_s}
                            + newEcKey))
                return false;
            continue;
        }
        if (!runOpenSsl(QStringList{u"req"_s, u"-config"_s, config, u"-new"_s,
                                    u"-subj"_s, subject, u"-keyout"_s,
                                    stem + u".key"_s, u"-out"_s,
                                    stem + u".csr"_s}
                        + newEcKey))
            return false;
        QStringList sign = {u"ca"_s,
                            u"-config"_s,
                            config,
                            u"-batch"_s,
                            u"-notext"_s,
                            u"-in"_s,
                            stem + u".csr"_s,
                            u"-out"_s,
                            stem + u".pem"_s,
                            u"-extensions"_s,
                            kind == CertKind::WrongHost ? u"ext_wronghost"_s : u"ext_valid"_s};
        if (kind == CertKind::Expired)
            sign << u"-startdate"_s << u"20200101000000Z"_s << u"-enddate"_s
                 << u"20210101000000Z"_s;
        if (kind == CertKind::ExpiresSoon) // a monitor's "expires in 3 days" (accounts test)
            sign << u"-days"_s << u"3"_s;
        if (!runOpenSsl(sign))
            return false;
    }

    m_ca = QSslCertificate::fromPath(caCertificatePath(), QSsl::Pem);
    if (m_ca.size() != 1) {
        m_error = u"cannot read the generated CA certificate "_s + caCertificatePath();
        return false;
    }
    for (CertKind kind : AllKinds) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath(kind), QSsl::Pem);
        const QSslKey key(readFile(keyPath(kind)), QSsl::Ec, QSsl::Pem);
        if (certificates.size() != 1 || key.isNull()) {
            m_error = u"cannot read the generated %1 certificate or key"_s.arg(certKindName(kind));
            return false;
        }
        m_certificates.insert(kind, certificates.first());
        m_keys.insert(kind, key);
    }
    return true;
}

bool TestCertificates::isValid() const
{
    return m_error.isEmpty();
}

QString TestCertificates::errorString() const
{
    return m_error;
}

QString TestCertificates::directory() const
{
    return m_dir->path();
}

QString TestCertificates::caCertificatePath() const
{
    return m_dir->filePath(u"ca.pem"_s);
}

QList<QSslCertificate> TestCertificates::caCertificates() const
{
    return m_ca;
}

QString TestCertificates::certificatePath(CertKind kind) const
{
    return m_dir->filePath(fileStem(kind) + u".pem"_s);
}

QString TestCertificates::keyPath(CertKind kind) const
{
    return m_dir->filePath(fileStem(kind) + u".key"_s);
}

QSslCertificate TestCertificates::certificate(CertKind kind) const
{
    return m_certificates.value(kind);
}

QSslKey TestCertificates::key(CertKind kind) const
{
    return m_keys.value(kind);
}

QByteArray TestCertificates::sha256(CertKind kind) const
{
    return certificate(kind).digest(QCryptographicHash::Sha256);
}

} // namespace Postaci::Test
