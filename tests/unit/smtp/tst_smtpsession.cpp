// SmtpSession against the scripted server, without TLS: every reply, EHLO, AUTH and transaction
// behaviour of the checklist that a real server cannot be made to show, and the hostile cases
// that end before a TLS handshake (H1–H4, H10–H13). TLS cases are in tst_smtpsessiontls.

#include "smtp/smtpsession.h"

#include "scriptedsmtpserver.h"
#include "sessionrunner.h"
#include "timing.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;
using namespace std::chrono_literals;

namespace {

enum class MessageKind { Default, EightBit, Utf8Recipient };

const QString greet = u"S: 220 mx.example.test ESMTP ready"_s;
const QString ehlo = u"C: EHLO \\[127\\.0\\.0\\.1\\]$"_s;

QStringList ehloReply(const QStringList &keywords)
{
    QStringList lines;
    if (keywords.isEmpty())
        return {u"S: 250 mx.example.test"_s};
    lines.append(u"S: 250-mx.example.test greets [127.0.0.1]"_s);
    for (qsizetype i = 0; i < keywords.size(); ++i)
        lines.append((i + 1 == keywords.size() ? u"S: 250 "_s : u"S: 250-"_s)
                     + keywords.at(i));
    return lines;
}

// greeting + EHLO with these keywords
QStringList opening(const QStringList &keywords)
{
    return QStringList{greet, ehlo} + ehloReply(keywords);
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QString plainBlob()
{
    return QRegularExpression::escape(b64('\0' + testUser().toUtf8() + '\0' + testPassword().toUtf8()));
}

QString rawHex(const QByteArray &bytes)
{
    return u"RAW: "_s + QString::fromLatin1(bytes.toHex());
}

int expectedClientLines(const QStringList &script)
{
    int count = 0;
    for (const QString &line : script) {
        if (line.startsWith("C:"_L1))
            ++count;
    }
    return count;
}

OutgoingMessage messageOf(MessageKind kind)
{
    OutgoingMessage message = testMessage();
    switch (kind) {
    case MessageKind::Default:
        break;
    case MessageKind::EightBit:
        message.data8bit = "Subject: =?UTF-8?Q?G=C3=BCle?=\r\n\r\nG\xc3\xbcle g\xc3\xbcle\r\n";
        break;
    case MessageKind::Utf8Recipient:
        message.recipients = {u"şükrü@örnek.test"_s};
        message.requiresSmtpUtf8 = true;
        break;
    }
    return message;
}

} // namespace

class TestSmtpSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conversation_data();
    void conversation();

    void waitsForTheGreeting();
    void pipelinedCommandsLeaveInOneFlight();
    void noPipeliningWhenNotAdvertised();
    void chunkingSendsTheBodyWithTheCommands();
    void dataIsDotStuffedWithCrlf();
    void doesNotWaitForTheQuitReply();
    void roundTrips_data();
    void roundTrips();
    void cancelIsPromptAndFinishesOnce();
    void cancelFromASlot_data();
    void cancelFromASlot();
    void silentServerEndsWithinTheTimeout();
    void totalDeadlineEndsASlowSession();
    void transcriptNeverShowsThePassword_data();
    void transcriptNeverShowsThePassword();
    void resultNeverHoldsThePassword();
    void serverTextIsEscapedInTheTranscript();
    void ehloName();
    void invalidInputNeverConnects_data();
    void invalidInputNeverConnects();
    void connectionRefused();
    void connectTimeout();
    void hostNotFound();
    void stepsAndTimings();
    void firstBytesAreKept();
};

