// The OAuth2 sign-in end to end through postaci-cli (issue 12, docs/oauth2.md): the harness's
// OAuth2 server (HTTPS with the test CA, PKCE, short-lived access tokens, rotated refresh
// tokens, a grant log), aiosmtpd accepting XOAUTH2 / OAUTHBEARER only with a currently valid
// token, the real keychain, and this test playing the browser.
#include "aiosmtpdserver.h"
#include "clirunner.h"
#include "oauthbrowser.h"
#include "oauthserver.h"
#include "secrettesting.h"
#include "testcertificates.h"
#include "testsupport.h"

#include "account/account.h"
#include "oauth/oauthtokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;

namespace {

const QString address = u"ali@example.test"_s;

} // namespace

class TestCliOAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void addKeepsNoTokenAndNeedsAClientId();
    void signInSendRefreshRevoke_data();
    void signInSendRefreshRevoke();
    void forgedStateIsRefusedAndNothingStored();
    void wrongVerifierIsRefusedAndNothingStored();
    void deniedAccessEndsAtOnce();
    void notSignedInSaysSignIn();
    void unreachableTokenEndpoint();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const;
    QMap<QString, QString> env() const { return {{u"XDG_CONFIG_HOME"_s, m_config->path()}}; }
    QString addAccount(bool https = true, const QStringList &mechanisms = {u"XOAUTH2"_s},
                       const QUrl &tokenUrl = QUrl());
    // Runs accounts login, follows the printed URL as a browser (alterRedirect may forge it),
    // and returns the CLI's result; *visit gets what the browser saw, *port the listener's port.
    CliRun login(const QString &id, BrowserVisit *visit,
                 const std::function<QUrl(const QUrl &)> &alterAuthorize = {},
                 const std::function<QUrl(const QUrl &)> &alterRedirect = {}, quint16 *port = nullptr);
    QString accountsFileText() const;
    static bool portAccepts(quint16 port);

    OAuthServer m_oauth;
    std::unique_ptr<AiosmtpdServer> m_smtp;
    std::unique_ptr<QTemporaryDir> m_config;
    QString m_caFile;
};

void TestCliOAuth::initTestCase()
{
    QVERIFY2(hasTestKeychain(), keychainHint());
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), "POSTACI_CLI is not set");
    QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
    m_caFile = TestCertificates::instance().caCertificatePath();
    QVERIFY2(m_oauth.start(), qPrintable(m_oauth.errorString()));
}

void TestCliOAuth::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
}

CliRun TestCliOAuth::run(const QStringList &arguments, const QByteArray &input) const
{
    return runCli(arguments, input, env(), 60000);
}

QString TestCliOAuth::addAccount(bool https, const QStringList &mechanisms, const QUrl &tokenUrl)
{
    m_smtp = std::make_unique<AiosmtpdServer>();
    AiosmtpdServer::Options options;
    options.mode = AiosmtpdServer::Options::Mode::StartTls;
    options.requireTls = true;
    options.authRequired = true;
    options.user = address;
    options.authMechanisms = mechanisms;
    options.oauthTokenFile = m_oauth.tokenFile();
    if (!m_smtp->start(options)) {
        qWarning("aiosmtpd did not start: %s", qPrintable(m_smtp->errorString()));
        return {};
    }
    const QByteArray pin = TestCertificates::instance().sha256(CertKind::Valid).toHex();
    const CliRun added = run({u"accounts"_s, u"add"_s, u"--email"_s, address, u"--host"_s, m_smtp->host(),
                              u"--port"_s, QString::number(m_smtp->port()), u"--security"_s, u"starttls"_s,
                              u"--pin"_s, u"sha256:"_s + QString::fromLatin1(pin), u"--auth"_s, u"oauth2"_s,
                              u"--oauth-provider"_s, u"custom"_s, u"--oauth-client-id"_s, m_oauth.options().clientId,
                              u"--oauth-authorize-url"_s, m_oauth.url(u"/authorize"_s, https).toString(),
                              u"--oauth-token-url"_s,
                              tokenUrl.isEmpty() ? m_oauth.url(u"/token"_s, https).toString() : tokenUrl.toString(),
                              u"--oauth-scope"_s, m_oauth.options().scope});
    if (added.exitCode != 0)
        qWarning("accounts add failed: %s", qPrintable(added.describe()));
    return QString::fromUtf8(added.out).trimmed();
}

