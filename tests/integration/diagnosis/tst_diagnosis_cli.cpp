#include "aiosmtpdserver.h"
#include "clirunner.h"
#include "testcertificates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci::Test;

// postaci-cli probe carries the diagnosis: `--json` has diagnosis.id, remedies[].settings and
// remedies[].verified (checked against the real server), and the human output prints the title,
// the explanation and the remedies.
namespace {

QJsonObject remedyWith(const QJsonArray &remedies, const QJsonObject &settings)
{
    for (const QJsonValue &remedy : remedies) {
        if (remedy.toObject().value(u"settings"_s).toObject() == settings)
            return remedy.toObject();
    }
    return {};
}

} // namespace

class DiagnosisCliTest : public QObject
{
    Q_OBJECT

    AiosmtpdServer m_startTls;
    AiosmtpdServer m_implicitTls;

    QStringList probeArguments(quint16 port, const QString &security)
    {
        // runCli() puts --lang en first.
        return {u"probe"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(port),
                u"--security"_s, security, u"--ca-file"_s,
                TestCertificates::instance().caCertificatePath(), u"--timeout"_s, u"2"_s};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("POSTACI_CLI").isEmpty(), "POSTACI_CLI is not set");
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().errorString()));
        AiosmtpdServer::Options startTls;
        startTls.mode = AiosmtpdServer::Options::Mode::StartTls;
        QVERIFY2(m_startTls.start(startTls), qPrintable(m_startTls.errorString()));
        AiosmtpdServer::Options implicitTls;
        implicitTls.mode = AiosmtpdServer::Options::Mode::ImplicitTls;
        QVERIFY2(m_implicitTls.start(implicitTls), qPrintable(m_implicitTls.errorString()));
    }

    void jsonCarriesTheCheckedDiagnosis()
    {
        // SSL/TLS chosen on the STARTTLS port.
        const CliRun run = runCli(probeArguments(m_startTls.port(), u"tls"_s) << u"--json"_s);
        QVERIFY2(run.exitCode == 4, run.err.constData()); // a TLS failure
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
        QCOMPARE(json.value(u"ok"_s).toBool(true), false);
        QCOMPARE(json.value(u"error"_s).toString(), u"tls-expected-plaintext-received"_s);
        const QJsonObject diagnosis = json.value(u"diagnosis"_s).toObject();
        QCOMPARE(diagnosis.value(u"id"_s).toString(), u"tls-expected-plaintext-received"_s);
        QVERIFY(!diagnosis.value(u"title"_s).toString().isEmpty());
        QVERIFY(!diagnosis.value(u"explanation"_s).toString().isEmpty());
        const QJsonArray remedies = diagnosis.value(u"remedies"_s).toArray();
        QVERIFY2(remedies.size() >= 2, run.out.constData());
        // STARTTLS on the same port works against the real server, and comes first.
        const QJsonObject startTls{{u"security"_s, u"starttls"_s}};
        QCOMPARE(remedies.first().toObject().value(u"settings"_s).toObject(), startTls);
        QCOMPARE(remedies.first().toObject().value(u"verified"_s), QJsonValue(true));
        QVERIFY(!remedies.first().toObject().value(u"text"_s).toString().isEmpty());
        // 465/TLS: nothing serves it on this loopback.
        const QJsonObject tls465 = remedyWith(remedies, {{u"port"_s, 465}});
        QVERIFY2(!tls465.isEmpty(), run.out.constData());
        QCOMPARE(tls465.value(u"verified"_s), QJsonValue(false));
    }

    void jsonTheOtherWayRound()
    {
        // STARTTLS chosen on the implicit-TLS port.
        const CliRun run = runCli(probeArguments(m_implicitTls.port(), u"starttls"_s) << u"--json"_s);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        const QJsonObject diagnosis = json.value(u"diagnosis"_s).toObject();
        QVERIFY2(diagnosis.value(u"id"_s).toString() == "plaintext-expected-tls-received"_L1,
                 run.out.constData());
        const QJsonObject first = diagnosis.value(u"remedies"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"settings"_s).toObject(), (QJsonObject{{u"security"_s, u"tls"_s}}));
        QCOMPARE(first.value(u"verified"_s), QJsonValue(true));
    }

    void humanOutputPrintsTitleExplanationAndRemedies()
    {
        const CliRun json = runCli(probeArguments(m_startTls.port(), u"tls"_s) << u"--json"_s);
        const QJsonObject diagnosis = QJsonDocument::fromJson(json.out).object().value(u"diagnosis"_s).toObject();
        QVERIFY2(!diagnosis.isEmpty(), json.out.constData());

        const CliRun run = runCli(probeArguments(m_startTls.port(), u"tls"_s));
        QCOMPARE(run.exitCode, 4);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(diagnosis.value(u"title"_s).toString()), run.out.constData());
        QVERIFY2(out.contains(diagnosis.value(u"explanation"_s).toString()), run.out.constData());
        for (const QJsonValue &remedy : diagnosis.value(u"remedies"_s).toArray())
            QVERIFY2(out.contains(remedy.toObject().value(u"text"_s).toString()), run.out.constData());
        QVERIFY2(out.contains("[checked: this works]"_L1), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(DiagnosisCliTest)
#include "tst_diagnosis_cli.moc"