void TestSmtpSession::conversation_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<int>("security");
    QTest::addColumn<bool>("credentials");
    QTest::addColumn<bool>("allowPlaintextAuth");
    QTest::addColumn<int>("auth");
    QTest::addColumn<bool>("send");
    QTest::addColumn<int>("message");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("credentialsMayTravel");

    const int none = int(Security::None);
    const int starttls = int(Security::StartTls);
    const int autoAuth = int(AuthMethod::Auto);
    const int plainMsg = int(MessageKind::Default);
    const QString quit = u"C: QUIT"_s;

    // A probe or send, no AUTH, no TLS: only the script and the expected outcome vary.
    auto row = [&](const char *name, const QStringList &script, SessionError error, SessionStep step,
                   int security = int(Security::None)) {
        QTest::addRow("%s", name) << script << security << false << false << autoAuth << false << plainMsg << int(error)
                                  << int(step) << false;
    };
    auto sendRow = [&](const char *name, const QStringList &script, SessionError error, SessionStep step,
                       MessageKind kind = MessageKind::Default) {
        QTest::addRow("%s", name) << script << none << false << false << autoAuth << true << int(kind) << int(error)
                                  << int(step) << false;
    };
    // Credentials, no TLS, plaintext AUTH allowed: what AUTH replies mean.
    auto authRow = [&](const char *name, const QStringList &script, SessionError error, SessionStep step,
                       AuthMethod auth = AuthMethod::Auto) {
        QTest::addRow("%s", name) << script << none << true << true << int(auth) << false << plainMsg << int(error)
                                  << int(step) << true;
    };
    // Credentials given, and they must never reach the wire.
    auto guardedRow = [&](const char *name, const QStringList &script, SessionError error, SessionStep step,
                          int security, bool allowPlaintext = false, AuthMethod auth = AuthMethod::Auto) {
        QTest::addRow("%s", name) << script << security << true << allowPlaintext << int(auth) << false << plainMsg
                                  << int(error) << int(step) << false;
    };

    // ---- greeting and replies (docs/smtp-behaviours.md#1–9)
    row("probe without credentials", opening({"SIZE 1000", "8BITMIME"}) << quit, SessionError::None, SessionStep::Done);
    row("multi-line greeting",
        QStringList{"S: 220-mx.example.test ESMTP", "S: 220-no UCE", "S: 220 ready", ehlo} + ehloReply({}) << quit,
        SessionError::None, SessionStep::Done);
    row("bare LF from the server", QStringList{rawHex("220 mx ready\n"), ehlo, rawHex("250-mx\n250 SIZE\n"), quit},
        SessionError::None, SessionStep::Done);
    row("bare code replies", QStringList{"S: 220", ehlo, "S: 250"} << quit, SessionError::None, SessionStep::Done);
    row("greeting 421", {"S: 421 4.3.2 Service not available"}, SessionError::ServerBusy, SessionStep::Greeting);
    row("greeting 554", {"S: 554 5.7.1 Your address is listed", quit}, SessionError::ConnectionRejected,
        SessionStep::Greeting);
    // docs/smtp-behaviours.md#4: an unknown code is read by its first digit.
    row("greeting 250 read by its first digit", QStringList{"S: 250 hello", ehlo} + ehloReply({}) << quit,
        SessionError::None, SessionStep::Done);
    row("imap server", {"S: * OK [CAPABILITY IMAP4rev1] Dovecot ready."}, SessionError::NotSmtp, SessionStep::Greeting);
    row("pop3 server", {"S: +OK POP3 ready"}, SessionError::NotSmtp, SessionStep::Greeting);
    row("http server", {"S: HTTP/1.1 400 Bad Request"}, SessionError::NotSmtp, SessionStep::Greeting);
    row("ssh server", {"S: SSH-2.0-OpenSSH_9.2p1"}, SessionError::NotSmtp, SessionStep::Greeting);
    row("garbage greeting", {"S: hello there"}, SessionError::NotSmtp, SessionStep::Greeting);
    row("greeting 22X (H10)", {"S: 22X hello"}, SessionError::NotSmtp, SessionStep::Greeting);
    row("greeting 699 (H10)", {"S: 699 hello"}, SessionError::ProtocolViolation, SessionStep::Greeting);
    row("tls record on a plaintext port (H8)", {rawHex(QByteArray::fromHex("160303004a020000460303"))},
        SessionError::PlaintextExpectedTlsReceived, SessionStep::Greeting, starttls);
    row("unsolicited reply after the greeting", {greet, "S: 250 I talk out of turn"}, SessionError::ProtocolViolation,
        SessionStep::Ehlo);
    row("421 answers EHLO (behaviour 7)", {greet, ehlo, "S: 421 4.7.0 closing"}, SessionError::ServerBusy,
        SessionStep::Ehlo);
    row("451 answers EHLO", {greet, ehlo, "S: 451 4.3.0 later", quit}, SessionError::ServerBusy, SessionStep::Ehlo);

    // ---- malformed replies (docs/smtp-behaviours.md#5, H10)
    row("oversized line", {greet, ehlo, u"S: 250-"_s + QString(70000, QLatin1Char('a'))},
        SessionError::ProtocolViolation, SessionStep::Ehlo);
    {
        QStringList endless{greet, ehlo};
        for (int i = 0; i < 700; ++i)
            endless.append(u"S: 250-X-FILLER-%1 never ends"_s.arg(i));
        row("endless multi-line reply", endless, SessionError::ProtocolViolation, SessionStep::Ehlo);
    }
    row("NUL in a reply", {greet, ehlo, rawHex(QByteArray("250-mx\r\n250 SI\0ZE\r\n", 19))},
        SessionError::ProtocolViolation, SessionStep::Ehlo);
    row("code 699", {greet, ehlo, "S: 699 what"}, SessionError::ProtocolViolation, SessionStep::Ehlo);
    row("code 100", {greet, ehlo, "S: 100 what"}, SessionError::ProtocolViolation, SessionStep::Ehlo);
    row("code 22X", {greet, ehlo, "S: 22X what"}, SessionError::ProtocolViolation, SessionStep::Ehlo);
    row("mixed codes in one reply", {greet, ehlo, "S: 250-mx", "S: 251 SIZE"}, SessionError::ProtocolViolation,
        SessionStep::Ehlo);

    // ---- EHLO and HELO (docs/smtp-behaviours.md#10, H3)
    row("EHLO rejected, HELO allowed without TLS or AUTH",
        {greet, ehlo, "S: 500 5.5.1 Command unrecognized", "C: HELO \\[127\\.0\\.0\\.1\\]$", "S: 250 mx.example.test",
         quit},
        SessionError::None, SessionStep::Done);
    row("H3 EHLO rejected while STARTTLS is required: no HELO",
        {greet, ehlo, "S: 500 5.5.1 Command unrecognized", quit}, SessionError::StartTlsNotOffered, SessionStep::Ehlo,
        starttls);
    guardedRow("H3 EHLO rejected while AUTH is wanted: no HELO",
               {greet, ehlo, "S: 500 5.5.1 Command unrecognized", quit}, SessionError::AuthNotOffered,
               SessionStep::Ehlo, none, true);

    // ---- STARTTLS refusals (docs/smtp-behaviours.md#12, H1, H2, H4)
    guardedRow("H1 AUTH offered but no STARTTLS", opening({"AUTH PLAIN LOGIN", "SIZE 1000"}) << quit,
               SessionError::StartTlsNotOffered, SessionStep::StartTls, starttls);
    guardedRow("H1 STARTTLS only in the greeting text",
               QStringList{"S: 220 mx STARTTLS ESMTP", ehlo} + ehloReply({"AUTH PLAIN"}) << quit,
               SessionError::StartTlsNotOffered, SessionStep::StartTls, starttls);
    for (const char *answer : {"502 5.5.1 not implemented", "454 4.7.0 TLS not available", "354 go ahead",
                               "221 2.0.0 bye", "421 4.3.2 shutting down", "500 5.5.2 syntax error",
                               "501 5.5.4 syntax error in parameters", "530 5.7.0 must authenticate"}) {
        const QByteArray name = "H2 STARTTLS answered " + QByteArray(answer).left(3);
        guardedRow(name.constData(),
                   opening({"AUTH PLAIN", "STARTTLS"})
                           << "C: STARTTLS$" << u"S: "_s + QLatin1String(answer),
                   SessionError::StartTlsRefused, SessionStep::StartTls, starttls);
    }
    guardedRow("H4 capabilities injected after 220",
               opening({"STARTTLS"}) << "C: STARTTLS$"
                                     << "S: 220 2.0.0 Ready to start TLS"
                                     << "S: 250-mx.example.test"
                                     << "S: 250 AUTH LOGIN",
               SessionError::StartTlsInjection, SessionStep::StartTls, starttls);
    guardedRow("H4 235 injected after 220",
               opening({"STARTTLS"}) << "C: STARTTLS$"
                                     << "S: 220 2.0.0 Ready to start TLS"
                                     << "S: 235 2.7.0 Authentication successful",
               SessionError::StartTlsInjection, SessionStep::StartTls, starttls);
    guardedRow("H4 250 OK injected after 220",
               opening({"STARTTLS"}) << "C: STARTTLS$"
                                     << "S: 220 2.0.0 Ready to start TLS"
                                     << "S: 250 2.0.0 OK",
               SessionError::StartTlsInjection, SessionStep::StartTls, starttls);
    guardedRow("H4 partial line injected after 220",
               opening({"STARTTLS"}) << "C: STARTTLS$" << rawHex("220 2.0.0 Ready to start TLS\r\n250"),
               SessionError::StartTlsInjection, SessionStep::StartTls, starttls);

    // ---- AUTH (docs/smtp-behaviours.md#18–21)
    // Without TLS, "auto" prefers CRAM-MD5 when offered; these rows offer it only where used.
    const QStringList authOpening = opening({"AUTH LOGIN PLAIN"});
    const QStringList cramOpening = opening({"AUTH LOGIN PLAIN CRAM-MD5"});
    const QString authPlain = u"C: AUTH PLAIN "_s + plainBlob() + QLatin1Char('$');
    authRow("auth plain accepted", authOpening + QStringList{authPlain, "S: 235 2.7.0 Authentication successful", quit},
            SessionError::None, SessionStep::Done);
    authRow("auth login accepted",
            authOpening
                    + QStringList{"C: AUTH LOGIN$", "S: 334 VXNlcm5hbWU6",
                                  u"C: "_s + b64(testUser().toUtf8()) + QLatin1Char('$'),
                                  "S: 334 UGFzc3dvcmQ6",
                                  u"C: "_s + b64(testPassword().toUtf8()) + QLatin1Char('$'),
                                  "S: 235 2.7.0 ok", quit},
            SessionError::None, SessionStep::Done, AuthMethod::Login);
    authRow("auth login with odd challenges",
            authOpening
                    + QStringList{"C: AUTH LOGIN$", "S: 334 Kullanıcı adı:",
                                  u"C: "_s + b64(testUser().toUtf8()) + QLatin1Char('$'), "S: 334 ",
                                  u"C: "_s + b64(testPassword().toUtf8()) + QLatin1Char('$'), "S: 235 ok",
                                  quit},
            SessionError::None, SessionStep::Done, AuthMethod::Login);
    {
        const QByteArray challenge = "<1896.697170952@mx.example.test>";
        const QByteArray digest
                = QMessageAuthenticationCode::hash(challenge, testPassword().toUtf8(), QCryptographicHash::Md5).toHex();
        authRow("auth cram-md5 accepted",
                cramOpening
                        + QStringList{"C: AUTH CRAM-MD5$", u"S: 334 "_s + b64(challenge),
                                      u"C: "_s
                                              + QRegularExpression::escape(b64(testUser().toUtf8() + ' ' + digest))
                                              + QLatin1Char('$'),
                                      "S: 235 ok", quit},
                SessionError::None, SessionStep::Done, AuthMethod::CramMd5);
    }
    authRow("legacy AUTH= line",
            opening({"AUTH=LOGIN"})
                    + QStringList{"C: AUTH LOGIN$", "S: 334 VXNlcm5hbWU6", "C: .+", "S: 334 UGFzc3dvcmQ6", "C: .+",
                                  "S: 235 ok", quit},
            SessionError::None, SessionStep::Done);
    authRow("auth xoauth2 error acknowledged with an empty line",
            opening({"AUTH XOAUTH2 PLAIN"})
                    + QStringList{"C: AUTH XOAUTH2 \\S+$",
                                  u"S: 334 "_s + b64(R"({"status":"401","schemes":"bearer"})"), "C: $",
                                  "S: 535 5.7.8 Username and Password not accepted", quit},
            SessionError::AuthFailed, SessionStep::Auth, AuthMethod::XOAuth2);
    authRow("auth 535 bad credentials",
            authOpening + QStringList{authPlain, "S: 535 5.7.8 Authentication credentials invalid", quit},
            SessionError::AuthFailed, SessionStep::Auth);
    authRow("auth 534 app password",
            authOpening
                    + QStringList{authPlain, "S: 534-5.7.9 Application-specific password required.",
                                  "S: 534 5.7.9 https://support.example/", quit},
            SessionError::AppPasswordRequired, SessionStep::Auth);
    authRow("auth 535 5.7.139 oauth",
            authOpening
                    + QStringList{authPlain,
                                  "S: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.",
                                  quit},
            SessionError::OAuthRequired, SessionStep::Auth);
    authRow("auth 454 temporary",
            authOpening + QStringList{authPlain, "S: 454 4.7.0 Temporary authentication failure", quit},
            SessionError::ServerBusy, SessionStep::Auth);
    authRow("auth 538 encryption required",
            authOpening + QStringList{authPlain, "S: 538 5.7.11 Encryption required", quit},
            SessionError::EncryptionRequired, SessionStep::Auth);
    authRow("auth 530 auth required",
            authOpening + QStringList{authPlain, "S: 530 5.7.0 Authentication required", quit},
            SessionError::AuthRequired, SessionStep::Auth);
    authRow("auth 421 closes at once", authOpening + QStringList{authPlain, "S: 421 4.3.2 bye"},
            SessionError::ServerBusy, SessionStep::Auth);
    authRow("auth exchange cancelled with *",
            cramOpening
                    + QStringList{"C: AUTH CRAM-MD5$", "S: 334 !!not base64!!", "C: \\*$",
                                  "S: 501 5.7.0 Authentication cancelled", quit},
            SessionError::ProtocolViolation, SessionStep::Auth, AuthMethod::CramMd5);
    guardedRow("plaintext AUTH refused without consent", authOpening + QStringList{quit},
               SessionError::PlaintextAuthRefused, SessionStep::Auth, none);
    guardedRow("AUTH not offered", opening({"SIZE 1000"}) << quit, SessionError::AuthNotOffered, SessionStep::Auth,
               none, true);
    authRow("auto prefers CRAM-MD5 without TLS",
            cramOpening + QStringList{"C: AUTH CRAM-MD5$", "S: 334 PDEyMzRAbXg+", "C: .+", "S: 235 ok", quit},
            SessionError::None, SessionStep::Done);
    guardedRow("requested mechanism not offered", opening({"AUTH PLAIN LOGIN"}) << quit,
               SessionError::AuthMechanismUnsupported, SessionStep::Auth, none, true, AuthMethod::CramMd5);
    guardedRow("auth none skips AUTH", authOpening + QStringList{quit}, SessionError::None, SessionStep::Done, none,
               true, AuthMethod::None);

    // ---- transaction (docs/smtp-behaviours.md#22–25)
    const QString mail = u"C: MAIL FROM:<tester@example\\.test>"_s;
    const QString rcpt = u"C: RCPT TO:<friend@example\\.test>$"_s;
    sendRow("send pipelined",
            opening({"PIPELINING", "8BITMIME"})
                    + QStringList{mail + "$", rcpt, "C: DATA$", "S: 250 2.1.0 Ok", "S: 250 2.1.5 Ok", "S: 354 go",
                                  "BODY", "S: 250 2.0.0 Ok: queued as 4ABC123", quit},
            SessionError::None, SessionStep::Done);
    sendRow("send without pipelining",
            opening({"8BITMIME"})
                    + QStringList{mail + "$", "S: 250 ok", rcpt, "S: 250 ok", "C: DATA$", "S: 354 go", "BODY",
                                  "S: 250 OK id=1qABCD-000123-Ab", quit},
            SessionError::None, SessionStep::Done);
    sendRow("send with chunking and pipelining",
            opening({"PIPELINING", "CHUNKING"})
                    + QStringList{mail + "$", rcpt, "C: BDAT \\d+ LAST$", "S: 250 ok", "S: 250 ok",
                                  "S: 250 2.0.0 OK queued as C1", quit},
            SessionError::None, SessionStep::Done);
    sendRow("send with chunking, no pipelining",
            opening({"CHUNKING"})
                    + QStringList{mail + "$", "S: 250 ok", rcpt, "S: 250 ok", "C: BDAT \\d+ LAST$", "S: 250 ok", quit},
            SessionError::None, SessionStep::Done);
    sendRow("SIZE parameter when advertised",
            opening({"SIZE 100000"})
                    + QStringList{mail + " SIZE=\\d+$", "S: 250 ok", rcpt, "S: 250 ok", "C: DATA$", "S: 354 go", "BODY",
                                  "S: 250 ok", quit},
            SessionError::None, SessionStep::Done);
    sendRow("unknown 2xx and 3xx codes read by their first digit",
            QStringList{greet, ehlo, "S: 299 mx.example.test"}
                    + QStringList{mail + "$", "S: 259 ok", rcpt, "S: 252 ok", "C: DATA$", "S: 399 go", "BODY",
                                  "S: 299 fine", quit},
            SessionError::None, SessionStep::Done);
    sendRow("message larger than SIZE", opening({"SIZE 10"}) << quit, SessionError::MessageTooLarge, SessionStep::Mail);
    sendRow("BODY=8BITMIME when offered",
            opening({"8BITMIME"})
                    + QStringList{mail + " BODY=8BITMIME$", "S: 250 ok", rcpt, "S: 250 ok", "C: DATA$", "S: 354 go",
                                  "BODY", "S: 250 ok", quit},
            SessionError::None, SessionStep::Done, MessageKind::EightBit);
    sendRow("7bit rendering without 8BITMIME",
            opening({})
                    + QStringList{mail + "$", "S: 250 ok", rcpt, "S: 250 ok", "C: DATA$", "S: 354 go", "BODY",
                                  "S: 250 ok", quit},
            SessionError::None, SessionStep::Done, MessageKind::EightBit);
    sendRow("non-ASCII address without SMTPUTF8", opening({"8BITMIME"}) << quit, SessionError::SmtpUtf8Unsupported,
            SessionStep::Mail, MessageKind::Utf8Recipient);
    sendRow("non-ASCII address with SMTPUTF8",
            opening({"SMTPUTF8"})
                    + QStringList{mail + " SMTPUTF8$", "S: 250 ok", "C: RCPT TO:<şükrü@örnek\\.test>$", "S: 250 ok",
                                  "C: DATA$", "S: 354 go", "BODY", "S: 250 ok", quit},
            SessionError::None, SessionStep::Done, MessageKind::Utf8Recipient);
    sendRow("MAIL 550 sender not owned",
            opening({}) + QStringList{mail, "S: 550 5.7.1 Sender address not owned by user", quit},
            SessionError::SenderRejected, SessionStep::Mail);
    sendRow("MAIL 553", opening({}) + QStringList{mail, "S: 553 5.1.8 Sender address rejected", quit},
            SessionError::SenderRejected, SessionStep::Mail);
    sendRow("MAIL 530", opening({}) + QStringList{mail, "S: 530 5.7.0 Authentication required", quit},
            SessionError::AuthRequired, SessionStep::Mail);
    sendRow("MAIL 451", opening({}) + QStringList{mail, "S: 451 4.3.0 try later", quit}, SessionError::ServerBusy,
            SessionStep::Mail);
    sendRow("RCPT relay denied",
            opening({})
                    + QStringList{mail, "S: 250 ok", rcpt, "S: 554 5.7.1 <friend@example.test>: Relay access denied",
                                  quit},
            SessionError::RelayDenied, SessionStep::Rcpt);
    sendRow("RCPT unknown user", opening({}) + QStringList{mail, "S: 250 ok", rcpt, "S: 550 5.1.1 User unknown", quit},
            SessionError::RecipientRejected, SessionStep::Rcpt);
    sendRow("RCPT 421 closes at once", opening({}) + QStringList{mail, "S: 250 ok", rcpt, "S: 421 4.4.2 timeout"},
            SessionError::ServerBusy, SessionStep::Rcpt);
    sendRow("pipelined RCPT rejected",
            opening({"PIPELINING"})
                    + QStringList{mail, rcpt, "C: DATA$", "S: 250 ok", "S: 550 5.1.1 User unknown",
                                  "S: 554 5.5.1 No valid recipients"},
            SessionError::RecipientRejected, SessionStep::Rcpt);
    sendRow("DATA 554",
            opening({})
                    + QStringList{mail, "S: 250 ok", rcpt, "S: 250 ok", "C: DATA$", "S: 554 5.5.1 No valid recipients",
                                  quit},
            SessionError::MessageRejected, SessionStep::Data);
    sendRow("DATA answered 250",
            opening({}) + QStringList{mail, "S: 250 ok", rcpt, "S: 250 ok", "C: DATA$", "S: 250 what", quit},
            SessionError::ProtocolViolation, SessionStep::Data);
    sendRow("end of data 552",
            opening({})
                    + QStringList{mail, "S: 250 ok", rcpt, "S: 250 ok", "C: DATA$", "S: 354 go", "BODY",
                                  "S: 552 5.3.4 Message too big", quit},
            SessionError::MessageTooLarge, SessionStep::Data);
    sendRow("end of data 554 spam",
            opening({})
                    + QStringList{mail, "S: 250 ok", rcpt, "S: 250 ok", "C: DATA$", "S: 354 go", "BODY",
                                  "S: 550 5.7.1 Message rejected as spam", quit},
            SessionError::MessageRejected, SessionStep::Data);
    sendRow("BDAT 552",
            opening({"CHUNKING"})
                    + QStringList{mail, "S: 250 ok", rcpt, "S: 250 ok", "C: BDAT", "S: 552 5.3.4 too big", quit},
            SessionError::MessageTooLarge, SessionStep::Data);

    // ---- silence and closing in the middle of each step (H12, H13)
    row("silent after EHLO", {greet, ehlo}, SessionError::Timeout, SessionStep::Ehlo);
    sendRow("silent after the body (end-of-data timeout)",
            opening({}) + QStringList{mail, "S: 250 ok", rcpt, "S: 250 ok", "C: DATA$", "S: 354 go", "BODY"},
            SessionError::Timeout, SessionStep::Data);
    row("closed before the greeting", {"X"}, SessionError::ConnectionClosed, SessionStep::Greeting);
    row("reset before the greeting", {"ABORT"}, SessionError::ConnectionClosed, SessionStep::Greeting);
    row("closed in the middle of the greeting", {rawHex("220-mx"), "X"}, SessionError::ConnectionClosed,
        SessionStep::Greeting);
    row("closed after EHLO", {greet, ehlo, "X"}, SessionError::ConnectionClosed, SessionStep::Ehlo);
    row("closed in the middle of the EHLO reply", {greet, ehlo, "S: 250-mx.example.test", "X"},
        SessionError::ConnectionClosed, SessionStep::Ehlo);
    guardedRow("closed after STARTTLS",
               opening({"STARTTLS"}) << "C: STARTTLS$"
                                     << "X",
               SessionError::ConnectionClosed, SessionStep::StartTls, starttls);
    guardedRow("closed after 220 to STARTTLS",
               opening({"STARTTLS"}) << "C: STARTTLS$"
                                     << "S: 220 go ahead"
                                     << "X",
               SessionError::ConnectionClosed, SessionStep::Tls, starttls);
    authRow("closed during AUTH", authOpening + QStringList{authPlain, "X"}, SessionError::ConnectionClosed,
            SessionStep::Auth);
    authRow("closed during LOGIN", authOpening + QStringList{"C: AUTH LOGIN$", "S: 334 VXNlcm5hbWU6", "C: .+", "X"},
            SessionError::ConnectionClosed, SessionStep::Auth, AuthMethod::Login);
    sendRow("closed after MAIL", opening({}) + QStringList{mail, "X"}, SessionError::ConnectionClosed,
            SessionStep::Mail);
    sendRow("closed after RCPT", opening({}) + QStringList{mail, "S: 250 ok", rcpt, "X"},
            SessionError::ConnectionClosed, SessionStep::Rcpt);
    sendRow("closed after DATA", opening({}) + QStringList{mail, "S: 250 ok", rcpt, "S: 250 ok", "C: DATA$", "X"},
            SessionError::ConnectionClosed, SessionStep::Data);
    sendRow("closed after 354",
            opening({}) + QStringList{mail, "S: 250 ok", rcpt, "S: 250 ok", "C: DATA$", "S: 354 go", "X"},
            SessionError::ConnectionClosed, SessionStep::Data);
    sendRow("closed after the body",
            opening({}) + QStringList{mail, "S: 250 ok", rcpt, "S: 250 ok", "C: DATA$", "S: 354 go", "BODY", "X"},
            SessionError::ConnectionClosed, SessionStep::Data);
    sendRow("421 then close after the body",
            opening({})
                    + QStringList{mail, "S: 250 ok", rcpt, "S: 250 ok", "C: DATA$", "S: 354 go", "BODY",
                                  "S: 421 4.3.0 bye", "X"},
            SessionError::ServerBusy, SessionStep::Data);
}

