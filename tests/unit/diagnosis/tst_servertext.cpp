#include "diagnosis/quotedtext.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;

// Server text is shown escaped: nothing in it can reorder, hide or break what the user reads
// (docs/smtp-behaviours.md#h11).
class ServerTextTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain ascii") << u"250 2.0.0 OK"_s << u"250 2.0.0 OK"_s;
        QTest::newRow("turkish letters kept") << u"Gönderen adresi reddedildi: ışİĞ"_s
                                              << u"Gönderen adresi reddedildi: ışİĞ"_s;
        QTest::newRow("emoji kept") << u"ok \U0001F600"_s << u"ok \U0001F600"_s;
        QTest::newRow("CR LF") << u"a\r\nb"_s << u"a\\x0D\\x0Ab"_s;
        QTest::newRow("tab") << u"a\tb"_s << u"a\\x09b"_s;
        QTest::newRow("NUL") << QString(u"a"_s + QChar(0) + u"b"_s) << u"a\\x00b"_s;
        QTest::newRow("ESC (terminal colours)") << u"\x1b[31mred"_s << u"\\x1B[31mred"_s;
        QTest::newRow("backspace") << u"ok\bX"_s << u"ok\\x08X"_s;
        QTest::newRow("DEL") << u"a\x7f"_s << u"a\\x7F"_s;
        QTest::newRow("C1 NEL") << QString(u"a"_s + QChar(0x85)) << u"a\\u{0085}"_s;
        QTest::newRow("RLO") << QString(u"user@"_s + QChar(0x202E) + u"moc.elpmaxe"_s)
                             << u"user@\\u{202E}moc.elpmaxe"_s;
        QTest::newRow("LRE RLE PDF LRO") << QString(QChar(0x202A) + QChar(0x202B) + QChar(0x202C) + QChar(0x202D))
                                         << u"\\u{202A}\\u{202B}\\u{202C}\\u{202D}"_s;
        QTest::newRow("isolates") << QString(QChar(0x2066) + QChar(0x2067) + QChar(0x2068) + QChar(0x2069))
                                  << u"\\u{2066}\\u{2067}\\u{2068}\\u{2069}"_s;
        QTest::newRow("marks") << QString(QChar(0x200E) + QChar(0x200F) + QChar(0x061C))
                               << u"\\u{200E}\\u{200F}\\u{061C}"_s;
        QTest::newRow("zero width and BOM") << QString(QChar(0x200B) + QChar(0xFEFF)) << u"\\u{200B}\\u{FEFF}"_s;
        QTest::newRow("line separator") << QString(u"a"_s + QChar(0x2028) + u"b"_s)
                                        << u"a\\u{2028}b"_s;
    }

    void escapes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(quoteServerText(input), expected);
    }

    void resultHasNoInterpretedCharacterLeft()
    {
        QString hostile;
        for (char32_t c = 0; c < 0x20; ++c)
            hostile += QChar(c);
        for (char32_t c : {0x7F, 0x85, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F})
            hostile += QChar(c);
        const QString shown = quoteServerText(hostile, 10000);
        for (const QChar c : shown) {
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7F, qPrintable(shown));
            QVERIFY(c.direction() != QChar::DirRLO && c.direction() != QChar::DirLRO && c.direction() != QChar::DirRLE
                    && c.direction() != QChar::DirLRE && c.direction() != QChar::DirPDF && c.direction() != QChar::DirRLI
                    && c.direction() != QChar::DirLRI && c.direction() != QChar::DirFSI && c.direction() != QChar::DirPDI);
        }
    }

    void loneSurrogateIsNotPassedOn()
    {
        const QString shown = quoteServerText(QString(u"a"_s + QChar(0xD800) + u"b"_s));
        QVERIFY(shown.startsWith(QLatin1Char('a')) && shown.endsWith(QLatin1Char('b')));
        for (qsizetype i = 0; i < shown.size(); ++i) {
            if (shown.at(i).isHighSurrogate())
                QVERIFY(i + 1 < shown.size() && shown.at(i + 1).isLowSurrogate());
            else if (shown.at(i).isLowSurrogate())
                QVERIFY(i > 0 && shown.at(i - 1).isHighSurrogate());
        }
    }

    void cutsLongTextWithEllipsis()
    {
        const QString shown = quoteServerText(QString(1000, QLatin1Char('x')), 300);
        QCOMPARE(shown.size(), 301);
        QCOMPARE(shown.back(), QChar(0x2026));
        QCOMPARE(quoteServerText(QString(300, QLatin1Char('x')), 300), QString(300, QLatin1Char('x')));
        // A character outside the BMP counts once and is never split.
        const QString emoji = u"\U0001F600\U0001F600\U0001F600"_s;
        QCOMPARE(quoteServerText(emoji, 2), u"\U0001F600\U0001F600"_s + QChar(0x2026));
    }

    void bytes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utf-8") << QByteArray("* OK IMAP4rev1 hazır\r\n") << u"* OK IMAP4rev1 hazır\\x0D\\x0A"_s;
        QTest::newRow("utf-8 RLO") << QByteArray("a\xe2\x80\xae" "b") << u"a\\u{202E}b"_s;
        QTest::newRow("not utf-8") << QByteArray("\x16\x03\x03\x00\x7a\x02\xff", 7)
                                   << u"\\x16\\x03\\x03\\x00z\\x02\\xFF"_s;
        QTest::newRow("latin-1 byte") << QByteArray("caf\xe9") << u"caf\\xE9"_s;
    }

    void bytes()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(quoteServerBytes(input), expected);
    }
};

QTEST_GUILESS_MAIN(ServerTextTest)
#include "tst_servertext.moc"
