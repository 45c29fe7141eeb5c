#pragma once

#include "diagnosis/diagnosis.h"
#include "smtp/outgoingmessage.h"
#include "smtp/sessionresult.h"
#include "smtp/sessionsettings.h"

#include <chrono>
#include <optional>

// Helpers shared by the diagnosis scenarios: run a real SmtpSession, diagnose its result, let
// the RemedyChecker probe the remedies, and find a remedy by its settings change.
namespace Postaci::Test::Scenario {

using namespace std::chrono_literals;

// Short timeouts everywhere (a person is not waiting here, the suite is), and the test CA trusted
// through the extra-CA setting, never by ignoring errors.
SessionSettings settings(const QString &host, quint16 port, Security security);

// Runs a probe (or a send, when a message is given) to the end; an empty result with
// error Cancelled when the session did not finish within `wait`.
SessionResult run(const SessionSettings &settings, const std::optional<OutgoingMessage> &message = std::nullopt,
                  std::chrono::milliseconds wait = 20s);

// A small test message from `from` to `to`.
OutgoingMessage message(const QString &from, const QString &to);

// The remedies probed by a RemedyChecker with the given deadline (the result it emits).
Diagnosis checked(const Diagnosis &diagnosis, const SessionSettings &settings, std::chrono::milliseconds deadline = 5000ms);

// The remedy with exactly this settings change, or nullptr.
const Remedy *remedyWith(const Diagnosis &diagnosis, const SettingsChange &change);

SettingsChange change(std::optional<quint16> port, std::optional<Security> security);
SettingsChange hostChange(const QString &host, bool foreignHost = false);
SettingsChange authChange(AuthMethod auth);
SettingsChange userChange(const QString &user);

// A port on 127.0.0.1 where nothing listens: bound with port 0, then closed.
quint16 closedPort();

// "id=... remedies=[...]" for failure messages.
QByteArray describe(const Diagnosis &diagnosis, const SessionResult &result = {});

} // namespace Postaci::Test::Scenario
