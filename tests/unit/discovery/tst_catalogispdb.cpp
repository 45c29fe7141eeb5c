// The catalog against the ISPDB copy in ../shared/ispdb: for every catalog domain that has an
// ISPDB file (named after the domain, or listing it in a <domain> element), the SMTP servers
// (host, port, security) and user name templates must agree, unless the entry's ispdbNotes
// explain the difference. Notes that explain nothing (stale) fail too.

#include "account/emailaddress.h"
#include "discovery/autoconfigparser.h"
#include "discovery/clientconfigplaceholders.h"
#include "discovery/providercatalog.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;

namespace {

struct IspdbFile
{
    QString name;
    AutoconfigDocument document;
};

struct Comparison
{
    QStringList problems;   // unexplained differences and stale notes
    int domainsCompared = 0;
    QSet<QString> providersCompared;
};

QString keyOf(const QString &host, quint16 port, Security security)
{
    return host + QLatin1Char(':') + QString::number(port) + QLatin1Char(':') + securityName(security);
}

// Which ISPDB files speak for a domain: the file named after it and every file listing it.
QHash<QString, QList<qsizetype>> indexByDomain(const QList<IspdbFile> &files)
{
    QHash<QString, QList<qsizetype>> index;
    for (qsizetype i = 0; i < files.size(); ++i) {
        QSet<QString> domains(files.at(i).document.domains.cbegin(), files.at(i).document.domains.cend());
        domains.insert(files.at(i).name.chopped(4).toLower()); // "gmx.net.xml" -> "gmx.net"
        for (const QString &domain : std::as_const(domains))
            index[domain].append(i);
    }
    return index;
}

Comparison compare(const ProviderCatalog &catalog, const QList<IspdbFile> &files)
{
    Comparison result;
    const QHash<QString, QList<qsizetype>> byDomain = indexByDomain(files);
    for (const ProviderEntry &provider : catalog.providers()) {
        QSet<QString> explained; // "difference server" pairs a note was needed for
        QMap<QString, QString> catalogUsernames;
        for (const CatalogSmtpServer &server : provider.smtp)
            catalogUsernames.insert(server.key(), server.usernameTemplate);
        auto noteFor = [&](IspdbNote::Difference difference, const QString &server) -> bool {
            for (const IspdbNote &note : provider.ispdbNotes) {
                if (note.difference == difference && note.server == server)
                    return true;
            }
            return false;
        };

        for (const QString &listed : provider.domains) {
            const QString domain = listed.startsWith("*."_L1) ? listed.mid(2) : listed;
            const QList<qsizetype> matching = byDomain.value(domain);
            for (qsizetype fileIndex : matching) {
                const IspdbFile &file = files.at(fileIndex);
                ++result.domainsCompared;
                result.providersCompared.insert(provider.id);
                const EmailAddress address = EmailAddress::parseEmailOrDomain(domain);
                QMap<QString, QString> ispdbUsernames;
                for (const AutoconfigSmtpServer &server : file.document.smtpServers) {
                    const QString host = ClientConfigPlaceholders::resolve(server.hostname, address).toLower();
                    ispdbUsernames.insert(keyOf(host, server.port, server.security), server.usernameTemplate);
                }
                auto report = [&](IspdbNote::Difference difference, const QString &server, const QString &what) {
                    const QString pair = IspdbNote::differenceName(difference) + QLatin1Char(' ') + server;
                    explained.insert(pair);
                    if (!noteFor(difference, server)) {
                        result.problems.append(u"%1 (domain %2, ISPDB %3): %4 — add an ispdbNotes entry "
                                                              "{\"difference\": \"%5\", \"server\": \"%6\", \"reason\": ...} or fix the entry"_s
                                                   .arg(provider.id, domain, file.name, what, IspdbNote::differenceName(difference), server));
                    }
                };
                for (auto it = catalogUsernames.cbegin(); it != catalogUsernames.cend(); ++it) {
                    if (!ispdbUsernames.contains(it.key()))
                        report(IspdbNote::Difference::CatalogOnly, it.key(), u"catalog lists %1, the ISPDB does not"_s.arg(it.key()));
                    else if (ispdbUsernames.value(it.key()) != it.value())
                        report(IspdbNote::Difference::Username, it.key(),
                               u"user name for %1 is %2 in the catalog, %3 in the ISPDB"_s
                                   .arg(it.key(), it.value(), ispdbUsernames.value(it.key())));
                }
                for (auto it = ispdbUsernames.cbegin(); it != ispdbUsernames.cend(); ++it) {
                    if (!catalogUsernames.contains(it.key()))
                        report(IspdbNote::Difference::IspdbOnly, it.key(), u"the ISPDB lists %1, the catalog does not"_s.arg(it.key()));
                }
            }
        }
        for (const IspdbNote &note : provider.ispdbNotes) {
            if (!explained.contains(IspdbNote::differenceName(note.difference) + QLatin1Char(' ') + note.server)) {
                result.problems.append(u"%1: stale ispdbNotes entry (%2 %3) — no ISPDB file disagrees that way any more"_s
                                           .arg(provider.id, IspdbNote::differenceName(note.difference), note.server));
            }
        }
    }
    return result;
}

QList<IspdbFile> loadIspdb(QString *error)
{
    QList<IspdbFile> files;
    const QDir dir(qEnvironmentVariable("POSTACI_SHARED_DIR") + u"/ispdb"_s);
    for (const QString &name : dir.entryList({u"*.xml"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = name + u": "_s + file.errorString();
            return {};
        }
        const AutoconfigParseResult parsed = AutoconfigParser::parse(file.readAll());
        if (!parsed.isOk()) {
            *error = name + u": "_s + parsed.error.toString();
            return {};
        }
        files.append(IspdbFile{name, *parsed.document});
    }
    if (files.size() != 163)
        *error = u"expected 163 ISPDB files in %1, found %2"_s.arg(dir.path()).arg(files.size());
    return files;
}

QByteArray oneProvider(const QJsonArray &smtp, const QJsonArray &notes)
{
    QJsonObject entry{{u"id"_s, u"gmx-test"_s},
                      {u"name"_s, u"GMX test"_s},
                      {u"domains"_s, QJsonArray{u"gmx.net"_s}},
                      {u"mxPatterns"_s, QJsonArray{}},
                      {u"smtp"_s, smtp},
                      {u"source"_s, u"https://hilfe.gmx.net/"_s},
                      {u"checked"_s, u"2026-11-27"_s},
                      {u"checkedAgainst"_s, QJsonArray{u"test"_s}}};
    if (!notes.isEmpty())
        entry.insert(u"ispdbNotes"_s, notes);
    return QJsonDocument(QJsonObject{{u"schemaVersion"_s, 1},
                                     {u"providers"_s, QJsonArray{entry}}}).toJson();
}

QJsonObject server(const QString &host, int port, const QString &security, const QString &username = u"%EMAILADDRESS%"_s)
{
    return QJsonObject{{u"host"_s, host}, {u"port"_s, port}, {u"security"_s, security},
                       {u"auth"_s, u"auto"_s}, {u"username"_s, username}};
}

QJsonObject note(const QString &difference, const QString &serverKey)
{
    return QJsonObject{{u"difference"_s, difference}, {u"server"_s, serverKey},
                       {u"reason"_s, u"test"_s}};
}

} // namespace

class TestCatalogIspdb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogAgreesWithIspdb();
    void comparisonCatchesDisagreements_data();
    void comparisonCatchesDisagreements();

private:
    QList<IspdbFile> m_files;
};

