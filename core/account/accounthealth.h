#pragma once

#include "account.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Postaci {

// What deserves attention about an account before it fails: a certificate that runs out soon,
// a last test so old that it proves little. The accounts list (GUI) and `accounts test` (CLI)
// use the same limits and words (docs/cli.md#accounts-test).
class AccountHealth
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::AccountHealth)
public:
    // Under this many days left, a certificate "expires soon" (docs/cli.md#accounts-test).
    static constexpr int certificateWarningDays = 14;
    // A last test older than this no longer says the account works today.
    static constexpr int staleTestDays = 30;

    struct Warning
    {
        QString word; // stable: "certificate-expires-soon", "last-test-old"
        QString text; // translated sentence
    };

    // Whole days from now until expiry (negative once expired); nullopt without a date.
    static std::optional<int> certificateDaysLeft(const QDateTime &expiry, const QDateTime &now);
    static std::optional<Warning> certificateWarning(std::optional<int> daysLeft);
    // From the account's last recorded test: its certificate and its age.
    static QList<Warning> warnings(const AccountTestResult &lastTest, const QDateTime &now);
};

inline constexpr QLatin1StringView CertificateExpiresSoonWarning{"certificate-expires-soon"};
inline constexpr QLatin1StringView LastTestOldWarning{"last-test-old"};

} // namespace Postaci