CliRun TestCliOAuth::login(const QString &id, BrowserVisit *visit, const std::function<QUrl(const QUrl &)> &alterAuthorize,
                           const std::function<QUrl(const QUrl &)> &alterRedirect, quint16 *port)
{
    RunningCli cli({u"accounts"_s, u"login"_s, id, u"--no-browser"_s, u"--timeout"_s, u"60"_s, u"--ca-file"_s,
                    m_caFile},
                   {}, env());
    // The URL is printed on stderr, alone on its line (docs/cli.md#accounts-login).
    const QString line = cli.waitForErrorLine(u"http"_s);
    const QString waiting = cli.waitForErrorLine(u"Waiting for the answer on 127.0.0.1:"_s);
    if (port)
        *port = waiting.section(u':', 1, 1).section(u' ', 0, 0).toUShort();
    if (!line.isEmpty()) {
        const QUrl url(line.trimmed(), QUrl::StrictMode);
        *visit = followAuthorization(alterAuthorize ? alterAuthorize(url) : url, alterRedirect);
    } else {
        visit->error = u"no authorization URL was printed"_s;
    }
    return cli.finish(60000);
}

QString TestCliOAuth::accountsFileText() const
{
    return QString::fromUtf8(readFile(m_config->path() + u"/postaci/postaci/accounts.json"_s));
}

bool TestCliOAuth::portAccepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    return socket.waitForConnected(2000);
}

void TestCliOAuth::addKeepsNoTokenAndNeedsAClientId()
{
    // No client id (an empty one given replaces a build-time default): a clear message, exit 2,
    // nothing saved. The provider comes from the catalog when not given (Gmail → google).
    const CliRun missing = run({u"accounts"_s, u"add"_s, u"--email"_s, u"ali@outlook.com"_s, u"--host"_s,
                                u"smtp-mail.outlook.com"_s, u"--port"_s, u"587"_s, u"--security"_s, u"starttls"_s,
                                u"--auth"_s, u"oauth2"_s, u"--oauth-provider"_s, u"microsoft"_s, u"--oauth-client-id"_s, QString(),
                                u"--json"_s});
    QVERIFY2(missing.exitCode == 2, qPrintable(missing.describe()));
    QCOMPARE(missing.json.value(u"error"_s).toString(), u"oauth-client-id-missing"_s);
    QVERIFY(missing.errText().contains("register"_L1));
    QVERIFY(accountsFileText().isEmpty());

    // Google has app passwords: the message offers that route.
    const CliRun google = run({u"accounts"_s, u"add"_s, u"--email"_s, u"ali@gmail.com"_s, u"--host"_s,
                               u"smtp.gmail.com"_s, u"--port"_s, u"465"_s, u"--security"_s, u"tls"_s, u"--auth"_s,
                               u"oauth2"_s, u"--oauth-client-id"_s, QString()});
    QVERIFY2(google.exitCode == 2, qPrintable(google.describe()));
    QVERIFY2(google.errText().contains("app password"_L1), qPrintable(google.describe()));

    // Plain HTTP to a host that is not a loopback address is refused.
    const CliRun http = run({u"accounts"_s, u"add"_s, u"--email"_s, address, u"--host"_s, u"mail.example.test"_s,
                             u"--port"_s, u"587"_s, u"--security"_s, u"starttls"_s, u"--auth"_s, u"oauth2"_s,
                             u"--oauth-provider"_s, u"custom"_s, u"--oauth-client-id"_s, u"x"_s,
                             u"--oauth-authorize-url"_s, u"http://login.example.test/authorize"_s,
                             u"--oauth-token-url"_s, u"https://login.example.test/token"_s, u"--oauth-scope"_s,
                             u"smtp"_s});
    QVERIFY2(http.exitCode == 2, qPrintable(http.describe()));
    QVERIFY(accountsFileText().isEmpty());
}

