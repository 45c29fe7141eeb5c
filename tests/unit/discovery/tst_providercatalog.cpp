// ProviderCatalog: the shipped providers.json is well-formed and complete enough, broken entries
// are reported and left out, and lookups by domain and by MX host find the right provider.

#include "account/emailaddress.h"
#include "account/passwordpolicy.h"
#include "discovery/providercatalog.h"

#include "timing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

#include <ctime>

using namespace Postaci;

namespace {
QString sourceCatalogPath()
{
    return qEnvironmentVariable("POSTACI_SOURCE_DIR") + QStringLiteral("/resources/providers.json");
}

QString issueList(const ProviderCatalog &catalog)
{
    QStringList lines;
    for (const CatalogIssue &issue : catalog.issues())
        lines.append(issue.toString());
    return lines.join(QLatin1Char('\n'));
}

// A valid one-provider catalog, as a JSON object the rows below break one field at a time.
QJsonObject minimalEntry()
{
    return QJsonDocument::fromJson(
               "{\"id\": \"example\", \"name\": \"Example Mail\","
               " \"domains\": [\"example.com\", \"xn--bcher-kva.example\", \"*.hosted.example\"],"
               " \"mxPatterns\": [\"mx*.example.net\", \"*.example.com\"],"
               " \"smtp\": ["
               "  {\"host\": \"smtp.example.com\", \"port\": 465, \"security\": \"tls\", \"auth\": \"auto\", \"username\": \"%EMAILADDRESS%\"},"
               "  {\"host\": \"smtp.example.com\", \"port\": 25, \"security\": \"none\", \"auth\": \"plain\", \"username\": \"%EMAILLOCALPART%\"}"
               " ],"
               " \"source\": \"https://help.example.com/smtp\", \"checked\": \"2026-11-27\", \"checkedAgainst\": [\"a test\"]}")
        .object();
}

// Text users see (passwordFormat.label, notes, noSmtp) ships in English and Turkish: an object
// with both, each non-empty. Plain strings load too (older catalogs), but not in our own file.
bool hasEnglishAndTurkish(const QJsonValue &value)
{
    const QJsonObject texts = value.toObject();
    return value.isObject() && !texts.value(QLatin1String("en")).toString().trimmed().isEmpty()
        && !texts.value(QLatin1String("tr")).toString().trimmed().isEmpty();
}

QByteArray catalogJson(const QList<QJsonObject> &entries)
{
    QJsonArray providers;
    for (const QJsonObject &entry : entries)
        providers.append(entry);
    return QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 1}, {QStringLiteral("providers"), providers}}).toJson();
}
} // namespace

class TestProviderCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLoadsWithoutIssues();
    void shippedFileFollowsTheSchema();
    void coversTheProvidersTurkeyAndEuropeUse();
    void rejectsBrokenEntries_data();
    void rejectsBrokenEntries();
    void rejectsBrokenFiles_data();
    void rejectsBrokenFiles();
    void findsByDomain_data();
    void findsByDomain();
    void findsInternationalisedDomains();
    void findsByMxHost_data();
    void findsByMxHost();
    void matchesMxPatterns_data();
    void matchesMxPatterns();
    void buildsCatalogCandidates();
    void buildsCandidatesForOtherSources();
    void refusesInjectedAddresses();
    void providerWithoutSmtpIsKnownButGivesNoCandidates();
    void answersQuickly();
    void showsTextsInTheInterfaceLanguage();
};

void TestProviderCatalog::builtInLoadsWithoutIssues()
{
    const ProviderCatalog &catalog = ProviderCatalog::builtIn();
    QVERIFY2(catalog.isValid(), qPrintable(issueList(catalog)));
    QCOMPARE(catalog.schemaVersion(), 1);
    QVERIFY(&catalog == &ProviderCatalog::builtIn()); // loaded once

    // What is embedded is the file in the source tree, entry for entry.
    const ProviderCatalog fromSource = ProviderCatalog::fromFile(sourceCatalogPath());
    QVERIFY2(fromSource.isValid(), qPrintable(issueList(fromSource)));
    QCOMPARE(catalog.providers().size(), fromSource.providers().size());
    for (qsizetype i = 0; i < catalog.providers().size(); ++i)
        QCOMPARE(catalog.providers().at(i).id, fromSource.providers().at(i).id);
}

