#include "common/translation.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QTest>

// The catalogues are embedded and the language switch really changes the words shown.
class TranslationTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void embedsBothCatalogues()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/postaci_tr.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/postaci_en.qm")));
    }

    void turkishTranslatesTheCliUsage()
    {
        QCOMPARE(Postaci::installTranslations(*QCoreApplication::instance(), QStringLiteral("tr")), QStringLiteral("tr"));
        const QString usage = QCoreApplication::translate("main", "Unknown command \"%1\".");
        QVERIFY2(usage != QLatin1String("Unknown command \"%1\"."), qPrintable(usage));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(Postaci::installTranslations(*QCoreApplication::instance(), QStringLiteral("xx")), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TranslationTest)
#include "tst_translation.moc"
