#include "peerprotocol.h"

namespace Postaci {

namespace {

struct Signature
{
    const char *prefix;
    PeerProtocol protocol;
};

constexpr Signature signatures[] = {
        {"* OK", PeerProtocol::Imap}, {"* PREAUTH", PeerProtocol::Imap}, {"* BYE", PeerProtocol::Imap},
        {"+OK", PeerProtocol::Pop3},  {"-ERR", PeerProtocol::Pop3},      {"HTTP/", PeerProtocol::Http},
        {"SSH-", PeerProtocol::Ssh},
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

PeerProtocol classifyFirstBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return PeerProtocol::Incomplete;
    // A TLS record: handshake (22) or alert (21), then major version 3.
    const auto first = static_cast<unsigned char>(bytes.at(0));
    if ((first == 0x16 || first == 0x15) && (bytes.size() == 1 || bytes.at(1) == 0x03))
        return PeerProtocol::Tls;

    bool couldStillMatch = false;
    for (const Signature &signature : signatures) {
        const QByteArray prefix(signature.prefix);
        if (bytes.startsWith(prefix))
            return signature.protocol;
        if (prefix.startsWith(bytes))
            couldStillMatch = true;
    }

    // SMTP: three digits, then space, hyphen or end of line (RFC 5321 §4.2).
    const qsizetype digits = std::min<qsizetype>(bytes.size(), 3);
    for (qsizetype i = 0; i < digits; ++i) {
        if (!isDigit(bytes.at(i)))
            return couldStillMatch ? PeerProtocol::Incomplete : PeerProtocol::Other;
    }
    if (bytes.size() == 3)
        return PeerProtocol::Incomplete;
    if (bytes.size() < 3)
        return PeerProtocol::Incomplete;
    const char separator = bytes.at(3);
    if (separator == ' ' || separator == '-' || separator == '\r' || separator == '\n')
        return PeerProtocol::Smtp;
    return PeerProtocol::Other;
}

} // namespace Postaci
