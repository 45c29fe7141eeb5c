#include "common/translation.h"
#include "diagnosis/diagnosis.h"
#include "smtp/sessionresult.h"
#include "smtp/sessionsettings.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QJsonArray>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

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
        *error = path + ": "_L1 + file.errorString();
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
            if (name == "context"_L1) {
                context.clear();
            } else if (name == "name"_L1 && !inMessage) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                current = CatalogueMessage{context, {}, false, {}};
                inMessage = true;
            } else if (name == "source"_L1 && inMessage) {
                current.source = xml.readElementText();
            } else if (name == "translation"_L1 && inMessage) {
                const auto type = xml.attributes().value("type"_L1);
                current.finished = type.isEmpty();
                if (type == "vanished"_L1 || type == "obsolete"_L1)
                    inMessage = false; // kept for history only, never shown
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                current.translations = {text};
            } else if (name == "numerusform"_L1 && inMessage) {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            if (inMessage)
                messages.append(current);
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = path + ": "_L1 + xml.errorString();
    return messages;
}

QString catalogPath(const QString &language)
{
    return qEnvironmentVariable("POSTACI_SOURCE_DIR") + u"/translations/postaci_"_s + language + u".ts"_s;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(?:n|\\d+)"_s);
    QSet<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0).remove(QLatin1Char('L')));
    return found;
}

