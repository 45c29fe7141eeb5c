#include "domainrecords.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Postaci::DomainRecords {

namespace {

// The errors below are shown to users inside the checks' sentences (marked for lupdate with
// QT_TRANSLATE_NOOP at each use).
QString translated(const char *text)
{
    return QCoreApplication::translate("Postaci::DomainRecords", text);
}

bool startsWithVersion(const QString &text, QLatin1StringView version)
{
    // "v=DMARC1" as the first tag, spaces allowed around '=' and before ';' (RFC 7489 §6.4).
    static const QRegularExpression shape(u"^\\s*v\\s*=\\s*([^;\\s]*)\\s*(;|$)"_s);
    const QRegularExpressionMatch match = shape.match(text);
    return match.hasMatch() && match.captured(1) == version;
}

// A minimal DER reader: enough to walk SubjectPublicKeyInfo down to the RSA modulus.
struct DerReader
{
    const QByteArray &data;
    qsizetype pos = 0;

    // Reads one element's tag and length; the content starts at `pos` afterwards.
    bool header(unsigned char expectedTag, qsizetype *length)
    {
        if (pos + 2 > data.size() || static_cast<unsigned char>(data.at(pos)) != expectedTag)
            return false;
        ++pos;
        qsizetype size = static_cast<unsigned char>(data.at(pos++));
        if (size & 0x80) {
            const int octets = size & 0x7f;
            if (octets < 1 || octets > 4 || pos + octets > data.size())
                return false;
            size = 0;
            for (int i = 0; i < octets; ++i)
                size = (size << 8) | static_cast<unsigned char>(data.at(pos++));
        }
        if (pos + size > data.size())
            return false;
        *length = size;
        return true;
    }
};

int modulusBits(const QByteArray &der, qsizetype start)
{
    // RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }
    DerReader reader{der, start};
    qsizetype length = 0;
    if (!reader.header(0x30, &length) || !reader.header(0x02, &length))
        return 0;
    qsizetype first = reader.pos;
    qsizetype size = length;
    while (size > 0 && der.at(first) == 0) { // a leading zero keeps the INTEGER positive
        ++first;
        --size;
    }
    if (size == 0)
        return 0;
    int bits = int(size) * 8;
    for (unsigned char top = static_cast<unsigned char>(der.at(first)); !(top & 0x80); top <<= 1)
        --bits;
    return bits;
}

} // namespace

std::optional<QHash<QString, QString>> tagList(const QString &text)
{
    QHash<QString, QString> tags;
    const QStringList parts = text.split(QLatin1Char(';'));
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return std::nullopt;
        const QString name = part.left(equals).trimmed().toLower();
        if (name.isEmpty() || tags.contains(name))
            return std::nullopt;
        tags.insert(name, part.mid(equals + 1).trimmed());
    }
    return tags;
}

bool isDmarcRecord(const QString &text)
{
    return startsWithVersion(text, "DMARC1"_L1);
}

Dmarc parseDmarc(const QString &text)
{
    Dmarc record;
    const auto tags = tagList(text);
    if (!isDmarcRecord(text) || !tags) {
        record.error = translated(QT_TRANSLATE_NOOP("Postaci::DomainRecords", "not a well-formed DMARC record"));
        return record;
    }
    const QStringList policies = {u"none"_s, u"quarantine"_s, u"reject"_s};
    record.policy = tags->value(u"p"_s).toLower();
    if (!policies.contains(record.policy)) {
        record.error = record.policy.isEmpty()
                               ? translated(QT_TRANSLATE_NOOP("Postaci::DomainRecords", "no policy (p=)"))
                               : translated(QT_TRANSLATE_NOOP("Postaci::DomainRecords", "unknown policy p=%1"))
                                         .arg(record.policy);
        return record;
    }
    if (tags->contains(u"sp"_s)) {
        record.subdomainPolicy = tags->value(u"sp"_s).toLower();
        if (!policies.contains(record.subdomainPolicy)) {
            record.error = translated(QT_TRANSLATE_NOOP("Postaci::DomainRecords", "unknown subdomain policy sp=%1"))
                                   .arg(record.subdomainPolicy);
            return record;
        }
    }
    for (const auto &[tag, slot] :
         {std::pair{u"adkim"_s, &record.dkimAlignment}, std::pair{u"aspf"_s, &record.spfAlignment}}) {
        if (!tags->contains(tag))
            continue;
        *slot = tags->value(tag).toLower();
        if (*slot != "r"_L1 && *slot != "s"_L1) {
            record.error = translated(QT_TRANSLATE_NOOP("Postaci::DomainRecords", "%1 must be r or s")).arg(tag);
            return record;
        }
    }
    if (tags->contains(u"pct"_s)) {
        bool ok = false;
        record.percent = tags->value(u"pct"_s).toInt(&ok);
        if (!ok || record.percent < 0 || record.percent > 100) {
            record.error = translated(QT_TRANSLATE_NOOP("Postaci::DomainRecords", "pct must be 0..100"));
            return record;
        }
    }
    for (const QString &address : tags->value(u"rua"_s).split(QLatin1Char(','), Qt::SkipEmptyParts))
        record.reportAddresses.append(address.trimmed());
    return record;
}

