#pragma once

#include <QJsonValue>
#include <QString>

namespace Postaci {

// Text from a data file (resources/providers.json) that users see: either one string (English,
// the form older catalogs use) or an object of languages, {"en": "...", "tr": "..."}.
// localizedText() picks the language of QLocale() (set by installTranslations), then English,
// then any; it is called when the text is shown, so a language switch applies.
QString localizedText(const QJsonValue &value);
// The same for a given language ("en", "tr"), falling back the same way.
QString localizedTextIn(const QJsonValue &value, const QString &language);

// A usable text: a non-empty string, or an object whose "en" is a non-empty string and whose
// other values are all strings.
bool isLocalizedText(const QJsonValue &value);

} // namespace Postaci
