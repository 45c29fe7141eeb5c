// E-mail address parsing as submission servers take it (RFC 5321 Mailbox, RFC 6531, IDNA),
// and locale independence: this test is also registered as tst_emailaddress_tr_TR with
// LANG/LC_ALL=tr_TR.UTF-8 (see CMakeLists.txt).
#include "account/emailaddress.h"

#include <QLocale>
#include <QTest>

#include <clocale>

using namespace Qt::StringLiterals;

using Postaci::EmailAddress;
using Error = EmailAddress::Error;

Q_DECLARE_METATYPE(EmailAddress::Error)

namespace {

QString repeated(char c, int count)
{
    return QString(count, QLatin1Char(c));
}

// A domain of exactly `length` characters made of labels of at most 63, ending in ".com".
QString domainOfLength(int length)
{
    QString domain = u"com"_s;
    while (domain.size() < length) {
        const int remaining = length - int(domain.size());
        int label = qMin(63, remaining - 1); // one for the dot after it
        if (remaining - 1 - label == 1)
            --label; // never leave room for a dot alone
        domain.prepend(QString(label, u'b') + u'.');
    }
    return domain;
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestEmailAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void turkishLocaleDoesNotChangeDomainFolding_data();
    void turkishLocaleDoesNotChangeDomainFolding();
    void systemLocaleFromEnvironment();
    void everyErrorHasTextAndName();
    void errorMessageNamesTheCharacter();
    void lengthsAreCountedInOctets();
    void anyHost_data();
    void anyHost();
    void parseMailbox_data();
    void parseMailbox();
    void parseEmailOrDomain_data();
    void parseEmailOrDomain();
};

void TestEmailAddress::initTestCase()
{
    // Under tst_emailaddress_tr_TR the C library locale follows LANG as well, when installed.
    std::setlocale(LC_ALL, "");
}

void TestEmailAddress::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("address");       // address() when valid
    QTest::addColumn<QString>("displayDomain"); // when valid
    QTest::addColumn<bool>("smtpUtf8");

    auto valid = [](const char *name, const QString &input, const QString &address, const QString &display,
                    bool smtpUtf8 = false) {
        QTest::newRow(name) << input << Error::None << address << display << smtpUtf8;
    };
    auto invalid = [](const char *name, const QString &input, Error error) {
        QTest::newRow(name) << input << error << QString() << QString() << false;
    };