// Checked on the raw JSON, independently of the loader's own validation.
void TestProviderCatalog::shippedFileFollowsTheSchema()
{
    QFile file(sourceCatalogPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(root.value(QLatin1String("schemaVersion")).toInt(), 1);

    const QJsonArray providers = root.value(QLatin1String("providers")).toArray();
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression domainShape(QStringLiteral("^(\\*\\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9-]+$"));
    static const QRegularExpression placeholder(QStringLiteral("%[A-Z]+%"));
    const QSet<QString> securityWords = {QStringLiteral("none"), QStringLiteral("starttls"), QStringLiteral("tls")};
    const QSet<QString> authWords = {QStringLiteral("auto"), QStringLiteral("none"), QStringLiteral("plain"),
                                     QStringLiteral("login"), QStringLiteral("cram-md5"), QStringLiteral("xoauth2")};
    const QSet<QString> placeholders = {QStringLiteral("%EMAILADDRESS%"), QStringLiteral("%EMAILLOCALPART%"),
                                        QStringLiteral("%EMAILDOMAIN%")};
    QSet<QString> ids, domains;
    int withSmtp = 0;
    for (const QJsonValue &value : providers) {
        const QJsonObject p = value.toObject();
        const QString id = p.value(QLatin1String("id")).toString();
        const auto where = [&](const QString &what) { return qPrintable(id + QStringLiteral(": ") + what); };
        QVERIFY2(!id.isEmpty() && !ids.contains(id), where(QStringLiteral("id missing or repeated")));
        ids.insert(id);
        QVERIFY2(!p.value(QLatin1String("name")).toString().isEmpty(), where(QStringLiteral("name")));
        QVERIFY2(p.value(QLatin1String("domains")).isArray() && p.value(QLatin1String("mxPatterns")).isArray(),
                 where(QStringLiteral("domains and mxPatterns must be arrays")));
        QVERIFY2(!p.value(QLatin1String("domains")).toArray().isEmpty() || !p.value(QLatin1String("mxPatterns")).toArray().isEmpty(),
                 where(QStringLiteral("no way to find this provider")));
        for (const QJsonValue &d : p.value(QLatin1String("domains")).toArray()) {
            const QString domain = d.toString();
            QVERIFY2(domainShape.match(domain).hasMatch(), where(QStringLiteral("bad domain ") + domain));
            QVERIFY2(!domains.contains(domain), where(QStringLiteral("duplicate domain ") + domain));
            domains.insert(domain);
        }
        const QJsonArray smtp = p.value(QLatin1String("smtp")).toArray();
        if (smtp.isEmpty())
            QVERIFY2(hasEnglishAndTurkish(p.value(QLatin1String("noSmtp"))), where(QStringLiteral("no SMTP and no reason in en and tr")));
        else
            ++withSmtp;
        for (const QJsonValue &s : smtp) {
            const QJsonObject server = s.toObject();
            QVERIFY2(!server.value(QLatin1String("host")).toString().isEmpty(), where(QStringLiteral("host")));
            const int port = server.value(QLatin1String("port")).toInt(-1);
            QVERIFY2(port >= 1 && port <= 65535, where(QStringLiteral("port %1").arg(port)));
            QVERIFY2(securityWords.contains(server.value(QLatin1String("security")).toString()), where(QStringLiteral("security")));
            QVERIFY2(authWords.contains(server.value(QLatin1String("auth")).toString()), where(QStringLiteral("auth")));
            const QString username = server.value(QLatin1String("username")).toString();
            QVERIFY2(!username.isEmpty(), where(QStringLiteral("username template")));
            auto it = placeholder.globalMatch(username);
            while (it.hasNext())
                QVERIFY2(placeholders.contains(it.next().captured()), where(QStringLiteral("unknown placeholder in ") + username));
            // Catalog entries never send a password in clear (Proton's Bridge is local but still STARTTLS).
            QVERIFY2(server.value(QLatin1String("security")).toString() != QLatin1String("none"), where(QStringLiteral("plaintext server")));
        }
        if (p.contains(QLatin1String("notes")))
            QVERIFY2(hasEnglishAndTurkish(p.value(QLatin1String("notes"))), where(QStringLiteral("notes in en and tr")));
        const QUrl source(p.value(QLatin1String("source")).toString(), QUrl::StrictMode);
        QVERIFY2(source.isValid() && source.scheme() == QLatin1String("https") && !source.host().isEmpty(), where(QStringLiteral("source must be https")));
        const QString checked = p.value(QLatin1String("checked")).toString();
        QVERIFY2(isoDate.match(checked).hasMatch() && QDate::fromString(checked, Qt::ISODate).isValid(), where(QStringLiteral("checked date")));
        QVERIFY2(!p.value(QLatin1String("checkedAgainst")).toArray().isEmpty(), where(QStringLiteral("checkedAgainst")));
        if (p.contains(QLatin1String("passwordFormat"))) {
            const QJsonObject format = p.value(QLatin1String("passwordFormat")).toObject();
            const QString kind = format.value(QLatin1String("kind")).toString();
            QVERIFY2(kind == QLatin1String("app-password") || kind == QLatin1String("oauth2-only"), where(QStringLiteral("passwordFormat.kind")));
            const QUrl help(format.value(QLatin1String("helpUrl")).toString(), QUrl::StrictMode);
            QVERIFY2(help.isValid() && help.scheme() == QLatin1String("https"), where(QStringLiteral("passwordFormat.helpUrl")));
            QVERIFY2(hasEnglishAndTurkish(format.value(QLatin1String("label"))), where(QStringLiteral("passwordFormat.label in en and tr")));
            if (kind == QLatin1String("app-password")) {
                QVERIFY2(format.value(QLatin1String("length")).toInt() > 0 || format.value(QLatin1String("maxLength")).toInt() > 0,
                         where(QStringLiteral("an app password needs a length")));
            }
        }
    }
    QVERIFY2(withSmtp >= 40, qPrintable(QStringLiteral("only %1 providers with SMTP servers").arg(withSmtp)));
}

void TestProviderCatalog::coversTheProvidersTurkeyAndEuropeUse()
{
    const ProviderCatalog &catalog = ProviderCatalog::builtIn();
    const QStringList domains = {
        QStringLiteral("gmail.com"), QStringLiteral("hotmail.com"), QStringLiteral("outlook.com.tr"), QStringLiteral("hotmail.com.tr"),
        QStringLiteral("yahoo.com"), QStringLiteral("yahoo.com.tr"), QStringLiteral("icloud.com"), QStringLiteral("me.com"),
        QStringLiteral("mac.com"), QStringLiteral("aol.com"), QStringLiteral("yandex.com"), QStringLiteral("yandex.ru"),
        QStringLiteral("yandex.com.tr"), QStringLiteral("ya.ru"), QStringLiteral("gmx.net"), QStringLiteral("gmx.de"),
        QStringLiteral("gmx.com"), QStringLiteral("gmx.com.tr"), QStringLiteral("web.de"), QStringLiteral("mail.ru"),
        QStringLiteral("zoho.com"), QStringLiteral("fastmail.com"), QStringLiteral("proton.me"), QStringLiteral("t-online.de"),
        QStringLiteral("orange.fr"), QStringLiteral("wanadoo.fr"), QStringLiteral("free.fr"), QStringLiteral("libero.it"),
        QStringLiteral("qq.com"), QStringLiteral("163.com"), QStringLiteral("126.com"), QStringLiteral("naver.com"),
        QStringLiteral("daum.net"), QStringLiteral("mailbox.org"), QStringLiteral("posteo.de"), QStringLiteral("seznam.cz"),
        QStringLiteral("wp.pl"), QStringLiteral("onet.pl"), QStringLiteral("o2.pl"), QStringLiteral("virgilio.it"),
        QStringLiteral("tim.it"), QStringLiteral("tiscali.it"), QStringLiteral("sfr.fr"), QStringLiteral("laposte.net"),
        QStringLiteral("ziggo.nl"), QStringLiteral("kpnmail.nl"), QStringLiteral("bluewin.ch"), QStringLiteral("strato.de"),
        QStringLiteral("arcor.de"), QStringLiteral("btinternet.com"), QStringLiteral("sky.com"), QStringLiteral("virginmedia.com"),
        QStringLiteral("comcast.net"), QStringLiteral("att.net"), QStringLiteral("rambler.ru")};
    for (const QString &domain : domains) {
        const ProviderEntry *entry = catalog.findByDomain(domain);
        QVERIFY2(entry && entry->offersSmtp(), qPrintable(domain));
    }
    // Those that demand an app password or OAuth2 say so, with a help URL.
    for (const QString &id : {QStringLiteral("gmail"), QStringLiteral("yahoo"), QStringLiteral("icloud"), QStringLiteral("aol"),
                              QStringLiteral("outlook"), QStringLiteral("microsoft365")}) {
        const ProviderEntry *entry = catalog.byId(id);
        QVERIFY2(entry && entry->hasPasswordFormat(), qPrintable(id));
    }
    const QJsonObject gmail = catalog.byId(QStringLiteral("gmail"))->passwordFormat;
    QCOMPARE(gmail.value(QLatin1String("kind")).toString(), QStringLiteral("app-password"));
    QCOMPARE(gmail.value(QLatin1String("length")).toInt(), 16);
    QCOMPARE(gmail.value(QLatin1String("characters")).toString(), QStringLiteral("a-z"));
    QCOMPARE(gmail.value(QLatin1String("ignoreSpaces")).toBool(), true);
    QCOMPARE(gmail.value(QLatin1String("helpUrl")).toString(), QStringLiteral("https://support.google.com/accounts/answer/185833"));
    QCOMPARE(catalog.byId(QStringLiteral("outlook"))->passwordFormat.value(QLatin1String("kind")).toString(), QStringLiteral("oauth2-only"));

    const ProviderEntry *proton = catalog.findByDomain(QStringLiteral("protonmail.com"));
    QVERIFY(proton);
    QCOMPARE(proton->smtp.first().host, QStringLiteral("127.0.0.1"));
    QCOMPARE(proton->smtp.first().port, quint16(1025));
    QCOMPARE(proton->smtp.first().security, Security::StartTls);
}

void TestProviderCatalog::rejectsBrokenEntries_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");

    auto server = [](const char *key, const QJsonValue &v) {
        QJsonObject s{{QStringLiteral("host"), QStringLiteral("smtp.example.com")}, {QStringLiteral("port"), 587},
                      {QStringLiteral("security"), QStringLiteral("starttls")}, {QStringLiteral("auth"), QStringLiteral("auto")},
                      {QStringLiteral("username"), QStringLiteral("%EMAILADDRESS%")}};
        if (v.isUndefined())
            s.remove(QLatin1String(key));
        else
            s.insert(QLatin1String(key), v);
        return QJsonValue(QJsonArray{s});
    };
    QTest::newRow("id missing") << "id" << QJsonValue() << "id";
    QTest::newRow("id upper case") << "id" << QJsonValue(QStringLiteral("Example")) << "id";
    QTest::newRow("name empty") << "name" << QJsonValue(QStringLiteral(" ")) << "name";
    QTest::newRow("domain upper case") << "domains" << QJsonValue(QJsonArray{QStringLiteral("Example.com")}) << "domains[0]";
    QTest::newRow("domain unicode") << "domains" << QJsonValue(QJsonArray{QStringLiteral("bücher.example")}) << "domains[0]";
    QTest::newRow("domains not array") << "domains" << QJsonValue(QStringLiteral("example.com")) << "domains";
    QTest::newRow("mx pattern only star") << "mxPatterns" << QJsonValue(QJsonArray{QStringLiteral("*")}) << "mxPatterns[0]";
    QTest::newRow("port zero") << "smtp" << server("port", 0) << "smtp[0].port";
    QTest::newRow("port too big") << "smtp" << server("port", 70000) << "smtp[0].port";
    QTest::newRow("port fraction") << "smtp" << server("port", 587.5) << "smtp[0].port";
    QTest::newRow("port as text") << "smtp" << server("port", QStringLiteral("587")) << "smtp[0].port";
    QTest::newRow("security alias") << "smtp" << server("security", QStringLiteral("ssl")) << "smtp[0].security";
    QTest::newRow("security unknown") << "smtp" << server("security", QStringLiteral("tls1.3")) << "smtp[0].security";
    QTest::newRow("auth unknown") << "smtp" << server("auth", QStringLiteral("ntlm")) << "smtp[0].auth";
    QTest::newRow("host with space") << "smtp" << server("host", QStringLiteral("smtp example.com")) << "smtp[0].host";
    QTest::newRow("host missing") << "smtp" << server("host", QJsonValue()) << "smtp[0].host";
    QTest::newRow("unknown placeholder") << "smtp" << server("username", QStringLiteral("%USERNAME%")) << "smtp[0].username";
    QTest::newRow("no smtp, no reason") << "smtp" << QJsonValue(QJsonArray{}) << "smtp";
    QTest::newRow("source over http") << "source" << QJsonValue(QStringLiteral("http://help.example.com/")) << "source";
    QTest::newRow("source missing") << "source" << QJsonValue() << "source";
    QTest::newRow("date not ISO") << "checked" << QJsonValue(QStringLiteral("27.11.2026")) << "checked";
    QTest::newRow("date impossible") << "checked" << QJsonValue(QStringLiteral("2026-02-30")) << "checked";
    QTest::newRow("checkedAgainst missing") << "checkedAgainst" << QJsonValue() << "checkedAgainst";
    QTest::newRow("password kind unknown") << "passwordFormat"
                                           << QJsonValue(QJsonObject{{QStringLiteral("kind"), QStringLiteral("pin")},
                                                                     {QStringLiteral("label"), QStringLiteral("x")},
                                                                     {QStringLiteral("helpUrl"), QStringLiteral("https://x.example/")}})
                                           << "passwordFormat.kind";
    QTest::newRow("app password without length") << "passwordFormat"
                                                 << QJsonValue(QJsonObject{{QStringLiteral("kind"), QStringLiteral("app-password")},
                                                                           {QStringLiteral("label"), QStringLiteral("x")},
                                                                           {QStringLiteral("helpUrl"), QStringLiteral("https://x.example/")}})
                                                 << "passwordFormat.length";
    QTest::newRow("password help over http") << "passwordFormat"
                                             << QJsonValue(QJsonObject{{QStringLiteral("kind"), QStringLiteral("oauth2-only")},
                                                                       {QStringLiteral("label"), QStringLiteral("x")},
                                                                       {QStringLiteral("helpUrl"), QStringLiteral("http://x.example/")}})
                                             << "passwordFormat.helpUrl";
    QTest::newRow("label object without en") << "passwordFormat"
                                             << QJsonValue(QJsonObject{{QStringLiteral("kind"), QStringLiteral("oauth2-only")},
                                                                       {QStringLiteral("label"), QJsonObject{{QStringLiteral("tr"), QStringLiteral("x")}}},
                                                                       {QStringLiteral("helpUrl"), QStringLiteral("https://x.example/")}})
                                             << "passwordFormat.label";
    QTest::newRow("notes object with a number") << "notes"
                                                << QJsonValue(QJsonObject{{QStringLiteral("en"), QStringLiteral("x")}, {QStringLiteral("tr"), 1}})
                                                << "notes";
    QTest::newRow("ispdb note without reason") << "ispdbNotes"
                                               << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("difference"), QStringLiteral("catalog-only")},
                                                                                    {QStringLiteral("server"), QStringLiteral("smtp.example.com:465:tls")}}})
                                               << "ispdbNotes[0].reason";
    QTest::newRow("ispdb note bad server") << "ispdbNotes"
                                           << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("difference"), QStringLiteral("catalog-only")},
                                                                                {QStringLiteral("server"), QStringLiteral("smtp.example.com:465")},
                                                                                {QStringLiteral("reason"), QStringLiteral("x")}}})
                                           << "ispdbNotes[0].server";
}

