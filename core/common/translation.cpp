#include "translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Postaci {

QStringList supportedLanguages()
{
    return {u"en"_s, u"tr"_s};
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QString chosen = language;
    if (chosen.isEmpty()) {
        // QLocale::uiLanguages() is ordered by the user's preference ("tr-TR", "tr", "en-US"...).
        chosen = u"en"_s;
        const QStringList preferred = QLocale::system().uiLanguages();
        for (const QString &tag : preferred) {
            const QString primary = tag.section(QLatin1Char('-'), 0, 0).toLower();
            if (supportedLanguages().contains(primary)) {
                chosen = primary;
                break;
            }
        }
    }
    if (!supportedLanguages().contains(chosen))
        chosen = u"en"_s;

    // Make number and date formatting follow the chosen language too.
    QLocale::setDefault(QLocale(chosen == "tr"_L1 ? QLocale::Turkish : QLocale::English,
                                chosen == "tr"_L1 ? QLocale::Turkey : QLocale::UnitedStates));

    // A second call (the Language menu) replaces the catalogues of the first: translators stack,
    // and an old one still installed would keep answering for every string it knows.
    static QPointer<QTranslator> installedOwn;
    static QPointer<QTranslator> installedQt;
    for (QPointer<QTranslator> *installed : {&installedOwn, &installedQt}) {
        if (*installed) {
            QCoreApplication::removeTranslator(*installed);
            delete installed->data();
        }
        *installed = nullptr;
    }

    auto *own = new QTranslator(&app);
    if (own->load(u":/i18n/postaci_"_s + chosen)) {
        QCoreApplication::installTranslator(own);
        installedOwn = own;
    } else {
        delete own;
    }

    // Qt's own strings (QWizard buttons, QDialogButtonBox, socket errors) when the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(u"qtbase_"_s + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installedQt = qt;
    } else {
        delete qt;
    }
    return chosen;
}

} // namespace Postaci
