// MailTransaction decides what handing a message over takes (core/smtp/mailtransaction.h); the
// session's tests (tst_smtpsession) check when it leaves. Here: the MAIL FROM parameters, the
// refusals said before anything is sent, and the body's form for DATA and for BDAT.
#include "smtp/mailtransaction.h"
#include "smtp/smtpreplyparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;

namespace {

SmtpCapabilities capsOf(const QByteArray &extensions)
{
    SmtpReplyParser parser;
    QByteArray reply = "250-mx.example.test\r\n";
    const QList<QByteArray> lines = extensions.split(' ');
    for (const QByteArray &line : lines)
        reply += "250-" + QByteArray(line).replace('_', ' ') + "\r\n";
    reply += "250 HELP\r\n";
    parser.feed(reply);
    return SmtpCapabilities::fromEhloReply(parser.takeReply());
}

OutgoingMessage message(const QByteArray &body = "Subject: t\r\n\r\n.hello\r\n")
{
    OutgoingMessage m;
    m.envelopeFrom = u"ali@example.test"_s;
    m.recipients = {u"veli@example.test"_s, u"ayse@example.test"_s};
    m.data = body;
    return m;
}

} // namespace

class TestMailTransaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void announcesSizeAndListsEveryRecipient()
    {
        const MailTransaction t = MailTransaction::plan(message(), capsOf("SIZE_1000 PIPELINING"));
        QCOMPARE(t.refusal, SessionError::None);
        QCOMPARE(t.mailCommand, QByteArray("MAIL FROM:<ali@example.test> SIZE=22"));
        QCOMPARE(t.rcptCommands, (QList<QByteArray>{"RCPT TO:<veli@example.test>", "RCPT TO:<ayse@example.test>"}));
        QVERIFY(t.pipelining);
        QVERIFY(!t.chunking);
        QCOMPARE(t.extensionsUsed, (QStringList{u"SIZE"_s, u"PIPELINING"_s}));
    }

    void dataIsDotStuffedAndBdatIsNot()
    {
        const MailTransaction data = MailTransaction::plan(message(), capsOf("PIPELINING"));
        QVERIFY(data.payload().contains("\r\n..hello\r\n"));
        QVERIFY(data.payload().endsWith("\r\n.\r\n"));
        const MailTransaction bdat = MailTransaction::plan(message(), capsOf("CHUNKING"));
        QCOMPARE(bdat.payload(), QByteArray("Subject: t\r\n\r\n.hello\r\n"));
        QCOMPARE(bdat.bdatCommand(), QByteArray("BDAT 22 LAST"));
        QCOMPARE(bdat.payloadShown(), u"<22 octets of message data>"_s);
    }

    void overTheServersLimitIsRefusedWithTheLimit()
    {
        const MailTransaction t = MailTransaction::plan(message(), capsOf("SIZE_10"));
        QCOMPARE(t.refusal, SessionError::MessageTooLarge);
        QVERIFY2(t.refusalDetail.contains("22"_L1) && t.refusalDetail.contains("10"_L1),
                 qPrintable(t.refusalDetail));
        QVERIFY(t.mailCommand.isEmpty());
    }

    void sizeWithoutLimitRefusesNothing()
    {
        const MailTransaction t = MailTransaction::plan(message(), capsOf("SIZE"));
        QCOMPARE(t.refusal, SessionError::None);
        QVERIFY(t.mailCommand.endsWith(" SIZE=22"));
    }

    void nonAsciiAddressNeedsSmtpUtf8()
    {
        OutgoingMessage m = message();
        m.recipients = {u"çiçek@örnek.test"_s};
        QCOMPARE(MailTransaction::plan(m, capsOf("PIPELINING")).refusal, SessionError::SmtpUtf8Unsupported);
        const MailTransaction t = MailTransaction::plan(m, capsOf("SMTPUTF8"));
        QCOMPARE(t.refusal, SessionError::None);
        QVERIFY(t.mailCommand.endsWith(" SMTPUTF8"));
        QCOMPARE(t.rcptCommands, QList<QByteArray>{u"RCPT TO:<çiçek@örnek.test>"_s.toUtf8()});
    }

    void eightBitBodyOnlyWhenOffered()
    {
        OutgoingMessage m = message();
        m.data8bit = u"Subject: t\r\n\r\nçay\r\n"_s.toUtf8();
        QVERIFY(!MailTransaction::plan(m, capsOf("PIPELINING")).mailCommand.contains("BODY=8BITMIME"));
        const MailTransaction t = MailTransaction::plan(m, capsOf("8BITMIME CHUNKING"));
        QVERIFY(t.mailCommand.endsWith(" BODY=8BITMIME"));
        QCOMPARE(t.payload(), m.data8bit);
    }
};

QTEST_GUILESS_MAIN(TestMailTransaction)
#include "tst_mailtransaction.moc"
