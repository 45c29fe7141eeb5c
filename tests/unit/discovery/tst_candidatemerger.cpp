// CandidateMerger: folding duplicates, warnings, trust and ranking, on constructed candidates.
#include "discovery/candidatemerger.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;

namespace {

ServerCandidate make(const QString &host, quint16 port, Security security, CandidateSource source,
                     const QString &detail = u"test"_s)
{
    ServerCandidate candidate;
    candidate.host = host;
    candidate.port = port;
    candidate.security = security;
    candidate.username = u"user@example.com"_s;
    candidate.origins.append({source, detail});
    return candidate;
}

CandidateMerger::Context exampleContext()
{
    CandidateMerger::Context context;
    context.addressDomain = u"example.com"_s;
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
        QCOMPARE(merger.add(make(u"smtp.example.com"_s, 465, Security::ImplicitTls, CandidateSource::Srv, u"srv"_s)),
                 CandidateMerger::AddResult::New);
        QCOMPARE(merger.add(make(u"SMTP.Example.COM."_s, 465, Security::ImplicitTls, CandidateSource::Ispdb, u"ispdb"_s)),
                 CandidateMerger::AddResult::Merged);
        // The same origin again changes nothing.
        QCOMPARE(merger.add(make(u"smtp.example.com"_s, 465, Security::ImplicitTls, CandidateSource::Ispdb, u"ispdb"_s)),
                 CandidateMerger::AddResult::Unchanged);
        // Another port or security is another candidate.
        QCOMPARE(merger.add(make(u"smtp.example.com"_s, 587, Security::StartTls, CandidateSource::Srv)),
                 CandidateMerger::AddResult::New);
        QCOMPARE(merger.add(make(u"smtp.example.com"_s, 465, Security::StartTls, CandidateSource::Srv)),
                 CandidateMerger::AddResult::New);
        QCOMPARE(merger.size(), 3);

        const ServerCandidate folded = merger.candidate(u"smtp.example.com:465/tls"_s);
        QCOMPARE(folded.origins.size(), 2);
        QCOMPARE(folded.bestSource(), CandidateSource::Ispdb);
        QCOMPARE(folded.host, u"smtp.example.com"_s);
        // Confirmed over HTTPS: the DNS answer's weakness no longer applies.
        QVERIFY(!folded.warnings.contains(CandidateWarning::DnsWithoutDnssec));
        QVERIFY(folded.trusted);
    }

