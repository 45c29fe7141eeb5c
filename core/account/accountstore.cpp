#include "accountstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

constexpr auto staleLockTime = std::chrono::seconds(30);
constexpr int maxBackupsCompared = 100;
constexpr qint64 maxFileSize = 16 * 1024 * 1024; // far beyond any real list; guards memory

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The whole content of an open file of at most maxFileSize bytes; nullopt when larger. (Not
// read(maxFileSize): that allocates the full 16 MB on every call.)
std::optional<QByteArray> readSmallFile(QFile &file)
{
    if (file.size() > maxFileSize)
        return std::nullopt;
    QByteArray content = file.readAll();
    if (content.size() > maxFileSize)
        return std::nullopt;
    return content;
}

// accounts.json.<kind>-<UTC time>[-N], a name not taken yet.
QString unusedBackupPath(const QString &filePath, const QString &kind)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const QString base = filePath + u'.' + kind + u'-' + stamp;
    QString backup = base;
    for (int n = 2; QFileInfo::exists(backup) && n < 1000; ++n)
        backup = base + u'-' + QString::number(n);
    return backup;
}

} // namespace

AccountStore::AccountStore(const QString &filePath)
    : m_filePath(QFileInfo(filePath).absoluteFilePath())
{
}

QString AccountStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + "/accounts.json"_L1;
}

AccountStore::Result AccountStore::failure(Error error, const QString &message, const QString &detail)
{
    Result result;
    result.error = error;
    result.message = message;
    result.detail = detail;
    return result;
}

AccountStore::Result AccountStore::checkDirectory() const
{
    // Walk up to the nearest part of the path that exists: it must be a folder. (A file where
    // the configuration folder should be is the one way to break this that root cannot
    // shrug off, and it happens when someone creates "~/.config/postaci" by mistake.)
    QFileInfo info(QFileInfo(m_filePath).absolutePath());
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info = QFileInfo(parent);
    }
    if (info.exists() && !info.isDir()) {
        return failure(Error::DirectoryUnusable,
                       tr("Postacı cannot use the folder %1 for its accounts because %2 is a file, not a "
                          "folder. Rename or remove that file.")
                           .arg(nativePath(QFileInfo(m_filePath).absolutePath()), nativePath(info.absoluteFilePath())),
                       u"not a directory: %1"_s.arg(info.absoluteFilePath()));
    }
    return {};
}

QString AccountStore::keepBackup(const QString &kind, QString *detail) const
{
    QFile original(m_filePath);
    if (!original.open(QIODevice::ReadOnly)) {
        *detail = original.errorString();
        return {};
    }
    const std::optional<QByteArray> small = readSmallFile(original);
    original.close();
    const QByteArray content = small.value_or(QByteArray());

    const QFileInfo fileInfo(m_filePath);
    const QDir dir = fileInfo.absoluteDir();
    const QString prefix = fileInfo.fileName() + u'.' + kind + u'-';
    // Reuse an identical copy: the GUI loads the list often, and one damaged file must not
    // turn into a folder full of copies.
    const QStringList existing = dir.entryList({prefix + u'*'}, QDir::Files, QDir::Name);
    int compared = 0;
    for (const QString &name : existing) {
        if (!small || ++compared > maxBackupsCompared)
            break;
        QFile candidate(dir.filePath(name));
        if (candidate.size() == content.size() && candidate.open(QIODevice::ReadOnly)
            && readSmallFile(candidate) == content)
            return candidate.fileName();
    }

    const QString backup = unusedBackupPath(m_filePath, kind);
    if (!QFile::copy(m_filePath, backup)) {
        *detail = tr("could not copy to %1").arg(backup);
        return {};
    }
    QFile::setPermissions(backup, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return backup;
}

AccountStore::LoadResult AccountStore::readFile() const
{
    LoadResult result;
    if (const Result directory = checkDirectory(); !directory.ok()) {
        static_cast<Result &>(result) = directory;
        return result;
    }
    const QFileInfo info(m_filePath);
    if (!info.exists())
        return result; // no account saved yet

    auto fail = [&](Error error, const QString &message, const QString &detail) {
        static_cast<Result &>(result) = failure(error, message, detail);
        return result;
    };
    if (info.isDir()) {
        return fail(Error::Unreadable,
                    tr("Postacı cannot read its accounts: %1 is a folder, not a file. Move it away.")
                        .arg(nativePath(m_filePath)),
                    u"is a directory"_s);
    }
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Unreadable,
                    tr("Postacı cannot read its accounts file %1: %2. Check that the file belongs to you.")
                        .arg(nativePath(m_filePath), file.errorString()),
                    file.errorString());
    }
    const std::optional<QByteArray> small = readSmallFile(file);
    file.close();
    const QByteArray content = small.value_or(QByteArray());

    // Anything from here on is a file we do not understand: keep a copy, touch nothing.
    auto unusable = [&](Error error, const QString &detail) {
        QString copyProblem;
        const QString backup = keepBackup(error == Error::NewerSchema ? u"newer"_s : u"corrupt"_s,
                                          &copyProblem);
        QString message;
        if (error == Error::NewerSchema) {
            message = tr("The accounts file %1 was written by a newer version of Postacı, which this "
                         "version cannot change. It was left as it is.")
                          .arg(nativePath(m_filePath));
        } else {
            message = tr("The accounts file %1 is damaged and cannot be read (%2). It was left as it is.")
                          .arg(nativePath(m_filePath), detail);
        }
        if (!backup.isEmpty())
            message += u' ' + tr("A copy is kept at %1.").arg(nativePath(backup));
        message += u' ' + tr("Nothing will be saved until you repair or move away that file, or choose to "
                             "start a new list of accounts.");
        fail(error, message, copyProblem.isEmpty() ? detail : detail + "; backup failed: "_L1 + copyProblem);
        result.accounts.clear();
        result.backupPath = backup;
        return result;
    };

    if (!small)
        return unusable(Error::Corrupt, tr("larger than %1 bytes").arg(maxFileSize));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return unusable(Error::Corrupt,
                        tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject())
        return unusable(Error::Corrupt, tr("not a JSON object"));
    const QJsonObject root = document.object();
    const QJsonValue version = root.value("schemaVersion"_L1);
    if (!version.isDouble() || version.toInt(-1) < 1)
        return unusable(Error::Corrupt, tr("no valid \"schemaVersion\""));
    if (version.toInt() > schemaVersion)
        return unusable(Error::NewerSchema, u"schemaVersion %1"_s.arg(version.toInt()));
    const QJsonValue accounts = root.value("accounts"_L1);
    if (!accounts.isArray())
        return unusable(Error::Corrupt, tr("no \"accounts\" list"));

    QSet<QString> ids;
    const QJsonArray array = accounts.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return unusable(Error::Corrupt, tr("account %1 is not an object").arg(i + 1));
        QString why;
        const std::optional<Account> account = Account::fromJson(array.at(i).toObject(), &why);
        if (!account)
            return unusable(Error::Corrupt, tr("account %1: %2").arg(i + 1).arg(why));
        if (ids.contains(account->id))
            return unusable(Error::Corrupt, tr("account id %1 appears twice").arg(account->id));
        ids.insert(account->id);
        result.accounts.append(*account);
    }
    return result;
}

