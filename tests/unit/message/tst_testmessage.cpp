// The test message: what arrives must decode to exactly what the user typed, and nothing a user
// types can add a header field or an SMTP command.
#include "message/testmessage.h"

#include "messageparsing.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using MessageParsing::decodeQuotedPrintable;
using MessageParsing::decodeWords;

class TestTestMessage : public QObject
{
    Q_OBJECT

private:
    static TestMessage::Result buildWith(const QString &subject, const QString &fromName = QString())
    {
        TestMessage message;
        message.setFrom(u"ali@example.com.tr"_s, fromName);
        message.setSubject(subject);
        return message.build();
    }

    static void verifyLines(const QByteArray &data, int headerLimit)
    {
        // CRLF only: every LF is preceded by CR and every CR followed by LF.
        for (qsizetype i = 0; i < data.size(); ++i) {
            if (data.at(i) == '\n')
                QVERIFY2(i > 0 && data.at(i - 1) == '\r', "bare LF");
            if (data.at(i) == '\r')
                QVERIFY2(i + 1 < data.size() && data.at(i + 1) == '\n', "bare CR");
        }
        QVERIFY(data.endsWith("\r\n"));
        const qsizetype headerEnd = data.indexOf("\r\n\r\n");
        QVERIFY(headerEnd > 0);
        const QList<QByteArray> lines = data.split('\n');
        qsizetype offset = 0;
        for (const QByteArray &line : lines) {
            const qsizetype length = line.endsWith('\r') ? line.size() - 1 : line.size();
            QVERIFY2(length <= 998, line.left(80).constData());
            if (offset < headerEnd)
                QVERIFY2(length <= headerLimit, line.constData());
            QVERIFY2(!line.contains('\0'), "NUL");
            offset += line.size() + 1;
        }
    }

private Q_SLOTS:
    void subjectRoundTrip_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::newRow("turkish") << u"Postacı deneme iletisi — ğüşıöç İĞÜŞÖÇ"_s;
        QTest::newRow("ascii") << u"Postaci test message"_s;
        QTest::newRow("mostly ascii") << u"Test message from the Istanbul office (İstanbul)"_s;
        QTest::newRow("long turkish")
            << u"Çok uzun bir konu satırı: ağaçların gölgesinde şırıl şırıl akan ırmağın kıyısında "
                              "oturan İğdırlı öğretmen Şükrü Bey, öğrencilerine Ümraniye'den gelen mektubu okudu."_s;
        QTest::newRow("long ascii")
            << u"A very long plain ASCII subject line that certainly does not fit on a single "
                              "line of seventy-eight characters and has to be folded somewhere sensible"_s;
        QTest::newRow("emoji") << u"Deneme 📮✉️ tamam 👍🏽"_s;
        QTest::newRow("decomposed dotted I") << u"I\u0307STANBUL I\u0307ZMI\u0307R"_s;
        QTest::newRow("looks like encoded word") << u"=?UTF-8?B?SGk=?= is not for decoding"_s;
        QTest::newRow("specials") << u"a_b=c?d \"quoted\" (comment) <x> ; : , \\ "_s;
        QTest::newRow("double spaces") << u"two  spaces   here"_s;
        QTest::newRow("leading space") << u" leading and trailing "_s;
        QTest::newRow("tab") << u"tab\there"_s;
        QTest::newRow("arabic bidi") << u"مرحبا \u202Eevil\u202C"_s;
        QTest::newRow("very long") << QString(u"ğüşıöç "_s).repeated(120).trimmed();
        QTest::newRow("one long word") << QString(QLatin1Char('x')).repeated(1200);
    }

    void subjectRoundTrip()
    {
        QFETCH(QString, subject);
        const TestMessage::Result built = buildWith(subject);
        QVERIFY2(built.ok(), qPrintable(built.errorString));
        for (const QByteArray &data : {built.message.data, built.message.data8bit}) {
            verifyLines(data, 998);
            const MessageParsing::Parsed parsed = MessageParsing::parse(data);
            QCOMPARE(parsed.count("Subject"), 1);
            QCOMPARE(decodeWords(parsed.field("Subject")), subject);
        }
        // The header is 7-bit ASCII (the addresses are ASCII here).
        const QByteArray header = built.message.data.left(built.message.data.indexOf("\r\n\r\n"));
        for (const char c : header)
            QVERIFY2(uchar(c) < 0x80, header.constData());
    }

    void encodedWordsAreWellFormed()
    {
        const QString subject = u"Postacı deneme iletisi — ğüşıöç İĞÜŞÖÇ 📮 "_s.repeated(6);
        const TestMessage::Result built = buildWith(subject, u"Gönderen Ağabey Şükrü Öztürkoğlu İçinde"_s);
        QVERIFY(built.ok());
        const QByteArray &data = built.message.data;
        // Folding at 78 characters is reachable with encoded-words, so it must hold.
        verifyLines(data, 78);
        static const QRegularExpression word(u"=\\?UTF-8\\?([BQ])\\?([^?]*)\\?="_s);
        auto it = word.globalMatch(QString::fromLatin1(data));
        int words = 0;
        while (it.hasNext()) {
            const auto match = it.next();
            ++words;
            QVERIFY2(match.capturedLength() <= 75, qPrintable(match.captured()));
            // RFC 2047 §5: each word holds whole characters, so it decodes on its own.
            const QString one = decodeWords(match.captured().toLatin1());
            QVERIFY2(!one.contains(QChar::ReplacementCharacter), qPrintable(match.captured()));
        }
        QVERIFY(words > 6);
    }

    void displayNameRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("turkish") << u"Ali Yılmaz"_s;
        QTest::newRow("atoms") << u"Ali Veli"_s;
        QTest::newRow("needs quoting") << u"Dr. O'Neil, Jr."_s;
        QTest::newRow("quote and backslash") << u"say \"hi\" \\ bye"_s;
        QTest::newRow("long turkish") << u"Şükrü Öztürkoğlu Ğğ İşletmeleri Ticaret ve Sanayi Anonim Şirketi Genel Müdürlüğü"_s;
        QTest::newRow("looks like an address") << u"boss@example.com <x>"_s;
        QTest::newRow("many ascii words") << u"Word "_s.repeated(80).trimmed();
        QTest::newRow("one huge word") << QString(QLatin1Char('N')).repeated(1500);
        QTest::newRow("only a space") << u" "_s;
    }

    void displayNameRoundTrip()
    {
        QFETCH(QString, name);
        TestMessage message;
        message.setFrom(u"ali@example.com.tr"_s, name);
        message.setTo(u"veli@example.org"_s, name);
        const TestMessage::Result built = message.build();
        QVERIFY2(built.ok(), qPrintable(built.errorString));
        verifyLines(built.message.data, 998);
        const MessageParsing::Parsed parsed = MessageParsing::parse(built.message.data);
        for (const QByteArray &field : {QByteArrayLiteral("From"), QByteArrayLiteral("To")}) {
            const QByteArray value = parsed.field(field);
            const qsizetype open = value.lastIndexOf('<');
            QVERIFY(open > 0);
            QByteArray phrase = value.left(open).trimmed();
            QString decoded;
            if (phrase.startsWith('"')) {
                for (qsizetype i = 1; i + 1 < phrase.size(); ++i) {
                    if (phrase.at(i) == '\\')
                        ++i;
                    decoded += QLatin1Char(phrase.at(i));
                }
            } else {
                decoded = decodeWords(phrase);
            }
            QCOMPARE(decoded, name);
        }
        QVERIFY(parsed.field("From").endsWith("<ali@example.com.tr>"));
        QVERIFY(parsed.field("To").endsWith("<veli@example.org>"));
    }

    void injectionRejected_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("fromName");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("testId");
        QTest::addColumn<int>("field");
        const QString from = u"ali@example.com"_s;
        const QString id = u"abc-123"_s;
        QTest::newRow("subject CRLF") << from << QString() << QString() << u"Hi\r\nBcc: victim@example.org"_s
                                      << QString() << id << int(TestMessage::Field::Subject);
        QTest::newRow("subject LF") << from << QString() << QString() << u"Hi\nBcc: x@y.z"_s << QString() << id
                                    << int(TestMessage::Field::Subject);
        QTest::newRow("subject CR") << from << QString() << QString() << u"Hi\rthere"_s << QString() << id
                                    << int(TestMessage::Field::Subject);
        QTest::newRow("subject NUL") << from << QString() << QString() << u"Hi"_s + QChar(0) + u"x"_s
                                     << QString() << id << int(TestMessage::Field::Subject);
        QTest::newRow("name LF") << from << u"Ali\nTo: x@y.z"_s << QString() << QString() << QString() << id
                                 << int(TestMessage::Field::FromName);
        QTest::newRow("from CRLF") << u"ali@example.com\r\nRCPT TO:<x@y.z>"_s << QString() << QString()
                                   << QString() << QString() << id << int(TestMessage::Field::From);
        QTest::newRow("to LF") << from << QString() << u"veli@example.org\n"_s << QString() << QString() << id
                               << int(TestMessage::Field::To);
        QTest::newRow("to NUL") << from << QString() << u"veli@exam"_s + QChar(0) + u"ple.org"_s
                                << QString() << QString() << id << int(TestMessage::Field::To);
        QTest::newRow("body NUL") << from << QString() << QString() << QString() << u"a"_s + QChar(0) << id
                                  << int(TestMessage::Field::Body);
        QTest::newRow("body bare CR") << from << QString() << QString() << QString() << u"a\rb"_s << id
                                      << int(TestMessage::Field::Body);
        QTest::newRow("test id CRLF") << from << QString() << QString() << QString() << QString()
                                      << u"x\r\nBcc: y"_s << int(TestMessage::Field::TestId);
        QTest::newRow("test id angle") << from << QString() << QString() << QString() << QString() << u"x>y"_s
                                       << int(TestMessage::Field::TestId);
    }

    void injectionRejected()
    {
        QFETCH(QString, from);
        QFETCH(QString, fromName);
        QFETCH(QString, to);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QString, testId);
        QFETCH(int, field);
        TestMessage message;
        message.setFrom(from, fromName);
        message.setTo(to);
        message.setSubject(subject);
        message.setBodyText(body);
        message.setTestId(testId);
        const TestMessage::Result built = message.build();
        QVERIFY(!built.ok());
        QCOMPARE(built.error, TestMessage::Error::ForbiddenCharacter);
        QCOMPARE(int(built.field), field);
        QVERIFY(!built.errorString.isEmpty());
        QVERIFY(built.message.data.isEmpty());
        QVERIFY(built.message.data8bit.isEmpty());
        QVERIFY(built.message.envelopeFrom.isEmpty());
        QVERIFY(built.message.recipients.isEmpty());
    }

    void invalidAddressesRejected()
    {
        TestMessage message;
        message.setFrom(u"not-an-address"_s);
        TestMessage::Result built = message.build();
        QCOMPARE(built.error, TestMessage::Error::InvalidSender);
        QCOMPARE(built.field, TestMessage::Field::From);
        QVERIFY(built.errorString.contains("not-an-address"_L1));

        message.setFrom(u"ali@example.com"_s);
        message.setTo(u"veli@@example.com"_s);
        built = message.build();
        QCOMPARE(built.error, TestMessage::Error::InvalidRecipient);
        QCOMPARE(built.field, TestMessage::Field::To);

        message.setFrom(QString());
        built = message.build();
        QCOMPARE(built.error, TestMessage::Error::InvalidSender);
    }

    void testIdPresent()
    {
        TestMessage message;
        message.setFrom(u"ali@Example.COM.tr"_s, u"Ali"_s);
        const QString id = message.testId();
        QVERIFY(!id.isEmpty());
        const TestMessage::Result built = message.build();
        QVERIFY(built.ok());
        for (const QByteArray &data : {built.message.data, built.message.data8bit}) {
            const MessageParsing::Parsed parsed = MessageParsing::parse(data);
            QCOMPARE(parsed.field("X-Postaci-Test-Id"), id.toLatin1());
            QCOMPARE(parsed.field("Message-ID"), "<" + id.toLatin1() + "@example.com.tr>");
        }
        const MessageParsing::Parsed parsed = MessageParsing::parse(built.message.data);
        const QString body = QString::fromUtf8(decodeQuotedPrintable(parsed.body));
        QVERIFY2(body.contains(id), qPrintable(body));
        QVERIFY(QString::fromUtf8(MessageParsing::parse(built.message.data8bit).body).contains(id));
    }

    void testIdsAreUnique()
    {
        QSet<QString> ids;
        for (int i = 0; i < 200; ++i)
            ids.insert(TestMessage().testId());
        QCOMPARE(ids.size(), 200);
    }

    void requiredFields()
    {
        TestMessage message;
        message.setFrom(u"ali@example.com.tr"_s);
        const QDateTime date(QDate(2026, 11, 27), QTime(14, 5, 9), QTimeZone(3 * 3600));
        message.setDate(date);
        const TestMessage::Result built = message.build();
        QVERIFY(built.ok());
        const MessageParsing::Parsed parsed = MessageParsing::parse(built.message.data);
        for (const char *name : {"Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type",
                                 "Content-Transfer-Encoding", "User-Agent", "X-Postaci-Test-Id"})
            QCOMPARE(parsed.count(name), 1);
        QCOMPARE(parsed.field("MIME-Version"), QByteArray("1.0"));
        QCOMPARE(parsed.field("Content-Type"), QByteArray("text/plain; charset=UTF-8"));
        QCOMPARE(parsed.field("Content-Transfer-Encoding"), QByteArray("quoted-printable"));
        QCOMPARE(MessageParsing::parse(built.message.data8bit).field("Content-Transfer-Encoding"), QByteArray("8bit"));
        QCOMPARE(parsed.field("User-Agent"), QByteArray("Postaci/" POSTACI_VERSION));
        QCOMPARE(parsed.field("Date"), QByteArray("27 Nov 2026 14:05:09 +0300"));
        QCOMPARE(QDateTime::fromString(QString::fromLatin1(parsed.field("Date")), Qt::RFC2822Date), date);
        // No --to: the message goes to the sender.
        QCOMPARE(parsed.field("To"), QByteArray("<ali@example.com.tr>"));
        QCOMPARE(built.message.envelopeFrom, u"ali@example.com.tr"_s);
        QCOMPARE(built.message.recipients, QStringList{u"ali@example.com.tr"_s});
        QCOMPARE(decodeWords(parsed.field("Subject")), TestMessage::defaultSubject());
        QVERIFY(!built.message.requiresSmtpUtf8);
    }

    void bodyRoundTrip_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("turkish lines") << u"Merhaba,\nbu bir deneme iletisidir: ğüşıöç İĞÜŞÖÇ.\n\nHoşça kal."_s;
        QTest::newRow("crlf input") << u"one\r\ntwo\r\n"_s;
        QTest::newRow("trailing spaces") << u"trailing space \ntrailing tab\t\nend"_s;
        QTest::newRow("equals signs") << u"a=b ==> =3D literally"_s;
        QTest::newRow("long line") << u"ş"_s.repeated(300);
        QTest::newRow("long ascii line") << QString(QLatin1Char('a')).repeated(1500);
        QTest::newRow("from line") << u"From here on\n>From there"_s;
    }

    void bodyRoundTrip()
    {
        QFETCH(QString, body);
        TestMessage message;
        message.setFrom(u"ali@example.com.tr"_s);
        message.setBodyText(body);
        const TestMessage::Result built = message.build();
        QVERIFY(built.ok());
        verifyLines(built.message.data, 998);

        QString expected = body;
        expected.replace("\r\n"_L1, "\n"_L1);
        while (expected.endsWith(QLatin1Char('\n')))
            expected.chop(1);
        expected += "\n\n"_L1 + TestMessage::tr("Test id: %1").arg(message.testId()) + QLatin1Char('\n');
        expected.replace("\n"_L1, "\r\n"_L1);

        const MessageParsing::Parsed parsed = MessageParsing::parse(built.message.data);
        // Quoted-printable: 7-bit, lines of at most 76 characters, decodes to the UTF-8 text.
        for (const QByteArray &line : parsed.body.split('\n'))
            QVERIFY2(line.size() <= 77, line.constData()); // 76 + CR
        for (const char c : parsed.body)
            QVERIFY(uchar(c) < 0x80);
        QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(parsed.body)), expected);

        bool hasLongLine = false;
        for (const QByteArray &line : expected.toUtf8().split('\n'))
            hasLongLine = hasLongLine || line.size() > 999;
        if (hasLongLine) {
            QVERIFY(built.message.data8bit.isEmpty()); // 8bit cannot carry it: QP is used
        } else {
            verifyLines(built.message.data8bit, 998);
            QCOMPARE(QString::fromUtf8(MessageParsing::parse(built.message.data8bit).body), expected);
        }
    }

    // Dot-stuffing (RFC 5321 §4.5.2) is the session's job, and BDAT (RFC 3030) must not have
    // it: the message keeps lines that start with "." exactly as they are.
    void dotLinesAreLeftForTheSession()
    {
        TestMessage message;
        message.setFrom(u"ali@example.com.tr"_s);
        message.setBodyText(u"before\n.\n..two dots\n.after"_s);
        const TestMessage::Result built = message.build();
        QVERIFY(built.ok());
        for (const QByteArray &data : {built.message.data, built.message.data8bit}) {
            QVERIFY(data.contains("\r\nbefore\r\n.\r\n..two dots\r\n.after\r\n"));
            QVERIFY(!data.contains("=2E"));
        }
    }

    void smtpUtf8Flag_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("requiresSmtpUtf8");
        QTest::addColumn<QString>("envelopeFrom");
        QTest::addColumn<QString>("recipient");
        QTest::newRow("ascii") << u"ali@example.com"_s << QString() << false << u"ali@example.com"_s
                               << u"ali@example.com"_s;
        QTest::newRow("idn domain") << u"ali@örnek.com.tr"_s << u"veli@ÇAY.tr"_s << false
                                    << u"ali@xn--rnek-4qa.com.tr"_s << u"veli@xn--ay-3ia.tr"_s;
        QTest::newRow("utf8 sender") << u"kullanıcı@örnek.com.tr"_s << u"ali@example.com"_s << true
                                     << u"kullanıcı@xn--rnek-4qa.com.tr"_s << u"ali@example.com"_s;
        QTest::newRow("utf8 recipient") << u"ali@example.com"_s << u"şükrü@example.com"_s << true
                                        << u"ali@example.com"_s << u"şükrü@example.com"_s;
    }

    void smtpUtf8Flag()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, requiresSmtpUtf8);
        QFETCH(QString, envelopeFrom);
        QFETCH(QString, recipient);
        TestMessage message;
        message.setFrom(from);
        message.setTo(to);
        const TestMessage::Result built = message.build();
        QVERIFY2(built.ok(), qPrintable(built.errorString));
        QCOMPARE(built.message.requiresSmtpUtf8, requiresSmtpUtf8);
        QCOMPARE(built.message.envelopeFrom, envelopeFrom);
        QCOMPARE(built.message.recipients, QStringList{recipient});
        const MessageParsing::Parsed parsed = MessageParsing::parse(built.message.data);
        QVERIFY(QString::fromUtf8(parsed.field("From")).contains(envelopeFrom));
    }

    void literalDomain()
    {
        TestMessage message;
        message.setFrom(u"test@[127.0.0.1]"_s);
        const TestMessage::Result built = message.build();
        QVERIFY2(built.ok(), qPrintable(built.errorString));
        QCOMPARE(MessageParsing::parse(built.message.data).field("Message-ID"),
                 "<" + message.testId().toLatin1() + "@[127.0.0.1]>");
    }
};

QTEST_GUILESS_MAIN(TestTestMessage)
#include "tst_testmessage.moc"
