#pragma once

#include "account/account.h"
#include "common/job.h"
#include "diagnosis/diagnosis.h"
#include "message/maildomaincheck.h"
#include "message/testmessage.h"
#include "oauth/oauthconfig.h"
#include "smtp/outgoingmessage.h"
#include "smtp/sessionresult.h"
#include "smtp/sessionsettings.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Postaci {

class OAuthAccessJob;
struct OAuthAccessResult;
class RemedyChecker;
class SecretJob;
class SmtpSession;

// What to test: a probe (greeting, TLS, sign-in, QUIT) or a test e-mail, for a saved account or
// for settings typed in. Built by the faces from their flags or fields; everything after that
// is TestSendJob's.
struct TestSendRequest
{
    enum class Kind { Probe, Send };
    Kind kind = Kind::Probe;

    // Where and how to connect and sign in. The secret in it is ignored: see `secret`.
    SessionSettings settings;
    // A password (or token) given for this test only: typed in a dialog, --password-stdin.
    // When absent, a saved account's password is read from the keychain.
    std::optional<QString> secret;

    // The saved account this test is of (empty id: settings typed in, nothing saved). Its
    // password is read from the keychain when it was saved, and a test e-mail's outcome is
    // recorded with it (accountsFile: AccountStore's default when empty).
    QString accountId;
    bool passwordSaved = false;
    QString accountsFile;
    bool recordResult = true;
    // A probe is recorded too (`accounts test` without --send: a sign-in check is the test).
    bool recordProbe = false;

    // Who the diagnosis is about: the account's address and its catalog provider, if any.
    QString emailAddress;
    QString providerId;

    // An OAuth2 account (auth oauth2): its access token comes from the keychain, renewed first
    // when it has expired (OAuthAccessJob); settings.extraCaCertificates are trusted for the
    // token endpoint too.
    std::optional<OAuthConfig> oauth;

    // Kind::Send: the message. The recipient defaults to the sender.
    QString sender;
    QString senderName;
    QString recipient;
    QString recipientName;
    QString subject;
    // Ask DNS whether the recipient's domain takes mail before anything is sent (docs/cli.md,
    // "Before sending"); off for --no-recipient-check and "Send anyway".
    bool recipientCheck = true;
    std::chrono::milliseconds recipientCheckLimit{5000};

    // Probe the checkable remedies of a failure (RemedyChecker) before finishing.
    bool checkRemedies = true;
    std::chrono::milliseconds remedyCheckDeadline{5000};

    // A test of a saved account, with its own settings (no secret: the keychain has it).
    static TestSendRequest forAccount(const Account &account, Kind kind);
};

// Where a test ended when it did not get as far as the server, or that it did.
enum class TestSendStage {
    Secret, // reading the password (or an OAuth2 account's tokens) from the keychain, renewing the token
    Recipient, // the recipient's domain does not take mail
    Message, // the test message could not be built from the addresses given
    Session, // the SMTP session ran (successfully or not)
};

struct TestSendResult
{
    bool ok = false;
    bool cancelled = false;
    TestSendStage stage = TestSendStage::Session;
    // The session's result; before the session, step "resolve" and the error that stopped the
    // test (keychain-failure, invalid-input) with errorDetail, so every face reads one shape.
    SessionResult session;
    SessionSettings settings; // what the session ran with (the secret cleared)
    Diagnosis diagnosis; // remedies checked when the request asked for it
    QStringList notes; // what was found on the way ("…accepts mail (MX: …)")
    QStringList warnings; // what did not stop the test but should be known
    QString testId; // Kind::Send: the id written into the test message
    TestMessage::Field messageField = TestMessage::Field::None; // Stage::Message: which field
    QString recordWarning; // the result could not be saved with the account

    // The JSON of `postaci-cli probe/send-test --json`: SessionResult::toJson() plus
    // "diagnosis", "testId" (send) and "warnings" (docs/cli.md).
    QJsonObject toJson(TestSendRequest::Kind kind) const;
};

// The one way Postacı tests an account, for the main window, the wizard's Verify page and
// postaci-cli probe / send-test alike (docs/architecture.md, "The test-send data path"):
//
//   keychain (unless a secret was given) → recipient's domain accepts mail (send) → test
//   message (send) → SmtpSession → diagnose() → RemedyChecker → the result recorded with the
//   account (send) → finished()
//
// In the spirit of kmailtransport's SmtpJob and QtKeychain's Job: start(), cancel(), and
// finished() exactly once, from the event loop; the job deletes itself afterwards. Everything
// on the way is reported as it happens so that a face can show it live. start() and cancel()
// come from Job; nothing is reported from inside start(), and cancel() stops whatever runs:
// finished() follows promptly with cancelled set.
class TestSendJob : public Job
{
    Q_OBJECT
public:
    explicit TestSendJob(const TestSendRequest &request, QObject *parent = nullptr);
    ~TestSendJob() override;

    const TestSendRequest &request() const { return m_request; }

Q_SIGNALS:
    // Something found on the way, in words ("Reading the password from the keychain…").
    void note(const QString &text);
    void warning(const QString &text);
    // The SMTP session is about to start with these settings (secret cleared).
    void sessionStarted(const Postaci::SessionSettings &settings, const QString &testId);
    void stepChanged(Postaci::SessionStep step);
    void transcriptLine(const Postaci::TranscriptLine &line);
    // The session ended; on failure its diagnosis, before the remedies are checked.
    void sessionFinished(const Postaci::SessionResult &result, const Postaci::Diagnosis &diagnosis);
    void remediesChecking();
    void finished(const Postaci::TestSendResult &result);

private:
    void run() override;
    void doCancel() override;
    void stopPreparation();
    void readSecret();
    void secretRead(SecretJob *job);
    void readAccessToken();
    void accessTokenRead(const OAuthAccessResult &result);
    void checkRecipientDomain();
    void recipientDomainChecked(const MailDomainCheck::Result &result);
    void buildMessage();
    void startSession();
    void smtpSessionFinished(const SessionResult &result);
    void remediesChecked(const Diagnosis &diagnosis);
    void failBeforeSession(TestSendStage stage, SessionError error, const QString &detail, const Diagnosis &diagnosis,
                           SessionStep step = SessionStep::Resolve);
    void finish();
    void recordResult();
    DiagnosisContext diagnosisContext() const;
    QString effectiveRecipient() const;

    TestSendRequest m_request;
    QString m_secret;
    OutgoingMessage m_message;
    TestSendResult m_result;

    QPointer<SecretJob> m_secretJob;
    QPointer<OAuthAccessJob> m_accessJob;
    QPointer<MailDomainCheck> m_domainCheck;
    QPointer<SmtpSession> m_session;
    QPointer<RemedyChecker> m_remedyChecker;
};

} // namespace Postaci
