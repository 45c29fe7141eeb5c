#include "mimeencoding.h"

#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace Postaci::Mime {

namespace {

constexpr char hexDigits[] = "0123456789ABCDEF";
const QByteArray wordPrefix = QByteArrayLiteral("=?UTF-8?");
constexpr int wordOverhead = 12; // "=?UTF-8?B?" + "?="

// RFC 5322 §3.2.3 atext (ASCII part).
bool isAtext(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    return u < 0x80 && QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(char(u));
}

// RFC 2047 §5(3): the characters a "Q" encoded-word may carry literally in a phrase.
bool isQLiteral(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!' || c == '*'
        || c == '+' || c == '-' || c == '/';
}

int qEncodedLength(const QByteArray &bytes)
{
    int length = 0;
    for (const char c : bytes)
        length += (isQLiteral(uchar(c)) || c == ' ') ? 1 : 3;
    return length;
}

int encodedTextLength(const QByteArray &bytes, WordEncoding encoding)
{
    if (encoding == WordEncoding::Base64)
        return int((bytes.size() + 2) / 3) * 4;
    return qEncodedLength(bytes);
}

QByteArray encodeWord(const QByteArray &bytes, WordEncoding encoding)
{
    QByteArray word = wordPrefix;
    if (encoding == WordEncoding::Base64) {
        word += "B?" + bytes.toBase64();
    } else {
        word += "Q?";
        for (const char c : bytes) {
            const auto u = uchar(c);
            if (c == ' ') {
                word += '_';
            } else if (isQLiteral(u)) {
                word += c;
            } else {
                word += '=';
                word += hexDigits[u >> 4];
                word += hexDigits[u & 0xF];
            }
        }
    }
    return word + "?=";
}

// The pieces an encoded-word boundary may fall between: grapheme clusters, or code points of a
// cluster too large for one word on its own.
QList<QByteArray> unbreakablePieces(const QString &text, WordEncoding encoding)
{
    QList<QByteArray> pieces;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = finder.toNextBoundary();
        if (end <= start || end > text.size())
            end = text.size();
        const QString cluster = text.mid(start, end - start);
        const QByteArray bytes = cluster.toUtf8();
        if (wordOverhead + encodedTextLength(bytes, encoding) <= maximumEncodedWordLength) {
            pieces.append(bytes);
        } else {
            // A cluster of dozens of combining marks: split it between code points instead.
            for (qsizetype i = 0; i < cluster.size(); ++i) {
                const bool pair = cluster.at(i).isHighSurrogate() && i + 1 < cluster.size();
                pieces.append(cluster.mid(i, pair ? 2 : 1).toUtf8());
                if (pair)
                    ++i;
            }
        }
        start = end;
    }
    return pieces;
}

QList<QByteArray> encodedWordsWith(const QString &text, WordEncoding encoding, int firstWordLength)
{
    QList<QByteArray> words;
    QByteArray current;
    int limit = firstWordLength;
    for (const QByteArray &piece : unbreakablePieces(text, encoding)) {
        const QByteArray candidate = current + piece;
        if (!current.isEmpty() && wordOverhead + encodedTextLength(candidate, encoding) > limit) {
            words.append(encodeWord(current, encoding));
            current = piece;
            limit = maximumEncodedWordLength;
        } else {
            current = candidate;
        }
    }
    if (!current.isEmpty() || words.isEmpty())
        words.append(encodeWord(current, encoding));
    return words;
}

qsizetype totalLength(const QList<QByteArray> &words)
{
    qsizetype length = 0;
    for (const QByteArray &word : words)
        length += word.size() + 1;
    return length;
}

} // namespace

QList<QByteArray> encodedWords(const QString &text, WordEncoding encoding, int firstWordLength)
{
    if (encoding != WordEncoding::Shortest)
        return encodedWordsWith(text, encoding, firstWordLength);
    QList<QByteArray> b = encodedWordsWith(text, WordEncoding::Base64, firstWordLength);
    QList<QByteArray> q = encodedWordsWith(text, WordEncoding::QuotedPrintable, firstWordLength);
    return totalLength(q) <= totalLength(b) ? q : b;
}