    // --- valid: dot-atom local parts
    valid("simple", u8("simple@example.com"), u8("simple@example.com"), u8("example.com"));
    valid("dots", u8("very.common@example.com"), u8("very.common@example.com"), u8("example.com"));
    valid("plus tag", u8("user.name+tag+sorting@example.com"), u8("user.name+tag+sorting@example.com"), u8("example.com"));
    valid("hyphens", u8("other.email-with-hyphen@strange-example.com"), u8("other.email-with-hyphen@strange-example.com"), u8("strange-example.com"));
    valid("one letter", u8("x@example.com"), u8("x@example.com"), u8("example.com"));
    valid("digits", u8("1234567890@example.com"), u8("1234567890@example.com"), u8("example.com"));
    valid("all atext specials", u8("!#$%&'*+-/=?^_`{|}~@example.com"), u8("!#$%&'*+-/=?^_`{|}~@example.com"), u8("example.com"));
    valid("percent", u8("user%example.com@example.org"), u8("user%example.com@example.org"), u8("example.org"));
    valid("trailing hyphen in local", u8("user-@example.org"), u8("user-@example.org"), u8("example.org"));
    valid("subdomains", u8("user@mail.sub.example.com"), u8("user@mail.sub.example.com"), u8("mail.sub.example.com"));
    valid("numeric label not last", u8("user@123.example.com"), u8("user@123.example.com"), u8("123.example.com"));
    valid("tld with digits", u8("user@example.com123"), u8("user@example.com123"), u8("example.com123"));
    valid("two-letter domain", u8("a@b.co"), u8("a@b.co"), u8("b.co"));
    valid("local 64", repeated('l', 64) + u8("@example.com"), repeated('l', 64) + u8("@example.com"), u8("example.com"));
    valid("label 63", u8("user@") + repeated('d', 63) + u8(".com"), u8("user@") + repeated('d', 63) + u8(".com"), repeated('d', 63) + u8(".com"));
    // --- valid: case
    valid("upper case domain folded, local kept", u8("USER@EXAMPLE.COM"), u8("USER@example.com"), u8("example.com"));
    valid("turkish firm", u8("ILETISIM@FIRMA.COM.TR"), u8("ILETISIM@firma.com.tr"), u8("firma.com.tr"));
    valid("mixed case turkish", u8("Iletisim@Firma.Com.Tr"), u8("Iletisim@firma.com.tr"), u8("firma.com.tr"));
    // --- valid: quoted local parts (RFC 5321 §4.1.2 Quoted-string)
    valid("quoted consecutive dots", u8("\"john..doe\"@example.org"), u8("\"john..doe\"@example.org"), u8("example.org"));
    valid("quoted space", u8("\"john doe\"@example.org"), u8("\"john doe\"@example.org"), u8("example.org"));
    valid("quoted at", u8("\"a@b\"@example.com"), u8("\"a@b\"@example.com"), u8("example.com"));
    valid("quoted escaped quote", u8("\"quote\\\"inside\"@example.com"), u8("\"quote\\\"inside\"@example.com"), u8("example.com"));
    valid("quoted escaped backslash", u8("\"back\\\\slash\"@example.com"), u8("\"back\\\\slash\"@example.com"), u8("example.com"));
    valid("quoted leading dot", u8("\".leading\"@example.com"), u8("\".leading\"@example.com"), u8("example.com"));
    valid("quoted utf8", u8("\"çağrı merkezi\"@example.com"), u8("\"çağrı merkezi\"@example.com"), u8("example.com"), true);
    // --- valid: address literals (RFC 5321 §4.1.3)
    valid("ipv4 literal", u8("postmaster@[192.0.2.1]"), u8("postmaster@[192.0.2.1]"), u8("[192.0.2.1]"));
    valid("ipv4 literal zeros", u8("user@[0.0.0.0]"), u8("user@[0.0.0.0]"), u8("[0.0.0.0]"));
    valid("ipv6 literal", u8("user@[IPv6:2001:db8::1]"), u8("user@[IPv6:2001:db8::1]"), u8("[IPv6:2001:db8::1]"));
    valid("ipv6 tag any case", u8("user@[ipv6:2001:DB8::1]"), u8("user@[IPv6:2001:db8::1]"), u8("[IPv6:2001:db8::1]"));
    valid("ipv6 mapped ipv4", u8("user@[IPv6:::ffff:192.0.2.1]"), u8("user@[IPv6:::ffff:192.0.2.1]"), u8("[IPv6:::ffff:192.0.2.1]"));
    // --- valid: internationalised domains (IDNA → ACE) and SMTPUTF8 local parts
    valid("idn de", u8("info@münchen.de"), u8("info@xn--mnchen-3ya.de"), u8("münchen.de"));
    valid("idn upper case", u8("info@BÜCHER.de"), u8("info@xn--bcher-kva.de"), u8("bücher.de"));
    valid("idn tr", u8("satis@şirket.com.tr"), u8("satis@xn--irket-idb.com.tr"), u8("şirket.com.tr"));
    valid("idn dotless i", u8("info@çağrı.com.tr"), u8("info@xn--ar-3ia9t9c.com.tr"), u8("çağrı.com.tr"));
    // UTS #46 folds I to i, never to ı: ÇAĞRI is çağri, a different name from çağrı.
    valid("idn capital I folds to i", u8("info@ÇAĞRI.com.tr"), u8("info@xn--ari-1la5z.com.tr"), u8("çağri.com.tr"));
    valid("ace given", u8("info@xn--mnchen-3ya.de"), u8("info@xn--mnchen-3ya.de"), u8("münchen.de"));
    valid("ideographic full stop", u8("user@example。com"), u8("user@example.com"), u8("example.com"));
    valid("greek", u8("δοκιμή@παράδειγμα.δοκιμή"), u8("δοκιμή@xn--hxajbheg2az3al.xn--jxalpdlp"), u8("παράδειγμα.δοκιμή"), true);
    valid("chinese", u8("用户@例子.广告"), u8("用户@xn--fsqu00a.xn--4rr70v"), u8("例子.广告"), true);
    valid("turkish local part", u8("kullanıcı@example.com"), u8("kullanıcı@example.com"), u8("example.com"), true);
    valid("turkish capital local part", u8("İLETİŞİM@firma.com.tr"), u8("İLETİŞİM@firma.com.tr"), u8("firma.com.tr"), true);

