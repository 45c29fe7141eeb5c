#include "testsendjob.h"

#include "account/accountstore.h"
#include "account/emailaddress.h"
#include "account/secretjob.h"
#include "diagnosis/keychaindiagnosis.h"
#include "diagnosis/preparationdiagnosis.h"
#include "diagnosis/remedychecker.h"
#include "oauth/oauthaccessjob.h"
#include "smtp/smtpsession.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

// Cancels a step the job started, disconnected first so that its last word (each of them
// reports its own cancellation) does not reach the job.
template<typename Step>
void stopQuietly(QObject *job, QPointer<Step> &step)
{
    if (!step)
        return;
    QObject::disconnect(step, nullptr, job, nullptr);
    step->cancel();
}

} // namespace

TestSendRequest TestSendRequest::forAccount(const Account &account, Kind kind)
{
    TestSendRequest request;
    request.kind = kind;
    request.settings = account.toSessionSettings(QString());
    request.accountId = account.id;
    request.passwordSaved = account.passwordSaved;
    request.emailAddress = account.email;
    request.providerId = account.providerId;
    if (account.usesOAuth())
        request.oauth = account.oauth;
    request.sender = account.email;
    request.senderName = account.displayName;
    return request;
}

QJsonObject TestSendResult::toJson(TestSendRequest::Kind kind) const
{
    QJsonObject json = session.toJson();
    if (!diagnosis.isNull())
        json.insert(u"diagnosis"_s, diagnosis.toJson());
    if (kind == TestSendRequest::Kind::Send && !testId.isEmpty())
        json.insert(u"testId"_s, testId);
    // The session's stable words first (certificate-changed), then the sentences (docs/cli.md#json).
    const QStringList all = session.warnings + warnings;
    if (!all.isEmpty())
        json.insert(u"warnings"_s, QJsonArray::fromStringList(all));
    return json;
}

// Runs from the event loop: a caller connects to the signals after start() returns.
TestSendJob::TestSendJob(const TestSendRequest &request, QObject *parent)
    : Job(Start::RunFromEventLoop, Lifetime::DeleteWhenFinished, parent)
    , m_request(request)
{
    m_request.settings.secret.clear(); // only `secret` or the keychain provide one
    m_result.settings = m_request.settings;
}

TestSendJob::~TestSendJob()
{
    m_secret.fill(u'\0');
    if (m_request.secret)
        m_request.secret->fill(u'\0');
    // Nothing may call back into a half-destroyed job.
    stopPreparation();
    stopQuietly(this, m_session);
    stopQuietly(this, m_remedyChecker);
}

void TestSendJob::stopPreparation()
{
    stopQuietly(this, m_secretJob);
    stopQuietly(this, m_accessJob);
    stopQuietly(this, m_domainCheck);
}

void TestSendJob::run()
{
    readSecret();
}

void TestSendJob::doCancel()
{
    // A running session or remedy check ends with its own finished() at once, which ends the job.
    m_result.cancelled = true;
    if (m_session) {
        m_session->cancel();
        return;
    }
    if (m_remedyChecker) {
        m_remedyChecker->cancel();
        return;
    }
    stopPreparation();
    m_result.session.error = SessionError::Cancelled;
    finish(); // nothing runs that could still report: say so now, as SmtpSession::cancel() does
}

void TestSendJob::readSecret()
{
    if (isFinished() || m_result.cancelled)
        return;
    const bool signsIn = m_request.settings.auth != AuthMethod::None && !m_request.settings.user.isEmpty();
    if (!signsIn) {
        m_request.settings.user.clear();
        buildMessage();
        return;
    }
    if (m_request.secret && !m_request.secret->isEmpty()) {
        m_secret = *m_request.secret;
        buildMessage();
        return;
    }
    if (m_request.oauth && m_request.settings.auth == AuthMethod::OAuth2 && !m_request.accountId.isEmpty()) {
        readAccessToken();
        return;
    }
    if (m_request.accountId.isEmpty() || !m_request.passwordSaved) {
        // Nothing saved and nothing given: signing in without a password cannot work, and
        // trying without signing in would only end in a confusing 530.
        failBeforeSession(TestSendStage::Secret, SessionError::InvalidInput,
                          tr("no password was given and none is saved in the keychain"),
                          diagnoseMissingPassword(m_request.emailAddress.isEmpty() ? m_request.settings.user
                                                                                   : m_request.emailAddress));
        return;
    }
    Q_EMIT note(tr("Reading the password from the keychain…"));
    auto *job = SecretJob::read(m_request.accountId, this);
    m_secretJob = job;
    connect(job, &SecretJob::finished, this, &TestSendJob::secretRead);
    job->start();
}

