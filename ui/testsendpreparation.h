#pragma once

#include "account/account.h"
#include "connectionoptions.h"
#include "diagnosis/diagnosis.h"
#include "message/maildomaincheck.h"
#include "smtp/outgoingmessage.h"
#include "smtp/sessionsettings.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Postaci {

class SecretJob;

// Everything before a test e-mail goes out, as one job: the password from the keychain (unless
// one was typed for this test), the recipient's domain checked to accept mail, and the message
// built. Ends with the settings and message for SmtpSession::startSend, or with the reason it
// cannot go on.
//
// finished() is emitted exactly once; the job deletes itself afterwards.
class TestSendPreparation : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString title; // translated, when !ok
        QString explanation; // translated, when !ok
        Diagnosis diagnosis; // when the core can say more (a keychain failure)
        SessionSettings settings;
        OutgoingMessage message;
        QString testId;
    };

    TestSendPreparation(const Account &account, const QString &sender, const QString &recipient,
                        const ConnectionOptions &options, QObject *parent = nullptr);
    ~TestSendPreparation() override;

    // A password typed for this test only; the keychain is not asked then.
    void setPassword(const QString &password) { m_password = password; }

    void start();
    void cancel();

Q_SIGNALS:
    void progress(const QString &text);
    void finished(const Postaci::TestSendPreparation::Result &result);

private:
    void secretRead(SecretJob *job);
    void checkRecipientDomain();
    void domainChecked(const MailDomainCheck::Result &result);
    void buildMessage();
    void fail(const QString &title, const QString &explanation);
    void finish(Result result);

    Account m_account;
    QString m_sender;
    QString m_recipient;
    ConnectionOptions m_options;
    std::optional<QString> m_password;
    QPointer<SecretJob> m_secretJob;
    QPointer<MailDomainCheck> m_domainCheck;
    bool m_finished = false;
};

} // namespace Postaci
