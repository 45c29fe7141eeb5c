#include "clientconfigplaceholders.h"

#include "account/emailaddress.h"

using namespace Qt::StringLiterals;

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
        result.replace("%EMAILADDRESS%"_L1, typedAddress);
        result.replace("%EMAILLOCALPART%"_L1, target.localPart());
    }
    result.replace("%EMAILDOMAIN%"_L1, target.domain());
    return result;
}

} // namespace Postaci::ClientConfigPlaceholders