void TestSmtpSession::conversation()
{
    QFETCH(QStringList, script);
    QFETCH(int, security);
    QFETCH(bool, credentials);
    QFETCH(bool, allowPlaintextAuth);
    QFETCH(int, auth);
    QFETCH(bool, send);
    QFETCH(int, message);
    QFETCH(int, error);
    QFETCH(int, step);
    QFETCH(bool, credentialsMayTravel);

    ScriptedSmtpServer server;
    server.setScript(script);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));

    SessionSettings settings = scriptedSettings(server.port(), Security(security));
    if (credentials)
        addCredentials(settings);
    settings.allowPlaintextAuth = allowPlaintextAuth;
    settings.auth = AuthMethod(auth);
    // Only a step timeout may end a silent row, not the total: out of the way (timing.h).
    settings.timeouts.total = 30s;

    const SessionRun run = send ? runSession(settings, messageOf(MessageKind(message))) : runSession(settings);
    QVERIFY2(run.finishedInTime, "the session did not finish");
    QCOMPARE(run.finishedCount, 1);
    QCOMPARE(sessionErrorName(run.result.error), sessionErrorName(SessionError(error)));
    QCOMPARE(sessionStepName(run.result.step), sessionStepName(SessionStep(step)));
    QCOMPARE(run.result.ok, SessionError(error) == SessionError::None);
    // The longest step timeout a row waits for is the end-of-data one.
    QVERIFY2(run.elapsedMs < settings.timeouts.dataEnd.count() + SlowMachineSlackMs,
             qPrintable(QString::number(run.elapsedMs)));

    // The client said exactly what the script expected, nothing more (no HELO fallback, no
    // command after an injection, no QUIT after a 421...). The server may read the client's last
    // line after the session has ended: wait for it, then give a line too many a moment to arrive.
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptCompleted() || !server.failures().isEmpty(), 10000);
    QTest::qWait(30);
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.failures().join(QLatin1Char('\n'))));
    QVERIFY2(server.scriptCompleted(), "the client did not say everything the script expected");
    QStringList said;
    for (const auto &line : server.clientLines())
        said.append(QString::fromUtf8(line.line.left(60)));
    QVERIFY2(server.clientLines().size() == expectedClientLines(script), qPrintable(said.join(" | "_L1)));

    if (!credentialsMayTravel) {
        QVERIFY(isCredentialFree(server.plaintextReceived()));
        QVERIFY(isCredentialFree(server.tlsReceived()));
    }
    if (run.result.error != SessionError::None && run.result.step != SessionStep::Resolve && !run.lines.isEmpty())
        QVERIFY(!run.result.errorDetail.isEmpty());
}

