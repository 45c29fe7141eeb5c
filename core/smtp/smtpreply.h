#pragma once

#include <QString>
#include <QStringList>

namespace Postaci {

// One complete SMTP reply: a 3-digit code, optional enhanced status code (RFC 3463) and the
// text of every line (without the code and separator).
struct SmtpReply
{
    int code = 0;
    QString enhanced; // "5.7.8", empty when absent
    QStringList lines;    // without the enhanced code when every line repeats it
    QStringList rawLines; // every line as received ("250-PIPELINING"), UTF-8 decoded, for the transcript

    QString text() const { return lines.join(QLatin1Char('\n')); }
    int firstDigit() const { return code / 100; }
    bool isPositive() const { return code >= 200 && code < 400; }
    bool isPositiveCompletion() const { return code >= 200 && code < 300; }
    bool isPositiveIntermediate() const { return code >= 300 && code < 400; }
    bool isTransientNegative() const { return code >= 400 && code < 500; }
    bool isPermanentNegative() const { return code >= 500 && code < 600; }
};

} // namespace Postaci
