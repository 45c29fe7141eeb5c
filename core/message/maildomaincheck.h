#pragma once

#include "common/job.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>

class QDnsLookup;

namespace Postaci {

// Does a domain accept mail? Asked before a test send, so that a typo in the recipient's
// domain is reported before anything is sent rather than coming back as a bounce.
//
// RFC 5321 §5.1: the MX records name the mail servers; without MX records the domain's own
// address (A/AAAA) is the "implicit MX". RFC 7505: a single MX "." means "accepts no mail".
// Only answers that prove the domain cannot receive mail (NXDOMAIN, null MX, no MX and no
// address at all) count as NoMail; a resolver that fails or is too slow gives Unknown, which
// callers treat as a warning, not a failure.
//
//   auto *check = new MailDomainCheck(u"example.com.tr"_s, parent);
//   connect(check, &MailDomainCheck::finished, ...);  // once; then it deleteLater()s itself
//   check->start();
//   check->cancel();   // finishes at once (synchronously) with Unknown
//
// start() and cancel() come from Job.
class MailDomainCheck : public Job
{
    Q_OBJECT
public:
    enum class Outcome {
        AcceptsMail, // MX records, or an address as the implicit MX
        NoMail, // the domain does not exist, has a null MX, or has neither MX nor address
        Unknown, // the resolver failed or timed out: could not tell
        Skipped, // an address literal or "localhost": nothing to look up
    };

    struct Result
    {
        Outcome outcome = Outcome::Unknown;
        QString domain;
        QStringList mailServers; // MX exchanges by preference, or the domain itself for the implicit MX
        bool implicitMx = false;
        bool nullMx = false;
        bool timedOut = false;
        QString detail; // resolver error text (untranslated), for --transcript-style output
    };

    // domain: A-labels (EmailAddress::domain()) or an address literal.
    explicit MailDomainCheck(const QString &domain, QObject *parent = nullptr);
    ~MailDomainCheck() override;

    void setTimeout(std::chrono::milliseconds timeout); // whole check; default 5 s

    static bool needsLookup(const QString &domain); // false for literals and localhost

Q_SIGNALS:
    void finished(const Postaci::MailDomainCheck::Result &result);

private:
    void run() override;
    void doCancel() override;
    void mxLookupFinished();
    void addressLookupFinished();
    void finish(Outcome outcome);
    QDnsLookup *newLookup(int type);

    Result m_result;
    std::chrono::milliseconds m_timeout{5000};
    QTimer m_timer;
    QPointer<QDnsLookup> m_mx;
    QPointer<QDnsLookup> m_a;
    QPointer<QDnsLookup> m_aaaa;
};

} // namespace Postaci