void TestSendJob::secretRead(SecretJob *job)
{
    m_secretJob = nullptr;
    if (isFinished())
        return;
    if (job->error() != SecretError::None) {
        failBeforeSession(TestSendStage::Secret, SessionError::KeychainFailure, job->errorMessage(),
                          diagnoseSecretError(job->error(), job->backendMessage()));
        return;
    }
    m_secret = job->secret();
    buildMessage();
}

void TestSendJob::readAccessToken()
{
    Q_EMIT note(tr("Reading the sign-in from the keychain…"));
    auto *job = new OAuthAccessJob(m_request.accountId, *m_request.oauth, this);
    job->setExtraCaCertificates(m_request.settings.extraCaCertificates);
    m_accessJob = job;
    connect(job, &OAuthAccessJob::refreshing, this, [this] {
        Q_EMIT note(tr("The access token has expired; renewing it at %1…").arg(m_request.oauth->tokenUrl.host()));
    });
    connect(job, &OAuthAccessJob::finished, this, &TestSendJob::accessTokenRead);
    job->start();
}

void TestSendJob::accessTokenRead(const OAuthAccessResult &result)
{
    m_accessJob = nullptr;
    if (isFinished())
        return;
    const QString provider = m_request.oauth->providerLabel();
    switch (result.error) {
    case OAuthAccessResult::Error::None:
        if (result.refreshed)
            Q_EMIT note(tr("The access token was renewed and saved in the keychain."));
        m_secret = result.accessToken;
        buildMessage();
        return;
    case OAuthAccessResult::Error::NotSignedIn:
    case OAuthAccessResult::Error::SignInAgain: {
        const bool wasSignedIn = result.error == OAuthAccessResult::Error::SignInAgain;
        failBeforeSession(TestSendStage::Secret, SessionError::AuthFailed,
                          wasSignedIn ? tr("the provider refused the saved sign-in") : tr("not signed in"),
                          diagnoseOAuthSignInAgain(provider, m_request.accountId, wasSignedIn, result.detail),
                          SessionStep::Auth); // it ended at signing in (docs/cli.md#json)
        return;
    }
    case OAuthAccessResult::Error::Keychain:
        failBeforeSession(TestSendStage::Secret, SessionError::KeychainFailure, result.detail,
                          diagnoseSecretError(result.secretError, result.secretDetail));
        return;
    case OAuthAccessResult::Error::TokenFailed:
    case OAuthAccessResult::Error::TimedOut:
        failBeforeSession(TestSendStage::Secret,
                          result.error == OAuthAccessResult::Error::TimedOut ? SessionError::Timeout
                                                                             : SessionError::NetworkError,
                          result.detail, diagnoseOAuthTokenEndpoint(m_request.oauth->tokenUrl.host(), result.detail),
                          SessionStep::Auth);
        return;
    case OAuthAccessResult::Error::Cancelled:
        m_result.cancelled = true;
        m_result.session.error = SessionError::Cancelled;
        finish();
        return;
    }
}

QString TestSendJob::effectiveRecipient() const
{
    return m_request.recipient.trimmed().isEmpty() ? m_request.sender.trimmed() : m_request.recipient.trimmed();
}

