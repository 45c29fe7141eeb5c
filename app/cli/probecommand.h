#pragma once

#include "clicommand.h"
#include "sessionprinter.h"

#include "diagnosis/diagnosis.h"
#include "smtp/outgoingmessage.h"
#include "smtp/sessionresult.h"
#include "smtp/sessionsettings.h"

#include <QCommandLineParser>
#include <QPointer>

#include <memory>

namespace Postaci {
class MailDomainCheck;
class RemedyChecker;
class SmtpSession;
}

namespace Postaci::Cli {

class InterruptWatcher;
struct AccountSettings;

// `postaci-cli probe` and `postaci-cli send-test` (PRODUCT.md, "Command-line companion"):
//
//   probe      connect, greeting, EHLO, TLS, EHLO, AUTH when credentials are given, QUIT
//   send-test  the same, then the test message (to the sender when --to is absent)
//
// Steps: parse and check every flag (exit 2 naming the flag) → read the password (stdin or an
// environment variable, never an argument) → [send-test --account: load the saved account] →
// [send-test: build the message and check that the recipient's domain accepts mail] → run the
// SmtpSession → on failure diagnose it and let RemedyChecker try the fixes → print (human
// lines, or one JSON object with --json) → exit with exitCodeFor(result).
class ProbeCommand : public CliCommand
{
    Q_OBJECT
public:
    explicit ProbeCommand(QObject *parent = nullptr);
    ~ProbeCommand() override;

    std::optional<int> start(const QStringList &arguments) override;

private:
    enum class Mode { Probe, SendTest };

    void addOptions();
    QString helpText() const;
    std::optional<int> applyFlags(SessionSettings &settings, bool fromAccount);
    std::optional<int> readPassword(QString *password);
    std::optional<int> continueWithSettings();
    void accountLoaded(const AccountSettings &account);
    void checkRecipientDomain();
    void startSession();
    void sessionFinished(const SessionResult &result);
    void printResult(const SessionResult &result, const Diagnosis &diagnosis);
    DiagnosisContext diagnosisContext() const;
    void recordAccountTest(const SessionResult &result);
    void interrupted();
    int usageError(const QString &message);
    void finishWith(int exitCode);

    Mode m_mode = Mode::Probe;
    QString m_commandName;
    QCommandLineParser m_parser;
    SessionSettings m_settings;
    QString m_password;
    bool m_passwordGiven = false;
    bool m_json = false;
    bool m_cancelled = false;

    // send-test
    QString m_accountEmail;
    QString m_accountId;
    QString m_providerId;
    QString m_senderAddress;
    QString m_fromDisplayName;
    QString m_recipient;     // as sent in RCPT TO
    QString m_recipientDomain;
    QString m_testId;
    OutgoingMessage m_message;
    QStringList m_warnings;

    std::unique_ptr<SessionPrinter> m_printer;
    InterruptWatcher *m_interruptWatcher = nullptr;
    QPointer<MailDomainCheck> m_domainCheck;
    QPointer<SmtpSession> m_session;
    QPointer<RemedyChecker> m_remedyChecker;
};

} // namespace Postaci::Cli
