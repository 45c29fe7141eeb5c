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

using namespace Qt::StringLiterals;

using namespace Postaci;

namespace {
QString sourceCatalogPath()
{
    return qEnvironmentVariable("POSTACI_SOURCE_DIR") + u"/resources/providers.json"_s;
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
    return value.isObject() && !texts.value("en"_L1).toString().trimmed().isEmpty()
        && !texts.value("tr"_L1).toString().trimmed().isEmpty();
}

QByteArray catalogJson(const QList<QJsonObject> &entries)
{
    QJsonArray providers;
    for (const QJsonObject &entry : entries)
        providers.append(entry);
    return QJsonDocument(QJsonObject{{u"schemaVersion"_s, 1}, {u"providers"_s, providers}}).toJson();
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
    QCOMPARE(root.value("schemaVersion"_L1).toInt(), 1);

    const QJsonArray providers = root.value("providers"_L1).toArray();
    static const QRegularExpression isoDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    static const QRegularExpression domainShape(u"^(\\*\\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9-]+$"_s);
    static const QRegularExpression placeholder(u"%[A-Z]+%"_s);
    const QSet<QString> securityWords = {u"none"_s, u"starttls"_s, u"tls"_s};
    const QSet<QString> authWords = {u"auto"_s, u"none"_s, u"plain"_s,
                                     u"login"_s, u"cram-md5"_s, u"xoauth2"_s};
    const QSet<QString> placeholders = {u"%EMAILADDRESS%"_s, u"%EMAILLOCALPART%"_s,
                                        u"%EMAILDOMAIN%"_s};
    QSet<QString> ids, domains;
    int withSmtp = 0;
    for (const QJsonValue &value : providers) {
        const QJsonObject p = value.toObject();
        const QString id = p.value("id"_L1).toString();
        const auto where = [&](const QString &what) { return qPrintable(id + u": "_s + what); };
        QVERIFY2(!id.isEmpty() && !ids.contains(id), where(u"id missing or repeated"_s));
        ids.insert(id);
        QVERIFY2(!p.value("name"_L1).toString().isEmpty(), where(u"name"_s));
        QVERIFY2(p.value("domains"_L1).isArray() && p.value("mxPatterns"_L1).isArray(),
                 where(u"domains and mxPatterns must be arrays"_s));
        QVERIFY2(!p.value("domains"_L1).toArray().isEmpty() || !p.value("mxPatterns"_L1).toArray().isEmpty(),
                 where(u"no way to find this provider"_s));
        for (const QJsonValue &d : p.value("domains"_L1).toArray()) {
            const QString domain = d.toString();
            QVERIFY2(domainShape.match(domain).hasMatch(), where(u"bad domain "_s + domain));
            QVERIFY2(!domains.contains(domain), where(u"duplicate domain "_s + domain));
            domains.insert(domain);
        }
        const QJsonArray smtp = p.value("smtp"_L1).toArray();
        if (smtp.isEmpty())
            QVERIFY2(hasEnglishAndTurkish(p.value("noSmtp"_L1)), where(u"no SMTP and no reason in en and tr"_s));
        else
            ++withSmtp;
        for (const QJsonValue &s : smtp) {
            const QJsonObject server = s.toObject();
            QVERIFY2(!server.value("host"_L1).toString().isEmpty(), where(u"host"_s));
            const int port = server.value("port"_L1).toInt(-1);
            QVERIFY2(port >= 1 && port <= 65535, where(u"port %1"_s.arg(port)));
            QVERIFY2(securityWords.contains(server.value("security"_L1).toString()), where(u"security"_s));
            QVERIFY2(authWords.contains(server.value("auth"_L1).toString()), where(u"auth"_s));
            const QString username = server.value("username"_L1).toString();
            QVERIFY2(!username.isEmpty(), where(u"username template"_s));
            auto it = placeholder.globalMatch(username);
            while (it.hasNext())
                QVERIFY2(placeholders.contains(it.next().captured()), where(u"unknown placeholder in "_s + username));
            // Catalog entries never send a password in clear (Proton's Bridge is local but still STARTTLS).
            QVERIFY2(server.value("security"_L1).toString() != "none"_L1, where(u"plaintext server"_s));
        }
        if (p.contains("notes"_L1))
            QVERIFY2(hasEnglishAndTurkish(p.value("notes"_L1)), where(u"notes in en and tr"_s));
        const QUrl source(p.value("source"_L1).toString(), QUrl::StrictMode);
        QVERIFY2(source.isValid() && source.scheme() == "https"_L1 && !source.host().isEmpty(), where(u"source must be https"_s));
        const QString checked = p.value("checked"_L1).toString();
        QVERIFY2(isoDate.match(checked).hasMatch() && QDate::fromString(checked, Qt::ISODate).isValid(), where(u"checked date"_s));
        QVERIFY2(!p.value("checkedAgainst"_L1).toArray().isEmpty(), where(u"checkedAgainst"_s));
        if (p.contains("passwordFormat"_L1)) {
            const QJsonObject format = p.value("passwordFormat"_L1).toObject();
            const QString kind = format.value("kind"_L1).toString();
            QVERIFY2(kind == "app-password"_L1 || kind == "oauth2-only"_L1, where(u"passwordFormat.kind"_s));
            const QUrl help(format.value("helpUrl"_L1).toString(), QUrl::StrictMode);
            QVERIFY2(help.isValid() && help.scheme() == "https"_L1, where(u"passwordFormat.helpUrl"_s));
            QVERIFY2(hasEnglishAndTurkish(format.value("label"_L1)), where(u"passwordFormat.label in en and tr"_s));
            if (kind == "app-password"_L1) {
                QVERIFY2(format.value("length"_L1).toInt() > 0 || format.value("maxLength"_L1).toInt() > 0,
                         where(u"an app password needs a length"_s));
            }
        }
    }
    QVERIFY2(withSmtp >= 40, qPrintable(u"only %1 providers with SMTP servers"_s.arg(withSmtp)));
}

void TestProviderCatalog::coversTheProvidersTurkeyAndEuropeUse()
{
    const ProviderCatalog &catalog = ProviderCatalog::builtIn();
    const QStringList domains = {
        u"gmail.com"_s, u"hotmail.com"_s, u"outlook.com.tr"_s, u"hotmail.com.tr"_s,
        u"yahoo.com"_s, u"yahoo.com.tr"_s, u"icloud.com"_s, u"me.com"_s,
        u"mac.com"_s, u"aol.com"_s, u"yandex.com"_s, u"yandex.ru"_s,
        u"yandex.com.tr"_s, u"ya.ru"_s, u"gmx.net"_s, u"gmx.de"_s,
        u"gmx.com"_s, u"gmx.com.tr"_s, u"web.de"_s, u"mail.ru"_s,
        u"zoho.com"_s, u"fastmail.com"_s, u"proton.me"_s, u"t-online.de"_s,
        u"orange.fr"_s, u"wanadoo.fr"_s, u"free.fr"_s, u"libero.it"_s,
        u"qq.com"_s, u"163.com"_s, u"126.com"_s, u"naver.com"_s,
        u"daum.net"_s, u"mailbox.org"_s, u"posteo.de"_s, u"seznam.cz"_s,
        u"wp.pl"_s, u"onet.pl"_s, u"o2.pl"_s, u"virgilio.it"_s,
        u"tim.it"_s, u"tiscali.it"_s, u"sfr.fr"_s, u"laposte.net"_s,
        u"ziggo.nl"_s, u"kpnmail.nl"_s, u"bluewin.ch"_s, u"strato.de"_s,
        u"arcor.de"_s, u"btinternet.com"_s, u"sky.com"_s, u"virginmedia.com"_s,
        u"comcast.net"_s, u"att.net"_s, u"rambler.ru"_s};
    for (const QString &domain : domains) {
        const ProviderEntry *entry = catalog.findByDomain(domain);
        QVERIFY2(entry && entry->offersSmtp(), qPrintable(domain));
    }
    // Those that demand an app password or OAuth2 say so, with a help URL.
    for (const QString &id : {u"gmail"_s, u"yahoo"_s, u"icloud"_s, u"aol"_s,
                              u"outlook"_s, u"microsoft365"_s}) {
        const ProviderEntry *entry = catalog.byId(id);
        QVERIFY2(entry && entry->hasPasswordFormat(), qPrintable(id));
    }
    const QJsonObject gmail = catalog.byId(u"gmail"_s)->passwordFormat;
    QCOMPARE(gmail.value("kind"_L1).toString(), u"app-password"_s);
    QCOMPARE(gmail.value("length"_L1).toInt(), 16);
    QCOMPARE(gmail.value("characters"_L1).toString(), u"a-z"_s);
    QCOMPARE(gmail.value("ignoreSpaces"_L1).toBool(), true);
    QCOMPARE(gmail.value("helpUrl"_L1).toString(), u"https://support.google.com/accounts/answer/185833"_s);
    QCOMPARE(catalog.byId(u"outlook"_s)->passwordFormat.value("kind"_L1).toString(), u"oauth2-only"_s);

    const ProviderEntry *proton = catalog.findByDomain(u"protonmail.com"_s);
    QVERIFY(proton);
    QCOMPARE(proton->smtp.first().host, u"127.0.0.1"_s);
    QCOMPARE(proton->smtp.first().port, quint16(1025));
    QCOMPARE(proton->smtp.first().security, Security::StartTls);
}

void TestProviderCatalog::rejectsBrokenEntries_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");

