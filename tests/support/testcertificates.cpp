#include "testcertificates.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace Postaci::Test {

namespace {

constexpr int OpenSslTimeoutMs = 10000;
const CertKind AllKinds[] = {CertKind::Valid, CertKind::WrongHost, CertKind::Expired, CertKind::SelfSigned};

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
    return {QStringLiteral("localhost"),
            QStringLiteral("example.test"),
            QStringLiteral("mail.example.test"),
            QStringLiteral("smtp.example.test"),
            QStringLiteral("*.example.test"),
            QStringLiteral("127.0.0.1"),
            QStringLiteral("::1")};
}

QString certKindName(CertKind kind)
{
    switch (kind) {
    case CertKind::Valid:
        return QStringLiteral("Valid");
    case CertKind::WrongHost:
        return QStringLiteral("WrongHost");
    case CertKind::Expired:
        return QStringLiteral("Expired");
    case CertKind::SelfSigned:
        return QStringLiteral("SelfSigned");
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
    : m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/postaci-certs-XXXXXX")))
{
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: ") + m_dir->errorString();
        return;
    }
    if (!generate() && m_error.isEmpty())
        m_error = QStringLiteral("certificate generation failed");
}

bool TestCertificates::runOpenSsl(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir->path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENSSL_CONF"), m_dir->filePath(QStringLiteral("openssl.cnf")));
    openssl.setProcessEnvironment(env);
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForStarted(OpenSslTimeoutMs)) {
        m_error = QStringLiteral("cannot run openssl (install the Debian package openssl): ") + openssl.errorString();
        return false;
    }
    if (!openssl.waitForFinished(OpenSslTimeoutMs)) {
        stopProcess(&openssl);
        m_error = QStringLiteral("openssl %1 timed out").arg(arguments.join(QLatin1Char(' ')));
        return false;
    }
    if (openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2")
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
        QFile config(m_dir->filePath(QStringLiteral("openssl.cnf")));
        QFile index(m_dir->filePath(QStringLiteral("index.txt")));
        QFile serial(m_dir->filePath(QStringLiteral("serial")));
        if (!config.open(QIODevice::WriteOnly) || !index.open(QIODevice::WriteOnly)
            || !serial.open(QIODevice::WriteOnly) || !QDir(dir).mkpath(QStringLiteral("issued"))) {
            m_error = QStringLiteral("cannot write into ") + dir;
            return false;
        }
        config.write(openSslConfig(dir));
        serial.write("1000\n");
    }
    const QStringList newEcKey = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                  QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const QString config = m_dir->filePath(QStringLiteral("openssl.cnf"));

    // The CA: self-signed, valid ten years from now.
    if (!runOpenSsl(QStringList{QStringLiteral("req"), QStringLiteral("-config"), config, QStringLiteral("-x509"),
                                QStringLiteral("-extensions"), QStringLiteral("ext_ca"), QStringLiteral("-days"),
                                QStringLiteral("3650"), QStringLiteral("-subj"),
                                QStringLiteral("/O=Postaci tests/CN=Postaci Test CA"), QStringLiteral("-keyout"),
                                QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem")}
                    + newEcKey))
        return false;

    for (CertKind kind : AllKinds) {
        const QString stem = fileStem(kind);
        const QString subject = kind == CertKind::WrongHost ? QStringLiteral("/CN=other-host.example.net")
                                                            : QStringLiteral("/CN=localhost");
        if (kind == CertKind::SelfSigned) {
            if (!runOpenSsl(QStringList{QStringLiteral("req"), QStringLiteral("-config"), config,
                                        QStringLiteral("-x509"), QStringLiteral("-extensions"),
                                        QStringLiteral("ext_selfsigned"), QStringLiteral("-days"),
                                        QStringLiteral("3650"), QStringLiteral("-subj"), subject,
                                        QStringLiteral("-keyout"), stem + QStringLiteral(".key"),
                                        QStringLiteral("-out"), stem + QStringLiteral(".pem")}
                            + newEcKey))
                return false;
            continue;
        }
        if (!runOpenSsl(QStringList{QStringLiteral("req"), QStringLiteral("-config"), config, QStringLiteral("-new"),
                                    QStringLiteral("-subj"), subject, QStringLiteral("-keyout"),
                                    stem + QStringLiteral(".key"), QStringLiteral("-out"),
                                    stem + QStringLiteral(".csr")}
                        + newEcKey))
            return false;
        QStringList sign = {QStringLiteral("ca"),
                            QStringLiteral("-config"),
                            config,
                            QStringLiteral("-batch"),
                            QStringLiteral("-notext"),
                            QStringLiteral("-in"),
                            stem + QStringLiteral(".csr"),
                            QStringLiteral("-out"),
                            stem + QStringLiteral(".pem"),
                            QStringLiteral("-extensions"),
                            kind == CertKind::WrongHost ? QStringLiteral("ext_wronghost") : QStringLiteral("ext_valid")};
        if (kind == CertKind::Expired)
            sign << QStringLiteral("-startdate") << QStringLiteral("20200101000000Z") << QStringLiteral("-enddate")
                 << QStringLiteral("20210101000000Z");
        if (!runOpenSsl(sign))
            return false;
    }

    m_ca = QSslCertificate::fromPath(caCertificatePath(), QSsl::Pem);
    if (m_ca.size() != 1) {
        m_error = QStringLiteral("cannot read the generated CA certificate ") + caCertificatePath();
        return false;
    }
    for (CertKind kind : AllKinds) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath(kind), QSsl::Pem);
        const QSslKey key(readFile(keyPath(kind)), QSsl::Ec, QSsl::Pem);
        if (certificates.size() != 1 || key.isNull()) {
            m_error = QStringLiteral("cannot read the generated %1 certificate or key").arg(certKindName(kind));
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
    return m_dir->filePath(QStringLiteral("ca.pem"));
}

QList<QSslCertificate> TestCertificates::caCertificates() const
{
    return m_ca;
}

QString TestCertificates::certificatePath(CertKind kind) const
{
    return m_dir->filePath(fileStem(kind) + QStringLiteral(".pem"));
}

QString TestCertificates::keyPath(CertKind kind) const
{
    return m_dir->filePath(fileStem(kind) + QStringLiteral(".key"));
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