    // --- invalid: structure
    invalid("empty", QString(), Error::Empty);
    invalid("no at", u8("plainaddress"), Error::MissingAt);
    invalid("only at", u8("@"), Error::EmptyLocalPart);
    invalid("no local part", u8("@example.com"), Error::EmptyLocalPart);
    invalid("no domain", u8("user@"), Error::EmptyDomain);
    invalid("two at", u8("a@b@example.com"), Error::MultipleAt);
    invalid("double at", u8("user@@example.com"), Error::MultipleAt);
    invalid("angle brackets", u8("<user@example.com>"), Error::LocalPartInvalidCharacter);
    invalid("display name form", u8("John Doe <user@example.com>"), Error::Whitespace);
    // --- invalid: dots
    invalid("local leading dot", u8(".user@example.com"), Error::LocalPartLeadingDot);
    invalid("local trailing dot", u8("user.@example.com"), Error::LocalPartTrailingDot);
    invalid("local consecutive dots", u8("us..er@example.com"), Error::LocalPartConsecutiveDots);
    invalid("domain leading dot", u8("user@.example.com"), Error::DomainLeadingDot);
    invalid("domain trailing dot", u8("user@example.com."), Error::DomainTrailingDot);
    invalid("idn trailing dot", u8("user@münchen.de."), Error::DomainTrailingDot);
    invalid("domain consecutive dots", u8("user@example..com"), Error::DomainConsecutiveDots);
    invalid("idn consecutive dots", u8("user@bücher..de"), Error::DomainConsecutiveDots);
    // --- invalid: characters
    invalid("parenthesis", u8("us(er@example.com"), Error::LocalPartInvalidCharacter);
    invalid("comma", u8("us,er@example.com"), Error::LocalPartInvalidCharacter);
    invalid("backslash unquoted", u8("us\\er@example.com"), Error::LocalPartInvalidCharacter);
    invalid("quote in middle", u8("john.\"doe\"@example.com"), Error::LocalPartInvalidCharacter);
    invalid("underscore in domain", u8("user@exa_mple.com"), Error::DomainInvalidCharacter);
    invalid("slash in domain", u8("user@example.com/path"), Error::DomainInvalidCharacter);
    invalid("underscore in idn", u8("user@ex_ämple.de"), Error::DomainInvalidCharacter);
    invalid("colon in domain", u8("user@example.com:25"), Error::DomainInvalidCharacter);
    // --- invalid: white space and injection
    invalid("space in local", u8("user name@example.com"), Error::Whitespace);
    invalid("leading space", u8(" user@example.com"), Error::Whitespace);
    invalid("trailing space", u8("user@example.com "), Error::Whitespace);
    invalid("space in domain", u8("user@exam ple.com"), Error::Whitespace);
    invalid("nbsp in local", u8("user\u00a0@example.com"), Error::Whitespace);
    invalid("nbsp in domain", u8("user@ex\u00a0ample.com"), Error::Whitespace);
    invalid("crlf smtp injection", u8("user@example.com\r\nRCPT TO:<victim@example.org>"), Error::ControlCharacter);
    invalid("lf in local", u8("user\n@example.com"), Error::ControlCharacter);
    invalid("cr alone", u8("user@example.com\r"), Error::ControlCharacter);
    invalid("crlf header injection", u8("user@example.com\r\nBcc: all@example.org"), Error::ControlCharacter);
    invalid("nul", QString(u8("user@exa")) + QChar(0) + u8("mple.com"), Error::ControlCharacter);
    invalid("tab", u8("user@example.com\tx"), Error::ControlCharacter);
    invalid("line separator", u8("user@example.com\u2028"), Error::ControlCharacter);
    invalid("crlf inside quotes", u8("\"a\r\nb\"@example.com"), Error::ControlCharacter);
    // --- invalid: quoted strings
    invalid("unterminated quote", u8("\"unterminated@example.com"), Error::UnterminatedQuotedString);
    invalid("text after quote", u8("\"john\"doe@example.com"), Error::TextAfterQuotedString);
    invalid("empty quotes", u8("\"\"@example.com"), Error::EmptyLocalPart);
    invalid("quoted without domain", u8("\"john\"@"), Error::EmptyDomain);
    invalid("quoted without at", u8("\"john\""), Error::MissingAt);
    invalid("quoted then two at", u8("\"john\"@a@example.com"), Error::MultipleAt);
    invalid("escaped non-ascii", u8("\"user\\ü\"@example.com"), Error::QuotedStringInvalidCharacter);
    invalid("nbsp in quotes", u8("\"a\u00a0b\"@example.com"), Error::QuotedStringInvalidCharacter);
    invalid("backslash at end of quotes", u8("\"abc\\"), Error::UnterminatedQuotedString);
    // --- invalid: labels and lengths
    invalid("label starts with hyphen", u8("user@-example.com"), Error::LabelStartsWithHyphen);
    invalid("label ends with hyphen", u8("user@example-.com"), Error::LabelEndsWithHyphen);
    invalid("idn label ends with hyphen", u8("user@münchen-.de"), Error::LabelEndsWithHyphen);
    invalid("tld ends with hyphen", u8("user@example.com-"), Error::LabelEndsWithHyphen);
    invalid("label 64", u8("user@") + repeated('d', 64) + u8(".com"), Error::LabelTooLong);
    invalid("local 65", repeated('l', 65) + u8("@example.com"), Error::LocalPartTooLong);
    invalid("local 65 quoted", u8("\"") + repeated('l', 63) + u8("\"@example.com"), Error::LocalPartTooLong);
    invalid("local 33 two-byte letters", QString(33, QChar(0x131)) + u8("@example.com"), Error::LocalPartTooLong);
    invalid("domain 256", u8("user@") + domainOfLength(256), Error::DomainTooLong);
    invalid("address 255", repeated('l', 64) + u8("@") + domainOfLength(190), Error::AddressTooLong);
    invalid("single label", u8("user@localhost"), Error::DomainNotFullyQualified);
    invalid("forgot the tld", u8("ahmet@gmail"), Error::DomainNotFullyQualified);
    invalid("bare ipv4", u8("user@192.0.2.1"), Error::NumericTopLevelDomain);
    invalid("numeric tld", u8("user@example.123"), Error::NumericTopLevelDomain);
    // --- invalid: address literals
    invalid("ipv4 three parts", u8("user@[192.0.2]"), Error::InvalidAddressLiteral);
    invalid("ipv4 out of range", u8("user@[256.1.1.1]"), Error::InvalidAddressLiteral);
    invalid("ipv4 four digits", u8("user@[1.2.3.0004]"), Error::InvalidAddressLiteral);
    invalid("literal not closed", u8("user@[192.0.2.1"), Error::InvalidAddressLiteral);
    invalid("literal empty", u8("user@[]"), Error::InvalidAddressLiteral);
    invalid("ipv6 tag with ipv4", u8("user@[IPv6:192.0.2.1]"), Error::InvalidAddressLiteral);
    invalid("ipv6 bad digit", u8("user@[IPv6:2001:db8::g]"), Error::InvalidAddressLiteral);
    invalid("ipv6 scope id", u8("user@[IPv6:fe80::1%eth0]"), Error::InvalidAddressLiteral);
    invalid("ipv6 without tag", u8("user@[2001:db8::1]"), Error::UnsupportedAddressLiteral);
    invalid("general literal", u8("user@[x-tag:content]"), Error::UnsupportedAddressLiteral);
}

