#pragma once

// A small, independent reader for what core/message writes, so the tests check the bytes by
// decoding them rather than by comparing with the encoder's own output.

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

using namespace Qt::StringLiterals;

namespace MessageParsing {

struct Parsed
{
    QList<QPair<QByteArray, QByteArray>> fields; // name, unfolded raw value (leading white space removed)
    QByteArray body;

    QByteArray field(const QByteArray &name) const
    {
        for (const auto &[fieldName, value] : fields) {
            if (fieldName.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    int count(const QByteArray &name) const
    {
        int n = 0;
        for (const auto &entry : fields)
            n += entry.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
        return n;
    }
};

inline Parsed parse(const QByteArray &message)
{
    Parsed parsed;
    const qsizetype end = message.indexOf("\r\n\r\n");
    const QByteArray header = message.left(end + 2);
    parsed.body = message.mid(end + 4);
    // RFC 5322 §2.2.3 unfolding: remove every CRLF that is followed by white space.
    QByteArray unfolded = header;
    unfolded.replace("\r\n ", " ");
    unfolded.replace("\r\n\t", "\t");
    for (const QByteArray &line : unfolded.split('\n')) {
        if (line.isEmpty())
            continue;
        const QByteArray text = line.endsWith('\r') ? line.chopped(1) : line;
        const qsizetype colon = text.indexOf(':');
        parsed.fields.append({text.left(colon), text.mid(colon + 1).trimmed()});
    }
    return parsed;
}

// RFC 2047 decoding of an unfolded unstructured value: white space between two adjacent
// encoded-words is dropped (§6.2); everything else is kept.
inline QString decodeWords(const QByteArray &value)
{
    static const QRegularExpression word(u"=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?="_s);
    const QString text = QString::fromLatin1(value);
    QString out;
    QByteArray pendingBytes; // consecutive words are concatenated before UTF-8 decoding
    qsizetype position = 0;
    bool lastWasWord = false;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString between = text.mid(position, match.capturedStart() - position);
        if (!(lastWasWord && between.trimmed().isEmpty())) {
            out += QString::fromUtf8(pendingBytes);
            pendingBytes.clear();
            out += between;
        }
        const QByteArray encoded = match.captured(3).toLatin1();
        if (match.captured(2).compare("B"_L1, Qt::CaseInsensitive) == 0) {
            pendingBytes += QByteArray::fromBase64(encoded);
        } else {
            QByteArray q = encoded;
            q.replace('_', ' ');
            pendingBytes += QByteArray::fromPercentEncoding(q, '=');
        }
        position = match.capturedEnd();
        lastWasWord = true;
    }
    out += QString::fromUtf8(pendingBytes);
    out += text.mid(position);
    return out;
}

// RFC 2045 §6.7 decoding.
inline QByteArray decodeQuotedPrintable(const QByteArray &text)
{
    QByteArray joined = text;
    joined.replace("=\r\n", "");
    return QByteArray::fromPercentEncoding(joined, '=');
}

} // namespace MessageParsing
