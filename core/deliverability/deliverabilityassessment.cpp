#include "deliverabilityassessment.h"

#include "deliverability/domainrecords.h"
#include "discovery/providerentry.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

// RFC 7208 results from the worst to the best, for one line about several addresses.
int severity(SpfResult result)
{
    switch (result) {
    case SpfResult::PermError:
        return 0;
    case SpfResult::Fail:
        return 1;
    case SpfResult::TempError:
        return 2;
    case SpfResult::SoftFail:
        return 3;
    case SpfResult::None:
        return 4;
    case SpfResult::Neutral:
        return 5;
    case SpfResult::Pass:
        return 6;
    }
    return 0;
}

QString addressList(const QList<QHostAddress> &addresses)
{
    QStringList texts;
    for (const QHostAddress &address : addresses)
        texts.append(address.toString());
    return texts.join(u", "_s);
}

QStringList recordsStartingWith(const DnsResult &result, bool (*isRecord)(const QString &))
{
    QStringList records;
    for (const QString &text : result.texts) {
        if (isRecord(text))
            records.append(text);
    }
    return records;
}

const QStringList commonDkimSelectors
        = {u"google"_s, u"selector1"_s, u"selector2"_s, u"default"_s,  u"dkim"_s, u"mail"_s,
           u"k1"_s,     u"s1"_s,        u"s2"_s,        u"mandrill"_s, u"smtp"_s};

} // namespace

DeliverabilityAssessment::DeliverabilityAssessment(const DeliverabilityFacts &facts)
    : m_facts(facts)
{ }

QStringList DeliverabilityAssessment::dkimSelectors(const ProviderEntry *provider)
{
    QStringList selectors = provider ? provider->dkimSelectors : QStringList();
    for (const QString &selector : commonDkimSelectors) {
        if (!selectors.contains(selector))
            selectors.append(selector);
    }
    return selectors;
}

DeliverabilityReport DeliverabilityAssessment::assess(const DeliverabilityFacts &facts)
{
    const DeliverabilityAssessment assessment(facts);
    DeliverabilityReport report;
    report.sender = facts.sender;
    report.domain = facts.domain;
    report.serverHost = facts.serverHost;
    report.serverAddresses = facts.serverAddresses;
    if (!facts.serverHost.isEmpty())
        report.spfResults = facts.spf;
    report.checks = {assessment.mxCheck(),   assessment.spfCheck(),    assessment.dmarcCheck(),
                     assessment.dkimCheck(), assessment.mtaStsCheck(), assessment.tlsRptCheck()};
    report.verdict = assessment.verdict(report.checks);
    report.dnsUnavailable = facts.dnsUnavailable;
    return report;
}

QString DeliverabilityAssessment::senderText() const
{
    return m_facts.sender.isEmpty() ? m_facts.domain : m_facts.sender;
}

QString DeliverabilityAssessment::spfRecordWith(const QString &existing, const QString &mechanism)
{
    if (!SpfRecord::isSpfRecord(existing))
        return u"v=spf1 "_s + mechanism + u" ~all"_s;
    QStringList terms = existing.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype at = terms.size();
    for (qsizetype i = 1; i < terms.size(); ++i) {
        const QString term = terms.at(i).toLower();
        const QString bare = u"+-~?"_s.contains(term.left(1)) ? term.mid(1) : term;
        if (bare == "all"_L1 || term.startsWith("redirect="_L1)) {
            at = i;
            break;
        }
    }
    terms.insert(at, mechanism);
    return terms.join(QLatin1Char(' '));
}

QString DeliverabilityAssessment::spfMechanismToAdd() const
{
    // The provider's documented include covers all of its sending servers; without one, the
    // server's own name (a: follows its addresses when they change).
    if (m_facts.provider && !m_facts.provider->spfInclude.isEmpty())
        return u"include:"_s + m_facts.provider->spfInclude;
    return u"a:"_s + m_facts.serverHost;
}