    auto server = [](const char *key, const QJsonValue &v) {
        QJsonObject s{{u"host"_s, u"smtp.example.com"_s}, {u"port"_s, 587},
                      {u"security"_s, u"starttls"_s}, {u"auth"_s, u"auto"_s},
                      {u"username"_s, u"%EMAILADDRESS%"_s}};
        if (v.isUndefined())
            s.remove(QLatin1String(key));
        else
            s.insert(QLatin1String(key), v);
        return QJsonValue(QJsonArray{s});
    };
    QTest::newRow("id missing") << "id" << QJsonValue() << "id";
    QTest::newRow("id upper case") << "id" << QJsonValue(u"Example"_s) << "id";
    QTest::newRow("name empty") << "name" << QJsonValue(u" "_s) << "name";
    QTest::newRow("domain upper case") << "domains" << QJsonValue(QJsonArray{u"Example.com"_s}) << "domains[0]";
    QTest::newRow("domain unicode") << "domains" << QJsonValue(QJsonArray{u"bücher.example"_s}) << "domains[0]";
    QTest::newRow("domains not array") << "domains" << QJsonValue(u"example.com"_s) << "domains";
    QTest::newRow("mx pattern only star") << "mxPatterns" << QJsonValue(QJsonArray{u"*"_s}) << "mxPatterns[0]";
    QTest::newRow("port zero") << "smtp" << server("port", 0) << "smtp[0].port";
    QTest::newRow("port too big") << "smtp" << server("port", 70000) << "smtp[0].port";
    QTest::newRow("port fraction") << "smtp" << server("port", 587.5) << "smtp[0].port";
    QTest::newRow("port as text") << "smtp" << server("port", u"587"_s) << "smtp[0].port";
    QTest::newRow("security alias") << "smtp" << server("security", u"ssl"_s) << "smtp[0].security";
    QTest::newRow("security unknown") << "smtp" << server("security", u"tls1.3"_s) << "smtp[0].security";
    QTest::newRow("auth unknown") << "smtp" << server("auth", u"ntlm"_s) << "smtp[0].auth";
    QTest::newRow("host with space") << "smtp" << server("host", u"smtp example.com"_s) << "smtp[0].host";
    QTest::newRow("host missing") << "smtp" << server("host", QJsonValue()) << "smtp[0].host";
    QTest::newRow("unknown placeholder") << "smtp" << server("username", u"%USERNAME%"_s) << "smtp[0].username";
    QTest::newRow("no smtp, no reason") << "smtp" << QJsonValue(QJsonArray{}) << "smtp";
    QTest::newRow("source over http") << "source" << QJsonValue(u"http://help.example.com/"_s) << "source";
    QTest::newRow("source missing") << "source" << QJsonValue() << "source";
    QTest::newRow("date not ISO") << "checked" << QJsonValue(u"27.11.2026"_s) << "checked";
    QTest::newRow("date impossible") << "checked" << QJsonValue(u"2026-02-30"_s) << "checked";
    QTest::newRow("checkedAgainst missing") << "checkedAgainst" << QJsonValue() << "checkedAgainst";
    QTest::newRow("password kind unknown") << "passwordFormat"
                                           << QJsonValue(QJsonObject{{u"kind"_s, u"pin"_s},
                                                                     {u"label"_s, u"x"_s},
                                                                     {u"helpUrl"_s, u"https://x.example/"_s}})
                                           << "passwordFormat.kind";
    QTest::newRow("app password without length") << "passwordFormat"
                                                 << QJsonValue(QJsonObject{{u"kind"_s, u"app-password"_s},
                                                                           {u"label"_s, u"x"_s},
                                                                           {u"helpUrl"_s, u"https://x.example/"_s}})
                                                 << "passwordFormat.length";
    QTest::newRow("password help over http") << "passwordFormat"
                                             << QJsonValue(QJsonObject{{u"kind"_s, u"oauth2-only"_s},
                                                                       {u"label"_s, u"x"_s},
                                                                       {u"helpUrl"_s, u"http://x.example/"_s}})
                                             << "passwordFormat.helpUrl";
    QTest::newRow("label object without en") << "passwordFormat"
                                             << QJsonValue(QJsonObject{{u"kind"_s, u"oauth2-only"_s},
                                                                       {u"label"_s, QJsonObject{{u"tr"_s, u"x"_s}}},
                                                                       {u"helpUrl"_s, u"https://x.example/"_s}})
                                             << "passwordFormat.label";
    QTest::newRow("notes object with a number") << "notes"
                                                << QJsonValue(QJsonObject{{u"en"_s, u"x"_s}, {u"tr"_s, 1}})
                                                << "notes";
    QTest::newRow("ispdb note without reason") << "ispdbNotes"
                                               << QJsonValue(QJsonArray{QJsonObject{{u"difference"_s, u"catalog-only"_s},
                                                                                    {u"server"_s, u"smtp.example.com:465:tls"_s}}})
                                               << "ispdbNotes[0].reason";
    QTest::newRow("ispdb note bad server") << "ispdbNotes"
                                           << QJsonValue(QJsonArray{QJsonObject{{u"difference"_s, u"catalog-only"_s},
                                                                                {u"server"_s, u"smtp.example.com:465"_s},
                                                                                {u"reason"_s, u"x"_s}}})
                                           << "ispdbNotes[0].server";
    // What a domain using the provider publishes (check-domain, docs/deliverability.md).
    QTest::newRow("spf include not a domain") << "deliverability"
                                              << QJsonValue(QJsonObject{{u"spfInclude"_s, u"include:_spf.example.com"_s}})
                                              << "deliverability.spfInclude";
    QTest::newRow("dkim selector not a label") << "deliverability"
                                               << QJsonValue(QJsonObject{{u"dkimSelectors"_s, QJsonArray{u"s1._domainkey"_s}}})
                                               << "deliverability.dkimSelectors[0]";
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
    other.insert(u"id"_s, u"other"_s);
    other.insert(u"domains"_s, QJsonArray{u"other.example"_s});
    other.insert(u"mxPatterns"_s, QJsonArray{});