void TestSmtpSession::waitsForTheGreeting()
{
    ScriptedSmtpServer server;
    server.setScript(QStringList{"WAIT 300", greet, ehlo} + ehloReply({}) << "C: QUIT");
    QVERIFY(server.listen());
    const SessionRun run = runSession(scriptedSettings(server.port()));
    QVERIFY(run.result.ok);
    // docs/smtp-behaviours.md#9: nothing before the greeting (Exim answers "554 SMTP synchronization error").
    QCOMPARE(server.firstClientChunkServerWrites(), 1);
    // The server's WAIT (a precise timer, started when it accepted) began after the run's clock.
    QVERIFY2(run.elapsedMs >= 300, qPrintable(QString::number(run.elapsedMs)));
}

void TestSmtpSession::pipelinedCommandsLeaveInOneFlight()
{
    ScriptedSmtpServer server;
    server.setScript(opening({"PIPELINING"})
                     + QStringList{"C: MAIL", "C: RCPT", "C: RCPT", "C: DATA", "S: 250 ok", "S: 250 ok", "S: 250 ok",
                                   "S: 354 go", "BODY", "S: 250 ok queued as Q1", "C: QUIT"});
    QVERIFY(server.listen());
    OutgoingMessage message = testMessage();
    message.recipients.append(u"second@example.test"_s);
    const SessionRun run = runSession(scriptedSettings(server.port()), message);
    QVERIFY2(run.result.ok, qPrintable(run.result.errorDetail));
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptCompleted(), 10000);
    QVERIFY(server.failures().isEmpty());
    const auto lines = server.clientLines();
    QCOMPARE(lines.size(), 6);
    // RFC 2920: MAIL, both RCPTs and DATA arrive in one read.
    QCOMPARE(lines.at(1).chunk, lines.at(2).chunk);
    QCOMPARE(lines.at(1).chunk, lines.at(3).chunk);
    QCOMPARE(lines.at(1).chunk, lines.at(4).chunk);
    QVERIFY(lines.at(1).line.startsWith("MAIL"));
    QVERIFY(lines.at(4).line == "DATA");
    // QUIT ends the body's flight (RFC 2920 allows it last in a group): it arrived before the
    // server's reply to the data, in the same read as the final ".".
    QCOMPARE(lines.at(5).line, QByteArray("QUIT"));
    QCOMPARE(lines.at(5).serverWritesBefore, lines.at(4).serverWritesBefore + 1);
    bool bodyWithQuit = false;
    for (const QByteArray &chunk : server.clientChunks())
        bodyWithQuit = bodyWithQuit || chunk.endsWith("\r\n.\r\nQUIT\r\n");
    QVERIFY(bodyWithQuit);
    // Every flight the client sent was a wait, except none: EHLO, MAIL..DATA, body+QUIT.
    QSet<int> flights;
    for (const auto &line : lines)
        flights.insert(line.serverWritesBefore);
    QCOMPARE(int(flights.size()), run.result.roundTrips);
    QCOMPARE(run.result.queueId, u"Q1"_s);
    QVERIFY(run.result.extensionsUsed.contains(u"PIPELINING"_s));
}

