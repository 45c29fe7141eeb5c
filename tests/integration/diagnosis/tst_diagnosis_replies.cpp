#include "aiosmtpdserver.h"
#include "fakelistener.h"
#include "scenario.h"
#include "testcertificates.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;
using namespace Postaci::Test::Scenario;

// What the server answered: reply codes, enhanced codes, sign-in and transaction failures,
// broken replies and hang-ups. Each is a real SmtpSession against aiosmtpd or a scripted
// listener; each checks the id, the remedies' settings changes, and (for checkable remedies)
// that they are verified exactly when they work.
namespace {

const QByteArray greeting("220 mail.example.test ESMTP ready\r\n");
const QByteArray ehloPlain("250-mail.example.test\r\n250-AUTH PLAIN LOGIN\r\n250-8BITMIME\r\n250 ENHANCEDSTATUSCODES\r\n");

using Rule = FakeListener::Rule;

FakeListener::Behaviour scripted(QList<Rule> rules, const QByteArray &hello = greeting)
{
    rules.append(Rule{"QUIT", "221 2.0.0 Bye\r\n", true});
    FakeListener::Behaviour behaviour;
    behaviour.onConnect = hello;
    behaviour.rules = rules;
    return behaviour;
}

// Plaintext with an explicitly acknowledged password (the scripted listener has no TLS): the
// session reaches AUTH, and the answer decides.
SessionSettings plaintextWithPassword(quint16 port)
{
    SessionSettings s = settings(u"127.0.0.1"_s, port, Security::None);
    s.user = u"dukkan@example.test"_s;
    s.secret = u"Wrong-Passw0rd"_s;
    s.auth = AuthMethod::Plain;
    s.allowPlaintextAuth = true;
    return s;
}

const QString from = u"dukkan@example.test"_s;
const QString to = u"musteri@example.test"_s;

} // namespace

