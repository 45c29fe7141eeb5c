// OAuthSignInJob in-process (docs/oauth2.md#listener): the loopback listener answers only the
// redirect of this attempt, ends at once on a forged state, keeps waiting through unrelated
// requests, and its port is closed as soon as the job ends (signed in, refused, cancelled or
// timed out) while the program goes on. The harness's OAuth2 server and the real keychain.
#include "oauthbrowser.h"
#include "oauthserver.h"
#include "secrettesting.h"
#include "testcertificates.h"

#include "account/account.h"
#include "oauth/oauthsigninjob.h"
#include "oauth/oauthtokens.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;

Q_DECLARE_METATYPE(Postaci::OAuthSignInResult)

class TestOAuthSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signsInAfterIgnoringOtherRequests();
    void forgedStateEndsAtOnce();
    void cancelClosesTheListener();
    void timeoutClosesTheListener();
    void unusableSettingsNeverListen();

private:
    OAuthConfig config() const;
    struct Started
    {
        OAuthSignInJob *job = nullptr; // nullptr when it never listened
        std::unique_ptr<QSignalSpy> finished;
        quint16 port = 0;
    };
    // Starts a job and waits until it listens.
    Started startJob(const QString &accountId);
    static bool portAccepts(quint16 port);
    static OAuthSignInResult resultOf(const QSignalSpy &spy);

    OAuthServer m_oauth;
};

void TestOAuthSignIn::initTestCase()
{
    qRegisterMetaType<OAuthSignInResult>();
    QVERIFY2(hasTestKeychain(), keychainHint());
    QVERIFY2(m_oauth.start(), qPrintable(m_oauth.errorString()));
}

OAuthConfig TestOAuthSignIn::config() const
{
    OAuthConfig config;
    config.provider = u"custom"_s;
    config.clientId = m_oauth.options().clientId;
    config.scope = m_oauth.options().scope;
    config.authorizeUrl = m_oauth.url(u"/authorize"_s, false); // plain HTTP on loopback is allowed
    config.tokenUrl = m_oauth.url(u"/token"_s, false);
    return config;
}

TestOAuthSignIn::Started TestOAuthSignIn::startJob(const QString &accountId)
{
    auto *job = new OAuthSignInJob(accountId, config(), this);
    job->setLoginHint(u"ali@example.test"_s);
    QSignalSpy waiting(job, &OAuthSignInJob::waitingForBrowser);
    Started started;
    started.finished = std::make_unique<QSignalSpy>(job, &OAuthSignInJob::finished);
    job->start();
    if (waiting.wait(10000)) {
        started.job = job;
        started.port = job->listenerPort();
    }
    return started;
}

bool TestOAuthSignIn::portAccepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    return socket.waitForConnected(2000);
}

OAuthSignInResult TestOAuthSignIn::resultOf(const QSignalSpy &spy)
{
    return spy.isEmpty() ? OAuthSignInResult{} : spy.constFirst().constFirst().value<OAuthSignInResult>();
}

void TestOAuthSignIn::signsInAfterIgnoringOtherRequests()
{
    const QString id = Account::newId();
    const Started started = startJob(id);
    QVERIFY(started.job);
    OAuthSignInJob *job = started.job;
    QSignalSpy *finished = started.finished.get();
    const QUrl url = job->authorizationUrl();
    const quint16 port = started.port;
    QVERIFY(port != 0);

    // RFC 8252 loopback redirect on 127.0.0.1 with state and PKCE S256 in the request.
    const QUrlQuery query(url);
    QCOMPARE(QUrl(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)).host(), u"127.0.0.1"_s);
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(query.queryItemValue(u"code_challenge"_s).size(), 43);
    QVERIFY(query.queryItemValue(u"state"_s).size() >= 43);

    // A request for another path (a favicon, a port scan) is refused and changes nothing.
    QUrl other;
    other.setScheme(u"http"_s);
    other.setHost(u"127.0.0.1"_s);
    other.setPort(port);
    other.setPath(u"/favicon.ico"_s);
    QCOMPARE(browserGet(other).status, 404);
    QVERIFY(job->isRunning());
    QVERIFY(portAccepts(port));

    const BrowserVisit visit = followAuthorization(url);
    QCOMPARE(visit.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!finished->isEmpty(), 20000);
    const OAuthSignInResult result = resultOf(*finished);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QVERIFY2(!portAccepts(port), "the listener still accepts after the sign-in");
    const SecretOutcome stored = readSecret(id);
    QVERIFY2(stored.ok(), qPrintable(stored.describe()));
    QVERIFY(OAuthTokens::fromSecret(stored.secret).has_value());
    QCOMPARE(deleteSecret(id).error, SecretError::None);
}

void TestOAuthSignIn::forgedStateEndsAtOnce()
{
    const QString id = Account::newId();
    const Started started = startJob(id);
    QVERIFY(started.job);
    QSignalSpy *finished = started.finished.get();
    const quint16 port = started.port;
    const BrowserVisit visit = followAuthorization(
            started.job->authorizationUrl(), [](const QUrl &redirect) { return withQueryItem(redirect, u"state"_s, u"x"_s); });
    QCOMPARE(visit.status, 400);
    QTRY_VERIFY_WITH_TIMEOUT(!finished->isEmpty(), 10000);
    QCOMPARE(resultOf(*finished).error, OAuthSignInResult::Error::StateMismatch);
    QVERIFY(!portAccepts(port));
    QCOMPARE(readSecret(id).error, SecretError::NotFound);
}

void TestOAuthSignIn::cancelClosesTheListener()
{
    const Started started = startJob(Account::newId());
    QVERIFY(started.job);
    QSignalSpy *finished = started.finished.get();
    const quint16 port = started.port;
    QVERIFY(portAccepts(port));
    started.job->cancel();
    QVERIFY2(!portAccepts(port), "cancel() must close the port at once");
    QTRY_VERIFY_WITH_TIMEOUT(!finished->isEmpty(), 10000);
    QCOMPARE(resultOf(*finished).error, OAuthSignInResult::Error::Cancelled);
}

void TestOAuthSignIn::timeoutClosesTheListener()
{
    auto *job = new OAuthSignInJob(Account::newId(), config(), this);
    job->setTimeout(std::chrono::milliseconds(300));
    QSignalSpy waiting(job, &OAuthSignInJob::waitingForBrowser);
    QSignalSpy finished(job, &OAuthSignInJob::finished);
    quint16 port = 0;
    connect(job, &OAuthSignInJob::waitingForBrowser, this, [&port, job] { port = job->listenerPort(); });
    job->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(resultOf(finished).error, OAuthSignInResult::Error::TimedOut);
    QVERIFY(port != 0);
    QVERIFY(!portAccepts(port));
}

void TestOAuthSignIn::unusableSettingsNeverListen()
{
    OAuthConfig noClient = config();
    noClient.clientId.clear();
    OAuthConfig plainHttp = config();
    plainHttp.tokenUrl = QUrl(u"http://login.example.test/token"_s);
    for (const OAuthConfig &bad : {noClient, plainHttp}) {
        auto *job = new OAuthSignInJob(Account::newId(), bad, this);
        QSignalSpy waiting(job, &OAuthSignInJob::waitingForBrowser);
        QSignalSpy finished(job, &OAuthSignInJob::finished);
        job->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(waiting.size(), 0);
        QCOMPARE(resultOf(finished).error, OAuthSignInResult::Error::InvalidSettings);
    }
}

QTEST_GUILESS_MAIN(TestOAuthSignIn)
#include "tst_oauthsignin.moc"
