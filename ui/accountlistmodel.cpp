#include "accountlistmodel.h"

#include "labels.h"

#include "account/accounthealth.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Postaci {

AccountListModel::AccountListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AccountListModel::setAccounts(const QList<Account> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

const Account *AccountListModel::account(int row) const
{
    if (row < 0 || row >= m_accounts.size())
        return nullptr;
    return &m_accounts.at(row);
}

int AccountListModel::rowOf(const QString &accountId) const
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == accountId)
            return int(i);
    }
    return -1;
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountListModel::serverText(const Account &account)
{
    return tr("%1:%2 (%3)").arg(account.host).arg(account.port).arg(SettingsLabels::security(account.security));
}

QString AccountListModel::lastTestText(const AccountTestResult &result)
{
    if (result.isEmpty())
        return tr("Not tested yet");
    const QString when = QLocale().toString(result.time.toLocalTime(), QLocale::ShortFormat);
    if (result.ok)
        return tr("Works · %1").arg(when);
    return tr("Failed: %1 · %2").arg(SettingsLabels::errorName(result.error), when);
}

QIcon AccountListModel::lastTestIcon(const AccountTestResult &result, const QDateTime &now)
{
    if (result.isEmpty())
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxQuestion);
    if (!result.ok)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const bool warned = !AccountHealth::warnings(result, now).isEmpty();
    return QApplication::style()->standardIcon(warned ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton);
}

QString AccountListModel::lastTestTextWithWarnings(const AccountTestResult &result, const QDateTime &now)
{
    QStringList parts{lastTestText(result)};
    for (const AccountHealth::Warning &warning : AccountHealth::warnings(result, now))
        parts.append(tr("Warning: %1").arg(warning.text));
    return parts.join(u" · "_s);
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    const Account *account = index.isValid() ? this->account(index.row()) : nullptr;
    if (!account)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return account->displayName.isEmpty() ? account->email : account->displayName;
        case AddressColumn:
            return account->email;
        case ServerColumn:
            return serverText(*account);
        case LastTestColumn:
            return lastTestTextWithWarnings(account->lastTest, QDateTime::currentDateTimeUtc());
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == LastTestColumn)
            return lastTestIcon(account->lastTest, QDateTime::currentDateTimeUtc());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LastTestColumn && !account->lastTest.isEmpty()) {
            QString tip = tr("Last test: %1").arg(SettingsLabels::stepName(account->lastTest.step));
            if (!account->lastTest.error.isEmpty())
                tip += QLatin1Char('\n') + tr("Error: %1").arg(account->lastTest.error);
            if (!account->lastTest.queueId.isEmpty())
                tip += QLatin1Char('\n') + tr("Queue id: %1").arg(account->lastTest.queueId);
            return tip;
        }
        if (index.column() == ServerColumn && !account->passwordSaved)
            return tr("No password saved: Postacı asks for it when testing.");
        return {};
    case AccountIdRole:
        return account->id;
    case WarningsRole: {
        QStringList words;
        for (const AccountHealth::Warning &warning : AccountHealth::warnings(account->lastTest, QDateTime::currentDateTimeUtc()))
            words.append(warning.word);
        return words;
    }
    default:
        return {};
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AddressColumn:
        return tr("Address");
    case ServerColumn:
        return tr("Server");
    case LastTestColumn:
        return tr("Last test");
    default:
        return {};
    }
}

} // namespace Postaci