void TestProviderCatalog::rejectsBrokenEntries()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);

    QJsonObject broken = minimalEntry();
    if (value.isUndefined() || value.isNull())
        broken.remove(member);
    else
        broken.insert(member, value);
    QJsonObject other = minimalEntry();
    other.insert(QStringLiteral("id"), QStringLiteral("other"));
    other.insert(QStringLiteral("domains"), QJsonArray{QStringLiteral("other.example")});
    other.insert(QStringLiteral("mxPatterns"), QJsonArray{});

    const ProviderCatalog catalog = ProviderCatalog::fromJson(catalogJson({broken, other}));
    QVERIFY(!catalog.isValid());
    bool named = false;
    for (const CatalogIssue &issue : catalog.issues()) {
        QCOMPARE(issue.index, 0);
        named = named || issue.field == field;
    }
    QVERIFY2(named, qPrintable(QStringLiteral("expected an issue about %1, got:\n%2").arg(field, issueList(catalog))));
    // The broken entry is left out whole, the good one stays usable.
    QCOMPARE(catalog.providers().size(), 1);
    QCOMPARE(catalog.providers().first().id, QStringLiteral("other"));
    QVERIFY(!catalog.findByDomain(QStringLiteral("example.com")));
    QVERIFY(catalog.findByDomain(QStringLiteral("other.example")));
}

