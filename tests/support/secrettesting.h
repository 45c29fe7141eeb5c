#pragma once

// The real keychain in tests: write, read or delete one account's password through SecretJob
// and wait for the answer (bounded), and refuse to run outside tests/support/with-keychain.
// Header-only and on every test's include path (postaci_add_test), so tests that do not link
// postaci-testsupport can use it too.

#include "account/secretjob.h"

#include <QSignalSpy>
#include <QString>

using namespace Qt::StringLiterals;

namespace Postaci::Test {

constexpr int secretJobWaitMs = 30000;

inline const char *keychainHint()
{
    return "run this test under tests/support/with-keychain (scripts/test does), e.g. "
           "`tests/support/with-keychain ctest --test-dir build/dev -R tst_secretjob`";
}

// Only with-keychain's throwaway keyring, never a developer's real one.
inline bool hasTestKeychain()
{
    return qEnvironmentVariable("POSTACI_TEST_KEYCHAIN") == "1"_L1
           && !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

struct SecretOutcome
{
    bool finished = false;
    SecretError error = SecretError::Other;
    QString secret;
    QString backendMessage;

    bool ok() const { return finished && error == SecretError::None; }
    // For a failed check: why the job did not succeed.
    QString describe() const
    {
        if (!finished)
            return u"the keychain did not answer"_s;
        return secretErrorName(error) + u": "_s + secretErrorMessage(error)
               + (backendMessage.isEmpty() ? QString() : u" ("_s + backendMessage + QLatin1Char(')'));
    }
};

// Starts the job and waits until it finishes, at most secretJobWaitMs.
inline SecretOutcome runSecretJob(SecretJob *job)
{
    SecretOutcome outcome;
    QObject::connect(job, &SecretJob::finished, job, [&outcome](SecretJob *done) {
        outcome.finished = true;
        outcome.error = done->error();
        outcome.secret = done->secret();
        outcome.backendMessage = done->backendMessage();
    });
    QSignalSpy spy(job, &SecretJob::finished);
    job->start();
    if (!spy.wait(secretJobWaitMs))
        outcome.finished = spy.count() > 0;
    return outcome;
}

inline SecretOutcome readSecret(const QString &id)
{
    return runSecretJob(SecretJob::read(id));
}
inline SecretOutcome writeSecret(const QString &id, const QString &secret)
{
    return runSecretJob(SecretJob::write(id, secret));
}
inline SecretOutcome deleteSecret(const QString &id)
{
    return runSecretJob(SecretJob::remove(id));
}

} // namespace Postaci::Test