bool isPlainHeaderText(const QString &text)
{
    if (text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' ')))
        return false; // readers trim it: keep it by encoding
    if (text.contains("=?"_L1))
        return false;
    qsizetype wordLength = 0;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
        wordLength = (c == QLatin1Char(' ')) ? 0 : wordLength + 1;
        if (wordLength > 900) // cannot be folded below 998 octets
            return false;
    }
    return true;
}

QByteArray foldedField(const QByteArray &name, const QList<QByteArray> &tokens)
{
    QByteArray field = name + ':';
    qsizetype lineLength = field.size();
    bool lineHasToken = false;
    for (const QByteArray &token : tokens) {
        const bool overflows = lineLength + 1 + token.size() > recommendedLineLength;
        const bool foldingHelps = lineHasToken || 1 + token.size() <= recommendedLineLength;
        if (overflows && foldingHelps && !token.isEmpty()) {
            field += "\r\n ";
            lineLength = 1;
        } else {
            field += ' ';
            ++lineLength;
        }
        field += token;
        lineLength += token.size();
        lineHasToken = true;
    }
    return field + "\r\n";
}

QByteArray unstructuredField(const QByteArray &name, const QString &value)
{
    if (value.isEmpty())
        return name + ":\r\n";
    if (isPlainHeaderText(value))
        return foldedField(name, value.toLatin1().split(' '));
    const int firstWordLength = recommendedLineLength - int(name.size()) - 2;
    return foldedField(name, encodedWords(value, WordEncoding::Shortest, firstWordLength));
}

QByteArray mailboxField(const QByteArray &name, const QString &displayName, const QString &address)
{
    QList<QByteArray> tokens;
    bool atoms = !displayName.isEmpty() && !displayName.startsWith(QLatin1Char(' '))
        && !displayName.endsWith(QLatin1Char(' ')) && !displayName.contains("  "_L1)
        && displayName.size() <= 200;
    bool printable = displayName.size() <= 70;
    for (const QChar c : displayName) {
        if (!isAtext(c) && c != QLatin1Char(' '))
            atoms = false;
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            printable = false;
    }
    if (displayName.isEmpty()) {
        // just the address
    } else if (atoms) {
        tokens = displayName.toLatin1().split(' ');
    } else if (printable) {
        // RFC 5322 §3.2.4 quoted-string: only backslash and double quote need escaping.
        QByteArray quoted = "\"";
        for (const QChar c : displayName) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                quoted += '\\';
            quoted += char(c.unicode());
        }
        tokens.append(quoted + '"');
    } else {
        const int firstWordLength = recommendedLineLength - int(name.size()) - 2;
        tokens = encodedWords(displayName, WordEncoding::Shortest, firstWordLength);
    }
    // A non-ASCII local part stays UTF-8 (RFC 6532 §3.2); it is only sent with SMTPUTF8.
    tokens.append('<' + address.toUtf8() + '>');
    return foldedField(name, tokens);
}

QByteArray quotedPrintable(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() * 3 / 2);
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype lineIndex = 0; lineIndex < lines.size(); ++lineIndex) {
        QByteArray line = lines.at(lineIndex);
        const bool hardBreak = lineIndex + 1 < lines.size();
        if (hardBreak && line.endsWith('\r'))
            line.chop(1);
        qsizetype outLength = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = uchar(line.at(i));
            const bool last = i + 1 == line.size();
            QByteArray chunk;
            // §6.7 rules 2 and 3: printable ASCII except "=" as it is; white space only
            // when it does not end the line (trailing white space may be stripped in transit).
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last)) {
                chunk = QByteArray(1, char(c));
            } else {
                chunk = QByteArray("=") + hexDigits[c >> 4] + hexDigits[c & 0xF];
            }
            // §6.7 rule 5: encoded lines of at most 76 characters, "=" included.
            const qsizetype limit = last ? 76 : 75;
            if (outLength + chunk.size() > limit) {
                out += "=\r\n";
                outLength = 0;
            }
            out += chunk;
            outLength += chunk.size();
        }
        if (hardBreak)
            out += "\r\n";
    }
    return out;
}

} // namespace Postaci::Mime