void TestProviderCatalog::rejectsBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("not json") << QByteArray("{\"schemaVersion\": 1, ") << QString();
    QTest::newRow("array at top") << QByteArray("[]") << QString();
    QTest::newRow("future schema") << QByteArray("{\"schemaVersion\": 2, \"providers\": []}") << QStringLiteral("schemaVersion");
    QTest::newRow("no schema") << QByteArray("{\"providers\": []}") << QStringLiteral("schemaVersion");
    QTest::newRow("providers not array") << QByteArray("{\"schemaVersion\": 1, \"providers\": {}}") << QStringLiteral("providers");

    QJsonObject twin = minimalEntry();
    twin.insert(QStringLiteral("id"), QStringLiteral("twin"));
    twin.insert(QStringLiteral("mxPatterns"), QJsonArray{});
    QTest::newRow("domain listed twice") << catalogJson({minimalEntry(), twin}) << QStringLiteral("domains[0]");
    QJsonObject sameId = minimalEntry();
    sameId.insert(QStringLiteral("domains"), QJsonArray{QStringLiteral("else.example")});
    sameId.insert(QStringLiteral("mxPatterns"), QJsonArray{});
    QTest::newRow("id used twice") << catalogJson({minimalEntry(), sameId}) << QStringLiteral("id");
}

