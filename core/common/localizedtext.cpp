#include "localizedtext.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Postaci {

QString localizedText(const QJsonValue &value)
{
    return localizedTextIn(value, QLocale().name().section(u'_', 0, 0));
}

QString localizedTextIn(const QJsonValue &value, const QString &language)
{
    if (value.isString())
        return value.toString();
    if (!value.isObject())
        return {};
    const QJsonObject texts = value.toObject();
    if (texts.value(language).isString())
        return texts.value(language).toString();
    if (texts.value("en"_L1).isString())
        return texts.value("en"_L1).toString();
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (it.value().isString())
            return it.value().toString();
    }
    return {};
}

bool isLocalizedText(const QJsonValue &value)
{
    if (value.isString())
        return !value.toString().trimmed().isEmpty();
    if (!value.isObject())
        return false;
    const QJsonObject texts = value.toObject();
    if (texts.value("en"_L1).toString().trimmed().isEmpty())
        return false;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace Postaci