void TestEmailAddress::parse()
{
    QFETCH(QString, input);
    QFETCH(Error, error);
    QFETCH(QString, address);
    QFETCH(QString, displayDomain);
    QFETCH(bool, smtpUtf8);

    const EmailAddress parsed = EmailAddress::parse(input);
    QCOMPARE(EmailAddress::errorName(parsed.error()), EmailAddress::errorName(error));
    QCOMPARE(parsed.error(), error);
    QCOMPARE(parsed.isValid(), error == Error::None);
    QCOMPARE(EmailAddress::isValidAddress(input), error == Error::None);
    QCOMPARE(parsed.input(), input);
    if (error == Error::None) {
        QVERIFY(parsed.errorMessage().isEmpty());
        QCOMPARE(parsed.address(), address);
        QCOMPARE(parsed.displayDomain(), displayDomain);
        QCOMPARE(parsed.requiresSmtpUtf8(), smtpUtf8);
        QCOMPARE(parsed.displayAddress(), parsed.localPart() + u'@' + displayDomain);
        // What goes to the server is ASCII in the domain, always.
        for (QChar c : parsed.domain())
            QVERIFY2(c.unicode() < 0x80, qPrintable(parsed.domain()));
        QVERIFY(parsed.address().toUtf8().size() <= 254);
        QCOMPARE(parsed.isAddressLiteral(), parsed.domain().startsWith(u'['));
        // Parsing the normalised form gives the same address again.
        QCOMPARE(EmailAddress::parse(parsed.address()).address(), parsed.address());
    } else {
        QVERIFY(!parsed.errorMessage().isEmpty());
        QVERIFY(parsed.address().isEmpty());
        QVERIFY(parsed.domain().isEmpty());
        QVERIFY(!parsed.requiresSmtpUtf8());
    }
}