void TestProviderCatalog::rejectsBrokenFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const ProviderCatalog catalog = ProviderCatalog::fromJson(json);
    QVERIFY(!catalog.isValid());
    QVERIFY2(catalog.issues().first().field == field || catalog.issues().last().field == field, qPrintable(issueList(catalog)));
    QVERIFY(!catalog.issues().first().toString().isEmpty());
    QVERIFY(!ProviderCatalog::fromFile(QStringLiteral("/nonexistent/providers.json")).isValid());
}

void TestProviderCatalog::findsByDomain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("id");
    QTest::newRow("plain") << "gmail.com" << "gmail";
    QTest::newRow("upper case") << "GMAIL.COM" << "gmail";
    QTest::newRow("mixed case, spaces") << "  GMail.Com " << "gmail";
    QTest::newRow("trailing dot") << "gmail.com." << "gmail";
    QTest::newRow("googlemail") << "googlemail.com" << "gmail";
    QTest::newRow("yandex turkey") << "yandex.com.tr" << "yandex";
    QTest::newRow("YANDEX.COM.TR") << "YANDEX.COM.TR" << "yandex";
    QTest::newRow("hotmail turkey") << "hotmail.com.tr" << "outlook";
    QTest::newRow("outlook turkey") << "OUTLOOK.COM.TR" << "outlook";
    QTest::newRow("gmx turkey") << "gmx.com.tr" << "gmx-com";
    QTest::newRow("yahoo turkey") << "yahoo.com.tr" << "yahoo";
    QTest::newRow("icloud me") << "me.com" << "icloud";
    QTest::newRow("wanadoo") << "wanadoo.fr" << "orange";
    QTest::newRow("arcor") << "arcor.de" << "vodafone-de";
    QTest::newRow("tenant subdomain") << "contoso.onmicrosoft.com" << "microsoft365";
    QTest::newRow("deeper tenant subdomain") << "a.b.onmicrosoft.com" << "microsoft365";
    QTest::newRow("unknown") << "example.org" << "";
    QTest::newRow("look-alike") << "gmail.com.tr" << "";
    QTest::newRow("suffix is not subdomain") << "notgmail.com" << "";
    QTest::newRow("subdomain of exact entry") << "mail.gmail.com" << "";
    QTest::newRow("turkish dotted capital I is not i") << QStringLiteral("GMAİL.COM") << "";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("garbage") << "a..b" << "";
}

void TestProviderCatalog::findsByDomain()
{
    QFETCH(QString, domain);
    QFETCH(QString, id);
    const ProviderEntry *entry = ProviderCatalog::builtIn().findByDomain(domain);
    QCOMPARE(entry ? entry->id : QString(), id);
}