AccountStore::LoadResult AccountStore::load() const
{
    return readFile();
}

std::optional<Account> AccountStore::find(const QString &id, Result *result) const
{
    const LoadResult loaded = load();
    if (!loaded.ok()) {
        if (result)
            *result = loaded;
        return std::nullopt;
    }
    const QString wanted = Account::normalizedId(id);
    for (const Account &account : loaded.accounts) {
        if (!wanted.isEmpty() && account.id == wanted) {
            if (result)
                *result = {};
            return account;
        }
    }
    if (result)
        *result = failure(Error::UnknownAccount, tr("No saved account has the id \"%1\".").arg(id));
    return std::nullopt;
}

AccountStore::Result AccountStore::writeFile(const QList<Account> &accounts)
{
    QJsonArray array;
    for (const Account &account : accounts)
        array.append(account.toJson());
    QJsonObject root;
    root.insert("schemaVersion"_L1, schemaVersion);
    root.insert("accounts"_L1, array);
    const QByteArray content = QJsonDocument(root).toJson(QJsonDocument::Indented);

    const QFileDevice::Permissions privatePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QSaveFile file(m_filePath);
    auto writeFailure = [this, &file] {
        return failure(Error::WriteFailed,
                       tr("Postacı could not write its accounts file %1: %2. Nothing was changed.")
                           .arg(nativePath(m_filePath), file.errorString()),
                       file.errorString());
    };
    if (!file.open(QIODevice::WriteOnly))
        return writeFailure();
    file.setPermissions(privatePermissions);
    if (file.write(content) != content.size()) {
        file.cancelWriting();
        return writeFailure();
    }
    if (m_beforeCommit)
        m_beforeCommit();
    if (!file.commit())
        return writeFailure();
    if (QFile::permissions(m_filePath) != privatePermissions)
        QFile::setPermissions(m_filePath, privatePermissions);
    return {};
}

AccountStore::Result AccountStore::modify(const Change &change)
{
    if (const Result directory = checkDirectory(); !directory.ok())
        return directory;
    const QString directoryPath = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(directoryPath)) {
        return failure(Error::DirectoryUnusable,
                       tr("Postacı cannot create the folder %1 for its accounts.").arg(nativePath(directoryPath)),
                       u"mkpath failed"_s);
    }

    QLockFile lock(lockFilePath());
    lock.setStaleLockTime(staleLockTime);
    if (!lock.tryLock(m_lockTimeout)) {
        switch (lock.error()) {
        case QLockFile::PermissionError:
            return failure(Error::DirectoryUnusable,
                           tr("Postacı cannot write in the folder %1. Check that the folder belongs to you.")
                               .arg(nativePath(directoryPath)),
                           u"cannot create %1"_s.arg(lockFilePath()));
        case QLockFile::LockFailedError:
            return failure(Error::LockTimedOut,
                           tr("Another Postacı program is changing the accounts right now and did not finish in "
                              "time. Try again in a moment."),
                           u"lock held: %1"_s.arg(lockFilePath()));
        default:
            return failure(Error::WriteFailed,
                           tr("Postacı could not lock its accounts file %1.").arg(nativePath(m_filePath)),
                           u"lock error %1"_s.arg(int(lock.error())));
        }
    }

    LoadResult current = readFile();
    if (!current.ok())
        return current;
    if (const Result changed = change(current.accounts); !changed.ok())
        return changed;
    return writeFile(current.accounts);
}

