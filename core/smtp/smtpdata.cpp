#include "smtpdata.h"

namespace Postaci {

QByteArray normaliseLineEnds(const QByteArray &data)
{
    QByteArray result;
    result.reserve(data.size() + data.size() / 32 + 2);
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '\r') {
            result.append("\r\n");
            if (i + 1 < data.size() && data.at(i + 1) == '\n')
                ++i;
        } else if (c == '\n') {
            result.append("\r\n");
        } else {
            result.append(c);
        }
    }
    if (!result.isEmpty() && !result.endsWith("\r\n"))
        result.append("\r\n");
    return result;
}

QByteArray dataPayload(const QByteArray &message)
{
    const QByteArray normalised = normaliseLineEnds(message);
    QByteArray result;
    result.reserve(normalised.size() + normalised.size() / 64 + 8);
    bool lineStart = true;
    for (const char c : normalised) {
        if (lineStart && c == '.')
            result.append('.');
        result.append(c);
        lineStart = c == '\n';
    }
    result.append(".\r\n");
    return result;
}

} // namespace Postaci
