#include "common/translation.h"
#include "diagnosis/diagnosis.h"
#include "smtp/sessionresult.h"
#include "smtp/sessionsettings.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct CatalogueMessage
{
    QString context;
    QString source;
    bool finished = false;
    QStringList translations; // one entry, or one per plural form
};

QList<CatalogueMessage> readCatalogue(const QString &path, QString *error)
{
    QList<CatalogueMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QLatin1String(": ") + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    CatalogueMessage current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = CatalogueMessage{context, {}, false, {}};
                inMessage = true;
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.finished = type.isEmpty();
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    inMessage = false; // kept for history only, never shown
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                current.translations = {text};
            } else if (name == QLatin1String("numerusform") && inMessage) {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (inMessage)
                messages.append(current);
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = path + QLatin1String(": ") + xml.errorString();
    return messages;
}

QString catalogPath(const QString &language)
{
    return qEnvironmentVariable("POSTACI_SOURCE_DIR") + QStringLiteral("/translations/postaci_") + language + QStringLiteral(".ts");
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:n|\\d+)"));
    QSet<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0).remove(QLatin1Char('L')));
    return found;
}

} // namespace

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

    // Every user-visible string has a finished Turkish translation (lupdate marks new and
    // changed source texts "unfinished": run the update_translations target and translate them).
    void turkishCatalogueIsComplete()
    {
        QString error;
        const QList<CatalogueMessage> messages = readCatalogue(catalogPath(QStringLiteral("tr")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList missing;
        for (const CatalogueMessage &message : messages) {
            bool empty = message.translations.isEmpty();
            for (const QString &form : message.translations)
                empty = empty || form.isEmpty();
            if (!message.finished || empty)
                missing.append(message.context + QLatin1String(": ") + message.source);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated:\n").arg(missing.size()) + missing.join(QLatin1Char('\n'))));
    }

    // A translation that drops or invents a %1 shows the wrong value or a raw "%2" to the user.
    void turkishKeepsEveryPlaceholder()
    {
        QString error;
        const QList<CatalogueMessage> messages = readCatalogue(catalogPath(QStringLiteral("tr")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList wrong;
        for (const CatalogueMessage &message : messages) {
            for (const QString &form : message.translations) {
                if (!form.isEmpty() && placeholders(form) != placeholders(message.source))
                    wrong.append(message.context + QLatin1String(": ") + message.source + QLatin1String(" -> ") + form);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    // The diagnosis sentences are built from translated pieces (step phrases inside sentences).
    void turkishTranslatesADiagnosis()
    {
        QCOMPARE(Postaci::installTranslations(*QCoreApplication::instance(), QStringLiteral("tr")), QStringLiteral("tr"));
        Postaci::SessionSettings settings;
        settings.host = QStringLiteral("mail.example.com.tr");
        settings.port = 25;
        Postaci::SessionResult result;
        result.step = Postaci::SessionStep::Connect;
        result.error = Postaci::SessionError::ConnectTimeout;
        const Postaci::Diagnosis blocked = Postaci::diagnose(result, settings);
        QCOMPARE(blocked.title, QStringLiteral("25 portu engellenmiş görünüyor"));
        QVERIFY2(blocked.explanation.contains(QStringLiteral("mail.example.com.tr")), qPrintable(blocked.explanation));
        QVERIFY(!blocked.remedies.isEmpty());

        settings.port = 587;
        result.step = Postaci::SessionStep::Auth;
        result.error = Postaci::SessionError::ConnectionClosed;
        const Postaci::Diagnosis closed = Postaci::diagnose(result, settings);
        QCOMPARE(closed.title, QStringLiteral("Sunucu bağlantıyı kapattı"));
        QCOMPARE(closed.explanation, QStringLiteral("Postacı oturum açarken sunucu bağlantıyı kapattı."));
    }

    // The command line speaks Turkish with --lang tr, both its own usage and a command's errors.
    void cliSpeaksTurkish()
    {
        const QString cli = qEnvironmentVariable("POSTACI_CLI");
        QVERIFY2(QFile::exists(cli), qPrintable(QStringLiteral("postaci-cli not built: ") + cli));
        QProcess process;
        process.start(cli, {QStringLiteral("--lang"), QStringLiteral("tr"), QStringLiteral("no-such-command")});
        QVERIFY(process.waitForFinished(20000));
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(errors.contains(QStringLiteral("Bilinmeyen komut: \"no-such-command\".")), qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("Kullanım: postaci-cli")), qPrintable(errors));
        QVERIFY(process.exitCode() != 0);

        process.start(cli, {QStringLiteral("--lang"), QStringLiteral("tr"), QStringLiteral("probe"), QStringLiteral("--host"),
                            QStringLiteral("mail.example.com"), QStringLiteral("--port"), QStringLiteral("99999")});
        QVERIFY(process.waitForFinished(20000));
        const QString probeErrors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(probeErrors.contains(QStringLiteral("--port: \"99999\", 1 ile 65535 arasında bir port numarası değil.")),
                 qPrintable(probeErrors));
        QCOMPARE(process.exitCode(), 2);
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(Postaci::installTranslations(*QCoreApplication::instance(), QStringLiteral("xx")), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TranslationTest)
#include "tst_translation.moc"
