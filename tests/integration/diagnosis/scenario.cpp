#include "scenario.h"

#include "diagnosis/remedychecker.h"
#include "smtp/smtpsession.h"
#include "testcertificates.h"
#include "timing.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Postaci::Test::Scenario {

SessionSettings settings(const QString &host, quint16 port, Security security)
{
    SessionSettings s;
    s.host = host;
    s.port = port;
    s.security = security;
    s.auth = AuthMethod::Auto;
    s.timeouts = SessionTimeouts::uniform(2000ms);
    s.timeouts.total = 10000ms;
    s.extraCaCertificates = TestCertificates::instance().caCertificates();
    s.ehloName = u"client.example.test"_s;
    return s;
}

SessionResult run(const SessionSettings &settings, const std::optional<OutgoingMessage> &message,
                  std::chrono::milliseconds wait)
{
    QPointer<SmtpSession> session = new SmtpSession(settings);
    SessionResult result;
    result.error = SessionError::Cancelled;
    bool done = false;
    QObject::connect(session, &SmtpSession::finished, session, [&](const SessionResult &finished) {
        result = finished;
        done = true;
    });
    if (message)
        session->startSend(*message);
    else
        session->startProbe();
    if (!QTest::qWaitFor([&] { return done; }, int(wait.count()))) {
        qWarning("the session did not finish within %lld ms", qlonglong(wait.count()));
        if (session) {
            QObject::disconnect(session, nullptr, nullptr, nullptr);
            session->cancel();
        }
        result = SessionResult();
        result.error = SessionError::Cancelled;
    }
    return result;
}

OutgoingMessage message(const QString &from, const QString &to)
{
    OutgoingMessage m;
    m.envelopeFrom = from;
    m.recipients = QStringList{to};
    m.data = "From: <" + from.toUtf8() + ">\r\nTo: <" + to.toUtf8()
        + ">\r\nSubject: Postaci diagnosis test\r\nMessage-ID: <diagnosis@example.test>\r\n"
          "Date: Mon, 1 Jan 2024 00:00:00 +0000\r\n\r\nHello.\r\n";
    return m;
}

Diagnosis checked(const Diagnosis &diagnosis, const SessionSettings &settings, std::chrono::milliseconds deadline)
{
    auto *checker = new RemedyChecker(diagnosis, settings);
    checker->setDeadline(deadline);
    Diagnosis result;
    int emitted = 0;
    QObject::connect(checker, &RemedyChecker::finished, checker, [&](const Diagnosis &finished) {
        result = finished;
        ++emitted;
    });
    checker->start();
    QPointer<RemedyChecker> guard = checker;
    if (!QTest::qWaitFor([&] { return emitted > 0; }, int(deadline.count()) + SlowMachineSlackMs) && guard) {
        QObject::disconnect(guard, nullptr, nullptr, nullptr);
        guard->cancel();
        qWarning("the RemedyChecker did not finish within its deadline");
        return Diagnosis();
    }
    QTest::qWait(20); // a second finished() would show up here
    if (emitted != 1)
        qWarning("RemedyChecker emitted finished() %d times", emitted);
    return emitted == 1 ? result : Diagnosis();
}

const Remedy *remedyWith(const Diagnosis &diagnosis, const SettingsChange &change)
{
    for (const Remedy &remedy : diagnosis.remedies) {
        if (remedy.settings && *remedy.settings == change)
            return &remedy;
    }
    return nullptr;
}

SettingsChange change(std::optional<quint16> port, std::optional<Security> security)
{
    SettingsChange c;
    c.port = port;
    c.security = security;
    return c;
}

SettingsChange hostChange(const QString &host, bool foreignHost)
{
    SettingsChange c;
    c.host = host;
    c.foreignHost = foreignHost;
    return c;
}

SettingsChange authChange(AuthMethod auth)
{
    SettingsChange c;
    c.auth = auth;
    return c;
}

SettingsChange userChange(const QString &user)
{
    SettingsChange c;
    c.user = user;
    return c;
}

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QByteArray describe(const Diagnosis &diagnosis, const SessionResult &result)
{
    QJsonObject json = diagnosis.toJson();
    if (result.error != SessionError::None) {
        json.insert(u"sessionError"_s, sessionErrorName(result.error));
        json.insert(u"sessionStep"_s, sessionStepName(result.step));
        json.insert(u"errorDetail"_s, result.errorDetail);
        json.insert(u"firstBytes"_s, QString::fromLatin1(result.firstBytes.left(80).toPercentEncoding(" ")));
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace Postaci::Test::Scenario
