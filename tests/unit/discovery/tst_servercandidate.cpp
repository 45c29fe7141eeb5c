// ServerCandidate: the JSON docs/cli.md#lookup promises for `lookup --json`, and source ranking.

#include "discovery/servercandidate.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

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
    const QStringList sourceNames = {u"provider-autoconfig"_s, u"ispdb"_s, u"catalog"_s,
                                     u"srv"_s, u"mx"_s, u"guess"_s,
                                     u"plain-http-autoconfig"_s};
    for (int i = 0; i < sources.size(); ++i)
        QCOMPARE(candidateSourceName(sources.at(i)), sourceNames.at(i));

    const QList<CandidateWarning> warnings = {CandidateWarning::PlainHttpSource, CandidateWarning::DnsWithoutDnssec,
                                              CandidateWarning::ForeignHost, CandidateWarning::Plaintext,
                                              CandidateWarning::Port25, CandidateWarning::Guessed};
    const QStringList warningNames = {u"plain-http-source"_s, u"dns-without-dnssec"_s,
                                      u"foreign-host"_s, u"plaintext"_s, u"port-25"_s,
                                      u"guessed"_s};
    for (int i = 0; i < warnings.size(); ++i)
        QCOMPARE(candidateWarningName(warnings.at(i)), warningNames.at(i));
}

void TestServerCandidate::bestSourceIsTheMostTrusted()
{
    ServerCandidate candidate;
    QCOMPARE(candidate.bestSource(), CandidateSource::Guess); // nobody vouched for it
    candidate.origins = {{CandidateSource::Guess, u"mail.example.com:465"_s},
                         {CandidateSource::Mx, u"MX example.com"_s},
                         {CandidateSource::Ispdb, u"https://live.thunderbird.net/autoconfig/v1.1/example.com"_s},
                         {CandidateSource::Srv, u"_submissions._tcp.example.com"_s}};
    QCOMPARE(candidate.bestSource(), CandidateSource::Ispdb);
    candidate.origins.append({CandidateSource::ProviderAutoconfig, u"https://autoconfig.example.com/"_s});
    QCOMPARE(candidate.bestSource(), CandidateSource::ProviderAutoconfig);
    candidate.origins = {{CandidateSource::PlainHttpAutoconfig, u"http://example.com/"_s},
                         {CandidateSource::Guess, u"mail.example.com:465"_s}};
    QCOMPARE(candidate.bestSource(), CandidateSource::Guess);
}

void TestServerCandidate::jsonHasTheDocumentedFields()
{
    ServerCandidate candidate;
    candidate.host = u"smtp.gmail.com"_s;
    candidate.port = 465;
    candidate.security = Security::ImplicitTls;
    candidate.auth = AuthMethod::Auto;
    candidate.username = u"ayse@gmail.com"_s;
    candidate.origins = {{CandidateSource::Catalog, u"providers.json#gmail"_s},
                         {CandidateSource::Mx, u"MX gmail.com"_s}};
    candidate.warnings = {CandidateWarning::Port25, CandidateWarning::DnsWithoutDnssec};
    candidate.trusted = true;
    candidate.verified = false;
    candidate.providerId = u"gmail"_s;
    candidate.providerName = u"Gmail"_s;

    const QJsonObject json = candidate.toJson();
    QCOMPARE(json.value("host"_L1).toString(), u"smtp.gmail.com"_s);
    QVERIFY(json.value("port"_L1).isDouble());
    QCOMPARE(json.value("port"_L1).toInt(), 465);
    QCOMPARE(json.value("security"_L1).toString(), u"tls"_s);
    QCOMPARE(json.value("auth"_L1).toString(), u"auto"_s);
    QCOMPARE(json.value("username"_L1).toString(), u"ayse@gmail.com"_s);
    QCOMPARE(json.value("source"_L1).toString(), u"catalog"_s);
    QCOMPARE(json.value("trusted"_L1).toBool(), true);
    QVERIFY(json.value("verified"_L1).isBool());
    QCOMPARE(json.value("verified"_L1).toBool(), false);
    QCOMPARE(json.value("warnings"_L1).toArray(),
             (QJsonArray{u"port-25"_s, u"dns-without-dnssec"_s}));
    QCOMPARE(json.value("provider"_L1).toObject().value("id"_L1).toString(), u"gmail"_s);
    QCOMPARE(json.value("provider"_L1).toObject().value("name"_L1).toString(), u"Gmail"_s);
    const QJsonArray origins = json.value("origins"_L1).toArray();
    QCOMPARE(origins.size(), 2);
    QCOMPARE(origins.at(1).toObject().value("source"_L1).toString(), u"mx"_s);
    QCOMPARE(origins.at(1).toObject().value("detail"_L1).toString(), u"MX gmail.com"_s);
}

void TestServerCandidate::jsonForAnUnprobedUnknownCandidate()
{
    ServerCandidate candidate;
    candidate.host = u"mail.example.com"_s;
    candidate.port = 587;
    candidate.security = Security::StartTls;
    candidate.origins = {{CandidateSource::Guess, u"mail.example.com:587"_s}};
    candidate.warnings = {CandidateWarning::Guessed};
    const QJsonObject json = candidate.toJson();
    QVERIFY(!json.contains("verified"_L1)); // only with --probe
    QVERIFY(json.value("provider"_L1).isNull());
    QCOMPARE(json.value("trusted"_L1).toBool(), false);
    QCOMPARE(json.value("security"_L1).toString(), u"starttls"_s);
    QCOMPARE(json.value("source"_L1).toString(), u"guess"_s);
}

QTEST_GUILESS_MAIN(TestServerCandidate)
#include "tst_servercandidate.moc"