RecordToPublish DeliverabilityAssessment::spfFix() const
{
    const QString existing = m_facts.spf.isEmpty() ? QString() : m_facts.spf.first().record;
    if (existing.contains(u" | "_s)) // two records: the fix is one record
        return {m_facts.domain, u"TXT"_s, spfRecordWith(QString(), spfMechanismToAdd())};
    return {m_facts.domain, u"TXT"_s, spfRecordWith(existing, spfMechanismToAdd())};
}

bool DeliverabilityAssessment::spfPassesForServer() const
{
    if (m_facts.serverHost.isEmpty() || m_facts.spf.isEmpty())
        return false;
    return std::all_of(m_facts.spf.cbegin(), m_facts.spf.cend(),
                       [](const SpfOutcome &outcome) { return outcome.result == SpfResult::Pass; });
}

DeliverabilityCheckItem DeliverabilityAssessment::mxCheck() const
{
    DeliverabilityCheckItem item;
    item.id = u"mx"_s;
    const DnsResult &mx = m_facts.mx;
    const QString &domain = m_facts.domain;
    switch (mx.status) {
    case DnsResult::Status::Records:
        item.record = mx.names.join(u", "_s);
        if (mx.names.size() == 1 && (mx.names.first().isEmpty() || mx.names.first() == "."_L1)) {
            item.status = CheckStatus::Fail;
            item.record = u"."_s;
            item.explanation = tr("%1 publishes a null MX: it receives no mail, and receivers may refuse mail from a "
                                  "domain that cannot take replies (RFC 7505).")
                                       .arg(domain);
            item.remedy = tr("Replace the null MX with the MX record your mail provider gives you.");
        } else {
            item.status = CheckStatus::Pass;
            item.explanation = tr("Mail to %1 is received by %2.").arg(domain, item.record);
        }
        break;
    case DnsResult::Status::NoData:
        item.status = CheckStatus::Warn;
        item.explanation = tr("%1 has no MX record: replies go to the domain's own address, and some receivers "
                              "distrust senders whose domain cannot receive mail.")
                                   .arg(domain);
        item.remedy = tr("Publish the MX record your mail provider gives you.");
        break;
    case DnsResult::Status::NxDomain:
        item.status = CheckStatus::Fail;
        item.explanation = tr("%1 does not exist in DNS: receivers refuse mail from it.").arg(domain);
        item.remedy = tr("Check the spelling of the domain, or register it and publish its records.");
        break;
    case DnsResult::Status::Failure:
    case DnsResult::Status::Timeout:
        item.status = CheckStatus::Warn;
        item.explanation = tr("The MX record of %1 could not be checked (%2).").arg(domain, mx.detail);
        break;
    }
    return item;
}

