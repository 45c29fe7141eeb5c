#include "candidatechecks.h"

#include <QHostAddress>
#include <QStringList>

namespace Postaci {

QList<CandidateWarning> transportWarnings(quint16 port, Security security)
{
    QList<CandidateWarning> warnings;
    if (security == Security::None)
        warnings.append(CandidateWarning::Plaintext);
    if (port == 25)
        warnings.append(CandidateWarning::Port25);
    return warnings;
}

bool isPlausibleHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    QHostAddress literal;
    if (literal.setAddress(host))
        return true;
    QString name = host;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        for (QChar c : label) {
            const char16_t u = c.unicode();
            const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                || u == u'-' || u == u'_';
            if (!ok)
                return false;
        }
    }
    return true;
}

} // namespace Postaci
