// The password rules of docs/architecture.md#password-rules, each alone; code-point lengths; locale-free equality with
// the address; the provider format override.
#include "account/passwordpolicy.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QTest>

using Postaci::PasswordPolicy;
using Rule = PasswordPolicy::Rule;

Q_DECLARE_METATYPE(PasswordPolicy::Rule)

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QString repeat(const QString &text, int count)
{
    QString result;
    for (int i = 0; i < count; ++i)
        result += text;
    return result;
}

QSet<Rule> failed(const PasswordPolicy &policy, const QString &password, const QString &email)
{
    QSet<Rule> rules;
    const QList<PasswordPolicy::RuleResult> results = policy.failedRules(password, email);
    for (const PasswordPolicy::RuleResult &result : results)
        rules.insert(result.rule);
    return rules;
}

bool passes(const PasswordPolicy &policy, Rule rule, const QString &password, const QString &email)
{
    const QList<PasswordPolicy::RuleResult> results = policy.check(password, email);
    for (const PasswordPolicy::RuleResult &result : results) {
        if (result.rule == rule)
            return result.passed;
    }
    qFatal("rule not in the checklist");
}

QJsonObject googleFormat()
{
    return QJsonDocument::fromJson(R"({"kind": "app-password", "length": 16, "characters": "a-z",
        "ignoreSpaces": true, "label": "16-letter app password",
        "helpUrl": "https://support.google.com/accounts/answer/185833"})").object();
}

} // namespace

class TestPasswordPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checklistHasEveryDefaultRuleInOrder();
    void eachRuleFailsAlone_data();
    void eachRuleFailsAlone();
    void lengthBoundariesInCodePoints_data();
    void lengthBoundariesInCodePoints();
    void turkishLettersHaveCase_data();
    void turkishLettersHaveCase();
    void equalityWithAddressIgnoresCaseWithoutLocale_data();
    void equalityWithAddressIgnoresCaseWithoutLocale();
    void equalityUnderTurkishLocale();
    void controlCharactersAreRejected();
    void providerFormatReplacesDefaultRules_data();
    void providerFormatReplacesDefaultRules();
    void providerFormatLabelAndHelp();
    void unusableProviderFormatKeepsDefaultRules_data();
    void unusableProviderFormatKeepsDefaultRules();
    void labelsAndNames();
};

void TestPasswordPolicy::checklistHasEveryDefaultRuleInOrder()
{
    const QList<PasswordPolicy::RuleResult> results = PasswordPolicy().check(QString(), QString());
    const QList<Rule> expected{Rule::Length, Rule::Digit, Rule::Lowercase, Rule::Uppercase, Rule::NotEmail,
                               Rule::NotLocalPart};
    QCOMPARE(results.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(results.at(i).rule, expected.at(i));
        QVERIFY(!results.at(i).label.isEmpty());
    }
    // Empty password, empty address: the character rules fail, the equality rules cannot.
    QCOMPARE(failed(PasswordPolicy(), QString(), QString()),
             (QSet<Rule>{Rule::Length, Rule::Digit, Rule::Lowercase, Rule::Uppercase}));
}

void TestPasswordPolicy::eachRuleFailsAlone_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QSet<Rule>>("failing");

    QTest::newRow("all pass") << u8("Parola123") << u8("ali@example.com") << QSet<Rule>{};
    QTest::newRow("length") << u8("Ab1") << u8("ali@example.com") << QSet<Rule>{Rule::Length};
    QTest::newRow("digit") << u8("Abcdefgh") << u8("ali@example.com") << QSet<Rule>{Rule::Digit};
    QTest::newRow("lowercase") << u8("ABCDEFG1") << u8("ali@example.com") << QSet<Rule>{Rule::Lowercase};
    QTest::newRow("uppercase") << u8("abcdefg1") << u8("ali@example.com") << QSet<Rule>{Rule::Uppercase};
    QTest::newRow("not email") << u8("Ahmet1@site.com") << u8("ahmet1@SITE.COM") << QSet<Rule>{Rule::NotEmail};
    QTest::newRow("not local part") << u8("aHMET1990") << u8("Ahmet1990@example.com") << QSet<Rule>{Rule::NotLocalPart};
    QTest::newRow("digit passes with arabic-indic") << u8("Abcdefg٣") << u8("ali@example.com") << QSet<Rule>{};
    QTest::newRow("everything but equality") << u8("") << u8("ali@example.com")
                                             << QSet<Rule>{Rule::Length, Rule::Digit, Rule::Lowercase, Rule::Uppercase};
}

