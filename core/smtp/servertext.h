#pragma once

#include <QByteArray>
#include <QString>

class QJsonDocument;

namespace Postaci {

// Server text is untrusted (docs/smtp-behaviours.md#h11): before it is shown, control characters become
// "\xNN" and invisible or direction-changing characters (bidi overrides and isolates U+202A–202E,
// U+2066–2069, marks U+200E/U+200F/U+061C, zero-width U+200B–U+200D, U+2028/U+2029, U+FEFF)
// become "\u{XXXX}", so a reply cannot reorder or hide what the user reads.
//
// LineBreaks::Keep leaves LF as a line break, for a text Postacı itself joined from several
// lines (a multi-line reply); every other control character is still escaped.
enum class LineBreaks { Escape, Keep };
QString escapeServerText(const QString &text, LineBreaks lineBreaks = LineBreaks::Escape);

// The document as indented JSON in which no control, format (bidi, zero-width) or line/paragraph
// separator character appears raw: each one inside a string is written as a \uXXXX escape. A JSON
// reader gets exactly the same values, and a terminal showing the output cannot be reordered or
// hidden by what a server or a DNS record put in them (docs/security.md, escaping).
QByteArray terminalSafeJson(const QJsonDocument &document);

} // namespace Postaci
