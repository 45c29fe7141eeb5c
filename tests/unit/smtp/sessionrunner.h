#pragma once

// Runs one SmtpSession to its end inside a test, with bounded waits, and keeps everything it
// emitted so the test can check the result, the steps and the transcript.

#include "smtp/smtpsession.h"

#include "scriptedsmtpserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace Postaci::Test {

struct SessionRun
{
    SessionResult result;
    QList<SessionStep> steps;
    QList<TranscriptLine> lines;
    int finishedCount = 0;
    qint64 elapsedMs = 0;
    bool finishedInTime = false;

    QString transcriptText() const
    {
        QStringList texts;
        for (const TranscriptLine &line : lines)
            texts.append(line.text);
        return texts.join(QLatin1Char('\n'));
    }
};

inline SessionTimeouts shortTimeouts()
{
    using namespace std::chrono_literals;
    SessionTimeouts t;
    t.connect = 1000ms;
    t.tlsHandshake = 1500ms;
    t.greeting = 1000ms;
    t.command = 1000ms;
    t.dataEnd = 1500ms;
    t.total = 6000ms;
    return t;
}

inline SessionSettings scriptedSettings(quint16 port, Security security = Security::None)
{
    SessionSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = port;
    settings.security = security;
    settings.auth = AuthMethod::Auto;
    settings.timeouts = shortTimeouts();
    return settings;
}

inline const QString &testUser()
{
    static const QString user = u"tester@example.test"_s;
    return user;
}

inline const QString &testPassword()
{
    static const QString password = u"Sekr3tPassw0rd"_s;
    return password;
}

inline void addCredentials(SessionSettings &settings)
{
    settings.user = testUser();
    settings.secret = testPassword();
}

inline OutgoingMessage testMessage()
{
    OutgoingMessage message;
    message.envelopeFrom = u"tester@example.test"_s;
    message.recipients = {u"friend@example.test"_s};
    message.data
            = "From: tester@example.test\r\nTo: friend@example.test\r\nSubject: test\r\n\r\nHello.\r\n.dot line\r\n";
    return message;
}

// Every form in which the credential could travel: the password itself, its base64, the PLAIN
// blob, the LOGIN user name in base64.
inline QList<QByteArray> credentialForms()
{
    const QByteArray user = testUser().toUtf8();
    const QByteArray password = testPassword().toUtf8();
    return {password, password.toBase64(), QByteArray('\0' + user + '\0' + password).toBase64(), user.toBase64()};
}

// True when no credential and no AUTH command appear in the bytes.
inline bool isCredentialFree(const QByteArray &bytes)
{
    if (bytes.toUpper().contains("AUTH "))
        return false;
    for (const QByteArray &form : credentialForms()) {
        if (bytes.contains(form))
            return false;
    }
    return true;
}

inline SessionRun runSession(const SessionSettings &settings,
                             const std::optional<OutgoingMessage> &message = std::nullopt, int boundMs = 8000)
{
    SessionRun run;
    auto *session = new SmtpSession(settings);
    QObject::connect(session, &SmtpSession::stepChanged, [&run](SessionStep step) { run.steps.append(step); });
    QObject::connect(session, &SmtpSession::transcriptLine,
                     [&run](const TranscriptLine &line) { run.lines.append(line); });
    QObject::connect(session, &SmtpSession::finished, [&run](const SessionResult &result) {
        run.result = result;
        ++run.finishedCount;
    });
    QSignalSpy destroyed(session, &QObject::destroyed);
    QSignalSpy finished(session, &SmtpSession::finished);
    QElapsedTimer clock;
    clock.start();
    if (message)
        session->startSend(*message);
    else
        session->startProbe();
    // An event loop, not qWaitFor(): qWaitFor sleeps 10 ms between polls, which would add up
    // on every round trip between the session and the in-process server.
    if (finished.isEmpty())
        finished.wait(boundMs);
    run.finishedInTime = run.finishedCount > 0;
    run.elapsedMs = clock.elapsed();
    if (!run.finishedInTime) {
        session->cancel();
    }
    // The session deletes itself after finished(); a second finished() would show up here.
    if (destroyed.isEmpty())
        destroyed.wait(10000);
    if (destroyed.isEmpty()) {
        QObject::disconnect(session, nullptr, nullptr, nullptr);
        delete session;
    }
    return run;
}

} // namespace Postaci::Test