void TestCliOAuth::signInSendRefreshRevoke_data()
{
    QTest::addColumn<bool>("https");
    QTest::addColumn<QStringList>("mechanisms");
    QTest::addColumn<QString>("expectedMechanism");
    QTest::newRow("https, XOAUTH2") << true << QStringList{u"XOAUTH2"_s} << u"XOAUTH2"_s;
    QTest::newRow("http on loopback, OAUTHBEARER only") << false << QStringList{u"OAUTHBEARER"_s}
                                                        << u"OAUTHBEARER"_s;
}

void TestCliOAuth::signInSendRefreshRevoke()
{
    QFETCH(bool, https);
    QFETCH(QStringList, mechanisms);
    QFETCH(QString, expectedMechanism);
    const QString id = addAccount(https, mechanisms);
    QVERIFY(!Account::normalizedId(id).isEmpty());
    const int codeGrants = m_oauth.grantCount(u"authorization_code"_s);

    // 1. Sign in: the browser comes back, the tokens go to the keychain, none to the file.
    BrowserVisit visit;
    quint16 port = 0;
    const CliRun signedIn = login(id, &visit, {}, {}, &port);
    QVERIFY2(signedIn.exitCode == 0, qPrintable(signedIn.describe() + u"\n"_s + visit.describe()));
    QCOMPARE(visit.status, 200);
    QVERIFY2(visit.body.contains("You can close this tab"), visit.body.constData());
    QCOMPARE(m_oauth.grantCount(u"authorization_code"_s), codeGrants + 1);
    const SecretOutcome stored = readSecret(id);
    QVERIFY2(stored.ok(), qPrintable(stored.describe()));
    const std::optional<OAuthTokens> tokens = OAuthTokens::fromSecret(stored.secret);
    QVERIFY(tokens && !tokens->accessToken.isEmpty() && !tokens->refreshToken.isEmpty());
    const QString file = accountsFileText();
    QVERIFY(file.contains(u"\"oauth2\""_s));
    QVERIFY2(!file.contains(tokens->accessToken) && !file.contains(tokens->refreshToken), "a token is in the file");
    QVERIFY2(!signedIn.out.contains(tokens->accessToken.toUtf8()) && !signedIn.err.contains(tokens->refreshToken.toUtf8()),
             "a token was printed");
    // The listener existed only while waiting.
    QVERIFY(port != 0);
    QVERIFY2(!portAccepts(port), "the loopback listener still accepts connections");

    // 2. A test e-mail signs in with the token (whatever the refresh margin decided).
    const CliRun sent = run({u"send-test"_s, u"--account"_s, id, u"--ca-file"_s, m_caFile, u"--to"_s, u"veli@localhost"_s, u"--json"_s});
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
    QCOMPARE(sent.json.value(u"authMechanism"_s).toString(), expectedMechanism);
    QVERIFY(!sent.out.contains(tokens->accessToken.toUtf8()));
    const QJsonObject envelope = QJsonDocument::fromJson(
            readFile(AiosmtpdServer::envelopeFile(m_smtp->messageFiles().constLast()))).object();
    QCOMPARE(envelope.value(u"auth_login"_s).toString(), address);

    // 3. After the access token expired, the next test renews it first (the server logs the
    //    refresh grant), keeps the rotated refresh token, and succeeds.
    QTRY_VERIFY_WITH_TIMEOUT(m_oauth.newestAccessTokenSecondsLeft() < 0, 20000);
    const int refreshes = m_oauth.grantCount(u"refresh_token"_s);
    const CliRun renewed = run({u"send-test"_s, u"--account"_s, id, u"--ca-file"_s, m_caFile, u"--to"_s, u"veli@localhost"_s, u"--json"_s});
    QVERIFY2(renewed.exitCode == 0, qPrintable(renewed.describe() + m_oauth.stderrText()));
    QCOMPARE(m_oauth.grantCount(u"refresh_token"_s), refreshes + 1);
    const std::optional<OAuthTokens> rotated = OAuthTokens::fromSecret(readSecret(id).secret);
    QVERIFY(rotated);
    QVERIFY2(rotated->refreshToken != tokens->refreshToken, "the rotated refresh token was not stored");
    QVERIFY(rotated->accessToken != tokens->accessToken);

    // 4. Revoked: the refresh is refused → exit 5, "sign in again", nothing sent.
    QVERIFY(m_oauth.revoke(rotated->refreshToken));
    QTRY_VERIFY_WITH_TIMEOUT(m_oauth.newestAccessTokenSecondsLeft() < 0, 20000);
    const int messages = int(m_smtp->messageFiles().size());
    const int refusedRefreshes = m_oauth.grantCount(u"refresh_token"_s, false);
    const CliRun refused = run({u"send-test"_s, u"--account"_s, id, u"--ca-file"_s, m_caFile, u"--to"_s, u"veli@localhost"_s, u"--json"_s});
    QVERIFY2(refused.exitCode == 5, qPrintable(refused.describe()));
    QCOMPARE(refused.json.value(u"diagnosis"_s).toObject().value(u"id"_s).toString(), u"oauth-sign-in-again"_s);
    QCOMPARE(refused.json.value(u"step"_s).toString(), u"auth"_s);
    QCOMPARE(int(m_smtp->messageFiles().size()), messages);
    QCOMPARE(m_oauth.grantCount(u"refresh_token"_s, false), refusedRefreshes + 1);

    // 5. Signing in again makes it work again; removing the account deletes the tokens.
    BrowserVisit again;
    QVERIFY2(login(id, &again).exitCode == 0, qPrintable(again.describe()));
    const CliRun works = run({u"send-test"_s, u"--account"_s, id, u"--ca-file"_s, m_caFile, u"--to"_s, u"veli@localhost"_s, u"--json"_s});
    QVERIFY2(works.exitCode == 0, qPrintable(works.describe()));
    QCOMPARE(run({u"accounts"_s, u"remove"_s, id}).exitCode, 0);
    QCOMPARE(readSecret(id).error, SecretError::NotFound);
}

