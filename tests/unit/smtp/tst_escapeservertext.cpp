#include "smtp/servertext.h"

#include <QTest>

using namespace Postaci;

class TestEscapeServerText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapes_data();
    void escapes();
};

void TestEscapeServerText::escapes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::addRow("plain") << QStringLiteral("250 ok") << QStringLiteral("250 ok");
    QTest::addRow("turkish kept") << QStringLiteral("Hoş geldiniz, İstanbul ğüşıöç")
                                  << QStringLiteral("Hoş geldiniz, İstanbul ğüşıöç");
    QTest::addRow("escape sequence") << QStringLiteral("red\x1b[31m") << QStringLiteral("red\\x1B[31m");
    QTest::addRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("a\\x0Db");
    QTest::addRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\x09b");
    QTest::addRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("a\\x7F");
    QTest::addRow("C1 control") << QString(QStringLiteral("a") + QChar(0x85)) << QStringLiteral("a\\u{0085}");
    QTest::addRow("RLO override") << QString(QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("fdp.exe"))
                                  << QStringLiteral("abc\\u{202E}fdp.exe");
    QTest::addRow("isolates and marks") << QString(QChar(0x2066) + QStringLiteral("x") + QChar(0x2069) + QChar(0x200E)
                                                   + QChar(0x200F))
                                        << QStringLiteral("\\u{2066}x\\u{2069}\\u{200E}\\u{200F}");
    QTest::addRow("zero width") << QString(QStringLiteral("pay") + QChar(0x200B) + QStringLiteral("pal"))
                                << QStringLiteral("pay\\u{200B}pal");
    QTest::addRow("emoji kept") << QString::fromUtf8("ok \xf0\x9f\x93\xae") << QString::fromUtf8("ok \xf0\x9f\x93\xae");
}

void TestEscapeServerText::escapes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(escapeServerText(input), expected);
}

QTEST_GUILESS_MAIN(TestEscapeServerText)
#include "tst_escapeservertext.moc"
