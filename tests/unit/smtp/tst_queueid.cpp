#include "smtp/queueid.h"
#include "smtp/smtpreplyparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;

class TestQueueId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
};

void TestQueueId::parses_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("id");

    QTest::addRow("postfix") << QByteArray("250 2.0.0 Ok: queued as 4SxYz12AbC") << u"4SxYz12AbC"_s;
    QTest::addRow("aiosmtpd harness") << QByteArray("250 2.0.0 Ok: queued as 7f3a9c") << u"7f3a9c"_s;
    QTest::addRow("exim") << QByteArray("250 OK id=1qABCD-000123-Ab") << u"1qABCD-000123-Ab"_s;
    QTest::addRow("gmail") << QByteArray(
            "250 2.0.0 OK  1700000000 a1-20020a05600c4f0100b0040a4fd1b2b7sm123456wmq.12 - gsmtp")
                           << u"a1-20020a05600c4f0100b0040a4fd1b2b7sm123456wmq.12"_s;
    QTest::addRow("microsoft") << QByteArray(
            "250 2.0.0 OK <AM0PR01MB1234.eurprd01.prod.outlook.com> [Hostname=AM0PR01MB1234.eurprd01.prod.outlook.com]")
                               << u"AM0PR01MB1234.eurprd01.prod.outlook.com"_s;
    QTest::addRow("amazon ses") << QByteArray("250 Ok 0100018b2f6a5b3c-1a2b3c4d-5e6f-000000")
                                << u"0100018b2f6a5b3c-1a2b3c4d-5e6f-000000"_s;
    QTest::addRow("sendmail") << QByteArray("250 2.0.0 3B2F3Hc1012345 Message accepted for delivery")
                              << u"3B2F3Hc1012345"_s;
    QTest::addRow("exchange") << QByteArray("250 2.6.0 <abc@host.example> [InternalId=123] Queued mail for delivery")
                              << u"abc@host.example"_s;
    QTest::addRow("qmail") << QByteArray("250 ok 1700000000 qp 12345") << u"12345"_s;
    QTest::addRow("multi-line postfix") << QByteArray("250-2.0.0 Ok\r\n250 2.0.0 queued as ABC123")
                                        << u"ABC123"_s;
    QTest::addRow("no id") << QByteArray("250 Message accepted for delivery") << QString();
    QTest::addRow("plain ok") << QByteArray("250 OK") << QString();
    QTest::addRow("ok words") << QByteArray("250 Ok accepted") << QString();
    QTest::addRow("negative reply") << QByteArray("550 queued as NOPE") << QString();
}

void TestQueueId::parses()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, id);
    SmtpReplyParser parser;
    parser.feed(reply + "\r\n");
    QVERIFY(parser.hasReply());
    QCOMPARE(parseQueueId(parser.takeReply()), id);
}

QTEST_GUILESS_MAIN(TestQueueId)
#include "tst_queueid.moc"