void TestProviderCatalog::findsInternationalisedDomains()
{
    const ProviderCatalog catalog = ProviderCatalog::fromJson(catalogJson({minimalEntry()}));
    QVERIFY2(catalog.isValid(), qPrintable(issueList(catalog)));
    for (const QString &domain : {QStringLiteral("bücher.example"), QStringLiteral("BÜCHER.example"),
                                  QStringLiteral("xn--bcher-kva.example"), QStringLiteral("XN--BCHER-KVA.EXAMPLE.")}) {
        const ProviderEntry *entry = catalog.findByDomain(domain);
        QVERIFY2(entry && entry->id == QLatin1String("example"), qPrintable(domain));
    }
    QVERIFY(catalog.findByDomain(QStringLiteral("shop.hosted.example")));
    QVERIFY(!catalog.findByDomain(QStringLiteral("hosted.example")));
    const QList<ServerCandidate> candidates = catalog.candidatesFor(QStringLiteral("kitap@bücher.example"));
    QCOMPARE(candidates.size(), 2);
    QCOMPARE(candidates.first().username, QStringLiteral("kitap@bücher.example"));
}

void TestProviderCatalog::findsByMxHost_data()
{
    QTest::addColumn<QString>("mx");
    QTest::addColumn<QString>("id");
    QTest::newRow("gmail") << "gmail-smtp-in.l.google.com" << "gmail";
    QTest::newRow("gmail alt, trailing dot") << "alt1.gmail-smtp-in.l.google.com." << "gmail";
    QTest::newRow("workspace upper case") << "ASPMX.L.GOOGLE.COM" << "google-workspace";
    QTest::newRow("workspace alt") << "alt2.aspmx.l.google.com" << "google-workspace";
    QTest::newRow("workspace googlemail") << "aspmx2.googlemail.com" << "google-workspace";
    QTest::newRow("workspace single mx") << "smtp.google.com" << "google-workspace";
    QTest::newRow("microsoft 365") << "contoso-com.mail.protection.outlook.com" << "microsoft365";
    QTest::newRow("outlook.com") << "hotmail-com.olc.protection.outlook.com" << "outlook";
    QTest::newRow("yahoo") << "mta7.am0.yahoodns.net" << "yahoo";
    QTest::newRow("aol") << "mx-aol.mail.gm0.yahoodns.net" << "aol";
    QTest::newRow("icloud") << "mx01.mail.icloud.com" << "icloud";
    QTest::newRow("yandex 360") << "mx.yandex.net" << "yandex";
    QTest::newRow("zoho organisation") << "mx2.zoho.com" << "zoho-workplace";
    QTest::newRow("zoho eu organisation") << "mx.zoho.eu" << "zoho-workplace-eu";
    QTest::newRow("aruba pec more specific") << "mx.pec.aruba.it" << "aruba-pec";
    QTest::newRow("proton") << "mailsec.protonmail.ch" << "proton-bridge";
    QTest::newRow("ionos") << "mx00.ionos.de" << "ionos";
    QTest::newRow("strato") << "smtpin.rzone.de" << "strato";
    QTest::newRow("suffix trick") << "google.com.evil.example" << "";
    QTest::newRow("no dot before") << "evilgoogle.com" << "";
    QTest::newRow("unknown") << "mx.example.org" << "";
    QTest::newRow("empty") << "" << "";
}

void TestProviderCatalog::findsByMxHost()
{
    QFETCH(QString, mx);
    QFETCH(QString, id);
    const ProviderEntry *entry = ProviderCatalog::builtIn().findByMxHost(mx);
    QCOMPARE(entry ? entry->id : QString(), id);
}

void TestProviderCatalog::matchesMxPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "mx.example.com" << "mx.example.com" << true;
    QTest::newRow("exact case") << "mx.example.com" << "MX.Example.COM" << true;
    QTest::newRow("star label") << "*.example.com" << "mx.example.com" << true;
    QTest::newRow("star crosses dots") << "*.example.com" << "a.b.c.example.com" << true;
    QTest::newRow("star needs the dot") << "*.example.com" << "example.com" << false;
    QTest::newRow("star inside label") << "mx*.mail.example.com" << "mx01.mail.example.com" << true;
    QTest::newRow("star inside label empty") << "mx*.mail.example.com" << "mx.mail.example.com" << true;
    QTest::newRow("prefix must match") << "mx*.mail.example.com" << "smtp.mail.example.com" << false;
    QTest::newRow("anchored at end") << "*.example.com" << "mx.example.com.evil" << false;
    QTest::newRow("anchored at start") << "mx.example.com" << "amx.example.com" << false;
    QTest::newRow("two stars") << "*mx*.example.com" << "alt-mx-2.example.com" << true;
    QTest::newRow("backtracking") << "*a*b" << "xaxxaxb" << true;
    QTest::newRow("backtracking fails") << "*a*b" << "xaxxaxc" << false;
}

void TestProviderCatalog::matchesMxPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, host);
    QFETCH(bool, matches);
    QCOMPARE(ProviderCatalog::mxPatternMatches(pattern, host), matches);
}

