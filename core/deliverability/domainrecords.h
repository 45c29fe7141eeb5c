#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Postaci {

// The TXT records of the other deliverability checks, read without any DNS: DMARC (RFC 7489
// §6.3), DKIM keys (RFC 6376 §3.6.1), MTA-STS (RFC 8461 §3.1) and TLS-RPT (RFC 8460 §3).
// Every one of them is a "tag=value; tag=value" list.
namespace DomainRecords {

// Tags by lower-case name, values trimmed. nullopt when a part has no '=' or a tag repeats.
std::optional<QHash<QString, QString>> tagList(const QString &text);

struct Dmarc
{
    QString error; // English; empty when the record is usable
    QString policy; // p: none, quarantine, reject
    QString subdomainPolicy; // sp; empty when not given (then p applies to subdomains)
    QString dkimAlignment = QString(QLatin1Char('r')); // adkim: r relaxed, s strict
    QString spfAlignment = QString(QLatin1Char('r')); // aspf
    int percent = 100; // pct
    QStringList reportAddresses; // rua

    bool isValid() const { return error.isEmpty(); }
};

bool isDmarcRecord(const QString &text); // begins with "v=DMARC1" (§6.4: the first tag)
Dmarc parseDmarc(const QString &text);

struct DkimKey
{
    QString error; // English; empty when a key was read
    QString keyType; // k: "rsa" (the default) or "ed25519"
    int bits = 0; // RSA modulus length; 256 for Ed25519
    bool revoked = false; // "p=" empty: the key was withdrawn (RFC 6376 §3.6.1)

    bool isValid() const { return error.isEmpty(); }
};

// A TXT record at <selector>._domainkey.<domain>: "v=DKIM1; k=rsa; p=MIIB...".
bool looksLikeDkimKey(const QString &text);
DkimKey parseDkimKey(const QString &text);

// The modulus length of an RSA public key in DER (SubjectPublicKeyInfo, or the bare PKCS#1
// RSAPublicKey some publishers use); 0 when it cannot be read.
int rsaModulusBits(const QByteArray &der);

// "v=STSv1; id=20240101" -> the id; nullopt when the text is not a valid MTA-STS record.
std::optional<QString> mtaStsId(const QString &text);
bool isMtaStsRecord(const QString &text); // begins with "v=STSv1"
// "v=TLSRPTv1; rua=mailto:..." -> the report addresses; nullopt when not a valid TLS-RPT record.
std::optional<QStringList> tlsRptAddresses(const QString &text);
bool isTlsRptRecord(const QString &text); // begins with "v=TLSRPTv1"

} // namespace DomainRecords
} // namespace Postaci
