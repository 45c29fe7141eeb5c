#include "smtp/smtpreplyparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;

class TestSmtpReplyParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void incrementalFeedGivesTheSameReply();
    void capsAnEndlessLine();
    void capsAnEndlessMultiLineReply();
    void keepsBytesAfterAReplyBuffered();
    void keepsServerTextAsReceived();
};

void TestSmtpReplyParser::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QStringList>("lines");

    QTest::addRow("single line") << QByteArray("220 mail.example.test ESMTP\r\n") << 220 << QString()
                                 << QStringList{u"mail.example.test ESMTP"_s};
    QTest::addRow("bare code") << QByteArray("250\r\n") << 250 << QString() << QStringList{QString()};
    QTest::addRow("bare code with space") << QByteArray("250 \r\n") << 250 << QString() << QStringList{QString()};
    QTest::addRow("bare LF") << QByteArray("250 ok\n") << 250 << QString() << QStringList{u"ok"_s};
    QTest::addRow("multi-line greeting (behaviour 3)")
            << QByteArray("220-first\r\n220-second\r\n220 third\r\n") << 220 << QString()
            << QStringList{u"first"_s, u"second"_s, u"third"_s};
    QTest::addRow("multi-line EHLO, last line carries a keyword")
            << QByteArray("250-mx.example.test\r\n250-PIPELINING\r\n250 STARTTLS\r\n") << 250 << QString()
            << QStringList{u"mx.example.test"_s, u"PIPELINING"_s, u"STARTTLS"_s};
    QTest::addRow("enhanced code stripped from every line")
            << QByteArray("535-5.7.8 Username and Password not accepted.\r\n535 5.7.8 https://support.example/\r\n")
            << 535 << u"5.7.8"_s
            << QStringList{u"Username and Password not accepted."_s,
                           u"https://support.example/"_s};
    QTest::addRow("enhanced code with 3-digit detail")
            << QByteArray("535 5.7.139 Authentication unsuccessful, basic authentication is disabled.\r\n") << 535
            << u"5.7.139"_s
            << QStringList{u"Authentication unsuccessful, basic authentication is disabled."_s};
    QTest::addRow("enhanced class must match the code (RFC 2034)")
            << QByteArray("250 5.0.0 odd\r\n") << 250 << QString() << QStringList{u"5.0.0 odd"_s};
    QTest::addRow("version number is not an enhanced code")
            << QByteArray("220 2.0 ready\r\n") << 220 << QString() << QStringList{u"2.0 ready"_s};
    QTest::addRow("enhanced code alone") << QByteArray("250 2.1.0\r\n") << 250 << u"2.1.0"_s
                                         << QStringList{QString()};
    QTest::addRow("unknown code read by first digit (behaviour 4)")
            << QByteArray("299 whatever\r\n") << 299 << QString() << QStringList{u"whatever"_s};
    QTest::addRow("334 with empty challenge") << QByteArray("334 \r\n") << 334 << QString() << QStringList{QString()};
    QTest::addRow("hyphen then empty continuation")
            << QByteArray("250-\r\n250 done\r\n") << 250 << QString() << QStringList{QString(), u"done"_s};
}

void TestSmtpReplyParser::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QStringList, lines);

    SmtpReplyParser parser;
    parser.feed(input);
    QVERIFY2(!parser.hasError(), qPrintable(parser.errorString()));
    QVERIFY(parser.hasReply());
    const SmtpReply reply = parser.takeReply();
    QCOMPARE(reply.code, code);
    QCOMPARE(reply.enhanced, enhanced);
    QCOMPARE(reply.lines, lines);
    QCOMPARE(reply.rawLines.size(), lines.size());
    QVERIFY(!parser.hasReply());
    QVERIFY(!parser.hasBufferedData());
}

