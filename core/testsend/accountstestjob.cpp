#include "accountstestjob.h"

#include "account/accounthealth.h"
#include "account/accountstore.h"
#include "smtp/settingslabels.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Postaci {

bool AccountCheck::keychainUnreachable() const
{
    // diagnoseSecretError(): "keychain-unavailable" is no keychain, locked, refused or silent;
    // "keychain-password-missing" means the keychain answered and this account is broken.
    return test.stage == TestSendStage::Secret && test.session.error == SessionError::KeychainFailure
            && test.diagnosis.id == "keychain-unavailable"_L1;
}

QString AccountCheck::stepName() const
{
    return sessionStepName(test.session.step);
}

QString AccountCheck::errorName() const
{
    if (ok())
        return {};
    if (timedOut)
        return sessionErrorName(SessionError::Timeout);
    return sessionErrorName(test.session.error);
}

QString AccountCheck::summary() const
{
    if (ok())
        return tr("works");
    if (timedOut)
        return tr("no answer in time (at step \"%1\")").arg(SettingsLabels::step(test.session.step));
    const QString why = test.diagnosis.isNull() ? SettingsLabels::errorName(errorName()) : test.diagnosis.title;
    return tr("failed at step \"%1\": %2").arg(SettingsLabels::step(test.session.step), why);
}

QJsonObject AccountCheck::toJson() const
{
    QJsonObject json{{u"id"_s, accountId}, {u"email"_s, email}, {u"ok"_s, ok()}, {u"step"_s, stepName()}};
    if (!ok())
        json.insert(u"error"_s, errorName());
    if (!test.diagnosis.isNull())
        json.insert(u"diagnosis"_s, test.diagnosis.toJson());
    json.insert(u"certificateDaysLeft"_s, certificateDaysLeft ? QJsonValue(*certificateDaysLeft) : QJsonValue());
    json.insert(u"warnings"_s, QJsonArray::fromStringList(warnings));
    return json;
}

bool AccountsTestResult::ok() const
{
    if (cancelled)
        return false;
    for (const AccountCheck &check : accounts) {
        if (!check.ok())
            return false;
    }
    return true;
}

bool AccountsTestResult::keychainUnreachable() const
{
    for (const AccountCheck &check : accounts) {
        if (check.keychainUnreachable())
            return true;
    }
    return false;
}

QJsonObject AccountsTestResult::toJson() const
{
    QJsonArray list;
    for (const AccountCheck &check : accounts)
        list.append(check.toJson());
    QJsonObject json{{u"ok"_s, ok()}, {u"accounts"_s, list}};
    if (cancelled)
        json.insert(u"cancelled"_s, true);
    return json;
}

// Runs from the event loop: a caller connects to the signals after start() returns.
AccountsTestJob::AccountsTestJob(const QList<Account> &accounts, TestSendRequest::Kind kind, QObject *parent)
    : Job(Start::RunFromEventLoop, Lifetime::DeleteWhenFinished, parent)
    , m_accounts(accounts)
    , m_kind(kind)
{
    m_checks.resize(m_accounts.size());
    m_jobs.resize(m_accounts.size());
    m_timedOut.fill(false, m_accounts.size());
    for (qsizetype i = 0; i < m_accounts.size(); ++i)
        m_timers.append(std::make_shared<QTimer>());
}

AccountsTestJob::~AccountsTestJob()
{
    // Nothing may call back into a half-destroyed job.
    for (const QPointer<TestSendJob> &job : std::as_const(m_jobs)) {
        if (job) {
            disconnect(job, nullptr, this, nullptr);
            job->cancel();
        }
    }
}

void AccountsTestJob::run()
{
    for (int i = 0; i < m_accounts.size(); ++i)
        startTest(i);
    finishIfDone(); // no account at all
}

void AccountsTestJob::startTest(int index)
{
    TestSendRequest request = TestSendRequest::forAccount(m_accounts.at(index), m_kind);
    request.accountsFile = m_accountsFile;
    if (m_adjust)
        request.settings = m_adjust(request.settings);
    request.recordProbe = true;
    // Remedies are for someone fixing an account now; monitoring needs the verdict fast.
    request.checkRemedies = false;
    // --send mails the account's own address: its domain is the account's, not a typo to catch.
    request.recipientCheck = false;
    auto *job = new TestSendJob(request, this);
    m_jobs[index] = job;
    connect(job, &TestSendJob::finished, this, [this, index](const TestSendResult &result) { testFinished(index, result); });
    QTimer *timer = m_timers.at(index).get();
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a limit never fires early (docs/testing.md#time-in-tests)
    timer->setInterval(m_deadline);
    connect(timer, &QTimer::timeout, this, [this, index] { deadlinePassed(index); });
    timer->start();
    job->start();
}

void AccountsTestJob::deadlinePassed(int index)
{
    if (!m_jobs.at(index))
        return;
    m_timedOut[index] = true;
    m_jobs.at(index)->cancel(); // finishes at once, cancelled
}

void AccountsTestJob::testFinished(int index, const TestSendResult &result)
{
    m_jobs[index] = nullptr;
    m_timers.at(index)->stop();
    const Account &account = m_accounts.at(index);
    AccountCheck check;
    check.accountId = account.id;
    check.email = account.email;
    check.displayName = account.displayName;
    check.test = result;
    check.timedOut = m_timedOut.at(index);
    if (!result.session.tls.peerChain.isEmpty()) {
        check.certificateDaysLeft = AccountHealth::certificateDaysLeft(
                result.session.tls.peerChain.constFirst().expiryDate(), QDateTime::currentDateTimeUtc());
    }
    if (const auto warning = AccountHealth::certificateWarning(check.certificateDaysLeft)) {
        check.warnings.append(warning->word);
        check.warningTexts.append(warning->text);
    }
    for (const QString &word : result.session.warnings) {
        if (!check.warnings.contains(word))
            check.warnings.append(word);
    }
    check.warningTexts += result.warnings;
    if (check.timedOut)
        recordTimeout(check);
    m_checks[index] = check;
    ++m_done;
    if (!m_cancelling)
        Q_EMIT accountFinished(check, m_done, total());
    finishIfDone();
}

void AccountsTestJob::recordTimeout(const AccountCheck &check)
{
    // TestSendJob keeps nothing of a cancelled test; an account that did not answer in time is
    // exactly what the accounts list must show.
    SessionResult session = check.test.session;
    session.ok = false;
    session.error = SessionError::Timeout;
    AccountStore store = m_accountsFile.isEmpty() ? AccountStore() : AccountStore(m_accountsFile);
    store.recordTestResult(check.accountId, AccountTestResult::fromSession(session));
}

void AccountsTestJob::doCancel()
{
    m_cancelling = true;
    for (const QPointer<TestSendJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel(); // each finishes at once, into testFinished()
    }
    finishIfDone();
}

void AccountsTestJob::finishIfDone()
{
    if (m_done < total() && !m_cancelling)
        return;
    for (const QPointer<TestSendJob> &job : std::as_const(m_jobs)) {
        if (job)
            return;
    }
    if (!claimFinish())
        return;
    AccountsTestResult result;
    result.cancelled = isCancelled();
    for (const std::optional<AccountCheck> &check : std::as_const(m_checks)) {
        if (check)
            result.accounts.append(*check);
    }
    Q_EMIT finished(result);
}

} // namespace Postaci
