#pragma once

#include "discovery/servercandidate.h"

#include <QList>
#include <QString>

namespace Postaci {

// Warnings that follow from the transport alone, whatever the source said: no encryption at all,
// or port 25, which many ISPs (Turkish ones among them) block for home users.
QList<CandidateWarning> transportWarnings(quint16 port, Security security);

// A host name or IP address literal that can be handed to a socket: letters, digits, '.', '-'
// and '_' (seen in real server names), or a valid IPv4/IPv6 address. Rejects whitespace,
// control characters, '%' left over from an unresolved placeholder, URLs and empty labels.
bool isPlausibleHostName(const QString &host);

} // namespace Postaci
