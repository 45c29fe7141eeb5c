#include "aiosmtpdserver.h"
#include "clirunner.h"
#include "testcertificates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Postaci::Test;

// postaci-cli probe carries the diagnosis: `--json` has diagnosis.id, remedies[].settings and
// remedies[].verified (checked against the real server), and the human output prints the title,
// the explanation and the remedies.
namespace {

QJsonObject remedyWith(const QJsonArray &remedies, const QJsonObject &settings)
{
    for (const QJsonValue &remedy : remedies) {
        if (remedy.toObject().value(QStringLiteral("settings")).toObject() == settings)
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
        return {QStringLiteral("probe"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
                QStringLiteral("--security"), security, QStringLiteral("--ca-file"),
                TestCertificates::instance().caCertificatePath(), QStringLiteral("--timeout"), QStringLiteral("2")};
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
        const CliRun run = runCli(probeArguments(m_startTls.port(), QStringLiteral("tls")) << QStringLiteral("--json"));
        QVERIFY2(run.exitCode == 4, run.err.constData()); // a TLS failure
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("error")).toString(), QStringLiteral("tls-expected-plaintext-received"));
        const QJsonObject diagnosis = json.value(QStringLiteral("diagnosis")).toObject();
        QCOMPARE(diagnosis.value(QStringLiteral("id")).toString(), QStringLiteral("tls-expected-plaintext-received"));
        QVERIFY(!diagnosis.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!diagnosis.value(QStringLiteral("explanation")).toString().isEmpty());
        const QJsonArray remedies = diagnosis.value(QStringLiteral("remedies")).toArray();
        QVERIFY2(remedies.size() >= 2, run.out.constData());
        // STARTTLS on the same port works against the real server, and comes first.
        const QJsonObject startTls{{QStringLiteral("security"), QStringLiteral("starttls")}};
        QCOMPARE(remedies.first().toObject().value(QStringLiteral("settings")).toObject(), startTls);
        QCOMPARE(remedies.first().toObject().value(QStringLiteral("verified")), QJsonValue(true));
        QVERIFY(!remedies.first().toObject().value(QStringLiteral("text")).toString().isEmpty());
        // 465/TLS: nothing serves it on this loopback.
        const QJsonObject tls465 = remedyWith(remedies, {{QStringLiteral("port"), 465}});
        QVERIFY2(!tls465.isEmpty(), run.out.constData());
        QCOMPARE(tls465.value(QStringLiteral("verified")), QJsonValue(false));
    }

    void jsonTheOtherWayRound()
    {
        // STARTTLS chosen on the implicit-TLS port.
        const CliRun run = runCli(probeArguments(m_implicitTls.port(), QStringLiteral("starttls")) << QStringLiteral("--json"));
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        const QJsonObject diagnosis = json.value(QStringLiteral("diagnosis")).toObject();
        QVERIFY2(diagnosis.value(QStringLiteral("id")).toString() == QLatin1String("plaintext-expected-tls-received"),
                 run.out.constData());
        const QJsonObject first = diagnosis.value(QStringLiteral("remedies")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("settings")).toObject(), (QJsonObject{{QStringLiteral("security"), QStringLiteral("tls")}}));
        QCOMPARE(first.value(QStringLiteral("verified")), QJsonValue(true));
    }

    void humanOutputPrintsTitleExplanationAndRemedies()
    {
        const CliRun json = runCli(probeArguments(m_startTls.port(), QStringLiteral("tls")) << QStringLiteral("--json"));
        const QJsonObject diagnosis = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("diagnosis")).toObject();
        QVERIFY2(!diagnosis.isEmpty(), json.out.constData());

        const CliRun run = runCli(probeArguments(m_startTls.port(), QStringLiteral("tls")));
        QCOMPARE(run.exitCode, 4);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(diagnosis.value(QStringLiteral("title")).toString()), run.out.constData());
        QVERIFY2(out.contains(diagnosis.value(QStringLiteral("explanation")).toString()), run.out.constData());
        for (const QJsonValue &remedy : diagnosis.value(QStringLiteral("remedies")).toArray())
            QVERIFY2(out.contains(remedy.toObject().value(QStringLiteral("text")).toString()), run.out.constData());
        QVERIFY2(out.contains(QLatin1String("[checked: this works]")), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(DiagnosisCliTest)
#include "tst_diagnosis_cli.moc"
