// core/oauth without a network: PKCE, the authorization URL, endpoint rules, presets, the
// tokens' keychain text and renewal margin, and the account file's OAuth2 part (no token in it).
#include "account/account.h"
#include "oauth/oauthauthorization.h"
#include "oauth/oauthconfig.h"
#include "oauth/oauthtokens.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace Postaci;

class TestOAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pkceChallengeIsRfc7636AppendixB();
    void everyAttemptHasItsOwnStateAndVerifier();
    void authorizationUrlCarriesEverything();
    void endpointsMustBeHttpsOrLoopback_data();
    void endpointsMustBeHttpsOrLoopback();
    void presets();
    void missingClientIdSaysHowToGetOne();
    void tokensRoundTripAndRenewalMargin();
    void accountFileKeepsSettingsNeverTokens();
};

void TestOAuth::pkceChallengeIsRfc7636AppendixB()
{
    QCOMPARE(OAuthAuthorization::challengeFor(u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s),
             u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
}

void TestOAuth::everyAttemptHasItsOwnStateAndVerifier()
{
    const QUrl redirect(u"http://127.0.0.1:1234/postaci"_s);
    const OAuthAuthorization a = OAuthAuthorization::create(redirect);
    const OAuthAuthorization b = OAuthAuthorization::create(redirect);
    QCOMPARE(a.codeVerifier.size(), 43); // RFC 7636 §4.1: 43..128 characters
    QCOMPARE(a.state.size(), 43);
    QVERIFY(a.state != b.state);
    QVERIFY(a.codeVerifier != b.codeVerifier);
    QVERIFY(a.state != a.codeVerifier);
}

void TestOAuth::authorizationUrlCarriesEverything()
{
    OAuthConfig config = *OAuthConfig::preset(u"microsoft"_s);
    config.clientId = u"client+id"_s;
    const OAuthAuthorization attempt = OAuthAuthorization::create(QUrl(u"http://127.0.0.1:4321/postaci"_s));
    const QUrl url = attempt.url(config, u"ali@outlook.com"_s);
    QCOMPARE(url.host(), u"login.microsoftonline.com"_s);
    QVERIFY(url.toString(QUrl::FullyEncoded).contains("client_id=client%2Bid"_L1)); // '+' is not a space
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
    QCOMPARE(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), u"http://127.0.0.1:4321/postaci"_s);
    QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded), u"https://outlook.office.com/SMTP.Send offline_access"_s);
    QCOMPARE(query.queryItemValue(u"state"_s), attempt.state);
    QCOMPARE(query.queryItemValue(u"code_challenge"_s), OAuthAuthorization::challengeFor(attempt.codeVerifier));
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(query.queryItemValue(u"login_hint"_s, QUrl::FullyDecoded), u"ali@outlook.com"_s);
    QVERIFY(!url.toString().contains(attempt.codeVerifier)); // only the challenge leaves
}

void TestOAuth::endpointsMustBeHttpsOrLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://login.example.com/token"_s << true;
    QTest::newRow("http to 127.0.0.1") << u"http://127.0.0.1:8080/token"_s << true;
    QTest::newRow("http to ::1") << u"http://[::1]:8080/token"_s << true;
    QTest::newRow("http to a name") << u"http://login.example.com/token"_s << false;
    QTest::newRow("http to localhost (a name)") << u"http://localhost/token"_s << false;
    QTest::newRow("http to a LAN address") << u"http://192.168.1.2/token"_s << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1/token"_s << false;
    QTest::newRow("user info") << u"https://user@login.example.com/token"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestOAuth::endpointsMustBeHttpsOrLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(OAuthConfig::isAllowedEndpoint(QUrl(url)), allowed);
}