void TestEmailAddress::turkishLocaleDoesNotChangeDomainFolding_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("domain");
    QTest::newRow("firma") << u8("ILETISIM@FIRMA.COM.TR") << u8("firma.com.tr");
    QTest::newRow("mail host") << u8("BILGI@MAIL.ISTANBUL.EDU.TR") << u8("mail.istanbul.edu.tr");
    QTest::newRow("gmail") << u8("AHMET.YILMAZ@GMAIL.COM") << u8("gmail.com");
    QTest::newRow("capital I in idn") << u8("info@ÇAĞRI.com.tr") << u8("xn--ari-1la5z.com.tr");
}

void TestEmailAddress::turkishLocaleDoesNotChangeDomainFolding()
{
    QFETCH(QString, input);
    QFETCH(QString, domain);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Turkish, QLocale::Turkey));
    // The trap this guards against: a locale-aware lower-casing turns I into ı.
    QCOMPARE(QLocale().toLower(u8("FIRMA")), u8("fırma"));
    const EmailAddress parsed = EmailAddress::parse(input);
    QLocale::setDefault(previous);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed.domain(), domain);
    QVERIFY(!parsed.domain().contains(QChar(0x131)));
    QVERIFY(!parsed.requiresSmtpUtf8());
}

void TestEmailAddress::systemLocaleFromEnvironment()
{
    // Registered twice in ctest; the tr_TR run must really run under a Turkish system locale,
    // or it proves nothing.
    if (qEnvironmentVariable("POSTACI_EXPECT_TURKISH_LOCALE") == "1"_L1) {
        QCOMPARE(QLocale::system().language(), QLocale::Turkish);
        QCOMPARE(QLocale().language(), QLocale::Turkish);
    }
    const EmailAddress parsed = EmailAddress::parse(u8("ILETISIM@FIRMA.COM.TR"));
    QCOMPARE(parsed.domain(), u8("firma.com.tr"));
    QCOMPARE(EmailAddress::asciiLower(u8("IİıI")), u8("iİıi"));
}