class DiagnosisRepliesTest : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        SessionResult result;
        Diagnosis diagnosis;
        Diagnosis checked;
    };

    Outcome diagnoseRun(const SessionSettings &s, const std::optional<OutgoingMessage> &m = std::nullopt,
                        const DiagnosisContext &context = {})
    {
        Outcome outcome;
        outcome.result = run(s, m);
        outcome.diagnosis = diagnose(outcome.result, s, context);
        outcome.checked = checked(outcome.diagnosis, s, 5000ms);
        return outcome;
    }

    Outcome scriptedRun(const FakeListener::Behaviour &behaviour, bool send, SessionSettings (*make)(quint16) = nullptr)
    {
        auto *listener = new FakeListener(behaviour, this);
        if (!listener->listen())
            return {};
        const SessionSettings s = make ? make(listener->port())
                                       : settings(u"127.0.0.1"_s, listener->port(), Security::None);
        return diagnoseRun(s, send ? std::optional(message(from, to)) : std::nullopt);
    }

    std::unique_ptr<AiosmtpdServer> aiosmtpd(const AiosmtpdServer::Options &options)
    {
        auto server = std::make_unique<AiosmtpdServer>();
        if (!server->start(options)) {
            qWarning("aiosmtpd did not start: %s", qPrintable(server->errorString()));
            return nullptr;
        }
        return server;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
    }

    // --- sign-in, against aiosmtpd --------------------------------------------------------------

    void authFailed()
    {
        AiosmtpdServer::Options options;
        options.mode = AiosmtpdServer::Options::Mode::StartTls;
        options.user = u"dukkan@example.test"_s;
        options.password = u"Right-Passw0rd"_s;
        auto server = aiosmtpd(options);
        QVERIFY(server);
        SessionSettings s = settings(server->host(), server->port(), Security::StartTls);
        s.user = u"dukkan"_s;
        s.secret = u"Wrong-Passw0rd"_s;
        DiagnosisContext context;
        context.emailAddress = u"dukkan@example.test"_s;
        const Outcome o = diagnoseRun(s, std::nullopt, context);
        QVERIFY2(o.diagnosis.id == "auth-failed"_L1, describe(o.diagnosis, o.result));
        QVERIFY(o.diagnosis.explanation.contains("535"_L1));
        const Remedy *user = remedyWith(o.checked, userChange(u"dukkan@example.test"_s));
        QVERIFY2(user, describe(o.checked));
        QVERIFY(!user->verified); // a user name cannot be checked without a password
    }

    // A refused password for a provider the catalog knows needs an app password (Gmail): the
    // server's 535 is real, the catalog names the provider and its help page.
    void appPasswordRequiredFromTheCatalog()
    {
        AiosmtpdServer::Options options;
        options.mode = AiosmtpdServer::Options::Mode::StartTls;
        options.user = u"dukkan@gmail.com"_s;
        options.password = u"abcdefghijklmnop"_s;
        auto server = aiosmtpd(options);
        QVERIFY(server);
        SessionSettings s = settings(server->host(), server->port(), Security::StartTls);
        s.user = options.user;
        s.secret = u"My-Normal-Passw0rd"_s;
        const DiagnosisContext context = DiagnosisContext::forAccount(options.user, u"smtp.gmail.com"_s);
        QVERIFY(context.passwordHelpUrl.isValid());
        const Outcome o = diagnoseRun(s, std::nullopt, context);
        QVERIFY2(o.diagnosis.id == "app-password-required"_L1, describe(o.diagnosis, o.result));
        QVERIFY(o.diagnosis.explanation.contains("Gmail"_L1));
        QVERIFY2(o.diagnosis.remedies.value(0).text.contains(context.passwordHelpUrl.toString()), describe(o.diagnosis));

        // The same refusal for Outlook.com, which the catalog lists as OAuth2 only.
        const DiagnosisContext outlook = DiagnosisContext::forAccount(u"dukkan@outlook.com"_s, u"smtp-mail.outlook.com"_s);
        QCOMPARE(diagnose(o.result, s, outlook).id, u"oauth-required"_s);
    }

    void authMechanismUnsupported()
    {
        AiosmtpdServer::Options options;
        options.mode = AiosmtpdServer::Options::Mode::StartTls;
        options.user = u"dukkan@example.test"_s;
        options.password = u"Right-Passw0rd"_s;
        options.authMechanisms = QStringList{u"PLAIN"_s};
        auto server = aiosmtpd(options);
        QVERIFY(server);
        SessionSettings s = settings(server->host(), server->port(), Security::StartTls);
        s.user = options.user;
        s.secret = options.password;
        s.auth = AuthMethod::CramMd5;
        const Outcome o = diagnoseRun(s);
        QVERIFY2(o.diagnosis.id == "auth-mechanism-unsupported"_L1, describe(o.diagnosis, o.result));
        QVERIFY(o.diagnosis.explanation.contains("PLAIN"_L1));
        QVERIFY(remedyWith(o.checked, authChange(AuthMethod::Auto)));
        QVERIFY(remedyWith(o.checked, authChange(AuthMethod::Plain)));
        QVERIFY(!remedyWith(o.checked, authChange(AuthMethod::Login)));

        // The remedy really fixes it: the same server with the offered mechanism signs in.
        SessionSettings fixed = remedyWith(o.checked, authChange(AuthMethod::Plain))->settings->appliedTo(s);
        QVERIFY(run(fixed).ok);
    }

    // AUTH offered only after STARTTLS; the user chose no encryption (and accepted sending the
    // password in the clear), so the server offers no sign-in at all.
    void authNotOffered()
    {
        AiosmtpdServer::Options options;
        options.mode = AiosmtpdServer::Options::Mode::StartTls;
        options.user = u"dukkan@example.test"_s;
        options.password = u"Right-Passw0rd"_s;
        auto server = aiosmtpd(options);
        QVERIFY(server);
        SessionSettings s = settings(server->host(), server->port(), Security::None);
        s.user = options.user;
        s.secret = options.password;
        s.allowPlaintextAuth = true;
        const Outcome o = diagnoseRun(s);
        QVERIFY2(o.diagnosis.id == "auth-not-offered"_L1, describe(o.diagnosis, o.result));
        QVERIFY(remedyWith(o.checked, authChange(AuthMethod::None)));
        const Remedy *startTls = remedyWith(o.checked, change(std::nullopt, Security::StartTls));
        QVERIFY2(startTls, describe(o.checked));
        QVERIFY(startTls->verified);
        QCOMPARE(o.checked.remedies.first().settings, startTls->settings);
        const Remedy *r465 = remedyWith(o.checked, change(465, Security::ImplicitTls));
        QVERIFY2(r465, describe(o.checked));
        QVERIFY(!r465->verified);
        // And the verified remedy really signs in.
        QVERIFY(run(startTls->settings->appliedTo(s)).ok);
    }

    void authRequired()
    {
        AiosmtpdServer::Options options;
        options.mode = AiosmtpdServer::Options::Mode::StartTls;
        options.authRequired = true;
        options.user = u"dukkan@example.test"_s;
        options.password = u"Right-Passw0rd"_s;
        auto server = aiosmtpd(options);
        QVERIFY(server);
        const SessionSettings s = settings(server->host(), server->port(), Security::StartTls);
        DiagnosisContext context;
        context.emailAddress = u"dukkan@example.test"_s;
        const Outcome o = diagnoseRun(s, message(from, to), context);
        QVERIFY2(o.diagnosis.id == "auth-required"_L1, describe(o.diagnosis, o.result));
        QVERIFY(remedyWith(o.checked, userChange(u"dukkan@example.test"_s)));
    }

    void encryptionRequired()
    {
        AiosmtpdServer::Options options;
        options.mode = AiosmtpdServer::Options::Mode::StartTls;
        options.requireTls = true;
        auto server = aiosmtpd(options);
        QVERIFY(server);
        const SessionSettings s = settings(server->host(), server->port(), Security::None);
        const Outcome o = diagnoseRun(s, message(from, to));
        QVERIFY2(o.diagnosis.id == "encryption-required"_L1, describe(o.diagnosis, o.result));
        const Remedy *startTls = remedyWith(o.checked, change(std::nullopt, Security::StartTls));
        QVERIFY2(startTls, describe(o.checked));
        QVERIFY(startTls->verified);
        QCOMPARE(o.checked.remedies.first().settings, startTls->settings);
        const Remedy *r465 = remedyWith(o.checked, change(465, Security::ImplicitTls));
        QVERIFY(r465 && !r465->verified);
    }

    void plaintextAuthRefused()
    {
        AiosmtpdServer::Options options;
        options.mode = AiosmtpdServer::Options::Mode::StartTls;
        options.authWithoutTls = true;
        options.user = u"dukkan@example.test"_s;
        options.password = u"Right-Passw0rd"_s;
        auto server = aiosmtpd(options);
        QVERIFY(server);
        SessionSettings s = settings(server->host(), server->port(), Security::None);
        s.user = options.user;
        s.secret = options.password;
        const Outcome o = diagnoseRun(s);
        QVERIFY2(o.diagnosis.id == "plaintext-auth-refused"_L1, describe(o.diagnosis, o.result));
        const Remedy *startTls = remedyWith(o.checked, change(std::nullopt, Security::StartTls));
        QVERIFY2(startTls && startTls->verified, describe(o.checked));
    }

    void smtputf8Unsupported()
    {
        AiosmtpdServer::Options options;
        options.mode = AiosmtpdServer::Options::Mode::Plain;
        options.smtputf8 = false;
        auto server = aiosmtpd(options);
        QVERIFY(server);
        const SessionSettings s = settings(server->host(), server->port(), Security::None);
        OutgoingMessage m = message(u"dükkan@example.test"_s, to);
        m.requiresSmtpUtf8 = true;
        const Outcome o = diagnoseRun(s, m);
        QVERIFY2(o.diagnosis.id == "smtputf8-unsupported"_L1, describe(o.diagnosis, o.result));
    }

    // A real server with a size limit (aiosmtpd's data_size_limit, announced as "SIZE 64" in
    // EHLO) refuses the test message: the diagnosis names the limit, read from the session's own
    // capabilities, not from a hand-made string.
    void messageTooLargeNamesTheServersLimit()
    {
        AiosmtpdServer::Options options;
        options.mode = AiosmtpdServer::Options::Mode::Plain;
        options.dataSizeLimit = 64;
        auto server = aiosmtpd(options);
        QVERIFY(server);
        const SessionSettings s = settings(server->host(), server->port(), Security::None);
        const Outcome o = diagnoseRun(s, message(from, to));
        QCOMPARE(o.result.capabilities.maxSize(), qint64(64));
        QVERIFY2(o.diagnosis.id == "message-too-large"_L1, describe(o.diagnosis, o.result));
        const QString limit = QLocale().formattedDataSize(64);
        QVERIFY2(o.diagnosis.explanation.contains(limit), qPrintable(o.diagnosis.explanation + u" / " + limit));
        QVERIFY(server->messageFiles().isEmpty());
    }

    // --- reply codes, from a scripted server ----------------------------------------------------

    void appPasswordRequired()
    {
        const Outcome o = scriptedRun(scripted({{"EHLO", ehloPlain},
                                                {"AUTH", "534-5.7.9 Application-specific password required. Learn more at\r\n"
                                                         "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor\r\n"}}),
                                      false, plaintextWithPassword);
        QVERIFY2(o.diagnosis.id == "app-password-required"_L1, describe(o.diagnosis, o.result));
        QVERIFY(!o.diagnosis.remedies.isEmpty());
    }

    void oauthRequired()
    {
        const Outcome o = scriptedRun(
            scripted({{"EHLO", "250-outlook.example.test\r\n250-AUTH PLAIN LOGIN XOAUTH2\r\n250 ENHANCEDSTATUSCODES\r\n"},
                      {"AUTH", "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. "
                               "[AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]\r\n"}}),
            false, plaintextWithPassword);
        QVERIFY2(o.diagnosis.id == "oauth-required"_L1, describe(o.diagnosis, o.result));
        QVERIFY(remedyWith(o.checked, authChange(AuthMethod::XOAuth2)));
    }

    void senderRejectedWithHostileText()
    {
        // The reply carries a right-to-left override and a terminal escape: shown, not obeyed.
        const QByteArray hostile = "553 5.7.1 <dukkan@example.test>: Sender address rejected: not owned by user \xe2\x80\xae"
                                   "resu\x1b[2J\r\n";
        const Outcome o = scriptedRun(scripted({{"EHLO", ehloPlain}, {"MAIL", hostile}}), true);
        QVERIFY2(o.diagnosis.id == "sender-rejected"_L1, describe(o.diagnosis, o.result));
        QVERIFY(o.diagnosis.explanation.contains("not owned by user"_L1));
        QVERIFY(!o.diagnosis.explanation.contains(QChar(0x202E)));
        QVERIFY(!o.diagnosis.explanation.contains(QChar(0x1B)));
        QVERIFY2(o.diagnosis.explanation.contains("202E"_L1), qPrintable(o.diagnosis.explanation));
    }

    void recipientRejected()
    {
        const Outcome o = scriptedRun(scripted({{"EHLO", ehloPlain},
                                                {"MAIL", "250 2.1.0 Ok\r\n"},
                                                {"RCPT", "550 5.1.1 <musteri@example.test>: Recipient address rejected: User unknown\r\n"}}),
                                      true);
        QVERIFY2(o.diagnosis.id == "recipient-rejected"_L1, describe(o.diagnosis, o.result));
    }

    void relayDenied()
    {
        const Outcome o = scriptedRun(scripted({{"EHLO", ehloPlain},
                                                {"MAIL", "250 2.1.0 Ok\r\n"},
                                                {"RCPT", "554 5.7.1 <musteri@example.test>: Relay access denied\r\n"}}),
                                      true);
        QVERIFY2(o.diagnosis.id == "relay-denied"_L1, describe(o.diagnosis, o.result));
    }

    void messageTooLarge()
    {
        const Outcome o = scriptedRun(scripted({{"EHLO", ehloPlain},
                                                {"MAIL", "250 2.1.0 Ok\r\n"},
                                                {"RCPT", "250 2.1.5 Ok\r\n"},
                                                {"DATA", "354 End data with <CR><LF>.<CR><LF>\r\n"},
                                                {".", "552 5.3.4 Message size exceeds fixed maximum message size\r\n"}}),
                                      true);
        QVERIFY2(o.diagnosis.id == "message-too-large"_L1, describe(o.diagnosis, o.result));
    }

    void messageRejected()
    {
        const Outcome o = scriptedRun(scripted({{"EHLO", ehloPlain},
                                                {"MAIL", "250 2.1.0 Ok\r\n"},
                                                {"RCPT", "250 2.1.5 Ok\r\n"},
                                                {"DATA", "354 End data with <CR><LF>.<CR><LF>\r\n"},
                                                {".", "554 5.6.0 Message rejected: content looks like spam\r\n"}}),
                                      true);
        QVERIFY2(o.diagnosis.id == "message-rejected"_L1, describe(o.diagnosis, o.result));
    }

    void serverBusy()
    {
        const Outcome o = scriptedRun(scripted({}, "421 4.7.0 mail.example.test Too many connections, try again later\r\n"), false);
        QVERIFY2(o.diagnosis.id == "server-busy"_L1, describe(o.diagnosis, o.result));
        QVERIFY(o.diagnosis.explanation.contains("421"_L1));
    }

    void connectionRejected()
    {
        const Outcome o = scriptedRun(scripted({}, "554 5.7.1 Service unavailable; client host blocked using zen.example.test\r\n"), false);
        QVERIFY2(o.diagnosis.id == "connection-rejected"_L1, describe(o.diagnosis, o.result));
        QVERIFY(o.diagnosis.explanation.contains("zen.example.test"_L1));
    }

    void starttlsRefused()
    {
        const Outcome o = scriptedRun(scripted({{"EHLO", "250-mail.example.test\r\n250 STARTTLS\r\n"},
                                                {"STARTTLS", "454 4.7.0 TLS not available due to local problem\r\n"}}),
                                      false, [](quint16 port) { return settings(u"127.0.0.1"_s, port, Security::StartTls); });
        QVERIFY2(o.diagnosis.id == "starttls-refused"_L1, describe(o.diagnosis, o.result));
        QVERIFY(o.diagnosis.explanation.contains("454"_L1));
        const Remedy *r465 = remedyWith(o.checked, change(465, Security::ImplicitTls));
        QVERIFY(r465 && !r465->verified);
    }

    void starttlsInjection()
    {
        const Outcome o = scriptedRun(scripted({{"EHLO", "250-mail.example.test\r\n250 STARTTLS\r\n"},
                                                {"STARTTLS", "220 2.0.0 Ready to start TLS\r\n250-mail.example.test\r\n250 AUTH LOGIN\r\n"}}),
                                      false, [](quint16 port) { return settings(u"127.0.0.1"_s, port, Security::StartTls); });
        QVERIFY2(o.diagnosis.id == "starttls-injection"_L1, describe(o.diagnosis, o.result));
        QVERIFY(remedyWith(o.checked, change(465, Security::ImplicitTls)));
    }

    void connectionClosedNamesTheStep()
    {
        const Outcome o = scriptedRun(scripted({{"EHLO", "", true}}), false);
        QVERIFY2(o.diagnosis.id == "connection-closed"_L1, describe(o.diagnosis, o.result));
        QCOMPARE(o.result.step, SessionStep::Ehlo);
        QVERIFY2(o.diagnosis.explanation.contains("EHLO"_L1), qPrintable(o.diagnosis.explanation));
    }

    void timeoutNamesTheStep()
    {
        // Greets, then never answers MAIL.
        const Outcome o = scriptedRun(scripted({{"EHLO", ehloPlain}}), true);
        QVERIFY2(o.diagnosis.id == "timeout"_L1, describe(o.diagnosis, o.result));
        QCOMPARE(o.result.step, SessionStep::Mail);
        QVERIFY2(o.diagnosis.explanation.contains("sender"_L1), qPrintable(o.diagnosis.explanation));
    }

    void protocolViolation()
    {
        // A multi-line reply whose lines carry different codes (docs/smtp-behaviours.md#2, #h10).
        const Outcome o = scriptedRun(scripted({{"EHLO", "250-mail.example.test\r\n251 8BITMIME\r\n"}}), false);
        QVERIFY2(o.diagnosis.id == "protocol-violation"_L1, describe(o.diagnosis, o.result));
        QCOMPARE(o.result.step, SessionStep::Ehlo);
    }

    void invalidInput()
    {
        SessionSettings s = settings(u"127.0.0.1"_s, closedPort(), Security::StartTls);
        s.user = u"dukkan\r\nMAIL FROM:<x@example.test>"_s;
        s.secret = u"Passw0rd-1"_s;
        const Outcome o = diagnoseRun(s);
        QVERIFY2(o.diagnosis.id == "invalid-input"_L1, describe(o.diagnosis, o.result));
    }
};

QTEST_GUILESS_MAIN(DiagnosisRepliesTest)
#include "tst_diagnosis_replies.moc"