void TestPasswordPolicy::eachRuleFailsAlone()
{
    QFETCH(QString, password);
    QFETCH(QString, email);
    QFETCH(QSet<Rule>, failing);
    const PasswordPolicy policy;
    QCOMPARE(failed(policy, password, email), failing);
    QCOMPARE(policy.isAcceptable(password, email), failing.isEmpty());
    const QList<PasswordPolicy::RuleResult> results = policy.check(password, email);
    for (const PasswordPolicy::RuleResult &result : results)
        QCOMPARE(result.passed, !failing.contains(result.rule));
}

void TestPasswordPolicy::lengthBoundariesInCodePoints_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("codePoints");
    QTest::addColumn<bool>("lengthOk");

    const QString emoji = u8("😀"); // one code point, two UTF-16 units
    // 7 code points but 8 UTF-16 units: counting QChars would wrongly accept it.
    QTest::newRow("7 with emoji") << (u8("Şş1ğĞı") + emoji) << 7 << false;
    QTest::newRow("8 with emoji") << (u8("Şş1ğĞıİ") + emoji) << 8 << true;
    QTest::newRow("7 turkish") << u8("Iıİiş1Ğ") << 7 << false;
    QTest::newRow("8 turkish") << u8("Iıİiş1Ğğ") << 8 << true;
    QTest::newRow("32 with emoji") << (u8("Şş1") + repeat(emoji, 29)) << 32 << true;
    QTest::newRow("33 with emoji") << (u8("Şş1") + repeat(emoji, 30)) << 33 << false;
    QTest::newRow("32 turkish") << (u8("Ğ5") + repeat(u8("ı"), 30)) << 32 << true;
    QTest::newRow("33 turkish") << (u8("Ğ5") + repeat(u8("ı"), 31)) << 33 << false;
    // Combining marks are code points of their own (s + U+0327 is two).
    QTest::newRow("8 with combining") << u8("Ab1s\u0327xyz") << 8 << true;
}

void TestPasswordPolicy::lengthBoundariesInCodePoints()
{
    QFETCH(QString, password);
    QFETCH(int, codePoints);
    QFETCH(bool, lengthOk);
    QCOMPARE(PasswordPolicy::codePointCount(password), codePoints);
    const PasswordPolicy policy;
    QCOMPARE(passes(policy, Rule::Length, password, u8("ali@example.com")), lengthOk);
    // Each row has a digit and both cases, so the length decides alone.
    QCOMPARE(policy.isAcceptable(password, u8("ali@example.com")), lengthOk);
}

void TestPasswordPolicy::turkishLettersHaveCase_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QSet<Rule>>("failing");
    QTest::newRow("only lower turkish") << u8("ışğüöç12") << QSet<Rule>{Rule::Uppercase};
    QTest::newRow("only upper turkish") << u8("İŞĞÜÖÇ12") << QSet<Rule>{Rule::Lowercase};
    QTest::newRow("dotted capital and dotless small") << u8("İı345678") << QSet<Rule>{};
    QTest::newRow("Ş and ş") << u8("Şş345678") << QSet<Rule>{};
    QTest::newRow("Ğ and ğ") << u8("Ğğ345678") << QSet<Rule>{};
}

void TestPasswordPolicy::turkishLettersHaveCase()
{
    QFETCH(QString, password);
    QFETCH(QSet<Rule>, failing);
    QCOMPARE(failed(PasswordPolicy(), password, u8("ali@example.com")), failing);
}

void TestPasswordPolicy::equalityWithAddressIgnoresCaseWithoutLocale_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("equalsEmail");
    QTest::addColumn<bool>("equalsLocalPart");

    QTest::newRow("same address") << u8("Ahmet.Yilmaz9@example.com") << u8("Ahmet.Yilmaz9@example.com") << true << false;
    QTest::newRow("address mixed case") << u8("ahmet.yilmaz9@EXAMPLE.com") << u8("Ahmet.Yilmaz9@Example.COM") << true << false;
    QTest::newRow("address upper") << u8("AHMET.YILMAZ9@EXAMPLE.COM") << u8("ahmet.yilmaz9@example.com") << true << false;
    QTest::newRow("local part mixed case") << u8("ahmet.YILMAZ9") << u8("Ahmet.Yilmaz9@example.com") << false << true;
    QTest::newRow("idn address") << u8("INFO9x@MÜNCHEN.DE") << u8("info9X@münchen.de") << true << false;
    QTest::newRow("idn address as ace") << u8("Info9x@xn--mnchen-3ya.de") << u8("info9X@münchen.de") << true << false;
    // Unicode simple case folding: I is i, but ı is not i and İ is not i. A Turkish-locale
    // comparison would make some of these equal; ours does not.
    QTest::newRow("I equals i") << u8("ILETISIM1a") << u8("iletisim1A@firma.com.tr") << false << true;
    QTest::newRow("I is not dotless i") << u8("ILETISIM1a") << u8("ıletısım1A@firma.com.tr") << false << false;
    QTest::newRow("dotless i is not I") << u8("ıletısım1A") << u8("ILETISIM1a@firma.com.tr") << false << false;
    QTest::newRow("dotted capital is not i") << u8("İletişim1") << u8("iletişim1@firma.com.tr") << false << false;
    QTest::newRow("same turkish letters, ascii case differs") << u8("İşLEM1ab") << u8("İşlem1AB@firma.com.tr") << false << true;
    QTest::newRow("Ş folds to ş") << u8("ŞİFRE1ab") << u8("şİfre1AB@firma.com.tr") << false << true;
    QTest::newRow("composed equals decomposed") << u8("Şifre12ab") << u8("S\u0327ifre12ab@example.com") << false << true;
    QTest::newRow("different") << u8("Parola123") << u8("ali@example.com") << false << false;
    QTest::newRow("half-typed address") << u8("Ahmet123") << u8("ahmet123@") << false << true;
    QTest::newRow("quoted local part") << u8("John Doe1") << u8("\"john doe1\"@example.com") << false << true;
}

