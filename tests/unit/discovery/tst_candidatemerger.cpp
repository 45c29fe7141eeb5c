// CandidateMerger: folding duplicates, warnings, trust and ranking, on constructed candidates.
#include "discovery/candidatemerger.h"

#include <QTest>

using namespace Postaci;

namespace {

ServerCandidate make(const QString &host, quint16 port, Security security, CandidateSource source,
                     const QString &detail = QStringLiteral("test"))
{
    ServerCandidate candidate;
    candidate.host = host;
    candidate.port = port;
    candidate.security = security;
    candidate.username = QStringLiteral("user@example.com");
    candidate.origins.append({source, detail});
    return candidate;
}

CandidateMerger::Context exampleContext()
{
    CandidateMerger::Context context;
    context.addressDomain = QStringLiteral("example.com");
    return context;
}

QStringList keys(const QList<ServerCandidate> &candidates)
{
    QStringList result;
    for (const ServerCandidate &c : candidates)
        result.append(CandidateMerger::key(c));
    return result;
}

} // namespace

class TestCandidateMerger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void duplicatesFoldCaseInsensitively()
    {
        CandidateMerger merger(exampleContext());
        QCOMPARE(merger.add(make(QStringLiteral("smtp.example.com"), 465, Security::ImplicitTls, CandidateSource::Srv, QStringLiteral("srv"))),
                 CandidateMerger::AddResult::New);
        QCOMPARE(merger.add(make(QStringLiteral("SMTP.Example.COM."), 465, Security::ImplicitTls, CandidateSource::Ispdb, QStringLiteral("ispdb"))),
                 CandidateMerger::AddResult::Merged);
        // The same origin again changes nothing.
        QCOMPARE(merger.add(make(QStringLiteral("smtp.example.com"), 465, Security::ImplicitTls, CandidateSource::Ispdb, QStringLiteral("ispdb"))),
                 CandidateMerger::AddResult::Unchanged);
        // Another port or security is another candidate.
        QCOMPARE(merger.add(make(QStringLiteral("smtp.example.com"), 587, Security::StartTls, CandidateSource::Srv)),
                 CandidateMerger::AddResult::New);
        QCOMPARE(merger.add(make(QStringLiteral("smtp.example.com"), 465, Security::StartTls, CandidateSource::Srv)),
                 CandidateMerger::AddResult::New);
        QCOMPARE(merger.size(), 3);

        const ServerCandidate folded = merger.candidate(QStringLiteral("smtp.example.com:465/tls"));
        QCOMPARE(folded.origins.size(), 2);
        QCOMPARE(folded.bestSource(), CandidateSource::Ispdb);
        QCOMPARE(folded.host, QStringLiteral("smtp.example.com"));
        // Confirmed over HTTPS: the DNS answer's weakness no longer applies.
        QVERIFY(!folded.warnings.contains(CandidateWarning::DnsWithoutDnssec));
        QVERIFY(folded.trusted);
    }

    void betterSourceDetailsWin()
    {
        CandidateMerger merger(exampleContext());
        ServerCandidate guess = make(QStringLiteral("mail.example.com"), 587, Security::StartTls, CandidateSource::Guess);
        guess.username = QStringLiteral("user@example.com");
        guess.verified = true;
        merger.add(guess);
        ServerCandidate catalog = make(QStringLiteral("mail.example.com"), 587, Security::StartTls, CandidateSource::Catalog);
        catalog.username = QStringLiteral("user");
        catalog.auth = AuthMethod::Login;
        catalog.providerId = QStringLiteral("example");
        catalog.providerName = QStringLiteral("Example Mail");
        QCOMPARE(merger.add(catalog), CandidateMerger::AddResult::Merged);
        const ServerCandidate merged = merger.candidate(CandidateMerger::key(catalog));
        QCOMPARE(merged.username, QStringLiteral("user"));
        QCOMPARE(merged.auth, AuthMethod::Login);
        QCOMPARE(merged.providerId, QStringLiteral("example"));
        QCOMPARE(merged.verified, std::optional<bool>(true)); // the probe result is kept
        QVERIFY(merged.trusted);
        QVERIFY(!merged.warnings.contains(CandidateWarning::Guessed));
    }

    void warnings_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("security");
        QTest::addColumn<int>("source");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("trusted");

        const int tls = int(Security::ImplicitTls);
        const int starttls = int(Security::StartTls);
        const int none = int(Security::None);
        QTest::newRow("provider autoconfig, own host") << "smtp.example.com" << 465 << tls << int(CandidateSource::ProviderAutoconfig)
                                                       << QStringList{} << true;
        QTest::newRow("ispdb, the domain itself") << "example.com" << 587 << starttls << int(CandidateSource::Ispdb) << QStringList{} << true;
        QTest::newRow("catalog") << "smtp.example.com" << 587 << starttls << int(CandidateSource::Catalog) << QStringList{} << true;
        QTest::newRow("srv") << "smtp.example.com" << 465 << tls << int(CandidateSource::Srv) << QStringList{"dns-without-dnssec"} << false;
        QTest::newRow("mx") << "smtp.example.com" << 465 << tls << int(CandidateSource::Mx) << QStringList{"dns-without-dnssec"} << false;
        QTest::newRow("guess") << "mail.example.com" << 465 << tls << int(CandidateSource::Guess) << QStringList{"guessed"} << false;
        QTest::newRow("plain http") << "smtp.example.com" << 587 << starttls << int(CandidateSource::PlainHttpAutoconfig)
                                    << QStringList{"plain-http-source"} << false;
        QTest::newRow("foreign host over https") << "smtp.attacker.test" << 465 << tls << int(CandidateSource::ProviderAutoconfig)
                                                 << QStringList{"foreign-host"} << false;
        QTest::newRow("lookalike is foreign") << "smtp.example.com.attacker.test" << 465 << tls << int(CandidateSource::Ispdb)
                                              << QStringList{"foreign-host"} << false;
        QTest::newRow("suffix is not a subdomain") << "smtp.notexample.com" << 465 << tls << int(CandidateSource::Ispdb)
                                                   << QStringList{"foreign-host"} << false;
        QTest::newRow("known provider is not foreign") << "smtp.knownmail.test" << 465 << tls << int(CandidateSource::Ispdb)
                                                       << QStringList{} << true;
        QTest::newRow("own domain of the matched provider") << "smtp.providerown.test" << 465 << tls << int(CandidateSource::Catalog)
                                                            << QStringList{} << true;
        QTest::newRow("plaintext, port 25: warned but trusted") << "smtp.example.com" << 25 << none << int(CandidateSource::Catalog)
                                                                 << QStringList{"plaintext", "port-25"} << true;
        QTest::newRow("everything at once") << "relay.attacker.test" << 25 << none << int(CandidateSource::PlainHttpAutoconfig)
                                            << QStringList{"plain-http-source", "foreign-host", "plaintext", "port-25"} << false;
    }

    void warnings()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(int, security);
        QFETCH(int, source);
        QFETCH(QStringList, expected);
        QFETCH(bool, trusted);

        CandidateMerger::Context context = exampleContext();
        context.ownDomains = {QStringLiteral("providerown.test")};
        context.isKnownProviderHost = [](const ServerCandidate &c) { return c.host.endsWith(QLatin1String(".knownmail.test")); };
        CandidateMerger merger(context);
        const ServerCandidate candidate = make(host, quint16(port), Security(security), CandidateSource(source));
        merger.add(candidate);
        const ServerCandidate assessed = merger.ranked().constFirst();
        QStringList names;
        for (const CandidateWarning warning : assessed.warnings)
            names.append(candidateWarningName(warning));
        QCOMPARE(names, expected);
        QCOMPARE(assessed.trusted, trusted);
    }

    void rankingBySourceThenSecurity()
    {
        CandidateMerger merger(exampleContext());
        // Added worst first, so that the order can only come from the ranking.
        merger.add(make(QStringLiteral("smtp.example.com"), 587, Security::StartTls, CandidateSource::PlainHttpAutoconfig));
        merger.add(make(QStringLiteral("smtp.example.com"), 25, Security::None, CandidateSource::Guess));
        merger.add(make(QStringLiteral("mail.example.com"), 587, Security::StartTls, CandidateSource::Guess));
        merger.add(make(QStringLiteral("mail.example.com"), 465, Security::ImplicitTls, CandidateSource::Guess));
        merger.add(make(QStringLiteral("mx.example.com"), 587, Security::StartTls, CandidateSource::Mx));
        merger.add(make(QStringLiteral("srv.example.com"), 587, Security::StartTls, CandidateSource::Srv));
        merger.add(make(QStringLiteral("srv.example.com"), 465, Security::ImplicitTls, CandidateSource::Srv));
        merger.add(make(QStringLiteral("cat.example.com"), 587, Security::StartTls, CandidateSource::Catalog));
        merger.add(make(QStringLiteral("isp.example.com"), 587, Security::StartTls, CandidateSource::Ispdb));
        merger.add(make(QStringLiteral("auto.example.com"), 25, Security::StartTls, CandidateSource::ProviderAutoconfig));
        merger.add(make(QStringLiteral("auto.example.com"), 587, Security::StartTls, CandidateSource::ProviderAutoconfig));
        merger.add(make(QStringLiteral("auto.example.com"), 465, Security::ImplicitTls, CandidateSource::ProviderAutoconfig));

        const QStringList expected{
            QStringLiteral("auto.example.com:465/tls"),      QStringLiteral("auto.example.com:587/starttls"),
            QStringLiteral("auto.example.com:25/starttls"),  QStringLiteral("isp.example.com:587/starttls"),
            QStringLiteral("cat.example.com:587/starttls"),  QStringLiteral("srv.example.com:465/tls"),
            QStringLiteral("srv.example.com:587/starttls"),  QStringLiteral("mx.example.com:587/starttls"),
            QStringLiteral("mail.example.com:465/tls"),      QStringLiteral("mail.example.com:587/starttls"),
            QStringLiteral("smtp.example.com:25/none"),      QStringLiteral("smtp.example.com:587/starttls"),
        };
        QCOMPARE(keys(merger.ranked()), expected);
    }

    void plaintextNeverRanksAboveTlsFromTheSameSource()
    {
        CandidateMerger merger(exampleContext());
        merger.add(make(QStringLiteral("mail.example.com"), 587, Security::None, CandidateSource::Guess), 0);
        merger.add(make(QStringLiteral("mail.example.com"), 25, Security::StartTls, CandidateSource::Guess), 5);
        const QList<ServerCandidate> ranked = merger.ranked();
        QCOMPARE(ranked.first().security, Security::StartTls);
        QCOMPARE(ranked.last().security, Security::None);
        QVERIFY(ranked.last().warnings.contains(CandidateWarning::Plaintext));
    }

    void sourceOrderBreaksTies()
    {
        CandidateMerger merger(exampleContext());
        merger.add(make(QStringLiteral("b.example.com"), 587, Security::StartTls, CandidateSource::Catalog), 1);
        merger.add(make(QStringLiteral("a.example.com"), 587, Security::StartTls, CandidateSource::Catalog), 0);
        QCOMPARE(keys(merger.ranked()),
                 (QStringList{QStringLiteral("a.example.com:587/starttls"), QStringLiteral("b.example.com:587/starttls")}));
    }

    void verifiedRanksBeforeFailed()
    {
        CandidateMerger merger(exampleContext());
        merger.add(make(QStringLiteral("a.example.com"), 587, Security::StartTls, CandidateSource::Srv), 0);
        merger.add(make(QStringLiteral("b.example.com"), 587, Security::StartTls, CandidateSource::Srv), 1);
        merger.add(make(QStringLiteral("c.example.com"), 587, Security::StartTls, CandidateSource::Srv), 2);
        QVERIFY(merger.setVerified(QStringLiteral("a.example.com:587/starttls"), false));
        QVERIFY(merger.setVerified(QStringLiteral("c.example.com:587/starttls"), true));
        QVERIFY(!merger.setVerified(QStringLiteral("nothere.example.com:587/starttls"), true));
        QCOMPARE(keys(merger.ranked()),
                 (QStringList{QStringLiteral("c.example.com:587/starttls"), QStringLiteral("b.example.com:587/starttls"),
                              QStringLiteral("a.example.com:587/starttls")}));
        // A later success outweighs an earlier failure (a timeout, say); not the other way round.
        merger.setVerified(QStringLiteral("a.example.com:587/starttls"), true);
        merger.setVerified(QStringLiteral("c.example.com:587/starttls"), false);
        QCOMPARE(merger.candidate(QStringLiteral("a.example.com:587/starttls")).verified, std::optional<bool>(true));
        QCOMPARE(merger.candidate(QStringLiteral("c.example.com:587/starttls")).verified, std::optional<bool>(true));
    }

    void warningsAreRecomputedNotInherited()
    {
        // A source may pre-fill warnings or trust; the merger decides from the facts alone.
        CandidateMerger merger(exampleContext());
        ServerCandidate candidate = make(QStringLiteral("smtp.attacker.test"), 465, Security::ImplicitTls, CandidateSource::Ispdb);
        candidate.trusted = true;
        candidate.warnings = {CandidateWarning::Port25};
        merger.add(candidate);
        const ServerCandidate assessed = merger.ranked().constFirst();
        QVERIFY(!assessed.trusted);
        QCOMPARE(assessed.warnings, QList<CandidateWarning>{CandidateWarning::ForeignHost});
    }
};

QTEST_GUILESS_MAIN(TestCandidateMerger)
#include "tst_candidatemerger.moc"
