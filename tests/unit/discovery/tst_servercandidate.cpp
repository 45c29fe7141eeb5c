// ServerCandidate: the JSON docs/cli.md#lookup promises for `lookup --json`, and source ranking.

#include "discovery/servercandidate.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Postaci;

class TestServerCandidate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreStableAndDistinct();
    void bestSourceIsTheMostTrusted();
    void jsonHasTheDocumentedFields();
    void jsonForAnUnprobedUnknownCandidate();
};

void TestServerCandidate::namesAreStableAndDistinct()
{
    const QList<CandidateSource> sources = {CandidateSource::ProviderAutoconfig, CandidateSource::Ispdb, CandidateSource::Catalog,
                                            CandidateSource::Srv, CandidateSource::Mx, CandidateSource::Guess,
                                            CandidateSource::PlainHttpAutoconfig};
    const QStringList sourceNames = {QStringLiteral("provider-autoconfig"), QStringLiteral("ispdb"), QStringLiteral("catalog"),
                                     QStringLiteral("srv"), QStringLiteral("mx"), QStringLiteral("guess"),
                                     QStringLiteral("plain-http-autoconfig")};
    for (int i = 0; i < sources.size(); ++i)
        QCOMPARE(candidateSourceName(sources.at(i)), sourceNames.at(i));

    const QList<CandidateWarning> warnings = {CandidateWarning::PlainHttpSource, CandidateWarning::DnsWithoutDnssec,
                                              CandidateWarning::ForeignHost, CandidateWarning::Plaintext,
                                              CandidateWarning::Port25, CandidateWarning::Guessed};
    const QStringList warningNames = {QStringLiteral("plain-http-source"), QStringLiteral("dns-without-dnssec"),
                                      QStringLiteral("foreign-host"), QStringLiteral("plaintext"), QStringLiteral("port-25"),
                                      QStringLiteral("guessed")};
    for (int i = 0; i < warnings.size(); ++i)
        QCOMPARE(candidateWarningName(warnings.at(i)), warningNames.at(i));
}

void TestServerCandidate::bestSourceIsTheMostTrusted()
{
    ServerCandidate candidate;
    QCOMPARE(candidate.bestSource(), CandidateSource::Guess); // nobody vouched for it
    candidate.origins = {{CandidateSource::Guess, QStringLiteral("mail.example.com:465")},
                         {CandidateSource::Mx, QStringLiteral("MX example.com")},
                         {CandidateSource::Ispdb, QStringLiteral("https://live.thunderbird.net/autoconfig/v1.1/example.com")},
                         {CandidateSource::Srv, QStringLiteral("_submissions._tcp.example.com")}};
    QCOMPARE(candidate.bestSource(), CandidateSource::Ispdb);
    candidate.origins.append({CandidateSource::ProviderAutoconfig, QStringLiteral("https://autoconfig.example.com/")});
    QCOMPARE(candidate.bestSource(), CandidateSource::ProviderAutoconfig);
    candidate.origins = {{CandidateSource::PlainHttpAutoconfig, QStringLiteral("http://example.com/")},
                         {CandidateSource::Guess, QStringLiteral("mail.example.com:465")}};
    QCOMPARE(candidate.bestSource(), CandidateSource::Guess);
}

void TestServerCandidate::jsonHasTheDocumentedFields()
{
    ServerCandidate candidate;
    candidate.host = QStringLiteral("smtp.gmail.com");
    candidate.port = 465;
    candidate.security = Security::ImplicitTls;
    candidate.auth = AuthMethod::Auto;
    candidate.username = QStringLiteral("ayse@gmail.com");
    candidate.origins = {{CandidateSource::Catalog, QStringLiteral("providers.json#gmail")},
                         {CandidateSource::Mx, QStringLiteral("MX gmail.com")}};
    candidate.warnings = {CandidateWarning::Port25, CandidateWarning::DnsWithoutDnssec};
    candidate.trusted = true;
    candidate.verified = false;
    candidate.providerId = QStringLiteral("gmail");
    candidate.providerName = QStringLiteral("Gmail");

    const QJsonObject json = candidate.toJson();
    QCOMPARE(json.value(QLatin1String("host")).toString(), QStringLiteral("smtp.gmail.com"));
    QVERIFY(json.value(QLatin1String("port")).isDouble());
    QCOMPARE(json.value(QLatin1String("port")).toInt(), 465);
    QCOMPARE(json.value(QLatin1String("security")).toString(), QStringLiteral("tls"));
    QCOMPARE(json.value(QLatin1String("auth")).toString(), QStringLiteral("auto"));
    QCOMPARE(json.value(QLatin1String("username")).toString(), QStringLiteral("ayse@gmail.com"));
    QCOMPARE(json.value(QLatin1String("source")).toString(), QStringLiteral("catalog"));
    QCOMPARE(json.value(QLatin1String("trusted")).toBool(), true);
    QVERIFY(json.value(QLatin1String("verified")).isBool());
    QCOMPARE(json.value(QLatin1String("verified")).toBool(), false);
    QCOMPARE(json.value(QLatin1String("warnings")).toArray(),
             (QJsonArray{QStringLiteral("port-25"), QStringLiteral("dns-without-dnssec")}));
    QCOMPARE(json.value(QLatin1String("provider")).toObject().value(QLatin1String("id")).toString(), QStringLiteral("gmail"));
    QCOMPARE(json.value(QLatin1String("provider")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Gmail"));
    const QJsonArray origins = json.value(QLatin1String("origins")).toArray();
    QCOMPARE(origins.size(), 2);
    QCOMPARE(origins.at(1).toObject().value(QLatin1String("source")).toString(), QStringLiteral("mx"));
    QCOMPARE(origins.at(1).toObject().value(QLatin1String("detail")).toString(), QStringLiteral("MX gmail.com"));
}

void TestServerCandidate::jsonForAnUnprobedUnknownCandidate()
{
    ServerCandidate candidate;
    candidate.host = QStringLiteral("mail.example.com");
    candidate.port = 587;
    candidate.security = Security::StartTls;
    candidate.origins = {{CandidateSource::Guess, QStringLiteral("mail.example.com:587")}};
    candidate.warnings = {CandidateWarning::Guessed};
    const QJsonObject json = candidate.toJson();
    QVERIFY(!json.contains(QLatin1String("verified"))); // only with --probe
    QVERIFY(json.value(QLatin1String("provider")).isNull());
    QCOMPARE(json.value(QLatin1String("trusted")).toBool(), false);
    QCOMPARE(json.value(QLatin1String("security")).toString(), QStringLiteral("starttls"));
    QCOMPARE(json.value(QLatin1String("source")).toString(), QStringLiteral("guess"));
}

QTEST_GUILESS_MAIN(TestServerCandidate)
#include "tst_servercandidate.moc"