    const ProviderCatalog catalog = ProviderCatalog::fromJson(catalogJson({broken, other}));
    QVERIFY(!catalog.isValid());
    bool named = false;
    for (const CatalogIssue &issue : catalog.issues()) {
        QCOMPARE(issue.index, 0);
        named = named || issue.field == field;
    }
    QVERIFY2(named, qPrintable(u"expected an issue about %1, got:\n%2"_s.arg(field, issueList(catalog))));
    // The broken entry is left out whole, the good one stays usable.
    QCOMPARE(catalog.providers().size(), 1);
    QCOMPARE(catalog.providers().first().id, u"other"_s);
    QVERIFY(!catalog.findByDomain(u"example.com"_s));
    QVERIFY(catalog.findByDomain(u"other.example"_s));
}

void TestProviderCatalog::rejectsBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("not json") << QByteArray("{\"schemaVersion\": 1, ") << QString();
    QTest::newRow("array at top") << QByteArray("[]") << QString();
    QTest::newRow("future schema") << QByteArray("{\"schemaVersion\": 2, \"providers\": []}") << u"schemaVersion"_s;
    QTest::newRow("no schema") << QByteArray("{\"providers\": []}") << u"schemaVersion"_s;
    QTest::newRow("providers not array") << QByteArray("{\"schemaVersion\": 1, \"providers\": {}}") << u"providers"_s;

    QJsonObject twin = minimalEntry();
    twin.insert(u"id"_s, u"twin"_s);
    twin.insert(u"mxPatterns"_s, QJsonArray{});
    QTest::newRow("domain listed twice") << catalogJson({minimalEntry(), twin}) << u"domains[0]"_s;
    QJsonObject sameId = minimalEntry();
    sameId.insert(u"domains"_s, QJsonArray{u"else.example"_s});
    sameId.insert(u"mxPatterns"_s, QJsonArray{});
    QTest::newRow("id used twice") << catalogJson({minimalEntry(), sameId}) << u"id"_s;
}

