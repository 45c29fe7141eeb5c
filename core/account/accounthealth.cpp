#include "accounthealth.h"

namespace Postaci {

std::optional<int> AccountHealth::certificateDaysLeft(const QDateTime &expiry, const QDateTime &now)
{
    if (!expiry.isValid() || !now.isValid())
        return std::nullopt;
    // Days counted as people say them: a certificate that ends in 60 hours "expires in 3 days",
    // one that ended an hour ago has -1 day left.
    const qint64 seconds = now.secsTo(expiry);
    return int(seconds > 0 ? (seconds + 86399) / 86400 : -((-seconds + 86399) / 86400));
}

std::optional<AccountHealth::Warning> AccountHealth::certificateWarning(std::optional<int> daysLeft)
{
    if (!daysLeft || *daysLeft >= certificateWarningDays)
        return std::nullopt;
    const QString text = *daysLeft < 0 ? tr("The server's certificate has expired.")
                                       : tr("The server's certificate expires in %n day(s).", nullptr, *daysLeft);
    return Warning{QString(CertificateExpiresSoonWarning), text};
}

QList<AccountHealth::Warning> AccountHealth::warnings(const AccountTestResult &lastTest, const QDateTime &now)
{
    QList<Warning> found;
    if (lastTest.isEmpty())
        return found;
    if (const std::optional<Warning> certificate = certificateWarning(certificateDaysLeft(lastTest.certificateExpiry, now)))
        found.append(*certificate);
    const qint64 age = lastTest.time.daysTo(now);
    if (age > staleTestDays)
        found.append({QString(LastTestOldWarning), tr("Last tested %n day(s) ago.", nullptr, int(age))});
    return found;
}

} // namespace Postaci