bool looksLikeDkimKey(const QString &text)
{
    const auto tags = tagList(text);
    return tags && tags->contains(u"p"_s) && (!tags->contains(u"v"_s) || tags->value(u"v"_s) == "DKIM1"_L1);
}

DkimKey parseDkimKey(const QString &text)
{
    DkimKey key;
    const auto tags = tagList(text);
    if (!tags || !tags->contains(u"p"_s)) {
        key.error = translated(QT_TRANSLATE_NOOP("Postaci::DomainRecords", "not a DKIM key record"));
        return key;
    }
    key.keyType = tags->value(u"k"_s, u"rsa"_s).toLower();
    if (key.keyType.isEmpty())
        key.keyType = u"rsa"_s;
    QString data = tags->value(u"p"_s);
    data.remove(QRegularExpression(u"\\s"_s));
    if (data.isEmpty()) {
        key.revoked = true;
        return key;
    }
    const auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        key.error = translated(QT_TRANSLATE_NOOP("Postaci::DomainRecords", "the key (p=) is not base64"));
        return key;
    }
    if (key.keyType == "ed25519"_L1) {
        // RFC 8463 §4.2: the raw 32-byte public key.
        if (decoded.decoded.size() != 32)
            key.error = translated(
                                QT_TRANSLATE_NOOP("Postaci::DomainRecords", "an Ed25519 key has 32 bytes, this one %1"))
                                .arg(decoded.decoded.size());
        else
            key.bits = 256;
        return key;
    }
    if (key.keyType != "rsa"_L1) {
        key.error = translated(QT_TRANSLATE_NOOP("Postaci::DomainRecords", "unknown key type k=%1")).arg(key.keyType);
        return key;
    }
    key.bits = rsaModulusBits(decoded.decoded);
    if (key.bits == 0)
        key.error = translated(QT_TRANSLATE_NOOP("Postaci::DomainRecords", "the RSA key could not be read"));
    return key;
}

int rsaModulusBits(const QByteArray &der)
{
    // SubjectPublicKeyInfo ::= SEQUENCE { algorithm SEQUENCE {...}, subjectPublicKey BIT STRING }
    DerReader reader{der, 0};
    qsizetype length = 0;
    if (reader.header(0x30, &length)) {
        qsizetype algorithmLength = 0;
        if (reader.header(0x30, &algorithmLength)) {
            reader.pos += algorithmLength;
            qsizetype bitStringLength = 0;
            if (reader.header(0x03, &bitStringLength) && bitStringLength > 1)
                return modulusBits(der, reader.pos + 1); // skip the "unused bits" octet
        }
    }
    return modulusBits(der, 0); // PKCS#1 RSAPublicKey
}

bool isMtaStsRecord(const QString &text)
{
    return startsWithVersion(text, "STSv1"_L1);
}

std::optional<QString> mtaStsId(const QString &text)
{
    const auto tags = tagList(text);
    if (!isMtaStsRecord(text) || !tags)
        return std::nullopt;
    // RFC 8461 §3.1: sts-id = 1*32(ALPHA / DIGIT)
    static const QRegularExpression idShape(u"^[A-Za-z0-9]{1,32}$"_s);
    const QString id = tags->value(u"id"_s);
    if (!idShape.match(id).hasMatch())
        return std::nullopt;
    return id;
}

bool isTlsRptRecord(const QString &text)
{
    return startsWithVersion(text, "TLSRPTv1"_L1);
}

std::optional<QStringList> tlsRptAddresses(const QString &text)
{
    const auto tags = tagList(text);
    if (!isTlsRptRecord(text) || !tags)
        return std::nullopt;
    QStringList addresses;
    for (const QString &address : tags->value(u"rua"_s).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = address.trimmed();
        // RFC 8460 §3: mailto: or https: URIs.
        if (!trimmed.startsWith("mailto:"_L1, Qt::CaseInsensitive)
            && !trimmed.startsWith("https:"_L1, Qt::CaseInsensitive))
            return std::nullopt;
        addresses.append(trimmed);
    }
    if (addresses.isEmpty())
        return std::nullopt;
    return addresses;
}

} // namespace Postaci::DomainRecords