AccountStore::Result AccountStore::save(const Account &account)
{
    const QString problem = account.validationError();
    if (!problem.isEmpty())
        return failure(Error::InvalidAccount, problem);
    return modify([&account](QList<Account> &accounts) {
        for (Account &existing : accounts) {
            if (existing.id == account.id) {
                existing = account;
                return Result{};
            }
        }
        accounts.append(account);
        return Result{};
    });
}

AccountStore::Result AccountStore::remove(const QString &id)
{
    const QString wanted = Account::normalizedId(id);
    return modify([&](QList<Account> &accounts) {
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            if (!wanted.isEmpty() && accounts.at(i).id == wanted) {
                accounts.removeAt(i);
                return Result{};
            }
        }
        return failure(Error::UnknownAccount, tr("No saved account has the id \"%1\".").arg(id));
    });
}

AccountStore::Result AccountStore::recordTestResult(const QString &id, const AccountTestResult &testResult)
{
    const QString wanted = Account::normalizedId(id);
    return modify([&](QList<Account> &accounts) {
        for (Account &account : accounts) {
            if (!wanted.isEmpty() && account.id == wanted) {
                account.lastTest = testResult;
                return Result{};
            }
        }
        return failure(Error::UnknownAccount, tr("No saved account has the id \"%1\".").arg(id));
    });
}

AccountStore::Result AccountStore::moveAsideUnreadableFile()
{
    if (const Result directory = checkDirectory(); !directory.ok())
        return directory;
    QLockFile lock(lockFilePath());
    lock.setStaleLockTime(staleLockTime);
    if (!lock.tryLock(m_lockTimeout)) {
        return failure(Error::LockTimedOut,
                       tr("Another Postacı program is changing the accounts right now. Try again in a moment."));
    }
    const LoadResult current = readFile();
    if (current.error != Error::Corrupt && current.error != Error::NewerSchema)
        return current; // nothing to move: the file is fine (or missing, or unreadable)
    if (current.backupPath.isEmpty()) {
        return failure(Error::WriteFailed,
                       tr("Postacı could not keep a copy of %1, so it left the file where it is.")
                           .arg(nativePath(m_filePath)),
                       current.detail);
    }
    // When the copy made (or found) by readFile() is identical, the original can go; otherwise
    // (too large to compare, changed meanwhile) the original itself is renamed aside.
    std::optional<QByteArray> backupContent;
    std::optional<QByteArray> originalContent;
    QFile backup(current.backupPath);
    QFile original(m_filePath);
    if (backup.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly)) {
        backupContent = readSmallFile(backup);
        originalContent = readSmallFile(original);
    }
    original.close();
    Result result;
    result.backupPath = current.backupPath;
    if (backupContent && originalContent && *backupContent == *originalContent) {
        if (!QFile::remove(m_filePath)) {
            return failure(Error::WriteFailed, tr("Postacı could not move %1 away.").arg(nativePath(m_filePath)),
                           original.errorString());
        }
    } else {
        const QString renamed = unusedBackupPath(m_filePath, current.error == Error::NewerSchema
                                                                 ? u"newer"_s
                                                                 : u"corrupt"_s);
        if (!QFile::rename(m_filePath, renamed)) {
            return failure(Error::WriteFailed, tr("Postacı could not move %1 away.").arg(nativePath(m_filePath)),
                           u"rename to %1 failed"_s.arg(renamed));
        }
        result.backupPath = renamed;
    }
    result.message = tr("The old accounts file is kept at %1; a new list starts empty.").arg(nativePath(current.backupPath));
    return result;
}

QString AccountStore::errorName(Error error)
{
    switch (error) {
    case Error::None: return {};
    case Error::UnknownAccount: return u"unknown-account"_s;
    case Error::InvalidAccount: return u"invalid-account"_s;
    case Error::DirectoryUnusable: return u"directory-unusable"_s;
    case Error::Unreadable: return u"unreadable"_s;
    case Error::Corrupt: return u"corrupt"_s;
    case Error::NewerSchema: return u"newer-schema"_s;
    case Error::LockTimedOut: return u"lock-timed-out"_s;
    case Error::WriteFailed: return u"write-failed"_s;
    }
    return {};
}

} // namespace Postaci
