#pragma once

// Checks a delivered message by parsing it with Python's `email` package (parse_message.py):
// what a mail program shows must be exactly what the user typed.

#include "message/testmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Postaci::Test {

struct ExpectedMessage
{
    QString subject;
    QString fromName;
    QString fromAddress;
    QString toName;
    QString toAddress;
    QString testId;
    QString messageIdDomain;
};

inline QJsonObject parseDeliveredMessage(const QString &file, QString *error)
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
                 {qEnvironmentVariable("POSTACI_SOURCE_DIR") + u"/tests/integration/smtp/parse_message.py"_s, file});
    if (!python.waitForFinished(15000) || python.exitCode() != 0) {
        *error = u"parse_message.py failed: "_s + QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    const QJsonDocument document = QJsonDocument::fromJson(python.readAllStandardOutput());
    if (!document.isObject())
        *error = u"parse_message.py printed no JSON object"_s;
    return document.object();
}

// QVERIFY-style: use as `verifyDelivered(file, expected); if (QTest::currentTestFailed()) return;`
inline void verifyDelivered(const QString &file, const ExpectedMessage &expected)
{
    QString error;
    const QJsonObject parsed = parseDeliveredMessage(file, &error);
    QVERIFY2(!parsed.isEmpty(), qPrintable(error));
    QCOMPARE(parsed.value("defects"_L1).toArray(), QJsonArray());
    QCOMPARE(parsed.value("subject"_L1).toString(), expected.subject);
    QCOMPARE(parsed.value("from_name"_L1).toString(), expected.fromName);
    QCOMPARE(parsed.value("from_address"_L1).toString(), expected.fromAddress);
    QCOMPARE(parsed.value("to_name"_L1).toString(), expected.toName);
    QCOMPARE(parsed.value("to_address"_L1).toString(), expected.toAddress);
    QCOMPARE(parsed.value("test_id"_L1).toString(), expected.testId);
    QCOMPARE(parsed.value("message_id"_L1).toString(),
             u"<%1@%2>"_s.arg(expected.testId, expected.messageIdDomain));
    QVERIFY(parsed.value("user_agent"_L1).toString().startsWith("Postaci/"_L1));
    QVERIFY(parsed.value("date_ok"_L1).toBool());
    QCOMPARE(parsed.value("mime_version"_L1).toString(), u"1.0"_s);
    QCOMPARE(parsed.value("content_type"_L1).toString(), u"text/plain"_s);
    QCOMPARE(parsed.value("charset"_L1).toString(), u"utf-8"_s);
    const QString encoding = parsed.value("transfer_encoding"_L1).toString();
    QVERIFY2(encoding == "8bit"_L1 || encoding == "quoted-printable"_L1, qPrintable(encoding));
    const QString body = TestMessage::defaultBodyText() + u"\n\nTest id: "_s + expected.testId + QLatin1Char('\n');
    QCOMPARE(parsed.value("body"_L1).toString(), body);
    QVERIFY(parsed.value("max_line"_L1).toInt() <= 998);
    QVERIFY(!parsed.value("bare_lf_in_crlf"_L1).toBool());
}

} // namespace Postaci::Test