void TestPasswordPolicy::equalityWithAddressIgnoresCaseWithoutLocale()
{
    QFETCH(QString, password);
    QFETCH(QString, email);
    QFETCH(bool, equalsEmail);
    QFETCH(bool, equalsLocalPart);
    const PasswordPolicy policy;
    QCOMPARE(passes(policy, Rule::NotEmail, password, email), !equalsEmail);
    QCOMPARE(passes(policy, Rule::NotLocalPart, password, email), !equalsLocalPart);
}

void TestPasswordPolicy::equalityUnderTurkishLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Turkish, QLocale::Turkey));
    const PasswordPolicy policy;
    const bool iEqualsDotless = !passes(policy, Rule::NotLocalPart, u8("ILETISIM1a"), u8("ıletısım1A@firma.com.tr"));
    const bool iEqualsI = !passes(policy, Rule::NotLocalPart, u8("ILETISIM1a"), u8("iletisim1A@firma.com.tr"));
    QLocale::setDefault(previous);
    QVERIFY(!iEqualsDotless);
    QVERIFY(iEqualsI);
}

void TestPasswordPolicy::controlCharactersAreRejected()
{
    const PasswordPolicy policy;
    const QStringList passwords{u8("Parola123\n"), u8("Parola\r123"), u8("Parola123") + QChar(0)};
    for (const QString &password : passwords) {
        const QSet<Rule> rules = failed(policy, password, u8("ali@example.com"));
        QCOMPARE(rules, QSet<Rule>{Rule::NoControlCharacters});
        QVERIFY(!policy.isAcceptable(password, u8("ali@example.com")));
    }
    const PasswordPolicy provider = PasswordPolicy::forProviderFormat(googleFormat());
    QVERIFY(!provider.isAcceptable(u8("abcdefghijklmnop\n"), u8("ali@gmail.com")));
    QVERIFY(failed(provider, u8("abcdefghijklmnop\n"), u8("ali@gmail.com")).contains(Rule::NoControlCharacters));
}

void TestPasswordPolicy::providerFormatReplacesDefaultRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("acceptable");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("as shown, with spaces") << u8("abcd efgh ijkl mnop") << true << u8("abcdefghijklmnop");
    QTest::newRow("without spaces") << u8("abcdefghijklmnop") << true << u8("abcdefghijklmnop");
    QTest::newRow("odd spacing") << u8(" abcdefgh  ijklmnop ") << true << u8("abcdefghijklmnop");
    QTest::newRow("15 letters") << u8("abcd efgh ijkl mno") << false << u8("abcdefghijklmno");
    QTest::newRow("17 letters") << u8("abcd efgh ijkl mnopq") << false << u8("abcdefghijklmnopq");
    QTest::newRow("upper case") << u8("Abcd efgh ijkl mnop") << false << u8("Abcdefghijklmnop");
    QTest::newRow("digit") << u8("abcd efgh ijkl mno1") << false << u8("abcdefghijklmno1");
    QTest::newRow("turkish letter outside a-z") << u8("abcd efgh ijkl mnoş") << false << u8("abcdefghijklmnoş");
    QTest::newRow("default-rule password") << u8("Parola123") << false << u8("Parola123");
}

void TestPasswordPolicy::providerFormatReplacesDefaultRules()
{
    QFETCH(QString, password);
    QFETCH(bool, acceptable);
    QFETCH(QString, normalized);
    const PasswordPolicy policy = PasswordPolicy::forProviderFormat(googleFormat());
    QVERIFY(policy.isProviderFormat());
    const QList<PasswordPolicy::RuleResult> results = policy.check(password, u8("ahmet@gmail.com"));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().rule, Rule::ProviderFormat);
    QCOMPARE(results.first().passed, acceptable);
    QCOMPARE(policy.isAcceptable(password, u8("ahmet@gmail.com")), acceptable);
    QCOMPARE(policy.normalized(password), normalized);
    // The default rules would have refused a valid app password (no digit, no capital).
    if (acceptable)
        QVERIFY(!PasswordPolicy().isAcceptable(password, u8("ahmet@gmail.com")));
}

