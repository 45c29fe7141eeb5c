#include "diagnosis/keychaindiagnosis.h"

#include <QSignalSpy>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

using namespace Postaci;

// keychain-unavailable from a real keychain failure: this test runs with
// DBUS_SESSION_BUS_ADDRESS pointing at a socket that does not exist (see CMakeLists.txt), so
// every QtKeychain backend on Linux (libsecret, KWallet, both over D-Bus) fails for real.
class DiagnosisKeychainTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains("postaci-no-bus"_L1),
                 "the test must run with DBUS_SESSION_BUS_ADDRESS pointing nowhere");
    }

    void writeFailsWithKeychainUnavailable()
    {
        auto *job = new QKeychain::WritePasswordJob(u"postaci-test"_s);
        job->setKey(u"diagnosis-keychain-test"_s);
        job->setTextData(u"S3cretPassw0rd"_s);
        QSignalSpy finished(job, &QKeychain::Job::finished);
        QKeychain::Error error = QKeychain::NoError;
        QString errorString;
        connect(job, &QKeychain::Job::finished, this, [&](QKeychain::Job *done) {
            error = done->error();
            errorString = done->errorString();
        });
        job->start();
        QVERIFY(finished.wait(20000));
        QVERIFY2(error != QKeychain::NoError, "writing a password without any D-Bus session must fail");
        qInfo("keychain error %d: %s", int(error), qPrintable(errorString));

        const Diagnosis diagnosis = diagnoseKeychainError(error, errorString);
        QCOMPARE(diagnosis.id, u"keychain-unavailable"_s);
        QVERIFY(!diagnosis.title.isEmpty());
        QVERIFY(!diagnosis.explanation.isEmpty());
        QVERIFY(diagnosis.remedies.size() >= 2);
        for (const Remedy &remedy : diagnosis.remedies)
            QVERIFY(!remedy.settings); // nothing a settings change could fix
        if (!errorString.isEmpty())
            QVERIFY2(diagnosis.explanation.contains(errorString.left(20)), qPrintable(diagnosis.explanation));
        const QJsonObject json = diagnosis.toJson();
        QCOMPARE(json.value(u"id"_s).toString(), u"keychain-unavailable"_s);
    }

    void readFailsWithKeychainUnavailable()
    {
        auto *job = new QKeychain::ReadPasswordJob(u"postaci-test"_s);
        job->setKey(u"diagnosis-keychain-test"_s);
        QSignalSpy finished(job, &QKeychain::Job::finished);
        QKeychain::Error error = QKeychain::NoError;
        QString errorString;
        connect(job, &QKeychain::Job::finished, this, [&](QKeychain::Job *done) {
            error = done->error();
            errorString = done->errorString();
        });
        job->start();
        QVERIFY(finished.wait(20000));
        // Not "entry not found": there is no keychain to look in at all.
        QVERIFY2(error != QKeychain::NoError && error != QKeychain::EntryNotFound, qPrintable(errorString));
        QCOMPARE(diagnoseKeychainError(error, errorString).id, u"keychain-unavailable"_s);
    }
};

QTEST_GUILESS_MAIN(DiagnosisKeychainTest)
#include "tst_diagnosis_keychain.moc"
