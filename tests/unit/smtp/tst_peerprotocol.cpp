#include "smtp/peerprotocol.h"

#include <QTest>

using namespace Postaci;

class TestPeerProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifies_data();
    void classifies();
};

void TestPeerProtocol::classifies_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("protocol");

    QTest::addRow("smtp") << QByteArray("220 mx ESMTP\r\n") << int(PeerProtocol::Smtp);
    QTest::addRow("smtp multi-line") << QByteArray("220-mx") << int(PeerProtocol::Smtp);
    QTest::addRow("smtp bare code") << QByteArray("220\r\n") << int(PeerProtocol::Smtp);
    QTest::addRow("smtp 554") << QByteArray("554 no") << int(PeerProtocol::Smtp);
    QTest::addRow("partial digits") << QByteArray("22") << int(PeerProtocol::Incomplete);
    QTest::addRow("three digits") << QByteArray("220") << int(PeerProtocol::Incomplete);
    QTest::addRow("empty") << QByteArray() << int(PeerProtocol::Incomplete);
    QTest::addRow("imap") << QByteArray("* OK [CAPABILITY IMAP4rev1] Dovecot ready.\r\n") << int(PeerProtocol::Imap);
    QTest::addRow("imap partial") << QByteArray("* O") << int(PeerProtocol::Incomplete);
    QTest::addRow("pop3") << QByteArray("+OK Dovecot ready.\r\n") << int(PeerProtocol::Pop3);
    QTest::addRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << int(PeerProtocol::Http);
    QTest::addRow("ssh") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << int(PeerProtocol::Ssh);
    QTest::addRow("tls handshake") << QByteArray::fromHex("160303007a") << int(PeerProtocol::Tls);
    QTest::addRow("tls alert") << QByteArray::fromHex("15030100020246") << int(PeerProtocol::Tls);
    QTest::addRow("tls first byte") << QByteArray::fromHex("16") << int(PeerProtocol::Tls);
    QTest::addRow("22X") << QByteArray("22X hi") << int(PeerProtocol::Other);
    QTest::addRow("2200") << QByteArray("2200 hi") << int(PeerProtocol::Other);
    QTest::addRow("garbage") << QByteArray("hello") << int(PeerProtocol::Other);
}

void TestPeerProtocol::classifies()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, protocol);
    QCOMPARE(int(classifyFirstBytes(bytes)), protocol);
}

QTEST_GUILESS_MAIN(TestPeerProtocol)
#include "tst_peerprotocol.moc"