void TestSmtpSession::noPipeliningWhenNotAdvertised()
{
    ScriptedSmtpServer server;
    server.setScript(opening({"8BITMIME"})
                     + QStringList{"C: MAIL", "S: 250 ok", "C: RCPT", "S: 250 ok", "C: RCPT", "S: 250 ok", "C: DATA",
                                   "S: 354 go", "BODY", "S: 250 ok", "C: QUIT"});
    QVERIFY(server.listen());
    OutgoingMessage message = testMessage();
    message.recipients.append(u"second@example.test"_s);
    const SessionRun run = runSession(scriptedSettings(server.port()), message);
    QVERIFY2(run.result.ok, qPrintable(run.result.errorDetail));
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptCompleted(), 10000);
    const auto lines = server.clientLines();
    QCOMPARE(lines.size(), 6);
    // Each command waited for its reply: every line came in its own read, after a server write.
    for (int i = 1; i < 5; ++i) {
        QVERIFY(lines.at(i).chunk < lines.at(i + 1).chunk);
        QVERIFY(lines.at(i).serverWritesBefore < lines.at(i + 1).serverWritesBefore);
    }
    // QUIT too waits for the reply to the data (it is not pipelined either).
    QCOMPARE(lines.at(5).line, QByteArray("QUIT"));
    QCOMPARE(server.clientChunks().last(), QByteArray("QUIT\r\n"));
    QVERIFY(!run.result.extensionsUsed.contains(u"PIPELINING"_s));
}

void TestSmtpSession::chunkingSendsTheBodyWithTheCommands()
{
    ScriptedSmtpServer server;
    server.setScript(opening({"PIPELINING", "CHUNKING"})
                     + QStringList{"C: MAIL", "C: RCPT", "C: BDAT \\d+ LAST$", "S: 250 ok", "S: 250 ok", "S: 250 ok",
                                   "C: QUIT"});
    QVERIFY(server.listen());
    OutgoingMessage message = testMessage();
    message.data = "Subject: t\n\nline one\n.starts with a dot\n";
    const SessionRun run = runSession(scriptedSettings(server.port()), message);
    QVERIFY2(run.result.ok, qPrintable(run.result.errorDetail));
    const auto lines = server.clientLines();
    QCOMPARE(lines.at(1).chunk, lines.at(3).chunk);
    // RFC 3030: the chunk is the message as is (CRLF, no dot-stuffing), its size in BDAT.
    const QByteArray expected = "Subject: t\r\n\r\nline one\r\n.starts with a dot\r\n";
    QCOMPARE(server.messageData(), expected);
    QCOMPARE(lines.at(3).line, "BDAT " + QByteArray::number(expected.size()) + " LAST");
    // RFC 3030 + 2920: the whole transaction and QUIT are one flight.
    QCOMPARE(lines.at(4).line, QByteArray("QUIT"));
    QCOMPARE(lines.at(4).chunk, lines.at(1).chunk);
    QVERIFY(run.result.extensionsUsed.contains(u"CHUNKING"_s));
}

