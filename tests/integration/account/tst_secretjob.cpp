// SecretJob against a real Secret Service (gnome-keyring in tests/support/with-keychain's
// private D-Bus session): write, read, overwrite, delete; one job's lifetime; the timeout when
// the keychain never answers (a child process whose session bus accepts and stays silent).
#include "accounttesting.h"
#include "timing.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;

using namespace Postaci;
using namespace Postaci::Test;

namespace {

constexpr std::chrono::milliseconds childTimeout{700};

// Child mode: write a secret with a short timeout through a bus that never answers.
int childSilentBus()
{
    int argc = 1;
    char name[] = "child";
    char *argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    SecretJob *job = SecretJob::write(Account::newId(), u"Parola123"_s);
    job->setTimeout(childTimeout);
    QObject::connect(job, &SecretJob::finished, &app, [](SecretJob *done) {
        const int code = done->error() == SecretError::TimedOut ? 0 : 10 + int(done->error());
        fprintf(stderr, "child: %s (%s)\n", qPrintable(secretErrorName(done->error())), qPrintable(done->backendMessage()));
        QCoreApplication::exit(code);
    });
    job->start();
    QTimer::singleShot(20000, &app, [] { QCoreApplication::exit(2); }); // never hang the suite
    return app.exec();
}

} // namespace

class TestSecretJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writeReadOverwriteDelete_data();
    void writeReadOverwriteDelete();
    void secretsAreKeptPerAccount();
    void readingAMissingSecretIsNotFound();
    void finishesOnceAndDeletesItself();
    void cancelIsPrompt();
    void emptyIdIsRefused();
    void silentKeychainTimesOut();
};

void TestSecretJob::initTestCase()
{
    QVERIFY2(hasTestKeychain(), keychainHint());
}

void TestSecretJob::writeReadOverwriteDelete_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("ascii") << u"Parola-123"_s << u"Baska-456"_s;
    QTest::newRow("turkish and emoji") << QString::fromUtf8("Şifre-İğü-🔑1") << QString::fromUtf8("Yeni şifre ı 2");
    QTest::newRow("spaces and quotes") << u"a \"quoted\" 'pass' 1A"_s << u"  leading spaces 9Z"_s;
}

void TestSecretJob::writeReadOverwriteDelete()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QString id = Account::newId();

    SecretOutcome written = writeSecret(id, first);
    QVERIFY2(written.finished, "write did not finish");
    QVERIFY2(written.error == SecretError::None, qPrintable(written.backendMessage));
    SecretOutcome read = readSecret(id);
    QVERIFY(read.finished);
    QVERIFY2(read.error == SecretError::None, qPrintable(read.backendMessage));
    QCOMPARE(read.secret, first);

    written = writeSecret(id, second);
    QVERIFY2(written.error == SecretError::None, qPrintable(written.backendMessage));
    read = readSecret(id);
    QCOMPARE(read.secret, second);

    const SecretOutcome deleted = deleteSecret(id);
    QVERIFY(deleted.finished);
    QVERIFY2(deleted.error == SecretError::None, qPrintable(deleted.backendMessage));
    read = readSecret(id);
    QCOMPARE(secretErrorName(read.error), secretErrorName(SecretError::NotFound));
    QVERIFY(read.secret.isEmpty());

    // Deleting what is already gone is not a failure.
    const SecretOutcome again = deleteSecret(id);
    QVERIFY(again.error == SecretError::None || again.error == SecretError::NotFound);
}

void TestSecretJob::secretsAreKeptPerAccount()
{
    const QString a = Account::newId();
    const QString b = Account::newId();
    QCOMPARE(writeSecret(a, u"Birinci-1"_s).error, SecretError::None);
    QCOMPARE(writeSecret(b, u"Ikinci-2"_s).error, SecretError::None);
    QCOMPARE(readSecret(a).secret, u"Birinci-1"_s);
    QCOMPARE(readSecret(b).secret, u"Ikinci-2"_s);
    QCOMPARE(deleteSecret(a).error, SecretError::None);
    QCOMPARE(readSecret(a).error, SecretError::NotFound);
    QCOMPARE(readSecret(b).secret, u"Ikinci-2"_s);
    QCOMPARE(deleteSecret(b).error, SecretError::None);
}

void TestSecretJob::readingAMissingSecretIsNotFound()
{
    const SecretOutcome read = readSecret(Account::newId());
    QVERIFY(read.finished);
    QCOMPARE(secretErrorName(read.error), secretErrorName(SecretError::NotFound));
    QVERIFY(!secretErrorMessage(read.error).isEmpty());
}

void TestSecretJob::finishesOnceAndDeletesItself()
{
    QPointer<SecretJob> job = SecretJob::read(Account::newId());
    QSignalSpy spy(job.data(), &SecretJob::finished);
    job->start();
    job->start(); // a second start does nothing
    QVERIFY(spy.wait(accountJobWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), 10000);
    QCOMPARE(spy.count(), 1);
}

void TestSecretJob::cancelIsPrompt()
{
    QPointer<SecretJob> job = SecretJob::read(Account::newId());
    SecretError error = SecretError::None;
    bool cancelled = false;
    connect(job.data(), &SecretJob::finished, this, [&](SecretJob *done) {
        error = done->error();
        cancelled = done->isCancelled();
    });
    QSignalSpy spy(job.data(), &SecretJob::finished);
    job->start();
    job->cancel();
    QVERIFY(spy.wait(10000)); // prompt: the job's own timeout is 120 s
    QCOMPARE(spy.count(), 1);
    QVERIFY(cancelled);
    QCOMPARE(error, SecretError::Other);
    QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), 10000);
    QTest::qWait(200); // the keychain's late answer must not reach a deleted job
}

void TestSecretJob::emptyIdIsRefused()
{
    const SecretOutcome written = writeSecret(QString(), u"Parola123"_s);
    QVERIFY(written.finished);
    QCOMPARE(written.error, SecretError::Other);
}

void TestSecretJob::silentKeychainTimesOut()
{
    // A "session bus" that accepts connections and never says a word: the D-Bus handshake
    // waits forever, so only our timeout can end the job.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QLocalServer silent;
    const QString socket = dir.filePath(u"silent-bus"_s);
    QVERIFY2(silent.listen(socket), qPrintable(silent.errorString()));

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + socket);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), {u"--child-silent-bus"_s});
    QVERIFY(child.waitForStarted(10000));
    // Keep accepting (and ignoring) while the child waits; bounded.
    QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 25000);
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0); // finished with TimedOut
    // The child's timeout, its start-up and exit: far below the child's own 20 s guard and the
    // D-Bus call timeout (25 s) it would otherwise wait for.
    QVERIFY2(timer.elapsed() < childTimeout.count() + SlowMachineSlackMs,
             qPrintable(QString::number(timer.elapsed())));
}

int main(int argc, char *argv[])
{
    if (argc >= 2 && std::strcmp(argv[1], "--child-silent-bus") == 0)
        return childSilentBus();
    QCoreApplication app(argc, argv);
    TestSecretJob test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretjob.moc"
