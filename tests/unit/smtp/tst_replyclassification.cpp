#include "smtp/replyclassification.h"
#include "smtp/smtpreplyparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;

namespace {
SmtpReply replyOf(const QByteArray &text)
{
    SmtpReplyParser parser;
    parser.feed(text + "\r\n");
    return parser.takeReply();
}
} // namespace

class TestReplyClassification : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifies_data();
    void classifies();
};

void TestReplyClassification::classifies_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("error");

    auto row = [](const char *name, const char *command, const char *reply, SessionError error) {
        QTest::addRow("%s", name) << QString::fromLatin1(command) << QByteArray(reply) << int(error);
    };
    row("greeting 220", "greeting", "220 ready", SessionError::None);
    row("greeting 421", "greeting", "421 4.3.2 too busy", SessionError::ServerBusy);
    row("greeting 554", "greeting", "554 5.7.1 your IP is listed", SessionError::ConnectionRejected);
    row("greeting 250 read by its first digit", "greeting", "250 hi", SessionError::None);

    row("auth 235", "auth", "235 2.7.0 Authentication successful", SessionError::None);
    row("auth 535", "auth", "535 5.7.8 Authentication credentials invalid", SessionError::AuthFailed);
    row("auth 534 app password", "auth", "534 5.7.9 Application-specific password required",
        SessionError::AppPasswordRequired);
    row("auth 535 5.7.139", "auth", "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria",
        SessionError::OAuthRequired);
    row("auth basic disabled text", "auth", "535 Authentication unsuccessful, basic authentication is disabled.",
        SessionError::OAuthRequired);
    row("auth 454", "auth", "454 4.7.0 Temporary authentication failure", SessionError::ServerBusy);
    row("auth 538", "auth", "538 5.7.11 Encryption required for requested authentication mechanism",
        SessionError::EncryptionRequired);
    row("auth 530", "auth", "530 5.7.0 Authentication required", SessionError::AuthRequired);
    row("auth 530 starttls", "auth", "530 5.7.0 Must issue a STARTTLS command first", SessionError::EncryptionRequired);
    row("auth 504", "auth", "504 5.5.4 Unrecognized authentication type", SessionError::AuthMechanismUnsupported);
    row("auth 501", "auth", "501 5.5.2 Cannot decode response", SessionError::AuthFailed);

    row("mail 250", "mail", "250 2.1.0 Ok", SessionError::None);
    row("mail 550", "mail", "550 5.7.1 Sender address rejected: not owned by user", SessionError::SenderRejected);
    row("mail 553", "mail", "553 5.7.1 Sender address rejected", SessionError::SenderRejected);
    row("mail 530", "mail", "530 5.7.0 Authentication required", SessionError::AuthRequired);
    row("mail 552", "mail", "552 5.3.4 Message size exceeds fixed limit", SessionError::MessageTooLarge);
    row("mail 451", "mail", "451 4.3.0 try later", SessionError::ServerBusy);

    row("rcpt 250", "rcpt", "250 2.1.5 Ok", SessionError::None);
    row("rcpt 251", "rcpt", "251 2.1.5 will forward", SessionError::None);
    row("rcpt relay postfix", "rcpt", "554 5.7.1 <x@y>: Relay access denied", SessionError::RelayDenied);
    row("rcpt relay exim", "rcpt", "550 relay not permitted", SessionError::RelayDenied);
    row("rcpt 5.7.1", "rcpt", "550 5.7.1 Unable to deliver", SessionError::RelayDenied);
    row("rcpt unknown user", "rcpt", "550 5.1.1 User unknown", SessionError::RecipientRejected);
    row("rcpt 551", "rcpt", "551 5.1.6 user not local", SessionError::RecipientRejected);
    row("rcpt 553", "rcpt", "553 5.1.3 bad address syntax", SessionError::RecipientRejected);
    row("rcpt 530", "rcpt", "530 5.7.0 Authentication required", SessionError::AuthRequired);
    row("rcpt 450", "rcpt", "450 4.2.0 greylisted", SessionError::ServerBusy);

    row("data 354", "data", "354 go ahead", SessionError::None);
    row("data end 250", "data", "250 2.0.0 Ok: queued as X", SessionError::None);
    row("data 554", "data", "554 5.5.1 No valid recipients", SessionError::MessageRejected);
    row("data end 552", "data", "552 5.3.4 Message too big", SessionError::MessageTooLarge);
    row("data end 5.2.3", "data", "550 5.2.3 message length exceeds limit", SessionError::MessageTooLarge);
    row("data end spam", "data", "550 5.7.1 Message rejected as spam", SessionError::MessageRejected);
    row("data end 451", "data", "451 4.7.1 try again", SessionError::ServerBusy);
}

void TestReplyClassification::classifies()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, reply);
    QFETCH(int, error);
    const SmtpReply parsed = replyOf(reply);
    SessionError actual = SessionError::None;
    if (command == "greeting"_L1)
        actual = classifyGreetingReply(parsed);
    else if (command == "auth"_L1)
        actual = classifyAuthReply(parsed);
    else if (command == "mail"_L1)
        actual = classifyMailReply(parsed);
    else if (command == "rcpt"_L1)
        actual = classifyRcptReply(parsed);
    else
        actual = classifyDataReply(parsed);
    QCOMPARE(sessionErrorName(actual), sessionErrorName(SessionError(error)));
}

QTEST_GUILESS_MAIN(TestReplyClassification)
#include "tst_replyclassification.moc"