    void betterSourceDetailsWin()
    {
        CandidateMerger merger(exampleContext());
        ServerCandidate guess = make(u"mail.example.com"_s, 587, Security::StartTls, CandidateSource::Guess);
        guess.username = u"user@example.com"_s;
        guess.verified = true;
        merger.add(guess);
        ServerCandidate catalog = make(u"mail.example.com"_s, 587, Security::StartTls, CandidateSource::Catalog);
        catalog.username = u"user"_s;
        catalog.auth = AuthMethod::Login;
        catalog.providerId = u"example"_s;
        catalog.providerName = u"Example Mail"_s;
        QCOMPARE(merger.add(catalog), CandidateMerger::AddResult::Merged);
        const ServerCandidate merged = merger.candidate(CandidateMerger::key(catalog));
        QCOMPARE(merged.username, u"user"_s);
        QCOMPARE(merged.auth, AuthMethod::Login);
        QCOMPARE(merged.providerId, u"example"_s);
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
        context.ownDomains = {u"providerown.test"_s};
        context.isKnownProviderHost = [](const ServerCandidate &c) { return c.host.endsWith(".knownmail.test"_L1); };
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
        merger.add(make(u"smtp.example.com"_s, 587, Security::StartTls, CandidateSource::PlainHttpAutoconfig));
        merger.add(make(u"smtp.example.com"_s, 25, Security::None, CandidateSource::Guess));
        merger.add(make(u"mail.example.com"_s, 587, Security::StartTls, CandidateSource::Guess));
        merger.add(make(u"mail.example.com"_s, 465, Security::ImplicitTls, CandidateSource::Guess));
        merger.add(make(u"mx.example.com"_s, 587, Security::StartTls, CandidateSource::Mx));
        merger.add(make(u"srv.example.com"_s, 587, Security::StartTls, CandidateSource::Srv));
        merger.add(make(u"srv.example.com"_s, 465, Security::ImplicitTls, CandidateSource::Srv));
        merger.add(make(u"cat.example.com"_s, 587, Security::StartTls, CandidateSource::Catalog));
        merger.add(make(u"isp.example.com"_s, 587, Security::StartTls, CandidateSource::Ispdb));
        merger.add(make(u"auto.example.com"_s, 25, Security::StartTls, CandidateSource::ProviderAutoconfig));
        merger.add(make(u"auto.example.com"_s, 587, Security::StartTls, CandidateSource::ProviderAutoconfig));
        merger.add(make(u"auto.example.com"_s, 465, Security::ImplicitTls, CandidateSource::ProviderAutoconfig));

        const QStringList expected{
            u"auto.example.com:465/tls"_s,      u"auto.example.com:587/starttls"_s,
            u"auto.example.com:25/starttls"_s,  u"isp.example.com:587/starttls"_s,
            u"cat.example.com:587/starttls"_s,  u"srv.example.com:465/tls"_s,
            u"srv.example.com:587/starttls"_s,  u"mx.example.com:587/starttls"_s,
            u"mail.example.com:465/tls"_s,      u"mail.example.com:587/starttls"_s,
            // Within a trust level every encrypted server comes before any plaintext one.
            u"smtp.example.com:587/starttls"_s, u"smtp.example.com:25/none"_s,
        };
        QCOMPARE(keys(merger.ranked()), expected);
    }

    void plaintextNeverRanksAboveTlsFromTheSameSource()
    {
        CandidateMerger merger(exampleContext());
        merger.add(make(u"mail.example.com"_s, 587, Security::None, CandidateSource::Guess), 0);
        merger.add(make(u"mail.example.com"_s, 25, Security::StartTls, CandidateSource::Guess), 5);
        const QList<ServerCandidate> ranked = merger.ranked();
        QCOMPARE(ranked.first().security, Security::StartTls);
        QCOMPARE(ranked.last().security, Security::None);
        QVERIFY(ranked.last().warnings.contains(CandidateWarning::Plaintext));
    }

    void trustedPlaintextNeverOutranksTrustedTls()
    {
        // Issue 11 finding 4: the ISPDB's (or autoconfig's) socketType=plain entry ranked above
        // the catalog's TLS server for the same domain and became the wizard's selection.
        CandidateMerger merger(exampleContext());
        merger.add(make(u"smtp.example.com"_s, 465, Security::ImplicitTls, CandidateSource::Catalog));
        merger.add(make(u"plain.example.com"_s, 25, Security::None, CandidateSource::Ispdb));
        merger.add(make(u"plain.example.com"_s, 587, Security::None, CandidateSource::ProviderAutoconfig));
        merger.add(make(u"guess.example.com"_s, 465, Security::ImplicitTls, CandidateSource::Guess));
        const QList<ServerCandidate> ranked = merger.ranked();
        QCOMPARE(keys(ranked), (QStringList{u"smtp.example.com:465/tls"_s, u"plain.example.com:587/none"_s,
                                            u"plain.example.com:25/none"_s, u"guess.example.com:465/tls"_s}));
        QVERIFY(ranked.at(0).trusted);
        QVERIFY(ranked.at(1).trusted); // still trusted: plaintext is a warning about the connection
        QVERIFY(ranked.at(0).isAutoSelectable());
        QVERIFY(!ranked.at(1).isAutoSelectable());
        QVERIFY(!ranked.at(2).isAutoSelectable());
        QVERIFY(!ranked.at(3).isAutoSelectable()); // not trusted
    }

