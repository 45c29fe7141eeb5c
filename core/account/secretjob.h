#pragma once

#include "common/job.h"
#include "secreterror.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

using namespace Qt::StringLiterals;

namespace QKeychain {
class Job;
}

namespace Postaci {

// One asynchronous operation on the password of one account in the operating system's
// keychain (QtKeychain; service "postaci", key = account id). No plaintext fallback, ever:
// QtKeychain's insecure fallback stays off.
//
//   auto *job = SecretJob::read(account.id, this);
//   connect(job, &SecretJob::finished, this, [](SecretJob *job) { ... job->secret() ... });
//   job->start();
//
// finished() is emitted exactly once (also after a timeout or cancel()), from the event loop;
// read the results inside the handler: the job deletes itself afterwards (deleteLater).
// start(), cancel() and isCancelled() come from Job. cancel() stops waiting: finished() comes at
// once (from the event loop) with Other / "cancelled". The keychain may still complete a write
// it already received; it cannot be recalled.
class SecretJob : public Job
{
    Q_OBJECT
public:
    enum class Operation { Write, Read, Delete };

    static QString serviceName() { return u"postaci"_s; }
    // Long enough for a person to answer an unlock prompt; bounded so nothing waits forever.
    static constexpr std::chrono::milliseconds defaultTimeout{120000};

    static SecretJob *write(const QString &accountId, const QString &secret, QObject *parent = nullptr);
    static SecretJob *read(const QString &accountId, QObject *parent = nullptr);
    // Deleting a secret that is not there succeeds or reports NotFound, depending on the
    // backend; callers that only want it gone treat both as success.
    static SecretJob *remove(const QString &accountId, QObject *parent = nullptr);

    ~SecretJob() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    Operation operation() const { return m_operation; }
    const QString &accountId() const { return m_accountId; }
    SecretError error() const { return m_error; }
    // The keychain's own words (untranslated, technical), for details and logs.
    const QString &backendMessage() const { return m_backendMessage; }
    // secretErrorMessage(error()), translated.
    QString errorMessage() const;
    // The password read (Read only), valid inside the finished() handler.
    const QString &secret() const { return m_secret; }

    // QtKeychain error + text → ours. Public for tests.
    static SecretError mapKeychainError(int keychainError, const QString &text);

Q_SIGNALS:
    void finished(Postaci::SecretJob *job);

private:
    SecretJob(Operation operation, const QString &accountId, QObject *parent);
    void run() override;
    void doCancel() override;
    void keychainFinished(QKeychain::Job *job);
    void timedOut();
    void finish(SecretError error, const QString &backendMessage);

    Operation m_operation;
    QString m_accountId;
    QString m_secret;
    SecretError m_error = SecretError::None;
    QString m_backendMessage;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    QTimer m_timer;
    QPointer<QKeychain::Job> m_keychainJob;
};

} // namespace Postaci