DeliverabilityCheckItem DeliverabilityAssessment::spfCheck() const
{
    DeliverabilityCheckItem item;
    item.id = u"spf"_s;
    const QString &domain = m_facts.domain;
    const QString &host = m_facts.serverHost;
    if (!host.isEmpty() && m_facts.serverAddresses.isEmpty()) {
        item.status = CheckStatus::Warn;
        item.explanation
                = m_facts.serverAddressFailed
                          ? tr("The addresses of %1 could not be looked up, so SPF could not be checked for it.")
                                    .arg(host)
                          : tr("%1 has no address in DNS, so SPF could not be checked for it.").arg(host);
        return item;
    }
    if (m_facts.spf.isEmpty()) {
        item.status = CheckStatus::Warn;
        item.explanation = tr("SPF could not be checked for %1.").arg(domain);
        return item;
    }
    const SpfOutcome worst
            = *std::min_element(m_facts.spf.cbegin(), m_facts.spf.cend(),
                                [](const auto &a, const auto &b) { return severity(a.result) < severity(b.result); });
    item.record = worst.record;
    const QString mechanism = spfMechanismToAdd();
    const QString why = worst.decidedBy;
    if (host.isEmpty()) {
        // Checked for a documentation address (RFC 5737): only errors of the record itself count.
        switch (worst.result) {
        case SpfResult::None:
            item.status = CheckStatus::Warn;
            item.explanation
                    = tr("%1 publishes no SPF record, so receivers cannot tell which servers may send its mail.")
                              .arg(domain);
            item.remedy = tr("Publish an SPF record that names your mail provider (give the server with --host or "
                             "--account to get the exact record).");
            break;
        case SpfResult::PermError:
            item.status = CheckStatus::Fail;
            item.explanation = tr("The SPF record of %1 is broken (%2): receivers treat it as a permanent error.")
                                       .arg(domain, why);
            item.remedy = tr("Repair the SPF record: one record, valid terms, at most 10 terms that need DNS lookups.");
            break;
        case SpfResult::TempError:
            item.status = CheckStatus::Warn;
            item.explanation
                    = tr("The SPF record of %1 could not be evaluated: DNS did not answer (%2).").arg(domain, why);
            break;
        default:
            item.status = CheckStatus::Pass;
            item.explanation
                    = tr("%1 publishes a valid SPF record; give the sending server to check that it is authorised.")
                              .arg(domain);
            break;
        }
        return item;
    }
    const QString addresses = addressList(m_facts.serverAddresses);
    switch (worst.result) {
    case SpfResult::Pass:
        item.status = CheckStatus::Pass;
        item.explanation = tr("The SPF record of %1 authorises %2 (%3).").arg(domain, host, addresses);
        return item;
    case SpfResult::PermError:
        item.status = CheckStatus::Fail;
        item.explanation = tr("The SPF record of %1 is broken (%2): receivers treat it as a permanent error, so it "
                              "authorises no server at all.")
                                   .arg(domain, why);
        break;
    case SpfResult::Fail:
        item.status = CheckStatus::Fail;
        item.explanation = tr("The SPF record of %1 does not authorise %2 (%3 matched %4): receivers see mail sent "
                              "through it as forged.")
                                   .arg(domain, host, worst.ip.toString(), why);
        break;
    case SpfResult::SoftFail:
        item.status = CheckStatus::Warn;
        item.explanation = tr("The SPF record of %1 does not authorise %2 (%3 matched %4): receivers are asked to "
                              "be suspicious, so mail may land in spam.")
                                   .arg(domain, host, worst.ip.toString(), why);
        break;
    case SpfResult::Neutral:
        item.status = CheckStatus::Warn;
        item.explanation = tr("The SPF record of %1 says nothing about %2 (%3): receivers cannot tell whether it may "
                              "send for the domain.")
                                   .arg(domain, host, worst.ip.toString());
        break;
    case SpfResult::None:
        item.status = CheckStatus::Warn;
        item.explanation = tr("%1 publishes no SPF record, so receivers cannot tell whether %2 may send its mail.")
                                   .arg(domain, host);
        break;
    case SpfResult::TempError:
        item.status = CheckStatus::Warn;
        item.explanation = tr("SPF could not be evaluated for %1: DNS did not answer (%2).").arg(host, why);
        return item;
    }
    item.publish = spfFix();
    item.remedy = worst.result == SpfResult::None
                          ? tr("Publish this TXT record at %1: %2").arg(domain, item.publish.value)
                          : tr("Add %1 to the SPF record: publish this TXT record at %2 instead of the old one: %3")
                                    .arg(mechanism, domain, item.publish.value);
    return item;
}

QPair<QString, QString> DeliverabilityAssessment::dmarcRecord() const
{
    const QStringList own = recordsStartingWith(m_facts.dmarc, &DomainRecords::isDmarcRecord);
    if (!own.isEmpty())
        return {own.size() == 1 ? own.first() : QString(), m_facts.domain};
    if (m_facts.organizationalDmarc) {
        const QStringList org = recordsStartingWith(*m_facts.organizationalDmarc, &DomainRecords::isDmarcRecord);
        if (!org.isEmpty())
            return {org.size() == 1 ? org.first() : QString(), m_facts.organizationalDomain};
    }
    return {};
}