void TestEmailAddress::everyErrorHasTextAndName()
{
    QSet<QString> names;
    QSet<QString> texts;
    for (int i = int(Error::Empty); i <= int(Error::AddressTooLong); ++i) {
        const Error error = Error(i);
        const QString name = EmailAddress::errorName(error);
        const QString text = EmailAddress::errorText(error);
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(!text.isEmpty(), qPrintable(name));
        QVERIFY2(!names.contains(name), qPrintable(name));
        QVERIFY2(!texts.contains(text), qPrintable(text));
        names.insert(name);
        texts.insert(text);
    }
    QVERIFY(EmailAddress::errorText(Error::None).isEmpty());
    QVERIFY(EmailAddress::errorName(Error::None).isEmpty());
}

void TestEmailAddress::errorMessageNamesTheCharacter()
{
    QVERIFY(EmailAddress::parse(u8("us(er@example.com")).errorMessage().contains(u8("“(”")));
    QVERIFY(EmailAddress::parse(u8("user@exa_mple.com")).errorMessage().contains(u8("“_”")));
    // Invisible characters are named by code point.
    QVERIFY(EmailAddress::parse(u8("user@example.com\r\n")).errorMessage().contains(u8("U+000D")));
}

void TestEmailAddress::lengthsAreCountedInOctets()
{
    // 32 dotless ı are 64 UTF-8 octets: the limit exactly.
    const EmailAddress atLimit = EmailAddress::parse(QString(32, QChar(0x131)) + u8("@example.com"));
    QVERIFY2(atLimit.isValid(), qPrintable(atLimit.errorMessage()));
    QVERIFY(atLimit.requiresSmtpUtf8());
    // The whole address at 254 octets is fine.
    const QString longest = repeated('l', 64) + u8("@") + domainOfLength(189);
    QCOMPARE(longest.size(), 254);
    QVERIFY2(EmailAddress::parse(longest).isValid(), qPrintable(EmailAddress::parse(longest).errorMessage()));
    QCOMPARE(domainOfLength(256).size(), 256);
}

// DomainRule::AnyHost: what a test send takes ("veli@localhost" is a mailbox on a local
// server). Only the rule about the number of labels differs.
void TestEmailAddress::anyHost_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("address");
    QTest::newRow("localhost") << u8("root@localhost") << Error::None << u8("root@localhost");
    QTest::newRow("single label folded") << u8("Veli@LocalHost") << Error::None << u8("Veli@localhost");
    QTest::newRow("fully qualified") << u8("ali@example.com") << Error::None << u8("ali@example.com");
    QTest::newRow("idn") << u8("ali@örnek.com.tr") << Error::None << u8("ali@xn--rnek-4qa.com.tr");
    QTest::newRow("ipv4 literal") << u8("test@[127.0.0.1]") << Error::None << u8("test@[127.0.0.1]");
    QTest::newRow("ipv6 literal") << u8("test@[IPv6:::1]") << Error::None << u8("test@[IPv6:::1]");
    QTest::newRow("numeric single label") << u8("root@127") << Error::NumericTopLevelDomain << QString();
    QTest::newRow("bare ipv4") << u8("root@127.0.0.1") << Error::NumericTopLevelDomain << QString();
    QTest::newRow("bad literal") << u8("ali@[127.1]") << Error::InvalidAddressLiteral << QString();
    QTest::newRow("bad ipv6 literal") << u8("ali@[IPv6:nope]") << Error::InvalidAddressLiteral << QString();
    QTest::newRow("domain underscore") << u8("ali@exa_mple.com") << Error::DomainInvalidCharacter << QString();
    QTest::newRow("angle in local") << u8("ali<x>@example.com") << Error::LocalPartInvalidCharacter << QString();
    QTest::newRow("CRLF") << u8("ali@localhost\r\nRCPT TO:<x@y>") << Error::ControlCharacter << QString();
    QTest::newRow("ESC") << u8("ali\x1b@localhost") << Error::ControlCharacter << QString();
}

