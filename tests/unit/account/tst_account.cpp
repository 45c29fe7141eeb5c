// The Account value type: JSON both ways, validation, and the session settings it makes.
#include "account/account.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

using namespace Postaci;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

Account fullAccount()
{
    Account account;
    account.id = Account::newId();
    account.displayName = u8("Çağrı Şirketi — satış");
    account.email = u8("satis@şirket.com.tr");
    account.aliases = {u8("info@firma.com.tr"), u8("destek@firma.com.tr")};
    account.host = u8("mail.firma.com.tr");
    account.port = 465;
    account.security = Security::ImplicitTls;
    account.auth = AuthMethod::Login;
    account.user = u8("satis@şirket.com.tr");
    account.pinnedSha256 = {QCryptographicHash::hash("certificate", QCryptographicHash::Sha256)};
    account.allowPlaintextAuth = false;
    account.passwordSaved = true;
    account.providerId = u8("turhost");
    account.lastTest.time = QDateTime(QDate(2024, 5, 1), QTime(12, 30, 5), Qt::UTC);
    account.lastTest.ok = false;
    account.lastTest.step = u8("auth");
    account.lastTest.error = u8("authentication-failed");
    return account;
}

} // namespace

class TestAccount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip();
    void jsonHasNoSecret();
    void jsonFieldsAreTheContract();
    void fromJsonRejectsBrokenEntries_data();
    void fromJsonRejectsBrokenEntries();
    void validation_data();
    void validation();
    void ids();
    void testResultFromSession();
    void sessionSettings();
    void pinsAreDroppedWhenTheHostChanges();
    void senderAddresses();
};

void TestAccount::jsonRoundTrip()
{
    const Account account = fullAccount();
    QVERIFY2(account.isValid(), qPrintable(account.validationError()));
    const QByteArray bytes = QJsonDocument(account.toJson()).toJson();
    QString error;
    const std::optional<Account> back = Account::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(back->toJson(), account.toJson());
    QVERIFY(*back == account);

    // A minimal entry gets the defaults.
    const std::optional<Account> minimal = Account::fromJson(QJsonDocument::fromJson(R"({
        "id": "{6F1C2B0E-9A51-4B7E-8C47-1D2E3F405162}", "email": "a@example.com",
        "host": "smtp.example.com", "port": 587, "security": "starttls"})").object(), &error);
    QVERIFY2(minimal.has_value(), qPrintable(error));
    QCOMPARE(minimal->id, u8("6f1c2b0e-9a51-4b7e-8c47-1d2e3f405162"));
    QCOMPARE(minimal->auth, AuthMethod::Auto);
    QVERIFY(!minimal->passwordSaved);
    QVERIFY(minimal->lastTest.isEmpty());
    QVERIFY(minimal->isValid());
}

void TestAccount::jsonHasNoSecret()
{
    QJsonObject object = fullAccount().toJson();
    // A hand-edited file with a password in it: the value is never read into the account.
    object.insert(u8("password"), u8("Gizli123"));
    object.insert(u8("secret"), u8("Gizli123"));
    const std::optional<Account> account = Account::fromJson(object);
    QVERIFY(account.has_value());
    const QByteArray written = QJsonDocument(account->toJson()).toJson();
    QVERIFY(!written.contains("Gizli123"));
    QVERIFY(!written.contains("password\""));
    QVERIFY(!written.contains("secret"));
}

void TestAccount::jsonFieldsAreTheContract()
{
    const QJsonObject object = fullAccount().toJson();
    QCOMPARE(object.value(u8("security")).toString(), u8("tls"));
    QCOMPARE(object.value(u8("auth")).toString(), u8("login"));
    QVERIFY(object.value(u8("port")).isDouble());
    QCOMPARE(object.value(u8("port")).toInt(), 465);
    QCOMPARE(object.value(u8("pinnedSha256")).toArray().first().toString().size(), 64);
    QCOMPARE(object.value(u8("lastTest")).toObject().value(u8("time")).toString(), u8("2024-05-01T12:30:05Z"));
    QCOMPARE(object.value(u8("lastTest")).toObject().value(u8("error")).toString(), u8("authentication-failed"));
    QCOMPARE(object.value(u8("aliases")).toArray().size(), 2);
    QCOMPARE(object.value(u8("passwordSaved")).toBool(), true);
}

void TestAccount::fromJsonRejectsBrokenEntries_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("no id") << u8("id") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("id not uuid") << u8("id") << QJsonValue(u8("abc"));
    QTest::newRow("no email") << u8("email") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("email number") << u8("email") << QJsonValue(5);
    QTest::newRow("no host") << u8("host") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("port zero") << u8("port") << QJsonValue(0);
    QTest::newRow("port too big") << u8("port") << QJsonValue(65536);
    QTest::newRow("port text") << u8("port") << QJsonValue(u8("587"));
    QTest::newRow("port fraction") << u8("port") << QJsonValue(587.5);
    QTest::newRow("security unknown") << u8("security") << QJsonValue(u8("maybe"));
    QTest::newRow("auth unknown") << u8("auth") << QJsonValue(u8("kerberos"));
    QTest::newRow("aliases not list") << u8("aliases") << QJsonValue(u8("a@b.com"));
    QTest::newRow("pin not hex") << u8("pinnedSha256") << QJsonValue(QJsonArray{u8("zz")});
    QTest::newRow("passwordSaved text") << u8("passwordSaved") << QJsonValue(u8("yes"));
}