QString DeliverabilityAssessment::effectiveDmarcPolicy() const
{
    const auto [text, where] = dmarcRecord();
    if (text.isEmpty())
        return {};
    const DomainRecords::Dmarc dmarc = DomainRecords::parseDmarc(text);
    if (!dmarc.isValid())
        return {};
    // RFC 7489 §6.3: sp applies to subdomains of the organisational domain; pct=0 applies the
    // next lower policy to every message.
    QString policy = where != m_facts.domain && !dmarc.subdomainPolicy.isEmpty() ? dmarc.subdomainPolicy : dmarc.policy;
    if (dmarc.percent == 0)
        policy = policy == "reject"_L1 ? u"quarantine"_s : u"none"_s;
    return policy;
}

bool DeliverabilityAssessment::dkimKeyFound() const
{
    for (const auto &[selector, answer] : m_facts.dkim) {
        for (const QString &text : answer.texts) {
            if (DomainRecords::looksLikeDkimKey(text)) {
                const DomainRecords::DkimKey key = DomainRecords::parseDkimKey(text);
                if (key.isValid() && !key.revoked)
                    return true;
            }
        }
    }
    return false;
}

DeliverabilityCheckItem DeliverabilityAssessment::dmarcCheck() const
{
    DeliverabilityCheckItem item;
    item.id = u"dmarc"_s;
    const QString &domain = m_facts.domain;
    const auto [text, where] = dmarcRecord();
    item.record = text;
    const bool asked
            = m_facts.dmarc.isAnswer() || (m_facts.organizationalDmarc && m_facts.organizationalDmarc->isAnswer());
    if (where.isEmpty()) {
        if (!asked) {
            item.status = CheckStatus::Warn;
            item.explanation
                    = tr("The DMARC policy of %1 could not be checked (%2).").arg(domain, m_facts.dmarc.detail);
            return item;
        }
        item.status = CheckStatus::Warn;
        item.explanation = tr("%1 publishes no DMARC policy: receivers decide alone what to do with mail that fails "
                              "SPF and DKIM, and large mailbox providers expect one.")
                                   .arg(domain);
        item.publish = {u"_dmarc."_s + domain, u"TXT"_s, u"v=DMARC1; p=none; rua=mailto:postmaster@"_s + domain};
        item.remedy = tr("Publish this TXT record at %1 (reports go to postmaster@%2; tighten p= once they look "
                         "clean): %3")
                              .arg(item.publish.name, domain, item.publish.value);
        return item;
    }
    if (text.isEmpty()) {
        item.status = CheckStatus::Warn;
        item.explanation = tr("%1 publishes more than one DMARC record, so receivers ignore them all.").arg(where);
        item.remedy = tr("Keep exactly one TXT record starting with v=DMARC1 at _dmarc.%1.").arg(where);
        return item;
    }
    const DomainRecords::Dmarc dmarc = DomainRecords::parseDmarc(text);
    if (!dmarc.isValid()) {
        item.status = CheckStatus::Warn;
        item.explanation = tr("The DMARC record at _dmarc.%1 cannot be used (%2).").arg(where, dmarc.error);
        item.remedy = tr("Correct it, for example: %1").arg(u"v=DMARC1; p=none; rua=mailto:postmaster@"_s + where);
        return item;
    }
    const QString policy = effectiveDmarcPolicy();
    const QString origin = where == domain ? tr("at %1").arg(domain) : tr("at the organisational domain %1").arg(where);
    const QString reports = dmarc.reportAddresses.isEmpty()
                                    ? tr("no reports requested")
                                    : tr("reports to %1").arg(dmarc.reportAddresses.join(u", "_s));
    const bool enforcing = policy == "reject"_L1 || policy == "quarantine"_L1;
    const QString &host = m_facts.serverHost;
    if (host.isEmpty()) {
        item.status = CheckStatus::Pass;
        item.explanation = tr("DMARC policy p=%1 %2 (SPF alignment %3, DKIM alignment %4, pct=%5, %6).")
                                   .arg(policy, origin, dmarc.spfAlignment, dmarc.dkimAlignment)
                                   .arg(dmarc.percent)
                                   .arg(reports);
        return item;
    }
    if (spfPassesForServer()) {
        // The envelope sender is the user's own address, so its domain is the From domain:
        // aligned in relaxed and strict mode alike (RFC 7489 §3.1.2).
        item.status = CheckStatus::Pass;
        item.explanation = tr("DMARC policy p=%1 %2: mail through %3 passes it, because SPF passes for the "
                              "sender's own domain (%4).")
                                   .arg(policy, origin, host, reports);
        return item;
    }
    if (!enforcing) {
        item.status = CheckStatus::Warn;
        item.explanation = tr("DMARC policy p=%1 %2 only monitors: mail through %3 does not pass SPF, which "
                              "receivers still hold against it (%4).")
                                   .arg(policy, origin, host, reports);
        item.remedy = tr("Fix SPF (see above) before tightening the DMARC policy.");
        return item;
    }
    if (dkimKeyFound()) {
        item.status = CheckStatus::Warn;
        item.explanation = tr("DMARC policy p=%1 %2: mail through %3 fails SPF, so it passes DMARC only if the "
                              "server signs it with your DKIM key.")
                                   .arg(policy, origin, host);
        item.remedy = tr("Fix SPF (see above), and make sure the server signs with the published DKIM key.");
        return item;
    }
    item.status = CheckStatus::Fail;
    item.explanation = policy == "reject"_L1
                               ? tr("DMARC policy p=reject %1 tells receivers to refuse mail that fails SPF and "
                                    "DKIM, and mail through %2 fails SPF with no DKIM key found.")
                                         .arg(origin, host)
                               : tr("DMARC policy p=quarantine %1 tells receivers to put mail that fails SPF and "
                                    "DKIM into spam, and mail through %2 fails SPF with no DKIM key found.")
                                         .arg(origin, host);
    item.remedy = tr("Fix SPF (see above) and publish your provider's DKIM key.");
    return item;
}

