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
    QString shown = escapeServerText(text);
    if (!m_secret.isEmpty()) {
        shown.replace(m_secret, redacted());
        shown.replace(m_secretBase64, redacted());
    }
    return shown;
}

QString TranscriptRedactor::redacted()
{
    return tr("<redacted>");
}

} // namespace Postaci
