#pragma once

#include "account/account.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QIcon>
#include <QList>

namespace Postaci {

// The saved accounts as a table: name, address, server, last test. The model holds a copy of
// what AccountStore::load() returned; the main window reloads it after every change.
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, AddressColumn, ServerColumn, LastTestColumn, ColumnCount };
    // WarningsRole: the stable words of AccountHealth's warnings for the row (QStringList).
    enum Role { AccountIdRole = Qt::UserRole + 1, WarningsRole };

    explicit AccountListModel(QObject *parent = nullptr);

    void setAccounts(const QList<Account> &accounts);
    const QList<Account> &accounts() const { return m_accounts; }
    const Account *account(int row) const;
    int rowOf(const QString &accountId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "smtp.example.com:465 (SSL/TLS)"
    static QString serverText(const Account &account);
    // "Works · 27 Nov 2026 14:05", "Failed: wrong user name or password · …", "Not tested yet"
    static QString lastTestText(const AccountTestResult &result);
    // The icon beside that text (the state is never told by colour alone): works, failed, a
    // warning when something needs attention soon, or a neutral one for never tested.
    static QIcon lastTestIcon(const AccountTestResult &result, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The last test's text, followed by what needs attention (a certificate that expires soon, a
    // test long ago): words and a warning icon, never colour alone.
    static QString lastTestTextWithWarnings(const AccountTestResult &result, const QDateTime &now);

private:
    QList<Account> m_accounts;
};

} // namespace Postaci