    void plaintextIsNeverAutoSelected()
    {
        // The rule the wizard asks (ServerPage): however trusted, plaintext is the user's choice.
        CandidateMerger merger(exampleContext());
        merger.add(make(u"smtp.example.com"_s, 587, Security::None, CandidateSource::Catalog));
        const ServerCandidate only = merger.ranked().first();
        QVERIFY(only.trusted);
        QVERIFY(!only.isAutoSelectable());
    }

    void ipAddressesAreNeverOwnHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("10.0.0.1") << u"10.0.0.1"_s;
        QTest::newRow("192.168.0.1") << u"192.168.0.1"_s;
        QTest::newRow("short form 127.1") << u"127.1"_s;
    }

    void ipAddressesAreNeverOwnHosts()
    {
        // Issue 11 finding 3: with the catalog's 127.0.0.1 giving the base domain "0.1", any
        // address ending in .0.1 counted as a known provider. In the finder's own context (the
        // built-in catalog's names, SettingsFinder::run) an address is known only when listed.
        QFETCH(QString, host);
        CandidateMerger::Context context = exampleContext();
        context.ownDomains = {u"0.1"_s, u"168.0.1"_s, u"1"_s};
        CandidateMerger merger(context);
        merger.add(make(host, 465, Security::ImplicitTls, CandidateSource::ProviderAutoconfig));
        const ServerCandidate candidate = merger.ranked().first();
        QVERIFY(candidate.warnings.contains(CandidateWarning::ForeignHost));
        QVERIFY(!candidate.trusted);
        QVERIFY(!candidate.isAutoSelectable());
    }

    void sourceOrderBreaksTies()
    {
        CandidateMerger merger(exampleContext());
        merger.add(make(u"b.example.com"_s, 587, Security::StartTls, CandidateSource::Catalog), 1);
        merger.add(make(u"a.example.com"_s, 587, Security::StartTls, CandidateSource::Catalog), 0);
        QCOMPARE(keys(merger.ranked()),
                 (QStringList{u"a.example.com:587/starttls"_s, u"b.example.com:587/starttls"_s}));
    }

    void verifiedRanksBeforeFailed()
    {
        CandidateMerger merger(exampleContext());
        merger.add(make(u"a.example.com"_s, 587, Security::StartTls, CandidateSource::Srv), 0);
        merger.add(make(u"b.example.com"_s, 587, Security::StartTls, CandidateSource::Srv), 1);
        merger.add(make(u"c.example.com"_s, 587, Security::StartTls, CandidateSource::Srv), 2);
        QVERIFY(merger.setVerified(u"a.example.com:587/starttls"_s, false));
        QVERIFY(merger.setVerified(u"c.example.com:587/starttls"_s, true));
        QVERIFY(!merger.setVerified(u"nothere.example.com:587/starttls"_s, true));
        QCOMPARE(keys(merger.ranked()),
                 (QStringList{u"c.example.com:587/starttls"_s, u"b.example.com:587/starttls"_s,
                              u"a.example.com:587/starttls"_s}));
        // A later success outweighs an earlier failure (a timeout, say); not the other way round.
        merger.setVerified(u"a.example.com:587/starttls"_s, true);
        merger.setVerified(u"c.example.com:587/starttls"_s, false);
        QCOMPARE(merger.candidate(u"a.example.com:587/starttls"_s).verified, std::optional<bool>(true));
        QCOMPARE(merger.candidate(u"c.example.com:587/starttls"_s).verified, std::optional<bool>(true));
    }

    void warningsAreRecomputedNotInherited()
    {
        // A source may pre-fill warnings or trust; the merger decides from the facts alone.
        CandidateMerger merger(exampleContext());
        ServerCandidate candidate = make(u"smtp.attacker.test"_s, 465, Security::ImplicitTls, CandidateSource::Ispdb);
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
