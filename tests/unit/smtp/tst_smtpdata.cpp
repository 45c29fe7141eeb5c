#include "smtp/smtpdata.h"

#include <QTest>

using namespace Postaci;

class TestSmtpData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalises_data();
    void normalises();
    void dotStuffs_data();
    void dotStuffs();
};

void TestSmtpData::normalises_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("crlf kept") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n");
    QTest::addRow("bare lf") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n");
    QTest::addRow("bare cr") << QByteArray("a\rb") << QByteArray("a\r\nb\r\n");
    QTest::addRow("final line end added") << QByteArray("a") << QByteArray("a\r\n");
    QTest::addRow("cr cr lf") << QByteArray("a\r\r\nb") << QByteArray("a\r\n\r\nb\r\n");
    QTest::addRow("empty") << QByteArray() << QByteArray();
}

void TestSmtpData::normalises()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(normaliseLineEnds(input), expected);
}

void TestSmtpData::dotStuffs_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("no dots") << QByteArray("Subject: x\r\n\r\nhello\r\n")
                             << QByteArray("Subject: x\r\n\r\nhello\r\n.\r\n");
    QTest::addRow("lone dot line") << QByteArray("a\r\n.\r\nb\r\n") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::addRow("dot first line") << QByteArray(".hidden\r\n") << QByteArray("..hidden\r\n.\r\n");
    QTest::addRow("dot mid line untouched") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n.\r\n");
    QTest::addRow("bare lf then dot") << QByteArray("a\n.\nb") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::addRow("no final newline") << QByteArray("end") << QByteArray("end\r\n.\r\n");
}

void TestSmtpData::dotStuffs()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(dataPayload(input), expected);
}

QTEST_GUILESS_MAIN(TestSmtpData)
#include "tst_smtpdata.moc"
