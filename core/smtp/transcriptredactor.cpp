#include "transcriptredactor.h"

#include "smtp/servertext.h"

namespace Postaci {

namespace {

// Shorter secrets are not searched for: replacing every "abc" of a transcript would hide the
// server's words and tell an onlooker the secret anyway.
constexpr qsizetype ShortestRedactedSecret = 4;

} // namespace

TranscriptRedactor::TranscriptRedactor(const QString &secret)
{
    if (secret.size() >= ShortestRedactedSecret) {
        m_secret = secret;
        m_secretBase64 = QString::fromLatin1(secret.toUtf8().toBase64());
    }
}

QString TranscriptRedactor::shown(const QString &text) const
{
    return hidden(escapeServerText(text));
}

QString TranscriptRedactor::hidden(const QString &text) const
{
    QString hidden = text;
    if (!m_secret.isEmpty()) {
        hidden.replace(m_secret, redacted());
        hidden.replace(m_secretBase64, redacted());
    }
    return hidden;
}

QByteArray TranscriptRedactor::hidden(const QByteArray &bytes) const
{
    QByteArray hidden = bytes;
    if (!m_secret.isEmpty()) {
        const QByteArray replacement = redacted().toUtf8();
        hidden.replace(m_secret.toUtf8(), replacement);
        hidden.replace(m_secretBase64.toLatin1(), replacement);
    }
    return hidden;
}

QString TranscriptRedactor::redacted()
{
    return tr("<redacted>");
}

} // namespace Postaci
