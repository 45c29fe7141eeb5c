#pragma once

#include <QByteArray>

namespace Postaci {

// What the first bytes from a server look like: answers "is this SMTP at all?" for wrong-port
// diagnosis (IMAP on 143/993, POP3 on 110, a web server, or TLS on a plaintext port).
enum class PeerProtocol { Incomplete, Smtp, Tls, Imap, Pop3, Http, Ssh, Other };

PeerProtocol classifyFirstBytes(const QByteArray &bytes);

} // namespace Postaci
