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
            const QString domain = listed.startsWith(QLatin1String("*.")) ? listed.mid(2) : listed;
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
                        result.problems.append(QStringLiteral("%1 (domain %2, ISPDB %3): %4 — add an ispdbNotes entry "
                                                              "{\"difference\": \"%5\", \"server\": \"%6\", \"reason\": ...} or fix the entry")
                                                   .arg(provider.id, domain, file.name, what, IspdbNote::differenceName(difference), server));
                    }
                };
                for (auto it = catalogUsernames.cbegin(); it != catalogUsernames.cend(); ++it) {
                    if (!ispdbUsernames.contains(it.key()))
                        report(IspdbNote::Difference::CatalogOnly, it.key(), QStringLiteral("catalog lists %1, the ISPDB does not").arg(it.key()));
                    else if (ispdbUsernames.value(it.key()) != it.value())
                        report(IspdbNote::Difference::Username, it.key(),
                               QStringLiteral("user name for %1 is %2 in the catalog, %3 in the ISPDB")
                                   .arg(it.key(), it.value(), ispdbUsernames.value(it.key())));
                }
                for (auto it = ispdbUsernames.cbegin(); it != ispdbUsernames.cend(); ++it) {
                    if (!catalogUsernames.contains(it.key()))
                        report(IspdbNote::Difference::IspdbOnly, it.key(), QStringLiteral("the ISPDB lists %1, the catalog does not").arg(it.key()));
                }
            }
        }
        for (const IspdbNote &note : provider.ispdbNotes) {
            if (!explained.contains(IspdbNote::differenceName(note.difference) + QLatin1Char(' ') + note.server)) {
                result.problems.append(QStringLiteral("%1: stale ispdbNotes entry (%2 %3) — no ISPDB file disagrees that way any more")
                                           .arg(provider.id, IspdbNote::differenceName(note.difference), note.server));
            }
        }
    }
    return result;
}

QList<IspdbFile> loadIspdb(QString *error)
{
    QList<IspdbFile> files;
    const QDir dir(qEnvironmentVariable("POSTACI_SHARED_DIR") + QStringLiteral("/ispdb"));
    for (const QString &name : dir.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = name + QStringLiteral(": ") + file.errorString();
            return {};
        }
        const AutoconfigParseResult parsed = AutoconfigParser::parse(file.readAll());
        if (!parsed.isOk()) {
            *error = name + QStringLiteral(": ") + parsed.error.toString();
            return {};
        }
        files.append(IspdbFile{name, *parsed.document});
    }
    if (files.size() != 163)
        *error = QStringLiteral("expected 163 ISPDB files in %1, found %2").arg(dir.path()).arg(files.size());
    return files;
}

QByteArray oneProvider(const QJsonArray &smtp, const QJsonArray &notes)
{
    QJsonObject entry{{QStringLiteral("id"), QStringLiteral("gmx-test")},
                      {QStringLiteral("name"), QStringLiteral("GMX test")},
                      {QStringLiteral("domains"), QJsonArray{QStringLiteral("gmx.net")}},
                      {QStringLiteral("mxPatterns"), QJsonArray{}},
                      {QStringLiteral("smtp"), smtp},
                      {QStringLiteral("source"), QStringLiteral("https://hilfe.gmx.net/")},
                      {QStringLiteral("checked"), QStringLiteral("2026-11-27")},
                      {QStringLiteral("checkedAgainst"), QJsonArray{QStringLiteral("test")}}};
    if (!notes.isEmpty())
        entry.insert(QStringLiteral("ispdbNotes"), notes);
    return QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 1},
                                     {QStringLiteral("providers"), QJsonArray{entry}}}).toJson();
}

QJsonObject server(const QString &host, int port, const QString &security, const QString &username = QStringLiteral("%EMAILADDRESS%"))
{
    return QJsonObject{{QStringLiteral("host"), host}, {QStringLiteral("port"), port}, {QStringLiteral("security"), security},
                       {QStringLiteral("auth"), QStringLiteral("auto")}, {QStringLiteral("username"), username}};
}

QJsonObject note(const QString &difference, const QString &serverKey)
{
    return QJsonObject{{QStringLiteral("difference"), difference}, {QStringLiteral("server"), serverKey},
                       {QStringLiteral("reason"), QStringLiteral("test")}};
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
        QFAIL(qPrintable(QStringLiteral("\n") + result.problems.join(QLatin1Char('\n'))));
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

    const QJsonObject tls = server(QStringLiteral("mail.gmx.net"), 465, QStringLiteral("tls"));
    const QJsonObject starttls = server(QStringLiteral("mail.gmx.net"), 587, QStringLiteral("starttls"));
    QTest::newRow("agrees") << oneProvider({tls, starttls}, {}) << QString();
    QTest::newRow("agrees in another order") << oneProvider({starttls, tls}, {}) << QString();
    QTest::newRow("extra server") << oneProvider({tls, starttls, server(QStringLiteral("mail.gmx.net"), 25, QStringLiteral("starttls"))}, {})
                                  << QStringLiteral("catalog lists mail.gmx.net:25:starttls");
    QTest::newRow("extra server explained") << oneProvider({tls, starttls, server(QStringLiteral("mail.gmx.net"), 25, QStringLiteral("starttls"))},
                                                           {note(QStringLiteral("catalog-only"), QStringLiteral("mail.gmx.net:25:starttls"))})
                                            << QString();
    QTest::newRow("missing server") << oneProvider({tls}, {}) << QStringLiteral("the ISPDB lists mail.gmx.net:587:starttls");
    QTest::newRow("missing server explained") << oneProvider({tls}, {note(QStringLiteral("ispdb-only"), QStringLiteral("mail.gmx.net:587:starttls"))})
                                              << QString();
    QTest::newRow("wrong security") << oneProvider({server(QStringLiteral("mail.gmx.net"), 465, QStringLiteral("starttls")), starttls}, {})
                                    << QStringLiteral("catalog lists mail.gmx.net:465:starttls");
    QTest::newRow("wrong host") << oneProvider({server(QStringLiteral("smtp.gmx.net"), 465, QStringLiteral("tls")), starttls}, {})
                                << QStringLiteral("catalog lists smtp.gmx.net:465:tls");
    QTest::newRow("user name differs") << oneProvider({server(QStringLiteral("mail.gmx.net"), 465, QStringLiteral("tls"), QStringLiteral("%EMAILLOCALPART%")), starttls}, {})
                                       << QStringLiteral("user name for mail.gmx.net:465:tls is %EMAILLOCALPART% in the catalog");
    QTest::newRow("stale note") << oneProvider({tls, starttls}, {note(QStringLiteral("catalog-only"), QStringLiteral("mail.gmx.net:2525:tls"))})
                                << QStringLiteral("stale ispdbNotes entry");
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
            QVERIFY2(line.startsWith(QLatin1String("gmx-test")), "the failure names the entry");
        }
        QVERIFY2(found, qPrintable(result.problems.join(QLatin1Char('\n'))));
    }
}

QTEST_GUILESS_MAIN(TestCatalogIspdb)
#include "tst_catalogispdb.moc"
