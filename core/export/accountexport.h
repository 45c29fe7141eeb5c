#pragma once

#include "account/account.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Postaci {

// The formats `postaci-cli export --format` knows (docs/cli.md#export). The words are a contract.
enum class ExportFormat { Thunderbird, Msmtp, Swaks, Mobileconfig, Env, Autoconfig };

QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QList<ExportFormat> allExportFormats();

// One account's settings written for another program. `content` is the file (or command line)
// itself; `notes` are sentences for the person reading it (what the other program needs for a
// pinned certificate, what the format cannot carry); `dnsRecords` are the zone-file lines a
// domain's owner publishes (autoconfig only). Nothing in any of them is a password: the
// programs that need one read it from the keychain themselves (keychainlookup.h).
struct AccountExport
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::AccountExport)
public:
    ExportFormat format = ExportFormat::Thunderbird;
    QString content;
    QString suggestedFileName; // "config-v1.1.xml", "msmtprc", ".env", ...
    QStringList notes;
    QStringList dnsRecords;

    // The account must be valid (Account::validationError() empty): every value is then free
    // of control characters, and each writer escapes the rest for its own syntax.
    static AccountExport write(const Account &account, ExportFormat format);
};

} // namespace Postaci
