#include "queueid.h"

#include <QRegularExpression>

namespace Postaci {

namespace {

QString stripBrackets(QString id)
{
    if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')) && id.size() > 2)
        id = id.mid(1, id.size() - 2);
    return id;
}

} // namespace

QString parseQueueId(const SmtpReply &reply)
{
    if (!reply.isPositiveCompletion())
        return {};
    const QString text = reply.lines.join(QLatin1Char(' ')).trimmed();
    const auto options = QRegularExpression::CaseInsensitiveOption;

    static const QRegularExpression queuedAs(QStringLiteral("queued as ([A-Za-z0-9._@<>-]+)"), options);
    static const QRegularExpression eximId(QStringLiteral("(?:^|\\s)id=([A-Za-z0-9._@<>-]+)"), options);
    static const QRegularExpression qmail(QStringLiteral("\\bqp (\\d+)"), options);
    static const QRegularExpression accepted(
            QStringLiteral("^(\\S+)(?: \\[[^\\]]*\\])* (?:Message accepted|Queued mail)"), options);
    // "OK <id>", optionally preceded by a Unix time (Gmail) and followed by anything.
    static const QRegularExpression okId(QStringLiteral("^OK:?\\s+(?:\\d{9,11}\\s+)?(\\S+)"), options);

    for (const QRegularExpression *pattern : {&queuedAs, &eximId, &qmail, &accepted}) {
        const QRegularExpressionMatch match = pattern->match(text);
        if (match.hasMatch())
            return stripBrackets(match.captured(1));
    }
    const QRegularExpressionMatch match = okId.match(text);
    if (match.hasMatch()) {
        const QString id = stripBrackets(match.captured(1));
        // "OK - gsmtp" or "Ok accepted": words, not ids.
        static const QRegularExpression idLike(QStringLiteral("^[A-Za-z0-9._@-]*[0-9][A-Za-z0-9._@-]*$"));
        if (idLike.match(id).hasMatch())
            return id;
    }
    return {};
}

} // namespace Postaci