void TestSmtpSession::dataIsDotStuffedWithCrlf()
{
    ScriptedSmtpServer server;
    server.setScript(opening({})
                     + QStringList{"C: MAIL", "S: 250 ok", "C: RCPT", "S: 250 ok", "C: DATA", "S: 354 go", "BODY",
                                   "S: 250 ok", "C: QUIT"});
    QVERIFY(server.listen());
    OutgoingMessage message = testMessage();
    message.data = "Subject: t\n\n.\n..two\nlast line without newline";
    const SessionRun run = runSession(scriptedSettings(server.port()), message);
    QVERIFY2(run.result.ok, qPrintable(run.result.errorDetail));
    QCOMPARE(server.messageData(), QByteArray("Subject: t\r\n\r\n..\r\n...two\r\nlast line without newline\r\n.\r\n"));
}

void TestSmtpSession::doesNotWaitForTheQuitReply()
{
    // The reply to QUIT would come after 30 s, and the command timeout is as long: a session that
    // waited for either would take far longer than a slow machine does (timing.h).
    ScriptedSmtpServer server;
    server.setScript(opening({}) << "C: QUIT"
                                 << "WAIT 30000"
                                 << "S: 221 bye");
    QVERIFY(server.listen());
    SessionSettings settings = scriptedSettings(server.port());
    settings.timeouts = SessionTimeouts::uniform(30s);
    const SessionRun run = runSession(settings);
    QVERIFY(run.result.ok);
    QVERIFY2(run.elapsedMs < SlowMachineSlackMs, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(sessionStepName(run.result.step), u"done"_s);
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptCompleted() || server.clientLines().size() == 2, 10000);
    QCOMPARE(server.clientLines().last().line, QByteArray("QUIT"));
}

void TestSmtpSession::roundTrips_data()
{
    QTest::addColumn<QStringList>("keywords");
    QTest::addColumn<QStringList>("transaction");
    QTest::addColumn<int>("roundTrips");
    // Greeting is not a round trip (the client sent nothing); EHLO 1; then the transaction.
    QTest::addRow("pipelining") << QStringList{"PIPELINING"}
                                << QStringList{"C: MAIL",   "C: RCPT", "C: DATA",   "S: 250 ok", "S: 250 ok",
                                               "S: 354 go", "BODY",    "S: 250 ok", "C: QUIT"}
                                << 3;
    QTest::addRow("pipelining and chunking")
            << QStringList{"PIPELINING", "CHUNKING"}
            << QStringList{"C: MAIL", "C: RCPT", "C: BDAT", "S: 250 ok", "S: 250 ok", "S: 250 ok", "C: QUIT"} << 2;
    QTest::addRow("neither") << QStringList{}
                             << QStringList{"C: MAIL",   "S: 250 ok", "C: RCPT",   "S: 250 ok", "C: DATA",
                                            "S: 354 go", "BODY",      "S: 250 ok", "C: QUIT"}
                             << 5;
}

void TestSmtpSession::roundTrips()
{
    QFETCH(QStringList, keywords);
    QFETCH(QStringList, transaction);
    QFETCH(int, roundTrips);
    ScriptedSmtpServer server;
    server.setScript(opening(keywords) + transaction);
    QVERIFY(server.listen());
    const SessionRun run = runSession(scriptedSettings(server.port()), testMessage());
    QVERIFY2(run.result.ok, qPrintable(run.result.errorDetail));
    QCOMPARE(run.result.roundTrips, roundTrips);
}

void TestSmtpSession::cancelIsPromptAndFinishesOnce()
{
    ScriptedSmtpServer server;
    server.setScript({greet, ehlo}); // then silence
    QVERIFY(server.listen());
    SessionSettings settings = scriptedSettings(server.port());
    settings.timeouts = SessionTimeouts::uniform(30s);

    auto *session = new SmtpSession(settings);
    QList<SessionResult> results;
    connect(session, &SmtpSession::finished, this, [&results](const SessionResult &result) { results.append(result); });
    QSignalSpy destroyed(session, &QObject::destroyed);
    session->startProbe();
    QTRY_COMPARE_WITH_TIMEOUT(server.clientLines().size(), 1, 10000);
    QElapsedTimer clock;
    clock.start();
    session->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 10000);
    // Prompt: far below the 30 s step timeout the session would otherwise wait for.
    QVERIFY2(clock.elapsed() < SlowMachineSlackMs, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(results.first().error, SessionError::Cancelled);
    QCOMPARE(results.first().step, SessionStep::Ehlo);
    QVERIFY(!destroyed.isEmpty() || destroyed.wait(10000));
    QTest::qWait(50);
    QCOMPARE(results.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(server.clientClosed(), 10000);
}

void TestSmtpSession::cancelFromASlot_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QByteArray>("neverSent"); // the command that step would have sent
    QTest::addRow("connect") << int(SessionStep::Connect) << QByteArray("EHLO");
    QTest::addRow("greeting") << int(SessionStep::Greeting) << QByteArray("EHLO");
    QTest::addRow("ehlo") << int(SessionStep::Ehlo) << QByteArray("EHLO");
    QTest::addRow("auth") << int(SessionStep::Auth) << QByteArray("AUTH");
    QTest::addRow("mail") << int(SessionStep::Mail) << QByteArray("MAIL");
    QTest::addRow("rcpt") << int(SessionStep::Rcpt) << QByteArray("RCPT");
    QTest::addRow("data") << int(SessionStep::Data) << QByteArray("DATA");
    QTest::addRow("quit") << int(SessionStep::Quit) << QByteArray("QUIT");
}

void TestSmtpSession::cancelFromASlot()
{
    // A slot connected to stepChanged() may cancel: the session stops where it is, sends
    // nothing more, and finishes once.
    QFETCH(int, step);
    QFETCH(QByteArray, neverSent);
    ScriptedSmtpServer server;
    server.setScript(opening({"AUTH PLAIN"})
                     + QStringList{"C: AUTH", "S: 235 ok", "C: MAIL", "S: 250 ok", "C: RCPT", "S: 250 ok", "C: DATA",
                                   "S: 354 go", "BODY", "S: 250 ok", "C: QUIT"});
    QVERIFY(server.listen());
    SessionSettings settings = scriptedSettings(server.port());
    addCredentials(settings);
    settings.allowPlaintextAuth = true;

    auto *session = new SmtpSession(settings);
    QList<SessionResult> results;
    connect(session, &SmtpSession::stepChanged, this, [session, step](SessionStep current) {
        if (int(current) == step)
            session->cancel();
    });
    connect(session, &SmtpSession::finished, this, [&results](const SessionResult &result) { results.append(result); });
    QSignalSpy destroyed(session, &QObject::destroyed);
    session->startSend(testMessage());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 10000);
    QVERIFY(!destroyed.isEmpty() || destroyed.wait(10000));
    QTest::qWait(50);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().error, SessionError::Cancelled);
    QCOMPARE(int(results.first().step), step);
    for (const auto &line : server.clientLines())
        QVERIFY2(!line.line.startsWith(neverSent), line.line.constData());
}

