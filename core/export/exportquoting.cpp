#include "exportquoting.h"

using namespace Qt::StringLiterals;

namespace Postaci::ExportQuoting {

QString shellWord(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString msmtpArgument(const QString &text)
{
    return u'"' + text + u'"';
}

QString dotenvValue(const QString &text)
{
    if (!text.contains(u'\''))
        return u'\'' + text + u'\'';
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += u'"';
    for (QChar c : text) {
        if (c == u'\\' || c == u'"' || c == u'$' || c == u'`')
            quoted += u'\\';
        quoted += c;
    }
    quoted += u'"';
    return quoted;
}

} // namespace Postaci::ExportQuoting
