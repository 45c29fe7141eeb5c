#include "accountexport.h"

#include "exportwriters.h"

#include "smtp/settingsinput.h"

using namespace Qt::StringLiterals;

namespace Postaci {

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Thunderbird:
        return u"thunderbird"_s;
    case ExportFormat::Msmtp:
        return u"msmtp"_s;
    case ExportFormat::Swaks:
        return u"swaks"_s;
    case ExportFormat::Mobileconfig:
        return u"mobileconfig"_s;
    case ExportFormat::Env:
        return u"env"_s;
    case ExportFormat::Autoconfig:
        return u"autoconfig"_s;
    }
    return {};
}

QList<ExportFormat> allExportFormats()
{
    return {ExportFormat::Thunderbird, ExportFormat::Msmtp,  ExportFormat::Swaks,
            ExportFormat::Mobileconfig, ExportFormat::Env, ExportFormat::Autoconfig};
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    for (ExportFormat format : allExportFormats()) {
        if (exportFormatName(format) == name)
            return format;
    }
    return std::nullopt;
}

AccountExport AccountExport::write(const Account &account, ExportFormat format)
{
    AccountExport out;
    out.format = format;
    switch (format) {
    case ExportFormat::Thunderbird:
        ExportWriters::thunderbird(account, out);
        break;
    case ExportFormat::Autoconfig:
        ExportWriters::autoconfig(account, out);
        break;
    case ExportFormat::Msmtp:
        ExportWriters::msmtp(account, out);
        break;
    case ExportFormat::Swaks:
        ExportWriters::swaks(account, out);
        break;
    case ExportFormat::Mobileconfig:
        ExportWriters::mobileconfig(account, out);
        break;
    case ExportFormat::Env:
        ExportWriters::env(account, out);
        break;
    }
    return out;
}

QString ExportWriters::pinnedCertificateNote(const Account &account, const QString &whatToDo)
{
    QStringList pins;
    for (const QByteArray &digest : account.pinnedSha256)
        pins.append(SettingsInput::certificatePinText(digest));
    return AccountExport::tr("Postacı accepts the certificate of %1 because you pinned it (%2), not because a "
                             "certificate authority vouches for it. %3")
            .arg(account.host, pins.join(u", "_s), whatToDo);
}

} // namespace Postaci
