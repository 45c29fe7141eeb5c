#pragma once

#include "common/job.h"
#include "deliverability/dnsresolver.h"
#include "deliverability/spfrecord.h"

#include <QHostAddress>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Postaci {

// RFC 7208 §2.6 results.
enum class SpfResult { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };
QString spfResultName(SpfResult result); // "pass", "softfail", "permerror"...

struct SpfOutcome
{
    QHostAddress ip;
    SpfResult result = SpfResult::None;
    QString record; // the sender domain's own SPF record as published; empty when there is none
    QString decidedBy; // the term that decided ("-all", "include:_spf.example.com"), or why the
                       // result is an error ("more than 10 DNS lookups", in the interface's language)
    QString explanation; // RFC 7208 §6.2 exp= text for a fail, expanded; outside text
    int dnsLookups = 0; // terms that cost a lookup (§4.6.4), at most 10
    int voidLookups = 0;
};

// check_host() of RFC 7208 §4 for one address, asynchronous on a DnsResolver: include, a, mx,
// ptr, ip4, ip6, exists, redirect, exp, all, the qualifiers, macros (§7), the limit of 10 terms
// that cause DNS lookups and of 2 void lookups (§4.6.4). The evaluator is our own rather than
// libspf2 because it must ask through the same asynchronous resolver as every other check (one
// deadline, one cache, no thread blocked in a resolver call): docs/deliverability.md#spf.
//
//   auto *check = new SpfCheck(resolver, {ip, u"firma.com.tr"_s, u"ali@firma.com.tr"_s, helo}, parent);
//   connect(check, &SpfCheck::finished, ...);  // once, from the event loop; then deleteLater()
//   check->start();
class SpfCheck : public Job
{
    Q_OBJECT
public:
    struct Request
    {
        QHostAddress ip;
        QString domain; // where the record is looked up first (the sender's domain)
        QString sender; // "local@domain"; empty: postmaster@helo (§4.3)
        QString helo;
    };

    static constexpr int maxDnsTerms = 10; // §4.6.4
    static constexpr int maxVoidLookups = 2;
    static constexpr int maxNamesPerTerm = 10; // MX names, PTR names (§4.6.4)

    SpfCheck(DnsResolver *resolver, const Request &request, QObject *parent = nullptr);
    ~SpfCheck() override;

    // True for a name check_host() can look up at all (§4.3): labels of 1..63 characters, more
    // than one label. Otherwise the result is "none".
    static bool isCheckableDomain(const QString &domain);

Q_SIGNALS:
    void finished(const Postaci::SpfOutcome &outcome);

private:
    struct Frame;
    using Done = std::function<void(SpfResult, const QString &decidedBy, const QString &explanation)>;

    void run() override;
    void doCancel() override;

    void checkHost(const QString &domain, bool top, bool wantExplanation, Done done);
    void evaluate(const std::shared_ptr<Frame> &frame);
    void matched(const std::shared_ptr<Frame> &frame, const SpfTerm &term);
    void noMatch(const std::shared_ptr<Frame> &frame);
    void finishFrame(const std::shared_ptr<Frame> &frame, SpfResult result, const QString &decidedBy);
    void matchMx(const std::shared_ptr<Frame> &frame, const SpfTerm &term, const QString &target);
    void matchPtr(const std::shared_ptr<Frame> &frame, const SpfTerm &term, const QString &target);
    bool countDnsTerm(const std::shared_ptr<Frame> &frame);
    bool countVoid(const std::shared_ptr<Frame> &frame, const DnsResult &result);
    bool addressMatches(const QHostAddress &address, const SpfTerm &term) const;
    std::optional<QString> expandDomain(const std::shared_ptr<Frame> &frame, const QString &spec) const;
    // %{p} (§7.3): the client's PTR names whose own addresses include it, looked up once.
    void resolveValidatedNames(std::function<void()> then);
    QString validatedNameFor(const QString &domain) const;
    void finish(SpfResult result, const QString &decidedBy, const QString &explanation);

    QPointer<DnsResolver> m_resolver;
    Request m_request;
    SpfMacroValues m_values;
    SpfOutcome m_outcome;
    bool m_v6 = false;
    std::optional<QStringList> m_validatedNames;
};

} // namespace Postaci
