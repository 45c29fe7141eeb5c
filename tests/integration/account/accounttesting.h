#pragma once

// Helpers shared by the account integration tests: run the asynchronous jobs to their end
// (bounded), search files for a secret. The keychain helpers are in tests/support/secrettesting.h.

#include "account/account.h"
#include "account/accountchangeresult.h"
#include "account/accountremovejob.h"
#include "account/accountsavejob.h"
#include "secrettesting.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Postaci::Test {

constexpr int accountJobWaitMs = 30000;

template<typename Job>
std::optional<AccountChangeResult> runChangeJob(Job *job)
{
    std::optional<AccountChangeResult> result;
    QObject::connect(job, &Job::finished, job, [&result](const AccountChangeResult &done) { result = done; });
    QSignalSpy spy(job, &Job::finished);
    job->start();
    if (spy.count() == 0)
        spy.wait(accountJobWaitMs);
    return result;
}

inline Account makeTestAccount(const QString &email = u"satis@firma.example.com"_s)
{
    Account account;
    account.id = Account::newId();
    account.displayName = u"Satış"_s;
    account.email = email;
    account.host = u"mail.firma.example.com"_s;
    account.port = 587;
    account.security = Security::StartTls;
    account.user = email;
    return account;
}

// Every file under `directory` (recursively) whose bytes contain `needle` in UTF-8, UTF-16
// or base64: a password must be in none of them.
inline QStringList filesContaining(const QString &directory, const QString &needle)
{
    QStringList hits;
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    const QByteArray base64 = utf8.toBase64(QByteArray::OmitTrailingEquals);
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits.append(path + u" (unreadable)"_s);
            continue;
        }
        const QByteArray content = file.readAll();
        if (content.contains(utf8) || content.contains(utf16) || content.contains(base64))
            hits.append(path);
    }
    return hits;
}

inline QStringList allFiles(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

} // namespace Postaci::Test