// postaci-cli's standard output and error. The event loop keeps running meanwhile: the test
// server of cliProbeDetailSpeaksTurkish lives in this process.
std::pair<QString, QString> runCli(const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(qEnvironmentVariable("POSTACI_CLI"), arguments);
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return {QString(), u"postaci-cli did not finish: "_s + process.errorString()};
    }
    return {QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// Source text that reaches users without tr(): a reason or detail assigned from a literal that
// has words in it. Technical tokens alone ("SERVFAIL: ", "A/AAAA ") are fine.
QStringList untranslatedLiterals(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {path + u": cannot read"_s};
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression patterns[] = {
        // A literal is u"..."_s (docs/architecture.md, "Rules that hold everywhere"); QStringLiteral(
        // and QLatin1String( are still caught, for code written the older way.
        // outcome.reason = u"no answer ..."_s, reason += ...
        QRegularExpression(u"reason\\s*\\+?=\\s*(?:QStringLiteral\\(|QLatin1String\\(|\\bu)\"[^\"]*[a-z]{2,} [a-z]{2,}"_s),
        // fail(SessionError::X, u"the server ..."_s), finish(Kind, u"..."_s), *problem = ...
        QRegularExpression(
                u"\\b(fail|finish|cancel|deferFailure|unusable)\\([^;]*?(?:QStringLiteral\\(|QLatin1String\\(|\\bu)\"[^\"]*[a-z]{2,} [a-z]{2,}"_s),
        QRegularExpression(
                u"(detail|problem|Detail|\\*error|\\*why)\\s*=\\s*(?:QStringLiteral\\(|QLatin1String\\(|\\bu)\"[^\"]*[a-z]{2,} [a-z]{2,}"_s),
        QRegularExpression(u"return (?:QStringLiteral\\(|\\bu)\"[a-z][^\"]*[a-z]{2,} [a-z]{2,}[^\"]*\"(?:\\)|_s);"_s),
    };
    QStringList found;
    for (const QRegularExpression &pattern : patterns) {
        auto it = pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const int line = int(text.left(match.capturedStart()).count(QLatin1Char('\n'))) + 1;
            found.append(u"%1:%2: %3"_s.arg(path).arg(line).arg(match.captured(0).simplified()));
        }
    }
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
        QVERIFY(QFile::exists(u":/i18n/postaci_tr.qm"_s));
        QVERIFY(QFile::exists(u":/i18n/postaci_en.qm"_s));
    }

    void turkishTranslatesTheCliUsage()
    {
        QCOMPARE(Postaci::installTranslations(*QCoreApplication::instance(), u"tr"_s), u"tr"_s);
        const QString usage = QCoreApplication::translate("main", "Unknown command \"%1\".");
        QVERIFY2(usage != "Unknown command \"%1\"."_L1, qPrintable(usage));
    }

    // Every user-visible string has a finished Turkish translation (lupdate marks new and
    // changed source texts "unfinished": run the update_translations target and translate them).
    void turkishCatalogueIsComplete()
    {
        QString error;
        const QList<CatalogueMessage> messages = readCatalogue(catalogPath(u"tr"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList missing;
        for (const CatalogueMessage &message : messages) {
            bool empty = message.translations.isEmpty();
            for (const QString &form : message.translations)
                empty = empty || form.isEmpty();
            if (!message.finished || empty)
                missing.append(message.context + ": "_L1 + message.source);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"%1 untranslated:\n"_s.arg(missing.size()) + missing.join(QLatin1Char('\n'))));
    }

    // A translation that drops or invents a %1 shows the wrong value or a raw "%2" to the user.
    void turkishKeepsEveryPlaceholder()
    {
        QString error;
        const QList<CatalogueMessage> messages = readCatalogue(catalogPath(u"tr"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList wrong;
        for (const CatalogueMessage &message : messages) {
            for (const QString &form : message.translations) {
                if (!form.isEmpty() && placeholders(form) != placeholders(message.source))
                    wrong.append(message.context + ": "_L1 + message.source + " -> "_L1 + form);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    // The diagnosis sentences are built from translated pieces (step phrases inside sentences).
    void turkishTranslatesADiagnosis()
    {
        QCOMPARE(Postaci::installTranslations(*QCoreApplication::instance(), u"tr"_s), u"tr"_s);
        Postaci::SessionSettings settings;
        settings.host = u"mail.example.com.tr"_s;
        settings.port = 25;
        Postaci::SessionResult result;
        result.step = Postaci::SessionStep::Connect;
        result.error = Postaci::SessionError::ConnectTimeout;
        const Postaci::Diagnosis blocked = Postaci::diagnose(result, settings);
        QCOMPARE(blocked.title, u"25 portu engellenmiş görünüyor"_s);
        QVERIFY2(blocked.explanation.contains(u"mail.example.com.tr"_s), qPrintable(blocked.explanation));
        QVERIFY(!blocked.remedies.isEmpty());

        settings.port = 587;
        result.step = Postaci::SessionStep::Auth;
        result.error = Postaci::SessionError::ConnectionClosed;
        const Postaci::Diagnosis closed = Postaci::diagnose(result, settings);
        QCOMPARE(closed.title, u"Sunucu bağlantıyı kapattı"_s);
        QCOMPARE(closed.explanation, u"Sunucu bağlantıyı kapattı. Postacı o sırada oturum açıyordu."_s);
    }

    // The command line speaks Turkish with --lang tr, both its own usage and a command's errors.
    void cliSpeaksTurkish()
    {
        const QString cli = qEnvironmentVariable("POSTACI_CLI");
        QVERIFY2(QFile::exists(cli), qPrintable(u"postaci-cli not built: "_s + cli));
        QProcess process;
        process.start(cli, {u"--lang"_s, u"tr"_s, u"no-such-command"_s});
        QVERIFY(process.waitForFinished(20000));
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(errors.contains(u"Bilinmeyen komut: \"no-such-command\"."_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"Kullanım: postaci-cli"_s), qPrintable(errors));
        QVERIFY(process.exitCode() != 0);

        process.start(cli, {u"--lang"_s, u"tr"_s, u"probe"_s, u"--host"_s,
                            u"mail.example.com"_s, u"--port"_s, u"99999"_s});
        QVERIFY(process.waitForFinished(20000));
        const QString probeErrors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(probeErrors.contains(u"--port: \"99999\", 1 ile 65535 arasında bir port numarası değil."_s),
                 qPrintable(probeErrors));
        QCOMPARE(process.exitCode(), 2);
    }

    // A second call replaces the first catalogue: with the Turkish one still installed, English
    // would never come back (translators stack, and the newest that knows a text wins).
    void installingAgainReplacesTheCatalogue()
    {
        const char *source = "Unknown command \"%1\".";
        QCOMPARE(Postaci::installTranslations(*QCoreApplication::instance(), u"tr"_s), u"tr"_s);
        QVERIFY(QCoreApplication::translate("main", source) != QLatin1String(source));
        QCOMPARE(Postaci::installTranslations(*QCoreApplication::instance(), u"en"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate("main", source), QLatin1String(source));
        QCOMPARE(Postaci::installTranslations(*QCoreApplication::instance(), u"tr"_s), u"tr"_s);
        QCOMPARE(Postaci::installTranslations(*QCoreApplication::instance(), u"tr"_s), u"tr"_s);
        QVERIFY(QCoreApplication::translate("main", source) != QLatin1String(source));
        Postaci::installTranslations(*QCoreApplication::instance(), u"en"_s);
        QCOMPARE(QCoreApplication::translate("main", source), QLatin1String(source));
    }

    // `lookup --lang tr`: the reasons of the sources are Turkish, in the human output and in
    // --json, where the outcome word stays the stable English one (docs/cli.md).
    void cliLookupReasonsSpeakTurkish()
    {
        const QString turkishReason = u"yerleşik katalogda bu alan adına hizmet veren bir sağlayıcı yok"_s;
        const auto [human, humanErrors] = runCli({u"--lang"_s, u"tr"_s, u"lookup"_s,
                                                  u"example.invalid"_s, u"--offline"_s});
        QVERIFY2(human.contains(turkishReason), qPrintable(human + humanErrors));
        QVERIFY2(!human.contains("no provider"_L1), qPrintable(human));

        const auto sourceOf = [](const QString &jsonText) {
            const QJsonObject json = QJsonDocument::fromJson(jsonText.toUtf8()).object();
            return json.value("sources"_L1).toArray().first().toObject();
        };
        const QJsonObject turkish = sourceOf(runCli({u"--lang"_s, u"tr"_s, u"lookup"_s,
                                                     u"example.invalid"_s, u"--offline"_s, u"--json"_s})
                                                 .first);
        QCOMPARE(turkish.value("outcome"_L1).toString(), u"not-found"_s);
        QCOMPARE(turkish.value("reason"_L1).toString(), turkishReason);
        const QJsonObject english = sourceOf(runCli({u"--lang"_s, u"en"_s, u"lookup"_s,
                                                     u"example.invalid"_s, u"--offline"_s, u"--json"_s})
                                                 .first);
        QCOMPARE(english.value("reason"_L1).toString(), u"no provider in the built-in catalog serves this domain"_s);
    }

    // `probe --lang tr` against a server that is not SMTP (an IMAP greeting on loopback): the
    // session's detail is Turkish in the human output and in --json; the error kind stays.
    void cliProbeDetailSpeaksTurkish()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                socket->write("* OK [CAPABILITY IMAP4rev1] Dovecot ready.\r\n");
        });
        const QStringList probe = {u"--lang"_s, u"tr"_s, u"probe"_s, u"--host"_s,
                                   u"127.0.0.1"_s, u"--port"_s, QString::number(server.serverPort()),
                                   u"--security"_s, u"none"_s, u"--timeout"_s, u"10"_s};
        const QString turkishDetail = u"sunucu SMTP değil, IMAP konuşuyor"_s;
        const auto [out, err] = runCli(probe);
        const QString both = out + err;
        QVERIFY2(both.contains(turkishDetail), qPrintable(both));
        QVERIFY2(!both.contains("not SMTP"_L1), qPrintable(both));

        const QJsonObject json = QJsonDocument::fromJson(runCli(probe + QStringList{u"--json"_s}).first.toUtf8()).object();
        QCOMPARE(json.value("error"_L1).toString(), u"not-smtp"_s);
        QCOMPARE(json.value("errorDetail"_L1).toString(), turkishDetail);
    }

    // The reasons and details that reach users go through tr(): no literal with words is
    // assigned to them in the sources that produce them (the behaviour tests above and in
    // tst_autoconfigfetcher / tst_settingsfinder cover what runs; this covers every branch).
    void reasonsAndDetailsAreTranslatable()
    {
        const QString root = qEnvironmentVariable("POSTACI_SOURCE_DIR");
        QStringList found;
        for (const QString &folder : {u"/core"_s, u"/app"_s, u"/ui"_s}) {
            QDirIterator it(root + folder, {u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                // The catalog's own validation messages are for whoever edits providers.json.
                if (path.endsWith("/providercatalog.cpp"_L1))
                    continue;
                found += untranslatedLiterals(path);
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(Postaci::installTranslations(*QCoreApplication::instance(), u"xx"_s), u"en"_s);
    }
};

QTEST_GUILESS_MAIN(TranslationTest)
#include "tst_translation.moc"
