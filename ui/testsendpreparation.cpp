#include "testsendpreparation.h"

#include "account/secretjob.h"
#include "account/emailaddress.h"
#include "message/testmessage.h"

#include <QTimer>

namespace Postaci {

TestSendPreparation::TestSendPreparation(const Account &account, const QString &sender, const QString &recipient,
                                         const ConnectionOptions &options, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_sender(sender)
    , m_recipient(recipient)
    , m_options(options)
{ }

TestSendPreparation::~TestSendPreparation()
{
    if (m_secretJob) {
        disconnect(m_secretJob, nullptr, this, nullptr);
        m_secretJob->cancel();
    }
    if (m_domainCheck) {
        disconnect(m_domainCheck, nullptr, this, nullptr);
        m_domainCheck->cancel();
    }
}

void TestSendPreparation::start()
{
    const bool needsPassword = m_account.auth != AuthMethod::None;
    if (!needsPassword) {
        m_password = QString();
    } else if (!m_password && !m_account.passwordSaved) {
        // Nothing saved and nothing typed: try without signing in; the diagnosis explains a 530.
        m_password = QString();
    }
    if (m_password) {
        // Finish from the event loop, as the keychain path does: callers connect after start().
        QTimer::singleShot(0, this, &TestSendPreparation::checkRecipientDomain);
        return;
    }
    Q_EMIT progress(tr("Reading the password from the keychain…"));
    auto *job = SecretJob::read(m_account.id, this);
    m_secretJob = job;
    connect(job, &SecretJob::finished, this, &TestSendPreparation::secretRead);
    job->start();
}

void TestSendPreparation::cancel()
{
    if (m_finished)
        return;
    Result result;
    result.cancelled = true;
    result.title = tr("Cancelled.");
    finish(result);
}

void TestSendPreparation::secretRead(SecretJob *job)
{
    m_secretJob = nullptr;
    if (m_finished)
        return;
    if (job->error() != SecretError::None) {
        Result result;
        result.title = tr("The password could not be read from the keychain");
        result.explanation = job->errorMessage();
        result.diagnosis = diagnoseSecretError(job->error(), job->backendMessage());
        finish(result);
        return;
    }
    m_password = job->secret();
    checkRecipientDomain();
}

void TestSendPreparation::checkRecipientDomain()
{
    if (m_finished)
        return;
    const EmailAddress recipient = EmailAddress::parse(m_recipient.trimmed(), EmailAddress::DomainRule::AnyHost);
    if (!recipient.isValid()) {
        fail(tr("The recipient address is not valid"), recipient.errorMessage());
        return;
    }
    const QString domain = recipient.domain();
    if (m_options.recipientCheck == ConnectionOptions::RecipientCheck::Off || !MailDomainCheck::needsLookup(domain)) {
        buildMessage();
        return;
    }
    Q_EMIT progress(tr("Checking that %1 accepts mail…").arg(domain));
    auto *check = new MailDomainCheck(domain, this);
    m_domainCheck = check;
    connect(check, &MailDomainCheck::finished, this, &TestSendPreparation::domainChecked);
    check->start();
}

void TestSendPreparation::domainChecked(const MailDomainCheck::Result &result)
{
    m_domainCheck = nullptr;
    if (m_finished)
        return;
    switch (result.outcome) {
    case MailDomainCheck::Outcome::NoMail:
        fail(tr("The recipient's domain does not accept mail"),
             result.nullMx
                     ? tr("%1 says it receives no e-mail at all (a \"null MX\" record). Check the recipient address.")
                               .arg(result.domain)
                     : tr("%1 has no mail server and no address in DNS, so a message to it would bounce. Check "
                          "the recipient address for a typo.")
                               .arg(result.domain));
        return;
    case MailDomainCheck::Outcome::AcceptsMail:
        Q_EMIT progress(tr("%1 accepts mail (mail servers: %2).")
                                .arg(result.domain, result.mailServers.join(QStringLiteral(", "))));
        break;
    case MailDomainCheck::Outcome::Unknown:
        Q_EMIT progress(tr("Could not check whether %1 accepts mail (%2); sending anyway.")
                                .arg(result.domain, result.timedOut ? tr("no answer in time") : result.detail));
        break;
    case MailDomainCheck::Outcome::Skipped:
        break;
    }
    buildMessage();
}

void TestSendPreparation::buildMessage()
{
    TestMessage message;
    message.setFrom(m_sender, m_account.displayName);
    message.setTo(m_recipient);
    const TestMessage::Result built = message.build();
    if (!built.ok()) {
        fail(tr("The test message could not be built"), built.errorString);
        return;
    }
    Result result;
    result.ok = true;
    result.settings = m_options.applyTo(m_account.toSessionSettings(m_password.value_or(QString())));
    if (m_account.auth == AuthMethod::None)
        result.settings.user.clear();
    result.message = built.message;
    result.testId = message.testId();
    finish(result);
}

void TestSendPreparation::fail(const QString &title, const QString &explanation)
{
    Result result;
    result.title = title;
    result.explanation = explanation;
    finish(result);
}

void TestSendPreparation::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace Postaci
