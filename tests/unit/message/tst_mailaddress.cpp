// Address syntax as SMTP carries it: what a test send accepts before it talks to any server.
#include "message/mailaddress.h"

#include <QTest>

using namespace Postaci;
using Problem = MailAddress::Problem;

class TestMailAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("nonAsciiLocal");

        const auto ok = [](const char *name, const QString &text, const QString &address, bool nonAscii = false) {
            QTest::newRow(name) << text << int(Problem::None) << address << nonAscii;
        };
        const auto bad = [](const char *name, const QString &text, Problem problem) {
            QTest::newRow(name) << text << int(problem) << QString() << false;
        };
        ok("plain", QStringLiteral("ali@example.com"), QStringLiteral("ali@example.com"));
        ok("trimmed", QStringLiteral("  ali@example.com "), QStringLiteral("ali@example.com"));
        ok("domain lower-cased", QStringLiteral("Ali@Example.COM"), QStringLiteral("Ali@example.com"));
        ok("plus and dots", QStringLiteral("first.last+tag@mail.example.co.uk"), QStringLiteral("first.last+tag@mail.example.co.uk"));
        ok("atext specials", QStringLiteral("!#$%&'*+-/=?^_`{|}~@example.com"), QStringLiteral("!#$%&'*+-/=?^_`{|}~@example.com"));
        ok("quoted local", QStringLiteral("\"ali veli\"@example.com"), QStringLiteral("\"ali veli\"@example.com"));
        ok("quoted with at", QStringLiteral("\"a@b\"@example.com"), QStringLiteral("\"a@b\"@example.com"));
        ok("idn", QStringLiteral("ali@örnek.com.tr"), QStringLiteral("ali@xn--rnek-4qa.com.tr"));
        ok("utf8 local", QStringLiteral("şükrü@örnek.com.tr"), QStringLiteral("şükrü@xn--rnek-4qa.com.tr"), true);
        ok("ipv4 literal", QStringLiteral("test@[127.0.0.1]"), QStringLiteral("test@[127.0.0.1]"));
        ok("ipv6 literal", QStringLiteral("test@[IPv6:::1]"), QStringLiteral("test@[IPv6:::1]"));
        ok("localhost", QStringLiteral("root@localhost"), QStringLiteral("root@localhost"));
        ok("64 octet local part", QString(QLatin1Char('a')).repeated(64) + QStringLiteral("@example.com"),
           QString(QLatin1Char('a')).repeated(64) + QStringLiteral("@example.com"));

        bad("empty", QString(), Problem::Empty);
        bad("spaces", QStringLiteral("   "), Problem::Empty);
        bad("no at", QStringLiteral("ali.example.com"), Problem::MissingAt);
        bad("no local", QStringLiteral("@example.com"), Problem::EmptyLocalPart);
        bad("no domain", QStringLiteral("ali@"), Problem::EmptyDomain);
        bad("two ats", QStringLiteral("ali@veli@example.com"), Problem::InvalidLocalPart);
        bad("double dot", QStringLiteral("ali..veli@example.com"), Problem::InvalidLocalPart);
        bad("leading dot", QStringLiteral(".ali@example.com"), Problem::InvalidLocalPart);
        bad("space in local", QStringLiteral("ali veli@example.com"), Problem::InvalidLocalPart);
        bad("angle in local", QStringLiteral("ali<x>@example.com"), Problem::InvalidLocalPart);
        bad("65 octet local part", QString(QLatin1Char('a')).repeated(65) + QStringLiteral("@example.com"), Problem::LocalPartTooLong);
        bad("33 two-octet chars", QStringLiteral("ş").repeated(33) + QStringLiteral("@example.com"), Problem::LocalPartTooLong);
        bad("domain double dot", QStringLiteral("ali@example..com"), Problem::InvalidDomain);
        bad("domain trailing dot", QStringLiteral("ali@example.com."), Problem::InvalidDomain);
        bad("domain underscore", QStringLiteral("ali@exa_mple.com"), Problem::InvalidDomain);
        bad("domain hyphen", QStringLiteral("ali@-example.com"), Problem::InvalidDomain);
        bad("domain space", QStringLiteral("ali@exam ple.com"), Problem::InvalidDomain);
        bad("label too long", QStringLiteral("ali@") + QString(QLatin1Char('a')).repeated(64) + QStringLiteral(".com"), Problem::InvalidDomain);
        bad("bad literal", QStringLiteral("ali@[127.1]"), Problem::InvalidDomain);
        bad("bad ipv6 literal", QStringLiteral("ali@[IPv6:nope]"), Problem::InvalidDomain);
        bad("unclosed literal", QStringLiteral("ali@[127.0.0.1"), Problem::InvalidDomain);
        bad("CRLF", QStringLiteral("ali@example.com\r\nRCPT TO:<x@y>"), Problem::ForbiddenCharacter);
        bad("LF", QStringLiteral("ali@example.com\n"), Problem::ForbiddenCharacter);
        bad("NUL", QStringLiteral("ali@exa") + QChar(0) + QStringLiteral("mple.com"), Problem::ForbiddenCharacter);
        bad("ESC", QStringLiteral("ali\x1b@example.com"), Problem::ForbiddenCharacter);
        bad("too long", QString(QLatin1Char('a')).repeated(64) + QLatin1Char('@')
                            + QString(QString(QLatin1Char('b')).repeated(60) + QLatin1Char('.')).repeated(4) + QStringLiteral("com"),
            Problem::AddressTooLong);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, problem);
        QFETCH(QString, address);
        QFETCH(bool, nonAsciiLocal);
        const MailAddress parsed = MailAddress::parse(text);
        QCOMPARE(int(parsed.problem()), problem);
        QCOMPARE(parsed.isValid(), problem == int(Problem::None));
        QCOMPARE(parsed.address(), address);
        QCOMPARE(parsed.problemText().isEmpty(), parsed.isValid());
        if (parsed.isValid())
            QCOMPARE(parsed.hasNonAsciiLocalPart(), nonAsciiLocal);
    }

    void parseMailbox()
    {
        QString name;
        MailAddress address = MailAddress::parseMailbox(QStringLiteral("Ali Yılmaz <ali@example.com.tr>"), &name);
        QVERIFY(address.isValid());
        QCOMPARE(name, QStringLiteral("Ali Yılmaz"));
        QCOMPARE(address.address(), QStringLiteral("ali@example.com.tr"));

        address = MailAddress::parseMailbox(QStringLiteral("\"Yılmaz, Ali \\\"A\\\"\" <ali@example.com.tr>"), &name);
        QVERIFY(address.isValid());
        QCOMPARE(name, QStringLiteral("Yılmaz, Ali \"A\""));

        address = MailAddress::parseMailbox(QStringLiteral("ali@example.com.tr"), &name);
        QVERIFY(address.isValid());
        QVERIFY(name.isEmpty());

        address = MailAddress::parseMailbox(QStringLiteral("Ali\r\nBcc: x <ali@example.com.tr>"), &name);
        QCOMPARE(address.problem(), Problem::ForbiddenCharacter);

        address = MailAddress::parseMailbox(QStringLiteral("<>"), &name);
        QCOMPARE(address.problem(), Problem::Empty);
    }

    void literalFlags()
    {
        QVERIFY(MailAddress::parse(QStringLiteral("a@[127.0.0.1]")).isDomainLiteral());
        QVERIFY(!MailAddress::parse(QStringLiteral("a@localhost")).isDomainLiteral());
    }
};

QTEST_GUILESS_MAIN(TestMailAddress)
#include "tst_mailaddress.moc"