void TestEmailAddress::anyHost()
{
    QFETCH(QString, input);
    QFETCH(Error, error);
    QFETCH(QString, address);
    const EmailAddress parsed = EmailAddress::parse(input, EmailAddress::DomainRule::AnyHost);
    QCOMPARE(parsed.error(), error);
    QCOMPARE(parsed.address(), address);
    // The default rule refuses exactly the single-label domains on top of that.
    const Error strict = EmailAddress::parse(input).error();
    const QString typedDomain = input.section(u'@', -1);
    if (error != Error::ControlCharacter && !typedDomain.startsWith(u'[') && !typedDomain.contains(u'.'))
        QCOMPARE(strict, Error::DomainNotFullyQualified);
    else
        QCOMPARE(strict, error);
}

// "Display Name <address>" as postaci-cli send-test takes --from and --to.
void TestEmailAddress::parseMailbox_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("name");
    QTest::newRow("name and address") << u8("Ali Yılmaz <ali@example.com.tr>") << Error::None << u8("ali@example.com.tr")
                                      << u8("Ali Yılmaz");
    QTest::newRow("quoted name") << u8("\"Yılmaz, Ali \\\"A\\\"\" <ali@example.com.tr>") << Error::None
                                 << u8("ali@example.com.tr") << u8("Yılmaz, Ali \"A\"");
    QTest::newRow("bare address") << u8("ali@example.com.tr") << Error::None << u8("ali@example.com.tr") << QString();
    QTest::newRow("spaces around") << u8("  ali@example.com ") << Error::None << u8("ali@example.com") << QString();
    QTest::newRow("single label") << u8("Veli Öz <veli@localhost>") << Error::None << u8("veli@localhost") << u8("Veli Öz");
    QTest::newRow("injection in name") << u8("Ali\r\nBcc: x <ali@example.com.tr>") << Error::ControlCharacter << QString()
                                       << QString();
    QTest::newRow("line break at the end") << u8("ali@example.com\n") << Error::ControlCharacter << QString() << QString();
    QTest::newRow("empty brackets") << u8("<>") << Error::Empty << QString() << QString();
    QTest::newRow("only spaces") << u8("   ") << Error::Empty << QString() << QString();
    QTest::newRow("bad address") << u8("Ali <ali..veli@example.com>") << Error::LocalPartConsecutiveDots << QString()
                                 << u8("Ali");
}

void TestEmailAddress::parseMailbox()
{
    QFETCH(QString, input);
    QFETCH(Error, error);
    QFETCH(QString, address);
    QFETCH(QString, name);
    QString displayName = u8("stale");
    const EmailAddress parsed = EmailAddress::parseMailbox(input, &displayName, EmailAddress::DomainRule::AnyHost);
    QCOMPARE(parsed.error(), error);
    QCOMPARE(parsed.address(), address);
    QCOMPARE(displayName, name);
    QCOMPARE(parsed.errorMessage().isEmpty(), parsed.isValid());
}

