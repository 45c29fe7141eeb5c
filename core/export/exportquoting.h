#pragma once

#include <QString>

// How a value is written into each exported syntax so that it stays one value, whatever it
// contains (quotes, &, <, $(...), spaces). Line breaks never get here: Account refuses control
// characters in every field (Account::validationError()).
namespace Postaci::ExportQuoting {

// POSIX shell, one word: 'text' with every ' written as '\'' (nothing is expanded inside).
QString shellWord(const QString &text);

// An msmtprc argument: "text". msmtp 1.8 strips one pair of outer double quotes and takes
// everything between them as it is, backslashes and inner quotes included (checked with msmtp
// --pretend, tests/integration/export/tst_cli_export.cpp), so nothing inside is escaped; the
// quotes keep leading, trailing and repeated blanks.
QString msmtpArgument(const QString &text);

// A .env value read the same by POSIX sh (`set -a; . ./.env`) and the dotenv readers of web
// frameworks: 'text' when it has no ', else "text" with \ " $ ` escaped (no expansion either way).
QString dotenvValue(const QString &text);

} // namespace Postaci::ExportQuoting
