#include "smtp/servertext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;

class TestEscapeServerText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapes_data();
    void escapes();
    void jsonKeepsValuesButShowsNoHiddenCharacter();
};

void TestEscapeServerText::escapes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::addRow("plain") << u"250 ok"_s << u"250 ok"_s;
    QTest::addRow("turkish kept") << u"Hoş geldiniz, İstanbul ğüşıöç"_s
                                  << u"Hoş geldiniz, İstanbul ğüşıöç"_s;
    QTest::addRow("escape sequence") << u"red\x1b[31m"_s << u"red\\x1B[31m"_s;
    QTest::addRow("carriage return") << u"a\rb"_s << u"a\\x0Db"_s;
    QTest::addRow("tab") << u"a\tb"_s << u"a\\x09b"_s;
    QTest::addRow("DEL") << u"a\x7f"_s << u"a\\x7F"_s;
    QTest::addRow("C1 control") << QString(u"a"_s + QChar(0x85)) << u"a\\u{0085}"_s;
    QTest::addRow("RLO override") << QString(u"abc"_s + QChar(0x202E) + u"fdp.exe"_s)
                                  << u"abc\\u{202E}fdp.exe"_s;
    QTest::addRow("isolates and marks") << QString(QChar(0x2066) + u"x"_s + QChar(0x2069) + QChar(0x200E)
                                                   + QChar(0x200F))
                                        << u"\\u{2066}x\\u{2069}\\u{200E}\\u{200F}"_s;
    QTest::addRow("zero width") << QString(u"pay"_s + QChar(0x200B) + u"pal"_s)
                                << u"pay\\u{200B}pal"_s;
    QTest::addRow("soft hyphen") << QString(u"pay"_s + QChar(0x00AD) + u"pal"_s) << u"pay\\u{00AD}pal"_s;
    QTest::addRow("word joiner and invisible operator")
            << QString(u"a"_s + QChar(0x2060) + u"b"_s + QChar(0x2064)) << u"a\\u{2060}b\\u{2064}"_s;
    QTest::addRow("tag character") << (u"x"_s + QString::fromUcs4(U"\U000E0041", 1)) << u"x\\u{E0041}"_s;
    QTest::addRow("emoji kept") << QString::fromUtf8("ok \xf0\x9f\x93\xae") << QString::fromUtf8("ok \xf0\x9f\x93\xae");
}

void TestEscapeServerText::escapes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(escapeServerText(input), expected);
}

// --json output (every CLI verb): the values survive exactly, the text carries none of them raw.
void TestEscapeServerText::jsonKeepsValuesButShowsNoHiddenCharacter()
{
    const QString hostile = u"a\u202Eb\u200Bc\u0085d\u2028e\u00ADf"_s + QString::fromUcs4(U"\U000E0041") + u"g ş 👍"_s;
    const QJsonObject object{{u"reply"_s, hostile}, {hostile, 1}};
    const QByteArray json = terminalSafeJson(QJsonDocument(object));
    for (const char32_t c : QString::fromUtf8(json).toUcs4()) {
        const bool hidden = (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || QChar::category(c) == QChar::Other_Format;
        QVERIFY2(!hidden, json.constData());
    }
    QVERIFY2(json.contains("a\\u202eb\\u200bc\\u0085d\\u2028e\\u00adf\\udb40\\udc41g ş 👍"), json.constData());
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object(), object);
}

QTEST_GUILESS_MAIN(TestEscapeServerText)
#include "tst_escapeservertext.moc"
