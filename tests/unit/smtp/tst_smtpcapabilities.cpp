#include "smtp/smtpcapabilities.h"
#include "smtp/smtpreplyparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;

namespace {
SmtpCapabilities capsOf(const QByteArray &reply)
{
    SmtpReplyParser parser;
    parser.feed(reply);
    return SmtpCapabilities::fromEhloReply(parser.takeReply());
}
} // namespace

class TestSmtpCapabilities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryExtension();
    void keywordsAreCaseInsensitive();
    void legacyAuthFormCounts();
    void lastLineCounts();
    void firstLineIsNotAnExtension();
    void sizeWithoutValueMeansNoLimit();
    void heloReplyHasNoExtensions();
};

void TestSmtpCapabilities::readsEveryExtension()
{
    const SmtpCapabilities caps = capsOf("250-mx.example.test Hello [127.0.0.1]\r\n"
                                         "250-SIZE 52428800\r\n"
                                         "250-8BITMIME\r\n"
                                         "250-PIPELINING\r\n"
                                         "250-CHUNKING\r\n"
                                         "250-SMTPUTF8\r\n"
                                         "250-ENHANCEDSTATUSCODES\r\n"
                                         "250-DSN\r\n"
                                         "250-AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2\r\n"
                                         "250 STARTTLS\r\n");
    QVERIFY(caps.hasSize());
    QCOMPARE(caps.maxSize(), 52428800);
    QVERIFY(caps.has8BitMime());
    QVERIFY(caps.hasPipelining());
    QVERIFY(caps.hasChunking());
    QVERIFY(caps.hasSmtpUtf8());
    QVERIFY(caps.hasEnhancedStatusCodes());
    QVERIFY(caps.hasDsn());
    QVERIFY(caps.hasStartTls());
    QVERIFY(caps.hasAuth());
    QCOMPARE(caps.authMechanisms(), (QStringList{"PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2"}));
    QCOMPARE(caps.keywords(), (QStringList{"SIZE", "8BITMIME", "PIPELINING", "CHUNKING", "SMTPUTF8",
                                           "ENHANCEDSTATUSCODES", "DSN", "AUTH", "STARTTLS"}));
    QVERIFY(caps.lines().contains(u"SIZE 52428800"_s));
}

void TestSmtpCapabilities::keywordsAreCaseInsensitive()
{
    const SmtpCapabilities caps = capsOf("250-mx\r\n250-starttls\r\n250-Pipelining\r\n250 auth plain login\r\n");
    QVERIFY(caps.hasStartTls());
    QVERIFY(caps.hasPipelining());
    QVERIFY(caps.has(u"PiPeLiNiNg"_s));
    QCOMPARE(caps.authMechanisms(), (QStringList{"PLAIN", "LOGIN"}));
    QVERIFY(caps.supportsAuthMechanism(u"login"_s));
    QCOMPARE(caps.keywords(), (QStringList{"STARTTLS", "PIPELINING", "AUTH"}));
}

void TestSmtpCapabilities::legacyAuthFormCounts()
{
    const SmtpCapabilities legacyOnly = capsOf("250-mx\r\n250 AUTH=PLAIN LOGIN\r\n");
    QVERIFY(legacyOnly.hasAuth());
    QCOMPARE(legacyOnly.authMechanisms(), (QStringList{"PLAIN", "LOGIN"}));
    QCOMPARE(legacyOnly.keywords(), QStringList{"AUTH"});

    const SmtpCapabilities both
            = capsOf("250-mx\r\n250-AUTH LOGIN PLAIN\r\n250-AUTH=LOGIN PLAIN CRAM-MD5\r\n250 8BITMIME\r\n");
    QCOMPARE(both.authMechanisms(), (QStringList{"LOGIN", "PLAIN", "CRAM-MD5"}));
    QCOMPARE(both.keywords(), (QStringList{"AUTH", "8BITMIME"}));
}

void TestSmtpCapabilities::lastLineCounts()
{
    QVERIFY(capsOf("250-mx\r\n250 STARTTLS\r\n").hasStartTls());
    QVERIFY(capsOf("250-mx\r\n250 AUTH PLAIN\r\n").supportsAuthMechanism(u"PLAIN"_s));
}

void TestSmtpCapabilities::firstLineIsNotAnExtension()
{
    const SmtpCapabilities caps = capsOf("250 STARTTLS.example.test greets you\r\n");
    QVERIFY(!caps.hasStartTls());
    QVERIFY(caps.isEmpty());
}

void TestSmtpCapabilities::sizeWithoutValueMeansNoLimit()
{
    const SmtpCapabilities caps = capsOf("250-mx\r\n250 SIZE\r\n");
    QVERIFY(caps.hasSize());
    QCOMPARE(caps.maxSize(), 0);
    QCOMPARE(capsOf("250-mx\r\n250 SIZE lots\r\n").maxSize(), 0);
}

void TestSmtpCapabilities::heloReplyHasNoExtensions()
{
    const SmtpCapabilities caps = capsOf("250 mx.example.test\r\n");
    QVERIFY(caps.isEmpty());
    QVERIFY(!caps.hasAuth());
    QVERIFY(caps.keywords().isEmpty());
}

QTEST_GUILESS_MAIN(TestSmtpCapabilities)
#include "tst_smtpcapabilities.moc"
