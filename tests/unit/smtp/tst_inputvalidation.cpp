#include "smtp/inputvalidation.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;

class TestInputValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void settings_data();
    void settings();
    void message_data();
    void message();
    void nonAsciiAddress();
};

namespace {
SessionSettings goodSettings()
{
    SessionSettings s;
    s.host = u"mail.example.test"_s;
    s.port = 587;
    s.user = u"tester"_s;
    s.secret = u"Secret123"_s;
    return s;
}
OutgoingMessage goodMessage()
{
    OutgoingMessage m;
    m.envelopeFrom = u"a@example.test"_s;
    m.recipients = {u"b@example.test"_s};
    m.data = "Subject: x\r\n\r\nhi\r\n";
    return m;
}
} // namespace

void TestInputValidation::settings_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addRow("good") << QString() << QString() << true;
    QTest::addRow("host CRLF") << "host"
                               << "mail.example.test\r\nRSET" << false;
    QTest::addRow("host NUL") << "host" << QString(u"mail"_s + QChar(0)) << false;
    QTest::addRow("host empty") << "host"
                                << "" << false;
    QTest::addRow("host space") << "host"
                                << "mail example" << false;
    QTest::addRow("user LF") << "user"
                             << "tester\nMAIL FROM:<x>" << false;
    QTest::addRow("user NUL") << "user" << QString(u"te"_s + QChar(0) + u"ster"_s) << false;
    // Any control character: ^A splits XOAUTH2's "user=...^Aauth=..." fields (docs/security.md#injection).
    QTest::addRow("user SOH") << "user" << QString(u"tester"_s + QChar(0x01) + u"auth=Bearer x"_s) << false;
    QTest::addRow("user TAB") << "user" << QString(u"te"_s + QChar(0x09) + u"ster"_s) << false;
    QTest::addRow("user DEL") << "user" << QString(u"te"_s + QChar(0x7F) + u"ster"_s) << false;
    QTest::addRow("user C1 NEL") << "user" << QString(u"te"_s + QChar(0x85) + u"ster"_s) << false;
    QTest::addRow("user unicode ok") << "user" << QString(u"satış@şirket.com.tr"_s) << true;
    QTest::addRow("secret CR") << "secret"
                               << "pass\rword" << false;
    QTest::addRow("secret unicode ok") << "secret"
                                       << "Şifre123ğ" << true;
    QTest::addRow("ehlo CRLF") << "ehlo"
                               << "me\r\nQUIT" << false;
    QTest::addRow("ehlo space") << "ehlo"
                                << "my host" << false;
    QTest::addRow("ehlo literal ok") << "ehlo"
                                     << "[192.0.2.1]" << true;
}

void TestInputValidation::settings()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    SessionSettings s = goodSettings();
    if (field == "host"_L1)
        s.host = value;
    else if (field == "user"_L1)
        s.user = value;
    else if (field == "secret"_L1)
        s.secret = value;
    else if (field == "ehlo"_L1)
        s.ehloName = value;
    QCOMPARE(invalidSettingsReason(s).isEmpty(), valid);

    SessionSettings noCredentials = goodSettings();
    noCredentials.user.clear();
    noCredentials.secret.clear();
    noCredentials.auth = AuthMethod::Plain;
    QVERIFY(!invalidSettingsReason(noCredentials).isEmpty());
    SessionSettings badPin = goodSettings();
    badPin.pinnedSha256 = {QByteArray("short")};
    QVERIFY(!invalidSettingsReason(badPin).isEmpty());
}

void TestInputValidation::message_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addRow("good") << QString() << QString() << true;
    QTest::addRow("from CRLF") << "from"
                               << "a@example.test\r\nRCPT TO:<evil@x>" << false;
    QTest::addRow("from parameter injection") << "from"
                                              << "a@example.test> SIZE=1" << false;
    QTest::addRow("from space") << "from"
                                << "a b@example.test" << false;
    QTest::addRow("null sender ok") << "from"
                                    << "" << true;
    QTest::addRow("rcpt LF") << "rcpt"
                             << "b@example.test\nDATA" << false;
    QTest::addRow("rcpt NUL") << "rcpt" << QString(u"b@x"_s + QChar(0)) << false;
    QTest::addRow("rcpt empty") << "rcpt"
                                << "" << false;
    QTest::addRow("rcpt unicode ok") << "rcpt"
                                     << "şükrü@örnek.test" << true;
}

void TestInputValidation::message()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    OutgoingMessage m = goodMessage();
    if (field == "from"_L1)
        m.envelopeFrom = value;
    else if (field == "rcpt"_L1)
        m.recipients = {value};
    QCOMPARE(invalidMessageReason(m).isEmpty(), valid);

    OutgoingMessage noRecipient = goodMessage();
    noRecipient.recipients.clear();
    QVERIFY(!invalidMessageReason(noRecipient).isEmpty());
    OutgoingMessage nul = goodMessage();
    nul.data = QByteArray("a\0b", 3);
    QVERIFY(!invalidMessageReason(nul).isEmpty());
    OutgoingMessage longLine = goodMessage();
    longLine.data = "Subject: x\r\n\r\n" + QByteArray(998, 'a') + "\r\n";
    QVERIFY(invalidMessageReason(longLine).isEmpty());
    longLine.data8bit = "Subject: x\r\n\r\n" + QByteArray(999, 'a');
    QVERIFY(!invalidMessageReason(longLine).isEmpty());
}

void TestInputValidation::nonAsciiAddress()
{
    QVERIFY(isNonAsciiAddress(u"şükrü@example.test"_s));
    QVERIFY(isNonAsciiAddress(u"a@örnek.test"_s));
    QVERIFY(!isNonAsciiAddress(u"a@example.test"_s));
}

QTEST_GUILESS_MAIN(TestInputValidation)
#include "tst_inputvalidation.moc"