void TestCliOAuth::forgedStateIsRefusedAndNothingStored()
{
    const QString id = addAccount();
    QVERIFY(!Account::normalizedId(id).isEmpty());
    BrowserVisit visit;
    quint16 port = 0;
    const CliRun refused = login(
            id, &visit, {},
            [](const QUrl &redirect) { return withQueryItem(redirect, u"state"_s, u"forged-state"_s); }, &port);
    QVERIFY2(refused.exitCode == 5, qPrintable(refused.describe()));
    QVERIFY(refused.errText().contains("does not belong to this sign-in"_L1));
    QCOMPARE(visit.status, 400);
    QCOMPARE(readSecret(id).error, SecretError::NotFound);
    QVERIFY(port != 0);
    QVERIFY(!portAccepts(port));
}

void TestCliOAuth::wrongVerifierIsRefusedAndNothingStored()
{
    // The authorization server is given another challenge than the one Postacı's verifier
    // belongs to: the code exchange is refused (invalid_grant), nothing is stored.
    const QString id = addAccount();
    QVERIFY(!Account::normalizedId(id).isEmpty());
    const int refusedBefore = m_oauth.grantCount(u"authorization_code"_s, false);
    BrowserVisit visit;
    const CliRun refused = login(id, &visit, [](const QUrl &url) {
        return withQueryItem(url, u"code_challenge"_s, u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
    });
    QVERIFY2(refused.exitCode == 5, qPrintable(refused.describe() + visit.describe()));
    QCOMPARE(visit.status, 200); // the browser was told; the refusal came at the token endpoint
    QCOMPARE(m_oauth.grantCount(u"authorization_code"_s, false), refusedBefore + 1);
    QVERIFY(refused.errText().contains("invalid_grant"_L1));
    QCOMPARE(readSecret(id).error, SecretError::NotFound);
}

void TestCliOAuth::deniedAccessEndsAtOnce()
{
    // The provider sends the user back with error=access_denied and the right state: the
    // sign-in ends at once (exit 5), instead of waiting for the timeout.
    const QString id = addAccount();
    QVERIFY(!Account::normalizedId(id).isEmpty());
    BrowserVisit visit;
    const CliRun denied = login(id, &visit, {}, [](const QUrl &redirect) {
        QUrl changed = withQueryItem(redirect, u"error"_s, u"access_denied"_s);
        QUrlQuery query(changed);
        query.removeAllQueryItems(u"code"_s);
        changed.setQuery(query);
        return changed;
    });
    QVERIFY2(denied.exitCode == 5, qPrintable(denied.describe()));
    QVERIFY(denied.errText().contains("access_denied"_L1));
    QCOMPARE(readSecret(id).error, SecretError::NotFound);
}

void TestCliOAuth::notSignedInSaysSignIn()
{
    const QString id = addAccount();
    QVERIFY(!Account::normalizedId(id).isEmpty());
    const CliRun sent = run({u"send-test"_s, u"--account"_s, id, u"--to"_s, u"veli@localhost"_s, u"--json"_s});
    QVERIFY2(sent.exitCode == 5, qPrintable(sent.describe()));
    QCOMPARE(sent.json.value(u"diagnosis"_s).toObject().value(u"id"_s).toString(), u"oauth-sign-in-again"_s);
    QVERIFY(sent.json.value(u"diagnosis"_s).toObject().value(u"remedies"_s).toArray().first().toObject()
                    .value(u"text"_s).toString().contains(u"accounts login "_s + id));
}

void TestCliOAuth::unreachableTokenEndpoint()
{
    // An expired access token and a token service that does not answer: the renewal fails, the
    // test says so (oauth-token-endpoint-failed, exit 3) and sends nothing.
    QUrl closed;
    closed.setScheme(u"http"_s);
    closed.setHost(u"127.0.0.1"_s);
    closed.setPort(freeTcpPort());
    closed.setPath(u"/token"_s);
    const QString id = addAccount(false, {u"XOAUTH2"_s}, closed);
    QVERIFY(!Account::normalizedId(id).isEmpty());
    OAuthTokens expired;
    expired.accessToken = u"at-expired"_s;
    expired.refreshToken = u"rt-unused"_s;
    expired.issuedAt = QDateTime::currentDateTimeUtc().addSecs(-7200);
    expired.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QVERIFY(writeSecret(id, expired.toSecret()).ok());
    const CliRun sent = run({u"send-test"_s, u"--account"_s, id, u"--to"_s, u"veli@localhost"_s, u"--json"_s});
    QVERIFY2(sent.exitCode == 3, qPrintable(sent.describe()));
    QCOMPARE(sent.json.value(u"diagnosis"_s).toObject().value(u"id"_s).toString(), u"oauth-token-endpoint-failed"_s);
    QCOMPARE(sent.json.value(u"step"_s).toString(), u"auth"_s);
    QCOMPARE(int(m_smtp->messageFiles().size()), 0);
    QCOMPARE(run({u"accounts"_s, u"remove"_s, id}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliOAuth)
#include "tst_cli_oauth.moc"
