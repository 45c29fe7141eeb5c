// A real round trip through QtKeychain and the Secret Service (gnome-keyring in the private D-Bus
// session that tests/support/with-keychain starts): write, read back, delete, read fails.
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Service = u"postaci-test"_s;
constexpr int WaitMs = 15000;
const char Hint[] = "run this test under tests/support/with-keychain (scripts/test does), e.g. "
                    "`tests/support/with-keychain ctest --test-dir build/dev -R tst_keychain_roundtrip`";

// Runs a job to its end (jobs are asynchronous; the Secret Service answers over D-Bus).
bool runJob(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &QKeychain::Job::finished);
    job->start();
    return finished.count() > 0 || finished.wait(WaitMs);
}

QString failure(const QKeychain::Job &job)
{
    return u"error %1: %2 (%3)"_s.arg(int(job.error())).arg(job.errorString(), QLatin1String(Hint));
}

} // namespace

class TestKeychainRoundtrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Never touch a developer's real keyring: only with-keychain's throwaway one.
        if (qEnvironmentVariable("POSTACI_TEST_KEYCHAIN") != u"1"_qs
            || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL(qPrintable(u"no test keychain session: "_s + QLatin1String(Hint)));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("ascii") << u"correct horse battery staple"_qs;
        QTest::newRow("utf-8") << u"şifre-ĞÜİ-пароль-🔑"_qs;
    }

    void roundTrip()
    {
        QFETCH(QString, password);
        const QString key = u"roundtrip-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);

        auto write = std::make_unique<QKeychain::WritePasswordJob>(Service);
        write->setKey(key);
        write->setTextData(password);
        QVERIFY2(runJob(write.get()), "WritePasswordJob did not finish");
        QVERIFY2(write->error() == QKeychain::NoError, qPrintable(failure(*write)));

        auto read = std::make_unique<QKeychain::ReadPasswordJob>(Service);
        read->setKey(key);
        QVERIFY2(runJob(read.get()), "ReadPasswordJob did not finish");
        QVERIFY2(read->error() == QKeychain::NoError, qPrintable(failure(*read)));
        QCOMPARE(read->textData(), password);

        auto remove = std::make_unique<QKeychain::DeletePasswordJob>(Service);
        remove->setKey(key);
        QVERIFY2(runJob(remove.get()), "DeletePasswordJob did not finish");
        QVERIFY2(remove->error() == QKeychain::NoError, qPrintable(failure(*remove)));

        auto readAgain = std::make_unique<QKeychain::ReadPasswordJob>(Service);
        readAgain->setKey(key);
        QVERIFY2(runJob(readAgain.get()), "ReadPasswordJob did not finish");
        QCOMPARE(readAgain->error(), QKeychain::EntryNotFound);
        QVERIFY(readAgain->textData().isEmpty());
    }

    void readMissingKey()
    {
        auto read = std::make_unique<QKeychain::ReadPasswordJob>(Service);
        read->setKey(u"never-written-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY2(runJob(read.get()), "ReadPasswordJob did not finish");
        QCOMPARE(read->error(), QKeychain::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychainRoundtrip)
#include "tst_keychain_roundtrip.moc"