void TestAccount::fromJsonRejectsBrokenEntries()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject object = fullAccount().toJson();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    QString error;
    QVERIFY(!Account::fromJson(object, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestAccount::validation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ok") << u8("none") << QString() << true;
    QTest::newRow("bad email") << u8("email") << u8("ahmet@gmail") << false;
    QTest::newRow("email injection") << u8("email") << u8("a@example.com\r\nRCPT TO:<b@example.com>") << false;
    QTest::newRow("bad alias") << u8("alias") << u8("not an address") << false;
    QTest::newRow("host empty") << u8("host") << QString() << false;
    QTest::newRow("host with space") << u8("host") << u8("mail example.com") << false;
    QTest::newRow("host injection") << u8("host") << u8("mail.example.com\r\nX") << false;
    QTest::newRow("host url") << u8("host") << u8("smtp://mail.example.com") << false;
    QTest::newRow("host ipv4") << u8("host") << u8("192.0.2.1") << true;
    QTest::newRow("host ipv6") << u8("host") << u8("2001:db8::1") << true;
    QTest::newRow("host idn") << u8("host") << u8("posta.şirket.com.tr") << true;
    QTest::newRow("host localhost") << u8("host") << u8("localhost") << true;
    QTest::newRow("user injection") << u8("user") << u8("ahmet\r\nAUTH") << false;
    QTest::newRow("user nul") << u8("user") << (u8("ahmet") + QChar(0)) << false;
    QTest::newRow("name line break") << u8("displayName") << u8("Satış\nBölümü") << false;
    QTest::newRow("id empty") << u8("id") << QString() << false;
    QTest::newRow("id braces") << u8("id") << u8("{6f1c2b0e-9a51-4b7e-8c47-1d2e3f405162}") << false;
    QTest::newRow("port zero") << u8("port") << u8("0") << false;
}

void TestAccount::validation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    Account account = fullAccount();
    if (field == u8("email"))
        account.email = value;
    else if (field == u8("alias"))
        account.aliases.append(value);
    else if (field == u8("host"))
        account.host = value;
    else if (field == u8("user"))
        account.user = value;
    else if (field == u8("displayName"))
        account.displayName = value;
    else if (field == u8("id"))
        account.id = value;
    else if (field == u8("port"))
        account.port = quint16(value.toUInt());
    QCOMPARE(account.isValid(), valid);
    QCOMPARE(account.validationError().isEmpty(), valid);
}

// The last test result the list shows comes from the session's own words, and survives the file.
void TestAccount::testResultFromSession()
{
    SessionResult refused;
    refused.ok = false;
    refused.step = SessionStep::Rcpt;
    refused.error = SessionError::RecipientRejected;
    const QDateTime when(QDate(2026, 11, 27), QTime(16, 30), QTimeZone::utc());
    const AccountTestResult failed = AccountTestResult::fromSession(refused, when);
    QCOMPARE(failed.time, when);
    QVERIFY(!failed.ok);
    QCOMPARE(failed.step, u"rcpt"_s);
    QCOMPARE(failed.error, sessionErrorName(SessionError::RecipientRejected));
    QVERIFY(failed.queueId.isEmpty());
    QCOMPARE(AccountTestResult::fromJson(failed.toJson()), failed);

    SessionResult sent;
    sent.ok = true;
    sent.step = SessionStep::Done;
    sent.queueId = u"1tQ2aB-000Xyz-3c"_s;
    const AccountTestResult passed = AccountTestResult::fromSession(sent);
    QVERIFY(passed.ok);
    QCOMPARE(passed.step, u"done"_s);
    QCOMPARE(passed.queueId, sent.queueId);
    QVERIFY(qAbs(passed.time.secsTo(QDateTime::currentDateTimeUtc())) < 60); // now, in UTC
    QCOMPARE(passed.time.timeSpec(), Qt::UTC);
}

void TestAccount::ids()
{
    const QString id = Account::newId();
    QCOMPARE(id.size(), 36);
    QCOMPARE(Account::normalizedId(id), id);
    QCOMPARE(Account::normalizedId(u8("{") + id.toUpper() + u8("}")), id);
    QVERIFY(Account::normalizedId(u8("not-a-uuid")).isEmpty());
    QVERIFY(Account::normalizedId(QString()).isEmpty());
    QVERIFY(Account::newId() != id);
}

void TestAccount::sessionSettings()
{
    const Account account = fullAccount();
    const SessionSettings settings = account.toSessionSettings(u8("Gizli123"));
    QCOMPARE(settings.host, account.host);
    QCOMPARE(settings.port, quint16(465));
    QCOMPARE(settings.security, Security::ImplicitTls);
    QCOMPARE(settings.auth, AuthMethod::Login);
    QCOMPARE(settings.user, account.user);
    QCOMPARE(settings.secret, u8("Gizli123"));
    QCOMPARE(settings.pinnedSha256, account.pinnedSha256);
    QCOMPARE(settings.allowPlaintextAuth, false);
}

void TestAccount::pinsAreDroppedWhenTheHostChanges()
{
    // docs/security.md#pin-changed: a pin is one certificate of one server.
    Account account = fullAccount();
    SessionSettings settings = account.toSessionSettings(QString());
    settings.port = 587;
    settings.host = u"MAIL.firma.com.tr"_s; // the same host, other case
    account.setServerSettings(settings);
    QCOMPARE(account.port, quint16(587));
    QCOMPARE(account.pinnedSha256, fullAccount().pinnedSha256);

    settings.host = u"smtp.other.example"_s;
    account.setServerSettings(settings);
    QCOMPARE(account.host, u"smtp.other.example"_s);
    QVERIFY(account.pinnedSha256.isEmpty());
}

void TestAccount::senderAddresses()
{
    Account account = fullAccount();
    account.aliases.append(u8("SATIS@şirket.com.tr"));
    QCOMPARE(account.senderAddresses(),
             (QStringList{u8("satis@şirket.com.tr"), u8("info@firma.com.tr"), u8("destek@firma.com.tr")}));
}

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