DeliverabilityCheckItem DeliverabilityAssessment::dkimCheck() const
{
    DeliverabilityCheckItem item;
    item.id = u"dkim"_s;
    const QString &domain = m_facts.domain;
    QStringList found;
    QStringList problems;
    int bestBits = -1;
    bool anyAnswer = false;
    QStringList records;
    for (const auto &[selector, answer] : m_facts.dkim) {
        anyAnswer = anyAnswer || answer.isAnswer();
        for (const QString &text : answer.texts) {
            if (!DomainRecords::looksLikeDkimKey(text))
                continue;
            records.append(selector + u"._domainkey: "_s + text);
            const DomainRecords::DkimKey key = DomainRecords::parseDkimKey(text);
            if (!key.isValid()) {
                problems.append(tr("%1 (%2)").arg(selector, key.error));
            } else if (key.revoked) {
                problems.append(tr("%1 (revoked: empty p=)").arg(selector));
            } else {
                found.append(tr("%1 (%2, %3 bits)").arg(selector, key.keyType.toUpper()).arg(key.bits));
                // Ed25519 keys are strong at 256 bits; count them as the best RSA size.
                bestBits = std::max(bestBits, key.keyType == "ed25519"_L1 ? 4096 : key.bits);
            }
        }
    }
    item.record = records.join(QLatin1Char('\n'));
    if (!found.isEmpty()) {
        const QString keys = found.join(u", "_s);
        if (bestBits < 1024) {
            // RFC 8301 §3.2: verifiers must not accept RSA keys shorter than 1024 bits.
            item.status = CheckStatus::Fail;
            item.explanation = tr("DKIM keys of %1: %2; keys shorter than 1024 bits are ignored by receivers.")
                                       .arg(domain, keys);
            item.remedy = tr("Create a new 2048-bit key at your mail provider and publish it.");
        } else if (bestBits < 2048) {
            item.status = CheckStatus::Warn;
            item.explanation = tr("DKIM keys of %1: %2; 1024-bit keys still work but 2048 bits are recommended.")
                                       .arg(domain, keys);
            item.remedy = tr("Create a new 2048-bit key at your mail provider and publish it.");
        } else {
            item.status = CheckStatus::Pass;
            item.explanation = tr("DKIM keys of %1: %2.").arg(domain, keys);
        }
        return item;
    }
    if (!anyAnswer && !m_facts.dkim.isEmpty()) {
        item.status = CheckStatus::Warn;
        item.explanation = tr("The DKIM keys of %1 could not be looked up.").arg(domain);
        return item;
    }
    const QString policy = effectiveDmarcPolicy();
    const QStringList selectors = dkimSelectors(m_facts.provider);
    const QString problemText
            = problems.isEmpty() ? QString() : u" "_s + tr("Unusable: %1.").arg(problems.join(u", "_s));
    if (policy == "reject"_L1 || policy == "quarantine"_L1) {
        item.status = CheckStatus::Warn;
        item.explanation = tr("No DKIM key was found under the usual selectors (%1); with DMARC p=%2, mail that fails "
                              "SPF has no second way to pass.")
                                   .arg(selectors.join(u", "_s), policy)
                           + problemText;
        if (m_facts.provider && !m_facts.provider->dkimSelectors.isEmpty()) {
            item.remedy = tr("Turn on DKIM signing at %1 and publish the key it gives you as a TXT record at %2.")
                                  .arg(m_facts.provider->name,
                                       m_facts.provider->dkimSelectors.first() + u"._domainkey."_s + domain);
        } else {
            item.remedy = tr("Ask your mail provider for its DKIM key and publish it as a TXT record at "
                             "<selector>._domainkey.%1.")
                                  .arg(domain);
        }
        return item;
    }
    item.status = CheckStatus::None;
    item.explanation
            = tr("No DKIM key was found under the usual selectors (%1); a key may still exist under another name.")
                      .arg(selectors.join(u", "_s))
              + problemText;
    return item;
}

