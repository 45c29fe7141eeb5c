#pragma once

#include <QByteArray>
#include <QString>

namespace Postaci {

// Server text (reply lines, the bytes a wrong port sent) is untrusted: before it is shown in
// a diagnosis, every character that could change how the text is displayed is made visible
// instead of being interpreted (SMTP-CHECKLIST H11):
//   - C0/C1 controls and DEL, including CR, LF, TAB, ESC   -> <U+001B>
//   - bidirectional embeddings, overrides, isolates and marks (U+202A..U+202E,
//     U+2066..U+2069, U+200E, U+200F, U+061C)            -> <U+202E>
//   - zero-width characters, line/paragraph separators, BOM, lone surrogates
//                                                          -> <U+200B>
// and the result is cut to maxLength characters (an ellipsis marks the cut).
QString displayableServerText(const QString &text, int maxLength = 300);

// The same for raw bytes: decoded as UTF-8 when valid, otherwise byte by byte as Latin-1 with
// non-printable bytes shown as <0xNN>.
QString displayableServerBytes(const QByteArray &bytes, int maxLength = 300);

} // namespace Postaci
