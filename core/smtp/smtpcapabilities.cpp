#include "smtpcapabilities.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Postaci {

SmtpCapabilities SmtpCapabilities::fromEhloReply(const SmtpReply &reply)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    SmtpCapabilities caps;
    // The first line is the server's name and greeting, not an extension.
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        QStringList tokens = reply.lines.at(i).split(whitespace, Qt::SkipEmptyParts);
        if (tokens.isEmpty())
            continue;
        QString keyword = tokens.takeFirst().toUpper();
        if (keyword.startsWith("AUTH="_L1)) {
            // Legacy form: "AUTH=PLAIN LOGIN".
            const QString first = keyword.mid(5);
            keyword = u"AUTH"_s;
            if (!first.isEmpty())
                tokens.prepend(first);
        }
        if (keyword == "AUTH"_L1) {
            for (const QString &mechanism : std::as_const(tokens)) {
                const QString upper = mechanism.toUpper();
                if (!caps.m_authMechanisms.contains(upper))
                    caps.m_authMechanisms.append(upper);
            }
        }
        bool merged = false;
        for (Entry &entry : caps.m_entries) {
            if (entry.keyword == keyword) {
                for (const QString &token : std::as_const(tokens)) {
                    if (!entry.parameters.contains(token))
                        entry.parameters.append(token);
                }
                merged = true;
                break;
            }
        }
        if (!merged)
            caps.m_entries.append({keyword, tokens});
    }
    return caps;
}

QStringList SmtpCapabilities::keywords() const
{
    QStringList result;
    for (const Entry &entry : m_entries)
        result.append(entry.keyword);
    return result;
}

QStringList SmtpCapabilities::lines() const
{
    QStringList result;
    for (const Entry &entry : m_entries) {
        if (entry.parameters.isEmpty())
            result.append(entry.keyword);
        else
            result.append(entry.keyword + QLatin1Char(' ') + entry.parameters.join(QLatin1Char(' ')));
    }
    return result;
}

bool SmtpCapabilities::has(const QString &keyword) const
{
    return find(keyword) != nullptr;
}

QStringList SmtpCapabilities::parameters(const QString &keyword) const
{
    if (keyword.compare("AUTH"_L1, Qt::CaseInsensitive) == 0)
        return m_authMechanisms;
    const Entry *entry = find(keyword);
    return entry ? entry->parameters : QStringList();
}

bool SmtpCapabilities::supportsAuthMechanism(const QString &mechanism) const
{
    return m_authMechanisms.contains(mechanism.toUpper());
}

qint64 SmtpCapabilities::maxSize() const
{
    const Entry *entry = find(u"SIZE"_s);
    if (!entry || entry->parameters.isEmpty())
        return 0;
    bool ok = false;
    const qint64 value = entry->parameters.first().toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

const SmtpCapabilities::Entry *SmtpCapabilities::find(const QString &keyword) const
{
    const QString upper = keyword.toUpper();
    for (const Entry &entry : m_entries) {
        if (entry.keyword == upper)
            return &entry;
    }
    return nullptr;
}

} // namespace Postaci