void TestPasswordPolicy::providerFormatLabelAndHelp()
{
    const PasswordPolicy policy = PasswordPolicy::forProviderFormat(googleFormat());
    QCOMPARE(policy.providerLabel(), u8("16-letter app password"));
    QVERIFY(policy.check(QString(), QString()).first().label.contains(u8("16-letter app password")));
    QCOMPARE(policy.providerHelpUrl(), QUrl(u8("https://support.google.com/accounts/answer/185833")));

    QJsonObject localized = googleFormat();
    localized.insert(u8("label"), QJsonObject{{u8("en"), u8("16-letter app password")},
                                              {u8("tr"), u8("16 harfli uygulama şifresi")}});
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Turkish, QLocale::Turkey));
    const QString turkish = PasswordPolicy::forProviderFormat(localized).providerLabel();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString english = PasswordPolicy::forProviderFormat(localized).providerLabel();
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString fallback = PasswordPolicy::forProviderFormat(localized).providerLabel();
    QLocale::setDefault(previous);
    QCOMPARE(turkish, u8("16 harfli uygulama şifresi"));
    QCOMPARE(english, u8("16-letter app password"));
    QCOMPARE(fallback, u8("16-letter app password"));

    // Spaces count when the provider does not say to ignore them; ranges combine.
    const PasswordPolicy strict = PasswordPolicy::forProviderFormat(QJsonDocument::fromJson(
        R"({"kind": "token", "minLength": 4, "maxLength": 6, "characters": "A-F0-9", "label": "hex"})").object());
    QVERIFY(strict.isProviderFormat());
    QVERIFY(strict.isAcceptable(u8("BEEF01"), QString()));
    QVERIFY(!strict.isAcceptable(u8("BE EF"), QString()));
    QVERIFY(!strict.isAcceptable(u8("BEEF012"), QString()));
    QVERIFY(!strict.isAcceptable(u8("beef"), QString()));
    QCOMPARE(strict.normalized(u8("BE EF")), u8("BE EF"));
    // A help link that is not https is dropped rather than shown.
    QJsonObject plainHttp = googleFormat();
    plainHttp.insert(u8("helpUrl"), u8("http://example.com/help"));
    QVERIFY(PasswordPolicy::forProviderFormat(plainHttp).providerHelpUrl().isEmpty());
}

void TestPasswordPolicy::unusableProviderFormatKeepsDefaultRules_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("no label") << QByteArray(R"({"length": 16, "characters": "a-z"})");
    QTest::newRow("zero length") << QByteArray(R"({"length": 0, "label": "x"})");
    QTest::newRow("length as text") << QByteArray(R"({"length": "16", "label": "x"})");
    QTest::newRow("min above max") << QByteArray(R"({"minLength": 9, "maxLength": 8, "label": "x"})");
    QTest::newRow("reversed range") << QByteArray(R"({"length": 16, "characters": "z-a", "label": "x"})");
    QTest::newRow("characters not text") << QByteArray(R"({"length": 16, "characters": 5, "label": "x"})");
    QTest::newRow("empty characters") << QByteArray(R"({"length": 16, "characters": "", "label": "x"})");
}

void TestPasswordPolicy::unusableProviderFormatKeepsDefaultRules()
{
    QFETCH(QByteArray, json);
    const QJsonObject format = QJsonDocument::fromJson(json).object();
    QVERIFY(!PasswordPolicy::isProviderFormatUsable(format));
    const PasswordPolicy policy = PasswordPolicy::forProviderFormat(format);
    QVERIFY(!policy.isProviderFormat());
    QCOMPARE(policy.check(u8("Parola123"), QString()).size(), 6);
    QVERIFY(!policy.isAcceptable(u8("abcdefghijklmnop"), QString()));
}

void TestPasswordPolicy::labelsAndNames()
{
    QSet<QString> names;
    QSet<QString> labels;
    for (int i = int(Rule::Length); i <= int(Rule::NoControlCharacters); ++i) {
        const QString name = PasswordPolicy::ruleName(Rule(i));
        const QString label = PasswordPolicy::ruleLabel(Rule(i));
        QVERIFY(!name.isEmpty() && !label.isEmpty());
        QVERIFY(!names.contains(name) && !labels.contains(label));
        names.insert(name);
        labels.insert(label);
    }
    QCOMPARE(PasswordPolicy::ruleLabel(Rule::Length), u8("8 to 32 characters"));
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
