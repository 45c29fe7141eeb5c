#include "clientconfigplaceholders.h"

#include "account/emailaddress.h"

namespace Postaci::ClientConfigPlaceholders {

QString resolve(const QString &placeholderTemplate, const EmailAddress &target)
{
    QString result = placeholderTemplate;
    if (target.hasLocalPart()) {
        // As typed: "Ayşe@Firma.com.tr" logs in as that, not as the ACE form. The input of
        // parseEmailOrDomain is trimmed; only the dot of an absolute domain is left to drop.
        QString typedAddress = target.input();
        if (typedAddress.endsWith(u'.'))
            typedAddress.chop(1);
        result.replace(QLatin1String("%EMAILADDRESS%"), typedAddress);
        result.replace(QLatin1String("%EMAILLOCALPART%"), target.localPart());
    }
    result.replace(QLatin1String("%EMAILDOMAIN%"), target.domain());
    return result;
}

} // namespace Postaci::ClientConfigPlaceholders
