#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Encodings for the header fields and body of an RFC 5322 + MIME message.
// Every function returns 7-bit ASCII and never produces a line longer than 998 octets.
namespace Postaci::Mime {

// RFC 5322 §2.1.1: lines SHOULD be at most 78 characters and MUST be at most 998.
inline constexpr int recommendedLineLength = 78;
inline constexpr int maximumLineLength = 998;
// RFC 2047 §2: an encoded-word is at most 75 characters.
inline constexpr int maximumEncodedWordLength = 75;

enum class WordEncoding {
    Shortest,        // whichever of B and Q gives the shorter result
    Base64,          // "B" (RFC 2047 §4.1)
    QuotedPrintable, // "Q" (RFC 2047 §4.2), restricted to the characters allowed in a phrase (§5(3))
};

// Splits text into RFC 2047 encoded-words in UTF-8. The first word is at most firstWordLength
// characters (so that it fits on the line after the field name), the others at most 75.
// Words break only at grapheme cluster boundaries, so no character (nor a letter and its
// combining dot, as in a decomposed "İ") is split between two words (RFC 2047 §5: each
// encoded-word must represent an integral number of characters). White space between
// adjacent encoded-words is ignored when decoding (§6.2), so the words may be joined with
// folding white space freely.
QList<QByteArray> encodedWords(const QString &text, WordEncoding encoding = WordEncoding::Shortest,
                               int firstWordLength = maximumEncodedWordLength);

// True when text can go into an unstructured header field as it is: printable ASCII and
// space only, no "=?" that a reader could take for an encoded-word, and no word too long to fold.
bool isPlainHeaderText(const QString &text);

// "Name: value" folded before tokens so that lines stay within 78 characters where the tokens
// allow it, with CRLF at the end. Tokens are joined with one space; a token is never split.
// Folding never happens before an empty token (that would leave a line of white space).
QByteArray foldedField(const QByteArray &name, const QList<QByteArray> &tokens);

// An unstructured field (Subject): as it is when isPlainHeaderText(), else encoded-words.
QByteArray unstructuredField(const QByteArray &name, const QString &value);

// A mailbox field (From, To): display name as atoms, a quoted-string or encoded-words, then
// "<address>". The address must already be valid; an empty name gives just "<address>".
QByteArray mailboxField(const QByteArray &name, const QString &displayName, const QString &address);

// RFC 2045 §6.7 quoted-printable of text whose line breaks are CRLF (hard line breaks are
// kept as CRLF; encoded lines are at most 76 characters, using soft line breaks "=" CRLF).
// A "." at the start of a line is left as it is: dot-stuffing is the session's job.
QByteArray quotedPrintable(const QByteArray &text);

} // namespace Postaci::Mime
