#include "secretjob.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Postaci {

SecretJob::SecretJob(Operation operation, const QString &accountId, QObject *parent)
    : Job(Start::RunAtOnce, Lifetime::DeleteWhenFinished, parent)
    , m_operation(operation)
    , m_accountId(accountId)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a deadline never ends early (docs/testing.md)
    connect(&m_timer, &QTimer::timeout, this, &SecretJob::timedOut);
}

SecretJob::~SecretJob()
{
    // Do not keep the secret in freed memory longer than needed.
    m_secret.fill(u'\0');
}

SecretJob *SecretJob::write(const QString &accountId, const QString &secret, QObject *parent)
{
    auto *job = new SecretJob(Operation::Write, accountId, parent);
    job->m_secret = secret;
    return job;
}

SecretJob *SecretJob::read(const QString &accountId, QObject *parent)
{
    return new SecretJob(Operation::Read, accountId, parent);
}

SecretJob *SecretJob::remove(const QString &accountId, QObject *parent)
{
    return new SecretJob(Operation::Delete, accountId, parent);
}

void SecretJob::run()
{
    if (m_accountId.isEmpty()) {
        // Never let an empty key address some other application's entry.
        callSoon([this] { finish(SecretError::Other, tr("empty account id")); });
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName());
        write->setTextData(m_secret);
        m_secret.fill(u'\0');
        m_secret.clear();
        job = write;
        break;
    }
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    job->setKey(m_accountId);
    job->setInsecureFallback(false); // docs/security.md#keychain: never written to disk in clear
    job->setAutoDelete(true);
    m_keychainJob = job;
    connect(job, &QKeychain::Job::finished, this, &SecretJob::keychainFinished);
    m_timer.start(m_timeout);
    job->start();
}

void SecretJob::doCancel()
{
    if (m_keychainJob)
        disconnect(m_keychainJob, nullptr, this, nullptr);
    m_timer.stop(); // the cancellation is the answer now, not a timeout in between
    callSoon([this] { finish(SecretError::Other, u"cancelled"_s); });
}

void SecretJob::keychainFinished(QKeychain::Job *job)
{
    // Results are read here, in the finished handler: QtKeychain deletes the job after it.
    const SecretError error = mapKeychainError(job->error(), job->errorString());
    if (error == SecretError::None && m_operation == Operation::Read) {
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            m_secret = read->textData();
    }
    finish(error, error == SecretError::None ? QString() : job->errorString());
}

void SecretJob::timedOut()
{
    if (m_keychainJob)
        disconnect(m_keychainJob, nullptr, this, nullptr);
    finish(SecretError::TimedOut, tr("no answer from the keychain within %1 ms").arg(m_timeout.count()));
}

void SecretJob::finish(SecretError error, const QString &backendMessage)
{
    if (!claimFinish())
        return;
    m_timer.stop();
    m_error = error;
    m_backendMessage = backendMessage;
    Q_EMIT finished(this);
    if (m_operation == Operation::Read) {
        m_secret.fill(u'\0');
        m_secret.clear();
    }
}

QString SecretJob::errorMessage() const
{
    return secretErrorMessage(m_error);
}

SecretError SecretJob::mapKeychainError(int keychainError, const QString &text)
{
    // QtKeychain's libsecret backend reports a missing D-Bus session or Secret Service as
    // OtherError with GLib's message, and a locked collection as AccessDenied; tell those
    // apart by the message so the user is told what to do.
    auto mentions = [&text](const char *word) { return text.contains(QLatin1String(word), Qt::CaseInsensitive); };
    const bool noService = mentions("dbus") || mentions("d-bus") || mentions("autolaunch")
                           || mentions("could not connect") || mentions("cannot connect") || mentions("no such file")
                           || mentions("connection refused") || mentions("serviceunknown")
                           || mentions("not provided by any") || mentions("no keychain") || mentions("no keyring")
                           || mentions("not running") || mentions("name has no owner");
    // gnome-keyring without an unlocked default keyring (its unlock/create prompt failed or
    // was never answered) reports the missing "login" collection.
    const bool locked = (mentions("locked") && !mentions("unlocked"))
                        || (mentions("object does not exist") && mentions("collection"));
    const bool refused = mentions("dismissed") || mentions("cancelled") || mentions("canceled");

    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return SecretError::None;
    case QKeychain::EntryNotFound:
        return SecretError::NotFound;
    case QKeychain::AccessDeniedByUser:
        return SecretError::AccessDenied;
    case QKeychain::AccessDenied:
        return locked ? SecretError::Locked : SecretError::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        if (locked)
            return SecretError::Locked;
        if (refused)
            return SecretError::AccessDenied;
        if (noService)
            return SecretError::NoBackend;
        return SecretError::Other;
    }
    return SecretError::Other;
}

} // namespace Postaci