// What a settings lookup takes ("postaci-cli lookup", the wizard, the lookup dialog): an address
// or a bare domain, checked at the boundary so that CR/LF/NUL and malformed names never reach a
// network request.
void TestEmailAddress::parseEmailOrDomain_data()
{
    using Part = EmailAddress::ErrorPart;
    QTest::addColumn<QString>("input");
    QTest::addColumn<Error>("error");
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("address"); // address(): empty for a bare domain
    QTest::addColumn<QString>("domain");
    const auto ok = [](const char *name, const QString &input, const QString &address, const QString &domain) {
        QTest::newRow(name) << input << Error::None << int(Part::None) << address << domain;
    };
    const auto bad = [](const char *name, const QString &input, Error error, Part part) {
        QTest::newRow(name) << input << error << int(part) << QString() << QString();
    };
    ok("address", u8("user@example.com"), u8("user@example.com"), u8("example.com"));
    ok("domain", u8("example.com"), QString(), u8("example.com"));
    ok("case and dot", u8("  User.Name@Example.COM. "), u8("User.Name@example.com"), u8("example.com"));
    ok("domain with dot", u8("Example.COM."), QString(), u8("example.com"));
    ok("idn", u8("ali@bücher.example"), u8("ali@xn--bcher-kva.example"), u8("xn--bcher-kva.example"));
    ok("turkish idn", u8("ayşe@şirket.com.tr"), u8("ayşe@xn--irket-idb.com.tr"), u8("xn--irket-idb.com.tr"));
    ok("bare idn", u8("Şirket.COM.tr"), QString(), u8("xn--irket-idb.com.tr"));
    ok("plus", u8("a+tag@mail.example.org"), u8("a+tag@mail.example.org"), u8("mail.example.org"));

    bad("empty", u8("   "), Error::Empty, Part::Whole);
    bad("newline", u8("user@example.com\r\nRCPT TO:<x>"), Error::ControlCharacter, Part::Whole);
    bad("newline at the end", u8("example.com\n"), Error::ControlCharacter, Part::Whole);
    bad("nul", u8("user@exa") + QChar(0) + u8("mple.com"), Error::ControlCharacter, Part::Whole);
    bad("no local part", u8("@example.com"), Error::EmptyLocalPart, Part::LocalPart);
    bad("space in local part", u8("a b@example.com"), Error::Whitespace, Part::Whole);
    bad("double dot", u8("a..b@example.com"), Error::LocalPartConsecutiveDots, Part::LocalPart);
    bad("two ats", u8("a@b@example.com"), Error::MultipleAt, Part::Whole);
    bad("single label", u8("localhost"), Error::DomainNotFullyQualified, Part::Domain);
    bad("empty label", u8("user@example..com"), Error::DomainConsecutiveDots, Part::Domain);
    bad("slash", u8("example.com/path"), Error::DomainInvalidCharacter, Part::Domain);
    bad("url", u8("https://example.com"), Error::DomainInvalidCharacter, Part::Domain);
    bad("ip address", u8("192.168.1.1"), Error::NumericTopLevelDomain, Part::Domain);
    bad("address literal", u8("user@[192.0.2.1]"), Error::DomainInvalidCharacter, Part::Domain);
    bad("bare address literal", u8("[192.0.2.1]"), Error::DomainInvalidCharacter, Part::Domain);
    bad("leading hyphen", u8("-bad.example.com"), Error::LabelStartsWithHyphen, Part::Domain);
    bad("too long label", repeated('a', 64) + u8(".com"), Error::LabelTooLong, Part::Domain);
    bad("two trailing dots", u8("example.com.."), Error::DomainTrailingDot, Part::Domain);
}

void TestEmailAddress::parseEmailOrDomain()
{
    QFETCH(QString, input);
    QFETCH(Error, error);
    QFETCH(int, part);
    QFETCH(QString, address);
    QFETCH(QString, domain);
    const EmailAddress target = EmailAddress::parseEmailOrDomain(input);
    QCOMPARE(target.error(), error);
    QCOMPARE(int(target.errorPart()), part);
    QCOMPARE(target.address(), address);
    QCOMPARE(target.domain(), domain);
    QCOMPARE(target.hasLocalPart(), !address.isEmpty());
    QCOMPARE(target.errorMessage().isEmpty(), target.isValid());
    if (target.isValid())
        QCOMPARE(target.input(), input.trimmed());
}

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
