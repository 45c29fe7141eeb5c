#include "smtp/saslmechanism.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;

class TestSaslMechanism : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainSendsInitialResponse();
    void plainAnswersAnEmptyChallengeOnce();
    void loginAnswersByOrderWhateverTheChallenge();
    void cramMd5MatchesRfc2195Example();
    void xoauth2InitialResponseAndErrorAcknowledgement();
    void oauthBearerInitialResponseAndErrorAcknowledgement();
    void choose_data();
    void choose();
};

void TestSaslMechanism::plainSendsInitialResponse()
{
    auto plain = SaslMechanism::create(AuthMethod::Plain, u"tester"_s, u"Şifre123"_s);
    QCOMPARE(plain->name(), u"PLAIN"_s);
    QVERIFY(plain->initialResponse());
    QCOMPARE(*plain->initialResponse(), QByteArray("\0tester\0\xc5\x9e"
                                                   "ifre123",
                                                   17));
}

void TestSaslMechanism::plainAnswersAnEmptyChallengeOnce()
{
    auto plain = SaslMechanism::create(AuthMethod::Plain, u"u"_s, u"p"_s);
    QVERIFY(!plain->respond("something"));
    QCOMPARE(*plain->respond(QByteArray()), QByteArray("\0u\0p", 4));
    QVERIFY(!plain->respond(QByteArray()));
}

void TestSaslMechanism::loginAnswersByOrderWhateverTheChallenge()
{
    auto login = SaslMechanism::create(AuthMethod::Login, u"tester"_s, u"secret"_s);
    QVERIFY(!login->initialResponse());
    QCOMPARE(*login->respond("Kullan\xc4\xb1"
                             "c\xc4\xb1 ad\xc4\xb1:"),
             QByteArray("tester"));
    QCOMPARE(*login->respond(QByteArray()), QByteArray("secret"));
    QVERIFY(!login->respond("Username:")); // a third challenge is not LOGIN
}

void TestSaslMechanism::cramMd5MatchesRfc2195Example()
{
    // RFC 2195 §2: user "tim", password "tanstaaftanstaaf".
    auto cram = SaslMechanism::create(AuthMethod::CramMd5, u"tim"_s, u"tanstaaftanstaaf"_s);
    const QByteArray challenge = QByteArray::fromBase64("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+");
    QCOMPARE(*cram->respond(challenge), QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
    QVERIFY(!cram->respond(challenge)); // answered once
}

void TestSaslMechanism::xoauth2InitialResponseAndErrorAcknowledgement()
{
    auto oauth = SaslMechanism::create(AuthMethod::XOAuth2, u"a@example.test"_s,
                                       u"ya29.token"_s);
    QCOMPARE(*oauth->initialResponse(), QByteArray("user=a@example.test\x01"
                                                   "auth=Bearer ya29.token\x01\x01"));
    // The error JSON challenge is acknowledged with an empty response, once.
    QCOMPARE(*oauth->respond(R"({"status":"401","schemes":"bearer"})"), QByteArray());
    QVERIFY(!oauth->respond(QByteArray()));
}

void TestSaslMechanism::oauthBearerInitialResponseAndErrorAcknowledgement()
{
    // RFC 7628 §4.1's example, with the user's ',' and '=' escaped as RFC 5801 says.
    auto bearer = SaslMechanism::create(AuthMethod::OAuthBearer, u"user,a=b@example.com"_s, u"vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="_s);
    QCOMPARE(bearer->name(), u"OAUTHBEARER"_s);
    QCOMPARE(*bearer->initialResponse(), QByteArray("n,a=user=2Ca=3Db@example.com,\x01"
                                                    "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01"));
    // §3.2.3: the error challenge is answered with a single ^A, once.
    QCOMPARE(*bearer->respond(R"({"status":"invalid_token"})"), QByteArray("\x01"));
    QVERIFY(!bearer->respond(QByteArray()));
    QCOMPARE(SaslMechanism::fromMechanismName(u"oauthbearer"_s), AuthMethod::OAuthBearer);
}

void TestSaslMechanism::choose_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<int>("expected"); // -1: none

    const int none = -1;
    const QStringList all{"LOGIN", "PLAIN", "CRAM-MD5", "XOAUTH2"};
    QTest::addRow("auto under TLS prefers PLAIN") << int(AuthMethod::Auto) << all << true << int(AuthMethod::Plain);
    QTest::addRow("auto in plaintext prefers CRAM-MD5")
            << int(AuthMethod::Auto) << all << false << int(AuthMethod::CramMd5);
    QTest::addRow("auto with LOGIN only")
            << int(AuthMethod::Auto) << QStringList{"LOGIN"} << true << int(AuthMethod::Login);
    QTest::addRow("auto never picks XOAUTH2") << int(AuthMethod::Auto) << QStringList{"XOAUTH2"} << true << none;
    QTest::addRow("auto, nothing known") << int(AuthMethod::Auto) << QStringList{"GSSAPI", "NTLM"} << true << none;
    QTest::addRow("auto under TLS, CRAM-MD5 and LOGIN")
            << int(AuthMethod::Auto) << QStringList{"LOGIN", "CRAM-MD5"} << true << int(AuthMethod::CramMd5);
    QTest::addRow("explicit offered") << int(AuthMethod::Login) << all << true << int(AuthMethod::Login);
    QTest::addRow("explicit XOAUTH2") << int(AuthMethod::XOAuth2) << all << true << int(AuthMethod::XOAuth2);
    QTest::addRow("explicit not offered") << int(AuthMethod::CramMd5) << QStringList{"PLAIN"} << true << none;
    QTest::addRow("lower-case offer") << int(AuthMethod::Plain) << QStringList{"plain"} << true
                                      << int(AuthMethod::Plain);
    QTest::addRow("none") << int(AuthMethod::None) << all << true << none;
    // docs/oauth2.md#sasl: an OAuth2 account takes XOAUTH2, else OAUTHBEARER; never a password mechanism.
    QTest::addRow("oauth2 prefers XOAUTH2")
            << int(AuthMethod::OAuth2) << QStringList{"OAUTHBEARER", "XOAUTH2", "PLAIN"} << true << int(AuthMethod::XOAuth2);
    QTest::addRow("oauth2 with OAUTHBEARER only")
            << int(AuthMethod::OAuth2) << QStringList{"PLAIN", "OAUTHBEARER"} << true << int(AuthMethod::OAuthBearer);
    QTest::addRow("oauth2 without a token mechanism") << int(AuthMethod::OAuth2) << QStringList{"PLAIN", "LOGIN"} << true
                                                      << none;
    QTest::addRow("auto never picks OAUTHBEARER") << int(AuthMethod::Auto) << QStringList{"OAUTHBEARER"} << true << none;
}

void TestSaslMechanism::choose()
{
    QFETCH(int, requested);
    QFETCH(QStringList, offered);
    QFETCH(bool, encrypted);
    QFETCH(int, expected);
    const auto chosen = SaslMechanism::choose(AuthMethod(requested), offered,
                                              encrypted ? ChannelSecurity::Encrypted : ChannelSecurity::Plaintext);
    QCOMPARE(chosen ? int(*chosen) : -1, expected);
}

QTEST_GUILESS_MAIN(TestSaslMechanism)
#include "tst_saslmechanism.moc"