void TestCatalogIspdb::initTestCase()
{
    QString error;
    m_files = loadIspdb(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCatalogIspdb::catalogAgreesWithIspdb()
{
    const ProviderCatalog &catalog = ProviderCatalog::builtIn();
    QVERIFY(catalog.isValid());
    const Comparison result = compare(catalog, m_files);
    if (!result.problems.isEmpty())
        QFAIL(qPrintable(u"\n"_s + result.problems.join(QLatin1Char('\n'))));
    qInfo("compared %d catalog domains of %d providers with the ISPDB", result.domainsCompared,
          static_cast<int>(result.providersCompared.size()));
    // Most of the catalog is covered by the ISPDB copy; if this drops, the lookup broke.
    QVERIFY2(result.providersCompared.size() >= 40, qPrintable(QString::number(result.providersCompared.size())));
}

// The checker itself, on gmx.net (ISPDB: mail.gmx.net 465/SSL and 587/STARTTLS, full address).
void TestCatalogIspdb::comparisonCatchesDisagreements_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); // empty: no problem expected

    const QJsonObject tls = server(u"mail.gmx.net"_s, 465, u"tls"_s);
    const QJsonObject starttls = server(u"mail.gmx.net"_s, 587, u"starttls"_s);
    QTest::newRow("agrees") << oneProvider({tls, starttls}, {}) << QString();
    QTest::newRow("agrees in another order") << oneProvider({starttls, tls}, {}) << QString();
    QTest::newRow("extra server") << oneProvider({tls, starttls, server(u"mail.gmx.net"_s, 25, u"starttls"_s)}, {})
                                  << u"catalog lists mail.gmx.net:25:starttls"_s;
    QTest::newRow("extra server explained") << oneProvider({tls, starttls, server(u"mail.gmx.net"_s, 25, u"starttls"_s)},
                                                           {note(u"catalog-only"_s, u"mail.gmx.net:25:starttls"_s)})
                                            << QString();
    QTest::newRow("missing server") << oneProvider({tls}, {}) << u"the ISPDB lists mail.gmx.net:587:starttls"_s;
    QTest::newRow("missing server explained") << oneProvider({tls}, {note(u"ispdb-only"_s, u"mail.gmx.net:587:starttls"_s)})
                                              << QString();
    QTest::newRow("wrong security") << oneProvider({server(u"mail.gmx.net"_s, 465, u"starttls"_s), starttls}, {})
                                    << u"catalog lists mail.gmx.net:465:starttls"_s;
    QTest::newRow("wrong host") << oneProvider({server(u"smtp.gmx.net"_s, 465, u"tls"_s), starttls}, {})
                                << u"catalog lists smtp.gmx.net:465:tls"_s;
    QTest::newRow("user name differs") << oneProvider({server(u"mail.gmx.net"_s, 465, u"tls"_s, u"%EMAILLOCALPART%"_s), starttls}, {})
                                       << u"user name for mail.gmx.net:465:tls is %EMAILLOCALPART% in the catalog"_s;
    QTest::newRow("stale note") << oneProvider({tls, starttls}, {note(u"catalog-only"_s, u"mail.gmx.net:2525:tls"_s)})
                                << u"stale ispdbNotes entry"_s;
}

void TestCatalogIspdb::comparisonCatchesDisagreements()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const ProviderCatalog catalog = ProviderCatalog::fromJson(json);
    QVERIFY(catalog.isValid());
    const Comparison result = compare(catalog, m_files);
    QCOMPARE(result.domainsCompared, 1);
    if (problem.isEmpty()) {
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(QLatin1Char('\n'))));
    } else {
        bool found = false;
        for (const QString &line : result.problems) {
            found = found || line.contains(problem);
            QVERIFY2(line.startsWith("gmx-test"_L1), "the failure names the entry");
        }
        QVERIFY2(found, qPrintable(result.problems.join(QLatin1Char('\n'))));
    }
}

QTEST_GUILESS_MAIN(TestCatalogIspdb)
#include "tst_catalogispdb.moc"