void TestProviderCatalog::rejectsBrokenFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const ProviderCatalog catalog = ProviderCatalog::fromJson(json);
    QVERIFY(!catalog.isValid());
    QVERIFY2(catalog.issues().first().field == field || catalog.issues().last().field == field, qPrintable(issueList(catalog)));
    QVERIFY(!catalog.issues().first().toString().isEmpty());
    QVERIFY(!ProviderCatalog::fromFile(u"/nonexistent/providers.json"_s).isValid());
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
    QTest::newRow("turkish dotted capital I is not i") << u"GMAİL.COM"_s << "";
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
    for (const QString &domain : {u"bücher.example"_s, u"BÜCHER.example"_s,
                                  u"xn--bcher-kva.example"_s, u"XN--BCHER-KVA.EXAMPLE."_s}) {
        const ProviderEntry *entry = catalog.findByDomain(domain);
        QVERIFY2(entry && entry->id == "example"_L1, qPrintable(domain));
    }
    QVERIFY(catalog.findByDomain(u"shop.hosted.example"_s));
    QVERIFY(!catalog.findByDomain(u"hosted.example"_s));
    const QList<ServerCandidate> candidates = catalog.candidatesFor(u"kitap@bücher.example"_s);
    QCOMPARE(candidates.size(), 2);
    QCOMPARE(candidates.first().username, u"kitap@bücher.example"_s);
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
    const QList<ServerCandidate> gmail = catalog.candidatesFor(u"Ayşe.Yılmaz@GMAIL.com"_s);
    QCOMPARE(gmail.size(), 2);
    QCOMPARE(gmail.at(0).host, u"smtp.gmail.com"_s);
    QCOMPARE(gmail.at(0).port, quint16(465));
    QCOMPARE(gmail.at(0).security, Security::ImplicitTls);
    QCOMPARE(gmail.at(1).port, quint16(587));
    QCOMPARE(gmail.at(1).security, Security::StartTls);
    for (const ServerCandidate &candidate : gmail) {
        QCOMPARE(candidate.username, u"Ayşe.Yılmaz@GMAIL.com"_s);
        QVERIFY(candidate.trusted);
        QCOMPARE(candidate.bestSource(), CandidateSource::Catalog);
        QCOMPARE(candidate.origins.size(), 1);
        QCOMPARE(candidate.origins.first().detail, u"providers.json#gmail"_s);
        QCOMPARE(candidate.providerId, u"gmail"_s);
        QCOMPARE(candidate.providerName, u"Gmail"_s);
        QVERIFY(candidate.warnings.isEmpty());
        QVERIFY(!candidate.verified.has_value());
    }

    // Local-part user names where the provider wants them.
    QCOMPARE(catalog.candidatesFor(u"hans.meier@web.de"_s).first().username, u"hans.meier"_s);
    QCOMPARE(catalog.candidatesFor(u"jean@free.fr"_s).first().username, u"jean"_s);
    // A bare domain keeps the template, so the user sees what to type.
    QCOMPARE(catalog.candidatesFor(u"web.de"_s).first().username, u"%EMAILLOCALPART%"_s);
    QCOMPARE(catalog.candidatesFor(u"yandex.com.tr"_s).first().username, u"%EMAILADDRESS%"_s);
    QCOMPARE(catalog.candidatesFor(u"user@outlook.com.tr"_s).first().auth, AuthMethod::XOAuth2);
    QVERIFY(catalog.candidatesFor(u"user@example.org"_s).isEmpty());

    // Transport warnings are computed from the server itself.
    const ProviderCatalog test = ProviderCatalog::fromJson(catalogJson({minimalEntry()}));
    const QList<ServerCandidate> plain = test.candidatesFor(u"ali@example.com"_s);
    QCOMPARE(plain.size(), 2);
    QVERIFY(plain.at(0).warnings.isEmpty());
    QCOMPARE(plain.at(1).warnings, (QList<CandidateWarning>{CandidateWarning::Plaintext, CandidateWarning::Port25}));
    QCOMPARE(plain.at(1).username, u"ali"_s);
    QCOMPARE(plain.at(1).auth, AuthMethod::Plain);
}

