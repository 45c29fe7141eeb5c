#include "diagnosis/quotedtext.h"

#include <QTest>

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

        QTest::newRow("plain ascii") << QStringLiteral("250 2.0.0 OK") << QStringLiteral("250 2.0.0 OK");
        QTest::newRow("turkish letters kept") << QStringLiteral("Gönderen adresi reddedildi: ışİĞ")
                                              << QStringLiteral("Gönderen adresi reddedildi: ışİĞ");
        QTest::newRow("emoji kept") << QStringLiteral("ok \U0001F600") << QStringLiteral("ok \U0001F600");
        QTest::newRow("CR LF") << QStringLiteral("a\r\nb") << QStringLiteral("a\\x0D\\x0Ab");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\x09b");
        QTest::newRow("NUL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << QStringLiteral("a\\x00b");
        QTest::newRow("ESC (terminal colours)") << QStringLiteral("\x1b[31mred") << QStringLiteral("\\x1B[31mred");
        QTest::newRow("backspace") << QStringLiteral("ok\bX") << QStringLiteral("ok\\x08X");
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("a\\x7F");
        QTest::newRow("C1 NEL") << QString(QStringLiteral("a") + QChar(0x85)) << QStringLiteral("a\\u{0085}");
        QTest::newRow("RLO") << QString(QStringLiteral("user@") + QChar(0x202E) + QStringLiteral("moc.elpmaxe"))
                             << QStringLiteral("user@\\u{202E}moc.elpmaxe");
        QTest::newRow("LRE RLE PDF LRO") << QString(QChar(0x202A) + QChar(0x202B) + QChar(0x202C) + QChar(0x202D))
                                         << QStringLiteral("\\u{202A}\\u{202B}\\u{202C}\\u{202D}");
        QTest::newRow("isolates") << QString(QChar(0x2066) + QChar(0x2067) + QChar(0x2068) + QChar(0x2069))
                                  << QStringLiteral("\\u{2066}\\u{2067}\\u{2068}\\u{2069}");
        QTest::newRow("marks") << QString(QChar(0x200E) + QChar(0x200F) + QChar(0x061C))
                               << QStringLiteral("\\u{200E}\\u{200F}\\u{061C}");
        QTest::newRow("zero width and BOM") << QString(QChar(0x200B) + QChar(0xFEFF)) << QStringLiteral("\\u{200B}\\u{FEFF}");
        QTest::newRow("line separator") << QString(QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b"))
                                        << QStringLiteral("a\\u{2028}b");
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
        const QString shown = quoteServerText(QString(QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")));
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
        const QString emoji = QStringLiteral("\U0001F600\U0001F600\U0001F600");
        QCOMPARE(quoteServerText(emoji, 2), QStringLiteral("\U0001F600\U0001F600") + QChar(0x2026));
    }

    void bytes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utf-8") << QByteArray("* OK IMAP4rev1 hazır\r\n") << QStringLiteral("* OK IMAP4rev1 hazır\\x0D\\x0A");
        QTest::newRow("utf-8 RLO") << QByteArray("a\xe2\x80\xae" "b") << QStringLiteral("a\\u{202E}b");
        QTest::newRow("not utf-8") << QByteArray("\x16\x03\x03\x00\x7a\x02\xff", 7)
                                   << QStringLiteral("\\x16\\x03\\x03\\x00z\\x02\\xFF");
        QTest::newRow("latin-1 byte") << QByteArray("caf\xe9") << QStringLiteral("caf\\xE9");
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