void TestOAuth::presets()
{
    const OAuthConfig microsoft = *OAuthConfig::preset(u"microsoft"_s);
    QCOMPARE(microsoft.tokenUrl, QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/token"_s));
    QCOMPARE(microsoft.scope, u"https://outlook.office.com/SMTP.Send offline_access"_s);
    QCOMPARE(OAuthConfig::preset(u"google"_s)->scope, u"https://mail.google.com/"_s);
    QVERIFY(OAuthConfig::preset(u"yahoo"_s).has_value());
    QVERIFY(OAuthConfig::preset(u"aol"_s).has_value());
    QVERIFY(OAuthConfig::preset(u"custom"_s)->tokenUrl.isEmpty());
    QVERIFY(!OAuthConfig::preset(u"hotmail"_s));
    for (const QString &name : OAuthConfig::providerNames()) {
        const OAuthConfig preset = *OAuthConfig::preset(name);
        if (name == "custom"_L1)
            continue;
        QVERIFY2(OAuthConfig::isAllowedEndpoint(preset.authorizeUrl) && preset.authorizeUrl.scheme() == "https"_L1,
                 qPrintable(name));
        QVERIFY2(preset.tokenUrl.scheme() == "https"_L1, qPrintable(name));
        QCOMPARE(preset.clientId, OAuthConfig::builtInClientId(name)); // CMake cache variable, empty by default
    }
}

void TestOAuth::missingClientIdSaysHowToGetOne()
{
    OAuthConfig google = *OAuthConfig::preset(u"google"_s);
    google.clientId.clear();
    QVERIFY(google.validationError().contains("register"_L1));
    QVERIFY(google.validationError().contains("app password"_L1)); // Google has them
    OAuthConfig microsoft = *OAuthConfig::preset(u"microsoft"_s);
    microsoft.clientId.clear();
    QVERIFY(!microsoft.validationError().contains("app password"_L1)); // Microsoft is retiring them
    microsoft.clientId = u"id"_s;
    QVERIFY(microsoft.validationError().isEmpty());
}

void TestOAuth::tokensRoundTripAndRenewalMargin()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    OAuthTokens tokens;
    tokens.accessToken = u"at"_s;
    tokens.refreshToken = u"rt"_s;
    tokens.issuedAt = now;
    tokens.expiresAt = now.addSecs(3600);
    const std::optional<OAuthTokens> back = OAuthTokens::fromSecret(tokens.toSecret());
    QVERIFY(back);
    QCOMPARE(back->accessToken, u"at"_s);
    QCOMPARE(back->refreshToken, u"rt"_s);
    QCOMPARE(back->expiresAt, tokens.expiresAt);
    QVERIFY(!OAuthTokens::fromSecret(u"Gizli-Parola-1"_s)); // a password is not a sign-in

    // An hour-long token is renewed in its last minute; a 4-second one in its last second.
    QVERIFY(!tokens.needsRefresh(now.addSecs(3500)));
    QVERIFY(tokens.needsRefresh(now.addSecs(3550)));
    QVERIFY(tokens.needsRefresh(now.addSecs(4000)));
    tokens.expiresAt = now.addSecs(4);
    QVERIFY(!tokens.needsRefresh(now.addMSecs(2900)));
    QVERIFY(tokens.needsRefresh(now.addMSecs(3100)));
    tokens.accessToken.clear();
    QVERIFY(tokens.needsRefresh(now));
}

void TestOAuth::accountFileKeepsSettingsNeverTokens()
{
    Account account;
    account.id = Account::newId();
    account.email = u"ali@outlook.com"_s;
    account.host = u"smtp-mail.outlook.com"_s;
    account.auth = AuthMethod::OAuth2;
    QVERIFY(!account.isValid()); // OAuth2 without its settings
    account.oauth = OAuthConfig::preset(u"microsoft"_s);
    account.oauth->clientId = u"00000000-aaaa-bbbb-cccc-000000000000"_s;
    QVERIFY2(account.isValid(), qPrintable(account.validationError()));
    QVERIFY(account.usesOAuth());
    const QJsonObject json = account.toJson();
    QCOMPARE(json.value(u"auth"_s).toString(), u"oauth2"_s);
    const QJsonObject oauth = json.value(u"oauth2"_s).toObject();
    QCOMPARE(QStringList(oauth.keys()), (QStringList{u"authorizeUrl"_s, u"clientId"_s, u"provider"_s, u"scope"_s,
                                                     u"tokenUrl"_s}));
    const std::optional<Account> back = Account::fromJson(json);
    QVERIFY(back);
    QCOMPARE(*back, account);

    // An http:// token endpoint outside loopback is refused when saving.
    account.oauth->tokenUrl = QUrl(u"http://login.example.com/token"_s);
    QVERIFY(!account.isValid());
}

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