void TestProviderCatalog::buildsCatalogCandidates()
{
    const ProviderCatalog &catalog = ProviderCatalog::builtIn();
    const QList<ServerCandidate> gmail = catalog.candidatesFor(QStringLiteral("Ayşe.Yılmaz@GMAIL.com"));
    QCOMPARE(gmail.size(), 2);
    QCOMPARE(gmail.at(0).host, QStringLiteral("smtp.gmail.com"));
    QCOMPARE(gmail.at(0).port, quint16(465));
    QCOMPARE(gmail.at(0).security, Security::ImplicitTls);
    QCOMPARE(gmail.at(1).port, quint16(587));
    QCOMPARE(gmail.at(1).security, Security::StartTls);
    for (const ServerCandidate &candidate : gmail) {
        QCOMPARE(candidate.username, QStringLiteral("Ayşe.Yılmaz@GMAIL.com"));
        QVERIFY(candidate.trusted);
        QCOMPARE(candidate.bestSource(), CandidateSource::Catalog);
        QCOMPARE(candidate.origins.size(), 1);
        QCOMPARE(candidate.origins.first().detail, QStringLiteral("providers.json#gmail"));
        QCOMPARE(candidate.providerId, QStringLiteral("gmail"));
        QCOMPARE(candidate.providerName, QStringLiteral("Gmail"));
        QVERIFY(candidate.warnings.isEmpty());
        QVERIFY(!candidate.verified.has_value());
    }

    // Local-part user names where the provider wants them.
    QCOMPARE(catalog.candidatesFor(QStringLiteral("hans.meier@web.de")).first().username, QStringLiteral("hans.meier"));
    QCOMPARE(catalog.candidatesFor(QStringLiteral("jean@free.fr")).first().username, QStringLiteral("jean"));
    // A bare domain keeps the template, so the user sees what to type.
    QCOMPARE(catalog.candidatesFor(QStringLiteral("web.de")).first().username, QStringLiteral("%EMAILLOCALPART%"));
    QCOMPARE(catalog.candidatesFor(QStringLiteral("yandex.com.tr")).first().username, QStringLiteral("%EMAILADDRESS%"));
    QCOMPARE(catalog.candidatesFor(QStringLiteral("user@outlook.com.tr")).first().auth, AuthMethod::XOAuth2);
    QVERIFY(catalog.candidatesFor(QStringLiteral("user@example.org")).isEmpty());

    // Transport warnings are computed from the server itself.
    const ProviderCatalog test = ProviderCatalog::fromJson(catalogJson({minimalEntry()}));
    const QList<ServerCandidate> plain = test.candidatesFor(QStringLiteral("ali@example.com"));
    QCOMPARE(plain.size(), 2);
    QVERIFY(plain.at(0).warnings.isEmpty());
    QCOMPARE(plain.at(1).warnings, (QList<CandidateWarning>{CandidateWarning::Plaintext, CandidateWarning::Port25}));
    QCOMPARE(plain.at(1).username, QStringLiteral("ali"));
    QCOMPARE(plain.at(1).auth, AuthMethod::Plain);
}

void TestProviderCatalog::buildsCandidatesForOtherSources()
{
    const ProviderCatalog &catalog = ProviderCatalog::builtIn();
    const ProviderEntry *workspace = catalog.findByMxHost(QStringLiteral("aspmx.l.google.com"));
    QVERIFY(workspace);
    const EmailAddress address = EmailAddress::parseEmailOrDomain(QStringLiteral("info@firma.com.tr"));
    QVERIFY(address.isValid());
    const QList<ServerCandidate> candidates = ProviderCatalog::candidates(*workspace, address, CandidateSource::Mx,
                                                                          QStringLiteral("MX firma.com.tr -> aspmx.l.google.com"));
    QCOMPARE(candidates.size(), 2);
    QCOMPARE(candidates.first().username, QStringLiteral("info@firma.com.tr"));
    QCOMPARE(candidates.first().bestSource(), CandidateSource::Mx);
    QVERIFY(!candidates.first().trusted); // the finder decides, knowing whether DNS was signed
    QCOMPARE(candidates.first().providerId, QStringLiteral("google-workspace"));
}

void TestProviderCatalog::refusesInjectedAddresses()
{
    const ProviderCatalog &catalog = ProviderCatalog::builtIn();
    QVERIFY(catalog.candidatesFor(QStringLiteral("user@gmail.com\r\nMAIL FROM:<x>")).isEmpty());
    QVERIFY(catalog.candidatesFor(QStringLiteral("user\n@gmail.com")).isEmpty());
    QVERIFY(catalog.candidatesFor(QString::fromUtf16(u"user@gmail.com\u0000x", 16)).isEmpty());
    QVERIFY(catalog.candidatesFor(QStringLiteral("@gmail.com")).isEmpty());
    QVERIFY(catalog.candidatesFor(QStringLiteral("user@")).isEmpty());
    QVERIFY(!catalog.findByDomain(QStringLiteral("gmail.com\n")));
}

void TestProviderCatalog::providerWithoutSmtpIsKnownButGivesNoCandidates()
{
    const ProviderCatalog &catalog = ProviderCatalog::builtIn();
    const ProviderEntry *tuta = catalog.findByDomain(QStringLiteral("tutanota.com"));
    QVERIFY(tuta);
    QVERIFY(!tuta->offersSmtp());
    QVERIFY(!tuta->noSmtpReason.isEmpty());
    QVERIFY(catalog.candidatesFor(QStringLiteral("someone@tuta.com")).isEmpty());
}

