#pragma once

// Checks a delivered message by parsing it with Python's `email` package (parse_message.py):
// what a mail program shows must be exactly what the user typed.

#include "message/testmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

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
    python.start(QStringLiteral("/usr/bin/python3"),
                 {qEnvironmentVariable("POSTACI_SOURCE_DIR") + QStringLiteral("/tests/integration/smtp/parse_message.py"), file});
    if (!python.waitForFinished(15000) || python.exitCode() != 0) {
        *error = QStringLiteral("parse_message.py failed: ") + QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    const QJsonDocument document = QJsonDocument::fromJson(python.readAllStandardOutput());
    if (!document.isObject())
        *error = QStringLiteral("parse_message.py printed no JSON object");
    return document.object();
}

// QVERIFY-style: use as `verifyDelivered(file, expected); if (QTest::currentTestFailed()) return;`
inline void verifyDelivered(const QString &file, const ExpectedMessage &expected)
{
    QString error;
    const QJsonObject parsed = parseDeliveredMessage(file, &error);
    QVERIFY2(!parsed.isEmpty(), qPrintable(error));
    QCOMPARE(parsed.value(QLatin1String("defects")).toArray(), QJsonArray());
    QCOMPARE(parsed.value(QLatin1String("subject")).toString(), expected.subject);
    QCOMPARE(parsed.value(QLatin1String("from_name")).toString(), expected.fromName);
    QCOMPARE(parsed.value(QLatin1String("from_address")).toString(), expected.fromAddress);
    QCOMPARE(parsed.value(QLatin1String("to_name")).toString(), expected.toName);
    QCOMPARE(parsed.value(QLatin1String("to_address")).toString(), expected.toAddress);
    QCOMPARE(parsed.value(QLatin1String("test_id")).toString(), expected.testId);
    QCOMPARE(parsed.value(QLatin1String("message_id")).toString(),
             QStringLiteral("<%1@%2>").arg(expected.testId, expected.messageIdDomain));
    QVERIFY(parsed.value(QLatin1String("user_agent")).toString().startsWith(QLatin1String("Postaci/")));
    QVERIFY(parsed.value(QLatin1String("date_ok")).toBool());
    QCOMPARE(parsed.value(QLatin1String("mime_version")).toString(), QStringLiteral("1.0"));
    QCOMPARE(parsed.value(QLatin1String("content_type")).toString(), QStringLiteral("text/plain"));
    QCOMPARE(parsed.value(QLatin1String("charset")).toString(), QStringLiteral("utf-8"));
    const QString encoding = parsed.value(QLatin1String("transfer_encoding")).toString();
    QVERIFY2(encoding == QLatin1String("8bit") || encoding == QLatin1String("quoted-printable"), qPrintable(encoding));
    const QString body = TestMessage::defaultBodyText() + QStringLiteral("\n\nTest id: ") + expected.testId + QLatin1Char('\n');
    QCOMPARE(parsed.value(QLatin1String("body")).toString(), body);
    QVERIFY(parsed.value(QLatin1String("max_line")).toInt() <= 998);
    QVERIFY(!parsed.value(QLatin1String("bare_lf_in_crlf")).toBool());
}

} // namespace Postaci::Test
