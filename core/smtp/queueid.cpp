#include "queueid.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

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

    static const QRegularExpression queuedAs(u"queued as ([A-Za-z0-9._@<>-]+)"_s, options);
    static const QRegularExpression eximId(u"(?:^|\\s)id=([A-Za-z0-9._@<>-]+)"_s, options);
    static const QRegularExpression qmail(u"\\bqp (\\d+)"_s, options);
    static const QRegularExpression accepted(
            u"^(\\S+)(?: \\[[^\\]]*\\])* (?:Message accepted|Queued mail)"_s, options);
    // "OK <id>", optionally preceded by a Unix time (Gmail) and followed by anything.
    static const QRegularExpression okId(u"^OK:?\\s+(?:\\d{9,11}\\s+)?(\\S+)"_s, options);

    for (const QRegularExpression *pattern : {&queuedAs, &eximId, &qmail, &accepted}) {
        const QRegularExpressionMatch match = pattern->match(text);
        if (match.hasMatch())
            return stripBrackets(match.captured(1));
    }
    const QRegularExpressionMatch match = okId.match(text);
    if (match.hasMatch()) {
        const QString id = stripBrackets(match.captured(1));
        // "OK - gsmtp" or "Ok accepted": words, not ids.
        static const QRegularExpression idLike(u"^[A-Za-z0-9._@-]*[0-9][A-Za-z0-9._@-]*$"_s);
        if (idLike.match(id).hasMatch())
            return id;
    }
    return {};
}

} // namespace Postaci