void TestProviderCatalog::buildsCandidatesForOtherSources()
{
    const ProviderCatalog &catalog = ProviderCatalog::builtIn();
    const ProviderEntry *workspace = catalog.findByMxHost(u"aspmx.l.google.com"_s);
    QVERIFY(workspace);
    const EmailAddress address = EmailAddress::parseEmailOrDomain(u"info@firma.com.tr"_s);
    QVERIFY(address.isValid());
    const QList<ServerCandidate> candidates = ProviderCatalog::candidates(*workspace, address, CandidateSource::Mx,
                                                                          u"MX firma.com.tr -> aspmx.l.google.com"_s);
    QCOMPARE(candidates.size(), 2);
    QCOMPARE(candidates.first().username, u"info@firma.com.tr"_s);
    QCOMPARE(candidates.first().bestSource(), CandidateSource::Mx);
    QVERIFY(!candidates.first().trusted); // the finder decides, knowing whether DNS was signed
    QCOMPARE(candidates.first().providerId, u"google-workspace"_s);
}

void TestProviderCatalog::refusesInjectedAddresses()
{
    const ProviderCatalog &catalog = ProviderCatalog::builtIn();
    QVERIFY(catalog.candidatesFor(u"user@gmail.com\r\nMAIL FROM:<x>"_s).isEmpty());
    QVERIFY(catalog.candidatesFor(u"user\n@gmail.com"_s).isEmpty());
    QVERIFY(catalog.candidatesFor(QString::fromUtf16(u"user@gmail.com\u0000x", 16)).isEmpty());
    QVERIFY(catalog.candidatesFor(u"@gmail.com"_s).isEmpty());
    QVERIFY(catalog.candidatesFor(u"user@"_s).isEmpty());
    QVERIFY(!catalog.findByDomain(u"gmail.com\n"_s));
}