// notes, noSmtp and passwordFormat.label are picked when shown, in the language of QLocale()
// (installTranslations sets it); a plain string is English and shown as it is.
void TestProviderCatalog::showsTextsInTheInterfaceLanguage()
{
    QJsonObject both = minimalEntry();
    both.insert(QStringLiteral("notes"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Switch access on first.")},
                                                     {QStringLiteral("tr"), QStringLiteral("Önce erişimi açın.")}});
    QJsonObject plain = minimalEntry();
    plain.insert(QStringLiteral("id"), QStringLiteral("plain"));
    plain.insert(QStringLiteral("domains"), QJsonArray{QStringLiteral("plain.example")});
    plain.insert(QStringLiteral("mxPatterns"), QJsonArray{});
    plain.insert(QStringLiteral("notes"), QStringLiteral("Switch access on first."));
    QJsonObject none = minimalEntry();
    none.insert(QStringLiteral("id"), QStringLiteral("none"));
    none.insert(QStringLiteral("domains"), QJsonArray{QStringLiteral("none.example")});
    none.insert(QStringLiteral("mxPatterns"), QJsonArray{});
    none.insert(QStringLiteral("smtp"), QJsonArray{});
    none.insert(QStringLiteral("noSmtp"), QJsonObject{{QStringLiteral("en"), QStringLiteral("No SMTP at all.")},
                                                      {QStringLiteral("tr"), QStringLiteral("Hiç SMTP yok.")}});
    const ProviderCatalog catalog = ProviderCatalog::fromJson(catalogJson({both, plain, none}));
    QVERIFY2(catalog.isValid(), qPrintable(issueList(catalog)));
    const ProviderEntry *withBoth = catalog.byId(QStringLiteral("example"));
    const ProviderEntry *withPlain = catalog.byId(QStringLiteral("plain"));
    const ProviderEntry *withoutSmtp = catalog.byId(QStringLiteral("none"));
    QVERIFY(withBoth && withPlain && withoutSmtp);
    QCOMPARE(withBoth->notes, QStringLiteral("Switch access on first."));
    QCOMPARE(withoutSmtp->noSmtpReason, QStringLiteral("No SMTP at all."));

    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Turkish, QLocale::Turkey));
    const QString turkishNotes = withBoth->localizedNotes();
    const QString turkishReason = withoutSmtp->localizedNoSmtpReason();
    const QString plainNotes = withPlain->localizedNotes();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString englishNotes = withBoth->localizedNotes();
    QLocale::setDefault(previous);
    QCOMPARE(turkishNotes, QStringLiteral("Önce erişimi açın."));
    QCOMPARE(turkishReason, QStringLiteral("Hiç SMTP yok."));
    QCOMPARE(plainNotes, QStringLiteral("Switch access on first."));
    QCOMPARE(englishNotes, QStringLiteral("Switch access on first."));

    // The shipped catalog: Tuta's reason and a password label in Turkish.
    QLocale::setDefault(QLocale(QLocale::Turkish, QLocale::Turkey));
    const ProviderEntry *tuta = ProviderCatalog::builtIn().findByDomain(QStringLiteral("tutanota.com"));
    const ProviderEntry *gmail = ProviderCatalog::builtIn().findByDomain(QStringLiteral("gmail.com"));
    const QString tutaReason = tuta ? tuta->localizedNoSmtpReason() : QString();
    const QString gmailLabel = gmail ? PasswordPolicy::forProviderFormat(gmail->passwordFormat).providerLabel() : QString();
    QLocale::setDefault(previous);
    QVERIFY2(tutaReason.contains(QStringLiteral("sunmuyor")), qPrintable(tutaReason));
    QCOMPARE(gmailLabel, QStringLiteral("16 harfli uygulama parolası"));
}

void TestProviderCatalog::answersQuickly()
{
    // `postaci-cli lookup --offline` must answer well under a second: loading the embedded
    // catalog and indexing it is the whole cost. Measured in CPU time (std::clock), so that a
    // machine busy compiling does not make the test flaky; the bounds are generous anyway, and ten
    // times larger under the sanitizers (timing.h).
    const auto cpuMs = [](std::clock_t since) { return (std::clock() - since) * 1000.0 / CLOCKS_PER_SEC; };
    std::clock_t start = std::clock();
    const ProviderCatalog fresh = ProviderCatalog::fromFile(QStringLiteral(":/providers.json"));
    const double loadMs = cpuMs(start);
    QVERIFY(fresh.isValid());
    QVERIFY2(loadMs < 200 * Test::CpuBudgetFactor, qPrintable(QStringLiteral("loading took %1 ms of CPU").arg(loadMs)));

    start = std::clock();
    int found = 0;
    for (int i = 0; i < 1000; ++i) {
        found += fresh.candidatesFor(QStringLiteral("user%1@yandex.com.tr").arg(i)).size();
        found += fresh.findByMxHost(QStringLiteral("mx%1.unknown.example").arg(i)) ? 1 : 0;
    }
    const double lookupMs = cpuMs(start);
    QCOMPARE(found, 1000);
    QVERIFY2(lookupMs < 500 * Test::CpuBudgetFactor,
             qPrintable(QStringLiteral("1000 lookups took %1 ms of CPU").arg(lookupMs)));
}

QTEST_GUILESS_MAIN(TestProviderCatalog)
#include "tst_providercatalog.moc"