void TestSmtpReplyParser::rejects_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::addRow("code 699") << QByteArray("699 no\r\n");
    QTest::addRow("code 100") << QByteArray("100 no\r\n");
    QTest::addRow("code 000") << QByteArray("000 no\r\n");
    QTest::addRow("code 22X") << QByteArray("22X no\r\n");
    QTest::addRow("two digits") << QByteArray("22\r\n");
    QTest::addRow("bad separator") << QByteArray("250x hello\r\n");
    QTest::addRow("mixed codes") << QByteArray("250-one\r\n251 two\r\n");
    QTest::addRow("NUL byte") << QByteArray("250 he\0llo\r\n", 12);
    QTest::addRow("garbage") << QByteArray("hello there\r\n");
    QTest::addRow("empty line") << QByteArray("\r\n");
}

void TestSmtpReplyParser::rejects()
{
    QFETCH(QByteArray, input);
    SmtpReplyParser parser;
    parser.feed(input);
    QVERIFY(parser.hasError());
    QVERIFY(!parser.hasReply());
    QVERIFY(parser.hasBufferedData());
}

void TestSmtpReplyParser::incrementalFeedGivesTheSameReply()
{
    const QByteArray input("250-mx.example.test greets you\r\n250-SIZE 1000\r\n250 AUTH PLAIN\r\n");
    SmtpReplyParser parser;
    for (char c : input) {
        QVERIFY(!parser.hasReply());
        parser.feed(QByteArray(1, c));
    }
    QVERIFY(parser.hasReply());
    const SmtpReply reply = parser.takeReply();
    QCOMPARE(reply.lines.size(), 3);
    QCOMPARE(reply.rawLines.at(1), u"250-SIZE 1000"_s);
}

void TestSmtpReplyParser::capsAnEndlessLine()
{
    SmtpReplyParser parser;
    const QByteArray chunk(4096, 'a');
    parser.feed("250-");
    int fed = 0;
    while (!parser.hasError() && fed < 100) {
        parser.feed(chunk);
        ++fed;
    }
    QVERIFY(parser.hasError());
    QVERIFY(fed * chunk.size() <= SmtpReplyParser::MaxReplyBytes + chunk.size());
}

void TestSmtpReplyParser::capsAnEndlessMultiLineReply()
{
    SmtpReplyParser parser;
    int fed = 0;
    while (!parser.hasError() && fed < 100000) {
        parser.feed("250-still going\r\n");
        ++fed;
    }
    QVERIFY(parser.hasError());
    QVERIFY(!parser.hasReply());
    QVERIFY(fed <= SmtpReplyParser::MaxReplyLines + 1);
}

void TestSmtpReplyParser::keepsBytesAfterAReplyBuffered()
{
    SmtpReplyParser parser;
    parser.feed("220 Ready to start TLS\r\n250 AUTH LOGIN\r\n");
    QVERIFY(parser.hasReply());
    QCOMPARE(parser.takeReply().code, 220);
    QVERIFY(parser.hasBufferedData()); // the injected line

    SmtpReplyParser partial;
    partial.feed("220 Ready to start TLS\r\n25");
    QCOMPARE(partial.takeReply().code, 220);
    QVERIFY(partial.hasBufferedData());

    partial.reset();
    QVERIFY(!partial.hasBufferedData());
}

void TestSmtpReplyParser::keepsServerTextAsReceived()
{
    SmtpReplyParser parser;
    parser.feed(QByteArray("250 G\xc3\xbcle g\xc3\xbcle \xe2\x80\xae"
                           "evil\x1b[31m \xff\r\n"));
    QVERIFY(!parser.hasError());
    const SmtpReply reply = parser.takeReply();
    QVERIFY(reply.lines.first().startsWith(u"Güle güle "_s));
    QVERIFY(reply.lines.first().contains(QChar(0x202E)));
    QVERIFY(reply.lines.first().contains(QChar(0x1B)));
    QVERIFY(reply.lines.first().contains(QChar(0xFFFD))); // invalid UTF-8 replaced, not dropped
}

QTEST_GUILESS_MAIN(TestSmtpReplyParser)
#include "tst_smtpreplyparser.moc"