void TestProviderCatalog::providerWithoutSmtpIsKnownButGivesNoCandidates()
{
    const ProviderCatalog &catalog = ProviderCatalog::builtIn();
    const ProviderEntry *tuta = catalog.findByDomain(u"tutanota.com"_s);
    QVERIFY(tuta);
    QVERIFY(!tuta->offersSmtp());
    QVERIFY(!tuta->noSmtpReason.isEmpty());
    QVERIFY(catalog.candidatesFor(u"someone@tuta.com"_s).isEmpty());
}

// notes, noSmtp and passwordFormat.label are picked when shown, in the language of QLocale()
// (installTranslations sets it); a plain string is English and shown as it is.
void TestProviderCatalog::showsTextsInTheInterfaceLanguage()
{
    QJsonObject both = minimalEntry();
    both.insert(u"notes"_s, QJsonObject{{u"en"_s, u"Switch access on first."_s},
                                                     {u"tr"_s, u"Önce erişimi açın."_s}});
    QJsonObject plain = minimalEntry();
    plain.insert(u"id"_s, u"plain"_s);
    plain.insert(u"domains"_s, QJsonArray{u"plain.example"_s});
    plain.insert(u"mxPatterns"_s, QJsonArray{});
    plain.insert(u"notes"_s, u"Switch access on first."_s);
    QJsonObject none = minimalEntry();
    none.insert(u"id"_s, u"none"_s);
    none.insert(u"domains"_s, QJsonArray{u"none.example"_s});
    none.insert(u"mxPatterns"_s, QJsonArray{});
    none.insert(u"smtp"_s, QJsonArray{});
    none.insert(u"noSmtp"_s, QJsonObject{{u"en"_s, u"No SMTP at all."_s},
                                                      {u"tr"_s, u"Hiç SMTP yok."_s}});
    const ProviderCatalog catalog = ProviderCatalog::fromJson(catalogJson({both, plain, none}));
    QVERIFY2(catalog.isValid(), qPrintable(issueList(catalog)));
    const ProviderEntry *withBoth = catalog.byId(u"example"_s);
    const ProviderEntry *withPlain = catalog.byId(u"plain"_s);
    const ProviderEntry *withoutSmtp = catalog.byId(u"none"_s);
    QVERIFY(withBoth && withPlain && withoutSmtp);
    QCOMPARE(withBoth->notes, u"Switch access on first."_s);
    QCOMPARE(withoutSmtp->noSmtpReason, u"No SMTP at all."_s);

    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Turkish, QLocale::Turkey));
    const QString turkishNotes = withBoth->localizedNotes();
    const QString turkishReason = withoutSmtp->localizedNoSmtpReason();
    const QString plainNotes = withPlain->localizedNotes();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString englishNotes = withBoth->localizedNotes();
    QLocale::setDefault(previous);
    QCOMPARE(turkishNotes, u"Önce erişimi açın."_s);
    QCOMPARE(turkishReason, u"Hiç SMTP yok."_s);
    QCOMPARE(plainNotes, u"Switch access on first."_s);
    QCOMPARE(englishNotes, u"Switch access on first."_s);

    // The shipped catalog: Tuta's reason and a password label in Turkish.
    QLocale::setDefault(QLocale(QLocale::Turkish, QLocale::Turkey));
    const ProviderEntry *tuta = ProviderCatalog::builtIn().findByDomain(u"tutanota.com"_s);
    const ProviderEntry *gmail = ProviderCatalog::builtIn().findByDomain(u"gmail.com"_s);
    const QString tutaReason = tuta ? tuta->localizedNoSmtpReason() : QString();
    const QString gmailLabel = gmail ? PasswordPolicy::forProviderFormat(gmail->passwordFormat).providerLabel() : QString();
    QLocale::setDefault(previous);
    QVERIFY2(tutaReason.contains(u"sunmuyor"_s), qPrintable(tutaReason));
    QCOMPARE(gmailLabel, u"16 harfli uygulama parolası"_s);
}