void TestSmtpSession::silentServerEndsWithinTheTimeout()
{
    // H12: accepts, then says nothing. After the greeting timeout the session asks whether the
    // server expects TLS (it does not answer that either), bounded by the TLS timeout.
    ScriptedSmtpServer server;
    server.setScript({});
    QVERIFY(server.listen());
    SessionSettings settings = scriptedSettings(server.port(), Security::StartTls);
    addCredentials(settings);
    settings.timeouts.greeting = 600ms;
    settings.timeouts.tlsHandshake = 600ms;
    settings.timeouts.total = 30s; // only the step timeouts may end it (timing.h)
    const SessionRun run = runSession(settings);
    QCOMPARE(run.result.error, SessionError::Timeout);
    QCOMPARE(run.result.step, SessionStep::Greeting);
    // The greeting timer starts after the run's clock and never fires early.
    QVERIFY2(run.elapsedMs >= 600 && run.elapsedMs < 600 + 600 + SlowMachineSlackMs,
             qPrintable(QString::number(run.elapsedMs)));
    QVERIFY(isCredentialFree(server.plaintextReceived()));

    // H12: a server that trickles its greeting a byte at a time never gets past the timeout. The
    // greeting (200 bytes, one every 100 ms) would take 20 s to arrive; the timeout is 2 s, long
    // enough for its first bytes even on a slow machine.
    ScriptedSmtpServer trickler;
    trickler.setTrickleInterval(100);
    const QString trickled
            = u"TRICKLE: 220 mx.example.test ESMTP ready"_s + QString(170, QLatin1Char('.'));
    trickler.setScript({trickled});
    QVERIFY(trickler.listen());
    settings.port = trickler.port();
    settings.timeouts.greeting = 2000ms;
    const SessionRun slow = runSession(settings);
    QCOMPARE(slow.result.error, SessionError::Timeout);
    QCOMPARE(slow.result.step, SessionStep::Greeting);
    QVERIFY2(slow.elapsedMs >= 2000 && slow.elapsedMs < 2000 + SlowMachineSlackMs,
             qPrintable(QString::number(slow.elapsedMs)));
    QVERIFY(slow.result.firstBytes.startsWith("220"));
    QVERIFY(trickler.clientLines().isEmpty());
}

void TestSmtpSession::totalDeadlineEndsASlowSession()
{
    ScriptedSmtpServer server;
    server.setScript({greet, ehlo});
    QVERIFY(server.listen());
    SessionSettings settings = scriptedSettings(server.port());
    settings.timeouts = SessionTimeouts::uniform(10s);
    settings.timeouts.total = 500ms;
    const SessionRun run = runSession(settings);
    QCOMPARE(run.result.error, SessionError::Timeout);
    QCOMPARE(run.result.step, SessionStep::Ehlo);
    // The total, not the 10 s step timeout.
    QVERIFY2(run.elapsedMs < 500 + SlowMachineSlackMs, qPrintable(QString::number(run.elapsedMs)));
    QVERIFY(run.result.errorDetail.contains(u"500 ms"_s));
}

void TestSmtpSession::transcriptNeverShowsThePassword_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<QStringList>("exchange");
    const QString quit = u"C: QUIT"_s;
    QTest::addRow("plain") << int(AuthMethod::Plain) << QStringList{"C: AUTH PLAIN", "S: 235 ok", quit};
    QTest::addRow("login") << int(AuthMethod::Login)
                           << QStringList{"C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6", "C: .+", "S: 334 UGFzc3dvcmQ6",
                                          "C: .+",         "S: 235 ok",           quit};
    QTest::addRow("cram-md5") << int(AuthMethod::CramMd5)
                              << QStringList{"C: AUTH CRAM-MD5", "S: 334 PDEyMzRAbXg+", "C: .+", "S: 235 ok", quit};
    QTest::addRow("xoauth2") << int(AuthMethod::XOAuth2)
                             << QStringList{"C: AUTH XOAUTH2", "S: 334 e30=", "C: ", "S: 535 no", quit};
    QTest::addRow("server echoes the password")
            << int(AuthMethod::Plain)
            << QStringList{"C: AUTH PLAIN",
                           u"S: 535 5.7.8 password "_s + testPassword() + u" is wrong ("_s
                                   + b64(testPassword().toUtf8()) + ')',
                           quit};
}

void TestSmtpSession::transcriptNeverShowsThePassword()
{
    QFETCH(int, auth);
    QFETCH(QStringList, exchange);
    ScriptedSmtpServer server;
    server.setScript(opening({"AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2"}) + exchange);
    QVERIFY(server.listen());
    SessionSettings settings = scriptedSettings(server.port());
    addCredentials(settings);
    settings.allowPlaintextAuth = true;
    settings.auth = AuthMethod(auth);
    const SessionRun run = runSession(settings);
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptCompleted(), 10000);
    QVERIFY(server.failures().isEmpty());
    QVERIFY(!server.plaintextReceived().isEmpty());

    const QString transcript = run.transcriptText();
    for (const QByteArray &form : credentialForms().mid(0, 3))
        QVERIFY2(!transcript.contains(QString::fromLatin1(form)), qPrintable(transcript));
    QVERIFY(!transcript.contains(b64(testUser().toUtf8())));
    QVERIFY(transcript.contains(u"<redacted>"_s));
    // The result's transcript is the same as the signalled one.
    QCOMPARE(run.result.transcript.size(), run.lines.size());
    const QString expectedAuthLine = auth == int(AuthMethod::Plain)     ? u"AUTH PLAIN <redacted>"_s
                                     : auth == int(AuthMethod::XOAuth2) ? u"AUTH XOAUTH2 <redacted>"_s
                                                                        : QString();
    if (!expectedAuthLine.isEmpty())
        QVERIFY(transcript.contains(expectedAuthLine));
}

void TestSmtpSession::resultNeverHoldsThePassword()
{
    // docs/security.md#redaction: a server that echoes the password in its 535 must not put it
    // in the result either — the last reply and the detail become the CLI's JSON.
    ScriptedSmtpServer server;
    server.setScript(opening({"AUTH PLAIN"})
                     + QStringList{"C: AUTH PLAIN",
                                   u"S: 535-5.7.8 password "_s + testPassword() + u" is wrong"_s,
                                   u"S: 535 5.7.8 ("_s + b64(testPassword().toUtf8()) + ')', "C: QUIT"});
    QVERIFY(server.listen());
    SessionSettings settings = scriptedSettings(server.port());
    addCredentials(settings);
    settings.allowPlaintextAuth = true;
    settings.auth = AuthMethod::Plain;
    const SessionRun run = runSession(settings);
    QTRY_VERIFY_WITH_TIMEOUT(server.scriptCompleted(), 10000);
    QCOMPARE(run.result.error, SessionError::AuthFailed);
    QVERIFY(run.result.lastReply);
    QCOMPARE(run.result.lastReply->code, 535);

    const QString json = QString::fromUtf8(QJsonDocument(run.result.toJson()).toJson());
    QVERIFY2(json.contains(u"<redacted>"_s), qPrintable(json));
    const QString kept = json + run.result.lastReply->rawLines.join(u'\n') + run.result.errorDetail
                         + QString::fromUtf8(run.result.firstBytes);
    for (const QByteArray &form : credentialForms().mid(0, 3))
        QVERIFY2(!kept.contains(QString::fromLatin1(form)), qPrintable(kept));
}

void TestSmtpSession::serverTextIsEscapedInTheTranscript()
{
    // H11: control and bidi characters in server text are shown escaped; the result keeps them.
    const QString evil = u"250 mx "_s + QChar(0x202E) + u"gpj.exe"_s + QChar(0x1B)
                         + u"[2J"_s;
    ScriptedSmtpServer server;
    server.setScript(QStringList{greet, ehlo, u"S: "_s + evil, "C: QUIT"});
    QVERIFY(server.listen());
    const SessionRun run = runSession(scriptedSettings(server.port()));
    QVERIFY(run.result.ok);
    const QString transcript = run.transcriptText();
    QVERIFY(!transcript.contains(QChar(0x202E)));
    QVERIFY(!transcript.contains(QChar(0x1B)));
    QVERIFY2(transcript.contains(u"250 mx \\u{202E}gpj.exe\\x1B[2J"_s), qPrintable(transcript));
    QVERIFY(run.result.lastReply);
    QVERIFY(run.result.lastReply->text().contains(QChar(0x202E)));
}

