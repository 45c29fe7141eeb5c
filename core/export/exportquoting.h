#pragma once

#include <QString>

// How a value is written into each exported syntax so that it stays one value, whatever it
// contains (quotes, &, <, $(...), spaces). Line breaks never get here: Account refuses control
// characters in every field (Account::validationError()).
namespace Postaci::ExportQuoting {

// POSIX shell, one word: 'text' with every ' written as '\'' (nothing is expanded inside).
QString shellWord(const QString &text);

// An msmtprc argument: "text" with \ and " escaped by a backslash (msmtp(1), "Configuration
// files": arguments in double quotes may contain blanks; \" and \\ inside them).
QString msmtpArgument(const QString &text);

// A .env value read the same by POSIX sh (`set -a; . ./.env`) and the dotenv readers of web
// frameworks: 'text' when it has no ', else "text" with \ " $ ` escaped (no expansion either way).
QString dotenvValue(const QString &text);

} // namespace Postaci::ExportQuoting