void TestSendJob::buildMessage()
{
    if (m_request.kind == TestSendRequest::Kind::Probe) {
        startSession();
        return;
    }
    TestMessage message;
    message.setFrom(m_request.sender.trimmed(), m_request.senderName);
    const bool toSender = m_request.recipient.trimmed().isEmpty();
    message.setTo(effectiveRecipient(), toSender ? m_request.senderName : m_request.recipientName);
    message.setSubject(m_request.subject);
    const TestMessage::Result built = message.build();
    if (!built.ok()) {
        m_result.messageField = built.field;
        failBeforeSession(TestSendStage::Message, SessionError::InvalidInput, built.errorString, Diagnosis());
        return;
    }
    m_message = built.message;
    m_result.testId = message.testId();
    checkRecipientDomain();
}

void TestSendJob::checkRecipientDomain()
{
    const EmailAddress recipient = EmailAddress::parse(effectiveRecipient(), EmailAddress::DomainRule::AnyHost);
    const QString domain = recipient.domain();
    if (!m_request.recipientCheck || !recipient.isValid() || !MailDomainCheck::needsLookup(domain)) {
        startSession();
        return;
    }
    Q_EMIT note(tr("Checking that %1 accepts mail…").arg(domain));
    auto *check = new MailDomainCheck(domain, this);
    check->setTimeout(std::min(m_request.recipientCheckLimit, m_request.settings.timeouts.command));
    m_domainCheck = check;
    connect(check, &MailDomainCheck::finished, this, &TestSendJob::recipientDomainChecked);
    check->start();
}

void TestSendJob::recipientDomainChecked(const MailDomainCheck::Result &check)
{
    m_domainCheck = nullptr;
    if (isFinished())
        return;
    switch (check.outcome) {
    case MailDomainCheck::Outcome::NoMail: {
        const Diagnosis diagnosis = diagnoseRecipientDomain(check);
        failBeforeSession(TestSendStage::Recipient, SessionError::InvalidInput, diagnosis.explanation, diagnosis);
        return;
    }
    case MailDomainCheck::Outcome::AcceptsMail: {
        const QString text
                = check.implicitMx
                          ? tr("The recipient's domain %1 accepts mail (no MX record; its own address is used).")
                                    .arg(check.domain)
                          : tr("The recipient's domain %1 accepts mail (MX: %2).")
                                    .arg(check.domain, check.mailServers.join(u", "_s));
        m_result.notes.append(text);
        Q_EMIT note(text);
        break;
    }
    case MailDomainCheck::Outcome::Unknown: {
        const QString text
                = check.timedOut
                          ? tr("Could not check in time whether the recipient's domain %1 accepts mail; sending "
                               "anyway.")
                                    .arg(check.domain)
                          : tr("Could not check whether the recipient's domain %1 accepts mail (%2); sending anyway.")
                                    .arg(check.domain, check.detail);
        m_result.warnings.append(text);
        Q_EMIT warning(text);
        break;
    }
    case MailDomainCheck::Outcome::Skipped:
        break;
    }
    startSession();
}

void TestSendJob::startSession()
{
    if (isFinished() || m_result.cancelled)
        return;
    SessionSettings settings = m_request.settings;
    settings.secret = m_secret;
    m_result.settings = m_request.settings; // without the secret
    auto *session = new SmtpSession(settings, this);
    settings.secret.fill(u'\0');
    m_session = session;
    connect(session, &SmtpSession::stepChanged, this, &TestSendJob::stepChanged);
    connect(session, &SmtpSession::transcriptLine, this, &TestSendJob::transcriptLine);
    connect(session, &SmtpSession::finished, this, &TestSendJob::smtpSessionFinished);
    Q_EMIT sessionStarted(m_result.settings, m_result.testId);
    if (m_request.kind == TestSendRequest::Kind::Probe)
        session->startProbe();
    else
        session->startSend(m_message);
}

DiagnosisContext TestSendJob::diagnosisContext() const
{
    const QString address = m_request.emailAddress.isEmpty() ? m_request.sender : m_request.emailAddress;
    return DiagnosisContext::forAccount(address, m_request.settings.host, m_request.providerId);
}