void TestSmtpSession::ehloName()
{
    ScriptedSmtpServer server;
    server.setScript(QStringList{greet, "C: EHLO client\\.example\\.test$"} + ehloReply({}) << "C: QUIT");
    QVERIFY(server.listen());
    SessionSettings settings = scriptedSettings(server.port());
    settings.ehloName = u"client.example.test"_s;
    const SessionRun run = runSession(settings);
    QVERIFY2(run.result.ok, qPrintable(server.failures().join(QLatin1Char(','))));
    // The default, the address literal of our end, is what every other test expects.
}

void TestSmtpSession::invalidInputNeverConnects_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addRow("user with CRLF") << "user"
                                    << "tester\r\nRSET";
    QTest::addRow("password with LF") << "secret"
                                      << "Sekr3t\nQUIT";
    QTest::addRow("password with NUL") << "secret"
                                       << QString(u"Sekr3t"_s + QChar(0) + u"x"_s);
    QTest::addRow("EHLO name with CRLF") << "ehlo"
                                         << "me\r\nMAIL FROM:<x>";
    QTest::addRow("sender with CRLF") << "from"
                                      << "a@example.test>\r\nRCPT TO:<evil@example.net";
    QTest::addRow("recipient with LF") << "rcpt"
                                       << "b@example.test\nDATA";
    QTest::addRow("recipient with parameters") << "rcpt"
                                               << "b@example.test> NOTIFY=NEVER";
}

void TestSmtpSession::invalidInputNeverConnects()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    ScriptedSmtpServer server;
    server.setScript(opening({}) << "C: QUIT");
    QVERIFY(server.listen());
    SessionSettings settings = scriptedSettings(server.port());
    addCredentials(settings);
    settings.allowPlaintextAuth = true;
    OutgoingMessage message = testMessage();
    if (field == "user"_L1)
        settings.user = value;
    else if (field == "secret"_L1)
        settings.secret = value;
    else if (field == "ehlo"_L1)
        settings.ehloName = value;
    else if (field == "from"_L1)
        message.envelopeFrom = value;
    else if (field == "rcpt"_L1)
        message.recipients = {value};
    const SessionRun run = runSession(settings, message);
    QCOMPARE(run.result.error, SessionError::InvalidInput);
    QCOMPARE(run.result.step, SessionStep::Resolve);
    QCOMPARE(run.finishedCount, 1);
    QTest::qWait(50);
    QCOMPARE(server.connectionCount(), 0);
}

void TestSmtpSession::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    const SessionRun run = runSession(scriptedSettings(port));
    QCOMPARE(run.result.error, SessionError::ConnectionRefused);
    QCOMPARE(run.result.step, SessionStep::Connect);
    QVERIFY(!run.result.errorDetail.isEmpty());
}

void TestSmtpSession::connectTimeout()
{
    // A listener that never accepts, with a backlog of 0: once one connection waits in its
    // queue, Linux drops further SYNs and the next connect hangs, as behind a filtering firewall
    // (port 25 blocked by the ISP).
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    QCOMPARE(::listen(fd, 0), 0);
    socklen_t length = sizeof address;
    QCOMPARE(::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length), 0);
    const quint16 port = ntohs(address.sin_port);

    QTcpSocket filler;
    filler.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(filler.waitForConnected(10000));

    SessionSettings settings = scriptedSettings(port);
    settings.timeouts.connect = 400ms;
    const SessionRun run = runSession(settings);
    QCOMPARE(sessionErrorName(run.result.error), sessionErrorName(SessionError::ConnectTimeout));
    QCOMPARE(run.result.step, SessionStep::Connect);
    QVERIFY2(run.elapsedMs >= 400 && run.elapsedMs < 400 + SlowMachineSlackMs,
             qPrintable(QString::number(run.elapsedMs)));
}

void TestSmtpSession::hostNotFound()
{
    // A name with an empty label fails in the resolver itself, without asking a DNS server, so
    // the test does not depend on the network (a real NXDOMAIN takes the same path:
    // QAbstractSocket::HostNotFoundError).
    SessionSettings settings = scriptedSettings(25);
    settings.host = u"no-such-host..invalid"_s;
    settings.timeouts.connect = 5s;
    const SessionRun run = runSession(settings);
    QCOMPARE(sessionErrorName(run.result.error), sessionErrorName(SessionError::HostNotFound));
    QCOMPARE(run.result.step, SessionStep::Resolve);
}

void TestSmtpSession::stepsAndTimings()
{
    ScriptedSmtpServer server;
    server.setScript(opening({"AUTH PLAIN"})
                     + QStringList{"C: AUTH PLAIN", "S: 235 ok", "C: MAIL", "S: 250 ok", "C: RCPT", "S: 250 ok",
                                   "C: DATA", "S: 354 go", "BODY", "S: 250 2.0.0 Ok: queued as QID42", "C: QUIT"});
    QVERIFY(server.listen());
    SessionSettings settings = scriptedSettings(server.port());
    addCredentials(settings);
    settings.allowPlaintextAuth = true;
    const SessionRun run = runSession(settings, testMessage());
    QVERIFY2(run.result.ok, qPrintable(run.result.errorDetail));
    const QList<SessionStep> expected{
            SessionStep::Resolve, SessionStep::Connect, SessionStep::Greeting, SessionStep::Ehlo, SessionStep::Auth,
            SessionStep::Mail,    SessionStep::Rcpt,    SessionStep::Data,     SessionStep::Quit, SessionStep::Done};
    QCOMPARE(run.steps, expected);
    QList<SessionStep> timed;
    for (const auto &[timedStep, ms] : run.result.timingsMs) {
        timed.append(timedStep);
        QVERIFY(ms >= 0 && ms <= run.elapsedMs); // a part of the run, however slow the machine
    }
    QCOMPARE(timed, expected.mid(0, expected.size() - 1));
    QCOMPARE(run.result.authMechanism, u"PLAIN"_s);
    QCOMPARE(run.result.capabilities.keywords(), QStringList{"AUTH"});
    // docs/smtp-behaviours.md#8: the enhanced code of the last reply is kept.
    QVERIFY(run.result.lastReply);
    QCOMPARE(run.result.lastReply->enhanced, u"2.0.0"_s);
    QCOMPARE(run.result.queueId, u"QID42"_s);
    QCOMPARE(run.result.capabilities.authMechanisms(), QStringList{"PLAIN"});
    QVERIFY(run.result.peerAddress.startsWith(u"127.0.0.1:"_s));
    const QJsonObject json = run.result.toJson();
    QCOMPARE(json.value(u"step"_s).toString(), u"done"_s);
    QVERIFY(json.value(u"timingsMs"_s).toObject().contains(u"auth"_s));
}

void TestSmtpSession::firstBytesAreKept()
{
    ScriptedSmtpServer server;
    server.setScript({"S: * OK [CAPABILITY IMAP4rev1] Dovecot ready."});
    QVERIFY(server.listen());
    const SessionRun run = runSession(scriptedSettings(server.port()));
    QCOMPARE(run.result.error, SessionError::NotSmtp);
    QCOMPARE(run.result.firstBytes, QByteArray("* OK [CAPABILITY IMAP4rev1] Dovecot ready.\r\n"));
    QVERIFY(run.result.errorDetail.contains(u"IMAP"_s));
}

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "tst_smtpsession.moc"
