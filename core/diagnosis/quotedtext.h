#pragma once

#include <QByteArray>
#include <QString>

namespace Postaci {

// Server text (reply lines, the bytes a wrong port sent) is untrusted. Before a diagnosis quotes
// it, escapeServerText() (core/smtp) makes every control, bidirectional-override and invisible
// character visible instead of interpreted (docs/smtp-behaviours.md#h11); these add a length cap (an
// ellipsis marks the cut) so that an endless reply cannot flood the explanation.
QString quoteServerText(const QString &text, int maxLength = 300);

// The same for raw bytes: decoded as UTF-8 when valid, otherwise byte by byte with every byte
// outside printable ASCII shown as \xNN.
QString quoteServerBytes(const QByteArray &bytes, int maxLength = 300);

} // namespace Postaci