void TestSendJob::smtpSessionFinished(const SessionResult &result)
{
    m_session = nullptr; // it deletes itself
    m_secret.fill(u'\0');
    m_result.session = result;
    m_result.stage = TestSendStage::Session;
    if (result.error == SessionError::Cancelled)
        m_result.cancelled = true;
    m_result.ok = result.ok && !m_result.cancelled;
    if (!m_result.ok && !m_result.cancelled)
        m_result.diagnosis = diagnose(result, m_request.settings, diagnosisContext());
    if (result.warnings.contains(CertificateChangedWarning)) {
        // docs/security.md#pin-changed: said where warnings are shown (the CLI's stderr, the test
        // window); the JSON carries the word from the session's result, not this sentence.
        Q_EMIT warning(tr("The server's certificate has changed: it is not the certificate pinned for %1. It is "
                          "valid for that host, so the test went on. If you did not expect a new certificate, "
                          "check it before trusting this server; otherwise pin the new one.")
                               .arg(m_request.settings.host));
    }
    recordResult();
    // A remedy that moves to a foreign host is shown only once RemedyChecker found that the name
    // reaches the same machine (docs/security.md#foreign-host).
    Q_EMIT sessionFinished(result, m_result.diagnosis.withoutForeignHosts());

    bool checkable = false;
    for (const Remedy &remedy : std::as_const(m_result.diagnosis.remedies))
        checkable = checkable || (remedy.settings && remedy.settings->isCheckable());
    if (m_result.cancelled || !m_request.checkRemedies || !checkable) {
        m_result.diagnosis = m_result.diagnosis.withoutForeignHosts();
        finish();
        return;
    }
    auto *checker = new RemedyChecker(m_result.diagnosis, m_request.settings, this);
    checker->setDeadline(m_request.remedyCheckDeadline);
    m_remedyChecker = checker;
    connect(checker, &RemedyChecker::finished, this, &TestSendJob::remediesChecked);
    Q_EMIT remediesChecking();
    checker->start();
}

void TestSendJob::remediesChecked(const Diagnosis &diagnosis)
{
    m_remedyChecker = nullptr;
    m_result.diagnosis = diagnosis;
    // Cancelling the check (Ctrl-C, the window closed) keeps what the test found.
    m_result.cancelled = false;
    finish();
}

void TestSendJob::recordResult()
{
    // The accounts list shows the last test of each account and when it ran; a probe of typed
    // settings (the wizard) or a cancelled test says nothing to keep.
    const bool worthKeeping = m_request.kind == TestSendRequest::Kind::Send || m_request.recordProbe;
    if (!worthKeeping || m_request.accountId.isEmpty() || !m_request.recordResult || m_result.cancelled)
        return;
    AccountStore store = m_request.accountsFile.isEmpty() ? AccountStore() : AccountStore(m_request.accountsFile);
    const AccountStore::Result recorded
            = store.recordTestResult(m_request.accountId, AccountTestResult::fromSession(m_result.session));
    if (!recorded.ok()) {
        m_result.recordWarning = tr("The test result could not be saved with the account: %1").arg(recorded.message);
        m_result.warnings.append(m_result.recordWarning);
        Q_EMIT warning(m_result.recordWarning);
    }
}

void TestSendJob::failBeforeSession(TestSendStage stage, SessionError error, const QString &detail,
                                    const Diagnosis &diagnosis, SessionStep step)
{
    m_result.stage = stage;
    m_result.session = SessionResult();
    m_result.session.step = step; // nothing was sent to the SMTP server
    m_result.session.error = error;
    m_result.session.errorDetail = detail;
    m_result.diagnosis = diagnosis;
    finish();
}

void TestSendJob::finish()
{
    if (!claimFinish())
        return;
    if (m_result.cancelled) {
        m_result.ok = false;
        m_result.session.ok = false;
        if (m_result.session.error == SessionError::None)
            m_result.session.error = SessionError::Cancelled;
    }
    Q_EMIT finished(m_result);
}

} // namespace Postaci