DeliverabilityCheckItem DeliverabilityAssessment::mtaStsCheck() const
{
    DeliverabilityCheckItem item;
    item.id = u"mta-sts"_s;
    const QString name = u"_mta-sts."_s + m_facts.domain;
    const QStringList records = recordsStartingWith(m_facts.mtaSts, &DomainRecords::isMtaStsRecord);
    item.record = records.join(u" | "_s);
    if (!m_facts.mtaSts.isAnswer()) {
        item.status = CheckStatus::Warn;
        item.explanation = tr("The MTA-STS record (%1) could not be checked (%2).").arg(name, m_facts.mtaSts.detail);
    } else if (records.isEmpty()) {
        item.status = CheckStatus::None;
        item.explanation = tr("No MTA-STS record (%1): mail to %2 may travel without verified TLS (optional).")
                                   .arg(name, m_facts.domain);
    } else if (records.size() > 1 || !DomainRecords::mtaStsId(records.first())) {
        item.status = CheckStatus::Warn;
        item.explanation = tr("The MTA-STS record at %1 is not valid, so senders ignore the policy.").arg(name);
        item.remedy = tr("Publish exactly one record such as: %1").arg(u"v=STSv1; id=20240101"_s);
    } else {
        item.status = CheckStatus::Pass;
        item.explanation = tr("MTA-STS is announced (id %1): senders deliver mail to %2 only over verified TLS (the "
                              "policy file itself was not fetched).")
                                   .arg(*DomainRecords::mtaStsId(records.first()), m_facts.domain);
    }
    return item;
}

