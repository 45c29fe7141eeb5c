#pragma once

#include "account.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace Postaci {

// The saved accounts: one JSON file, by default accounts.json in
// QStandardPaths::AppConfigLocation, {"schemaVersion": 1, "accounts": [ ... ]}.
//
// - Writes go through QSaveFile (a temporary file renamed over the old one), so a crash or a
//   full disk mid-write leaves the previous file intact. The file is private to the user (0600).
// - Every change is a read-modify-write under a QLockFile (accounts.json.lock, stale after
//   30 s or when its process is gone), so two processes adding accounts at the same time
//   never lose one. The lock is held for the few milliseconds of one small file write;
//   waiting for it is bounded (lockTimeout), and a timeout is reported, not retried forever.
// - A file that cannot be understood (damaged JSON, wrong shape) or that a newer Postacı
//   wrote (schemaVersion > 1) is never overwritten: load() and every change report it with a
//   clear message and leave the file exactly as it is; a copy is kept beside it as
//   accounts.json.corrupt-<UTC time> / accounts.json.newer-<UTC time> (an identical earlier
//   copy is reused rather than piling up). Saving stays refused until the user acts: repairs
//   or removes the file, or calls moveAsideUnreadableFile() ("start a new list"; the GUI and
//   the message offer it), which renames the file to its backup name so the next save starts
//   a fresh file.
// - There is no field for a secret: passwords live in the keychain (SecretJob).
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::AccountStore)
public:
    static constexpr int schemaVersion = 1;

    enum class Error {
        None,
        UnknownAccount,    // no account has the given id
        InvalidAccount,    // Account::validationError() said no
        DirectoryUnusable, // the folder cannot be created or is not a folder
        Unreadable,        // the file exists but cannot be read
        Corrupt,           // the file is not an accounts file we understand
        NewerSchema,       // written by a newer Postacı
        LockTimedOut,      // another process held the lock too long
        WriteFailed,       // the new file could not be written (disk full, permissions)
    };

    struct Result
    {
        Error error = Error::None;
        QString message;    // translated; what happened and what to do
        QString detail;     // technical detail (JSON parse error, OS error) for logs and tests
        QString backupPath; // Corrupt / NewerSchema: where the copy of the file is
        bool ok() const { return error == Error::None; }
    };

    struct LoadResult : Result
    {
        QList<Account> accounts;
    };

    explicit AccountStore(const QString &filePath = defaultFilePath());

    // <AppConfigLocation>/accounts.json
    static QString defaultFilePath();
    const QString &filePath() const { return m_filePath; }
    QString lockFilePath() const { return m_filePath + ".lock"_L1; }

    // All accounts in file order. A missing file is an empty list, not an error.
    LoadResult load() const;
    // The account with this id (any form Account::normalizedId accepts).
    std::optional<Account> find(const QString &id, Result *result = nullptr) const;

    // Inserts the account, or replaces the one with the same id. The account must be valid.
    Result save(const Account &account);
    Result remove(const QString &id);
    // Updates only lastTest of one account (the rest may have been edited meanwhile).
    Result recordTestResult(const QString &id, const AccountTestResult &result);
    // After a Corrupt or NewerSchema report, when the user chooses to start a new list:
    // renames the file to its backup name (result.backupPath). The old content is never lost.
    Result moveAsideUnreadableFile();

    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }

    static QString errorName(Error error);

    // For tests of atomicity only: called after the new content is written to the temporary
    // file and before it replaces the old file.
    void setBeforeCommitHookForTesting(std::function<void()> hook) { m_beforeCommit = std::move(hook); }

private:
    using Change = std::function<Result(QList<Account> &)>;
    Result modify(const Change &change);
    LoadResult readFile() const;
    Result writeFile(const QList<Account> &accounts);
    Result checkDirectory() const;
    QString keepBackup(const QString &kind, QString *detail) const;
    static Result failure(Error error, const QString &message, const QString &detail = {});

    QString m_filePath;
    std::chrono::milliseconds m_lockTimeout{5000};
    std::function<void()> m_beforeCommit;
};

} // namespace Postaci