void TestProviderCatalog::answersQuickly()
{
    // `postaci-cli lookup --offline` must answer well under a second: loading the embedded
    // catalog and indexing it is the whole cost. Measured in CPU time (std::clock), so that a
    // machine busy compiling does not make the test flaky; the bounds are generous anyway, and ten
    // times larger under the sanitizers (timing.h).
    const auto cpuMs = [](std::clock_t since) { return (std::clock() - since) * 1000.0 / CLOCKS_PER_SEC; };
    std::clock_t start = std::clock();
    const ProviderCatalog fresh = ProviderCatalog::fromFile(u":/providers.json"_s);
    const double loadMs = cpuMs(start);
    QVERIFY(fresh.isValid());
    QVERIFY2(loadMs < 200 * Test::CpuBudgetFactor, qPrintable(u"loading took %1 ms of CPU"_s.arg(loadMs)));

    start = std::clock();
    int found = 0;
    for (int i = 0; i < 1000; ++i) {
        found += fresh.candidatesFor(u"user%1@yandex.com.tr"_s.arg(i)).size();
        found += fresh.findByMxHost(u"mx%1.unknown.example"_s.arg(i)) ? 1 : 0;
    }
    const double lookupMs = cpuMs(start);
    QCOMPARE(found, 1000);
    QVERIFY2(lookupMs < 500 * Test::CpuBudgetFactor,
             qPrintable(u"1000 lookups took %1 ms of CPU"_s.arg(lookupMs)));
}

QTEST_GUILESS_MAIN(TestProviderCatalog)
#include "tst_providercatalog.moc"