DeliverabilityCheckItem DeliverabilityAssessment::tlsRptCheck() const
{
    DeliverabilityCheckItem item;
    item.id = u"tls-rpt"_s;
    const QString name = u"_smtp._tls."_s + m_facts.domain;
    const QStringList records = recordsStartingWith(m_facts.tlsRpt, &DomainRecords::isTlsRptRecord);
    item.record = records.join(u" | "_s);
    if (!m_facts.tlsRpt.isAnswer()) {
        item.status = CheckStatus::Warn;
        item.explanation = tr("The TLS-RPT record (%1) could not be checked (%2).").arg(name, m_facts.tlsRpt.detail);
    } else if (records.isEmpty()) {
        item.status = CheckStatus::None;
        item.explanation = tr("No TLS-RPT record (%1): nobody is told when mail to %2 fails over TLS (optional).")
                                   .arg(name, m_facts.domain);
    } else if (records.size() > 1 || !DomainRecords::tlsRptAddresses(records.first())) {
        item.status = CheckStatus::Warn;
        item.explanation = tr("The TLS-RPT record at %1 is not valid.").arg(name);
        item.publish = {name, u"TXT"_s, u"v=TLSRPTv1; rua=mailto:postmaster@"_s + m_facts.domain};
        item.remedy = tr("Publish exactly one record: %1").arg(item.publish.value);
    } else {
        item.status = CheckStatus::Pass;
        item.explanation
                = tr("TLS-RPT reports go to %1.").arg(DomainRecords::tlsRptAddresses(records.first())->join(u", "_s));
    }
    return item;
}

QString DeliverabilityAssessment::verdict(const QList<DeliverabilityCheckItem> &checks) const
{
    const QString sender = senderText();
    const QString &host = m_facts.serverHost;
    if (m_facts.dnsUnavailable)
        return tr("DNS could not be asked, so nothing could be checked for %1.").arg(sender);
    QStringList failing;
    QStringList warning;
    for (const DeliverabilityCheckItem &item : checks) {
        const QString name = item.id == "mta-sts"_L1   ? u"MTA-STS"_s
                             : item.id == "tls-rpt"_L1 ? u"TLS-RPT"_s
                                                       : item.id.toUpper();
        if (item.status == CheckStatus::Fail)
            failing.append(name);
        else if (item.status == CheckStatus::Warn)
            warning.append(name);
    }
    const auto statusOf = [&checks](const QString &id) {
        for (const DeliverabilityCheckItem &item : checks) {
            if (item.id == id)
                return item.status;
        }
        return CheckStatus::None;
    };
    if (host.isEmpty()) {
        if (!failing.isEmpty())
            return tr("Mail from %1 may not arrive: %2 fails.").arg(sender, failing.join(u", "_s));
        if (!warning.isEmpty())
            return tr("Nothing fails for %1, but %2 should be looked at; name the sending server to check SPF for it.")
                    .arg(sender, warning.join(u", "_s));
        return tr("Nothing fails for %1; name the sending server to check that SPF authorises it.").arg(sender);
    }
    if (statusOf(u"spf"_s) == CheckStatus::Fail && statusOf(u"dmarc"_s) == CheckStatus::Fail) {
        return effectiveDmarcPolicy() == "reject"_L1
                       ? tr("Mail from %1 sent through %2 fails SPF, and DMARC p=reject tells receivers to refuse it.")
                                 .arg(sender, host)
                       : tr("Mail from %1 sent through %2 fails SPF, and DMARC p=quarantine tells receivers to put it "
                            "into spam.")
                                 .arg(sender, host);
    }
    if (!failing.isEmpty())
        return tr("Mail from %1 sent through %2 may not arrive: %3 fails.").arg(sender, host, failing.join(u", "_s));
    if (!warning.isEmpty())
        return tr("Mail from %1 sent through %2 should arrive, but %3 should be fixed to keep it out of spam.")
                .arg(sender, host, warning.join(u", "_s));
    return tr("Mail from %1 sent through %2 should arrive: SPF authorises the server and nothing fails.")
            .arg(sender, host);
}

} // namespace Postaci
