#pragma once

// Internal to core/export: one writer per format, each escaping values for its own syntax
// (exportquoting.h). AccountExport::write() picks one.

#include "accountexport.h"

namespace Postaci::ExportWriters {

void thunderbird(const Account &account, AccountExport &out);
void autoconfig(const Account &account, AccountExport &out);
void msmtp(const Account &account, AccountExport &out);
void swaks(const Account &account, AccountExport &out);
void mobileconfig(const Account &account, AccountExport &out);
void env(const Account &account, AccountExport &out);

// The sentence every format that cannot pin a certificate adds for an account that has one.
QString pinnedCertificateNote(const Account &account, const QString &whatToDo);

} // namespace Postaci::ExportWriters
