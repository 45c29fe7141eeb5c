// The encodings under the test message: quoted-printable bodies and folded header fields.
#include "message/mimeencoding.h"

#include "messageparsing.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;

class TestMimeEncoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotedPrintable_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("hello\r\n") << QByteArray("hello\r\n");
        QTest::newRow("equals") << QByteArray("a=b\r\n") << QByteArray("a=3Db\r\n");
        QTest::newRow("utf8") << QByteArray("ı\r\n") << QByteArray("=C4=B1\r\n");
        QTest::newRow("trailing space") << QByteArray("a \r\nb\t\r\n") << QByteArray("a=20\r\nb=09\r\n");
        QTest::newRow("inner space") << QByteArray("a b\r\n") << QByteArray("a b\r\n");
        QTest::newRow("dot line kept") << QByteArray(".\r\n") << QByteArray(".\r\n");
        QTest::newRow("no final newline") << QByteArray("x") << QByteArray("x");
        QTest::newRow("76 fits") << QByteArray(76, 'a') + "\r\n" << QByteArray(76, 'a') + "\r\n";
        QTest::newRow("77 breaks") << QByteArray(77, 'a') + "\r\n" << QByteArray(75, 'a') + "=\r\naa\r\n";
        QTest::newRow("escape not split") << QByteArray(74, 'a') + "ıı\r\n" << QByteArray(74, 'a') + "=\r\n=C4=B1=C4=B1\r\n";
    }

    void quotedPrintable()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const QByteArray encoded = Mime::quotedPrintable(input);
        QCOMPARE(encoded, expected);
        QCOMPARE(MessageParsing::decodeQuotedPrintable(encoded), input);
    }

    void quotedPrintableLongText()
    {
        QByteArray input;
        for (int i = 0; i < 50; ++i)
            input += u"şğü ıİö = ç "_s.repeated(i).toUtf8() + " \r\n";
        const QByteArray encoded = Mime::quotedPrintable(input);
        for (const QByteArray &line : encoded.split('\n')) {
            QVERIFY(line.size() <= 77);
            QVERIFY(!line.endsWith(" \r") && !line.endsWith("\t\r"));
        }
        QCOMPARE(MessageParsing::decodeQuotedPrintable(encoded), input);
    }

    void encodedWordsRespectLimits()
    {
        const QString text = u"İĞÜŞÖÇ ğüşıöç 📮 "_s.repeated(10);
        for (const auto encoding : {Mime::WordEncoding::Base64, Mime::WordEncoding::QuotedPrintable, Mime::WordEncoding::Shortest}) {
            const QList<QByteArray> words = Mime::encodedWords(text, encoding, 40);
            QVERIFY(words.size() > 3);
            QVERIFY(words.first().size() <= 40);
            for (const QByteArray &word : words) {
                QVERIFY(word.size() <= 75);
                QVERIFY(!MessageParsing::decodeWords(word).contains(QChar::ReplacementCharacter));
            }
            QCOMPARE(MessageParsing::decodeWords(words.join(' ')), text);
        }
    }

    void qWordsUsePhraseCharactersOnly()
    {
        const QList<QByteArray> words = Mime::encodedWords(u"a_b=c?d \"e\" (f) <g>, h.i"_s, Mime::WordEncoding::QuotedPrintable);
        for (const QByteArray &word : words) {
            const QByteArray text = word.mid(10, word.size() - 12);
            for (const char c : text)
                QVERIFY2(QByteArrayView("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/=_").contains(c), word.constData());
        }
    }

    void foldingNeverLeavesBlankLines()
    {
        const QByteArray field = Mime::foldedField("Subject", QByteArray("word ").repeated(20).split(' ') + QList<QByteArray>{"", "", "end"});
        for (const QByteArray &line : field.split('\n')) {
            if (line.isEmpty())
                continue;
            QVERIFY2(!line.trimmed().isEmpty(), field.constData());
            QVERIFY(line.size() <= 79);
        }
    }

    void plainHeaderText()
    {
        QVERIFY(Mime::isPlainHeaderText(u"Hello world"_s));
        QVERIFY(!Mime::isPlainHeaderText(u"Merhaba dünya"_s));
        QVERIFY(!Mime::isPlainHeaderText(u"=?x?"_s));
        QVERIFY(!Mime::isPlainHeaderText(u"tab\t"_s));
        QVERIFY(!Mime::isPlainHeaderText(u" lead"_s));
    }
};

QTEST_GUILESS_MAIN(TestMimeEncoding)
#include "tst_mimeencoding.moc"
