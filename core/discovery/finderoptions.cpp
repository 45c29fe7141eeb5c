#include "finderoptions.h"
#include "autoconfigfetcher.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Postaci {

FinderOptions FinderOptions::offline()
{
    FinderOptions options;
    options.sources = Source::Catalog;
    return options;
}

QUrl FinderOptions::configuredIspdbBaseUrl()
{
    const QSettings settings;
    const QUrl url(settings.value(ispdbSettingsKey()).toString());
    // Organisations host their own copy; only HTTPS is accepted from the settings, as the
    // answers are trusted like the ISPDB itself.
    if (url.isValid() && url.scheme() == "https"_L1 && !url.host().isEmpty())
        return url;
    return AutoconfigFetcher::defaultIspdbBaseUrl();
}

} // namespace Postaci
