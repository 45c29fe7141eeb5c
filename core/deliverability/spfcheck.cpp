#include "spfcheck.h"

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Postaci {

QString spfResultName(SpfResult result)
{
    switch (result) {
    case SpfResult::None:
        return u"none"_s;
    case SpfResult::Neutral:
        return u"neutral"_s;
    case SpfResult::Pass:
        return u"pass"_s;
    case SpfResult::Fail:
        return u"fail"_s;
    case SpfResult::SoftFail:
        return u"softfail"_s;
    case SpfResult::TempError:
        return u"temperror"_s;
    case SpfResult::PermError:
        return u"permerror"_s;
    }
    return {};
}

// One record being evaluated: the sender's own, or one reached through include: or redirect=.
struct SpfCheck::Frame
{
    QString domain;
    SpfRecord record;
    qsizetype index = 0;
    bool wantExplanation = false; // §6.2: not inside include:
    bool finished = false;
    Done done;
};

namespace {

// Several answers that must all arrive before a term is decided (the addresses of MX or PTR names).
struct Gather
{
    int pending = 0;
    bool matched = false;
    bool failed = false;
};

QString reverseName(const QHostAddress &ip)
{
    QStringList parts = SpfMacros::dottedAddress(ip).split(QLatin1Char('.'));
    std::reverse(parts.begin(), parts.end());
    return parts.join(QLatin1Char('.'))
           + (ip.protocol() == QAbstractSocket::IPv6Protocol ? ".ip6.arpa"_L1 : ".in-addr.arpa"_L1);
}

bool isSameOrUnder(const QString &name, const QString &domain)
{
    const QString n = name.toLower();
    const QString d = domain.toLower();
    return n == d || n.endsWith(QLatin1Char('.') + d);
}

} // namespace

SpfCheck::SpfCheck(DnsResolver *resolver, const Request &request, QObject *parent)
    : Job(Start::RunFromEventLoop, Lifetime::DeleteWhenFinished, parent)
    , m_resolver(resolver)
    , m_request(request)
{ }

SpfCheck::~SpfCheck() = default;

bool SpfCheck::isCheckableDomain(const QString &domain)
{
    QString name = domain;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253 || name.contains(QLatin1Char('[')) || !QHostAddress(name).isNull())
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
    }
    return true;
}

void SpfCheck::run()
{
    QHostAddress ip = m_request.ip;
    // §5: an IPv4-mapped IPv6 client is an IPv4 client.
    bool mapped = false;
    const quint32 v4 = ip.toIPv4Address(&mapped);
    if (mapped)
        ip = QHostAddress(v4);
    m_v6 = ip.protocol() == QAbstractSocket::IPv6Protocol;
    m_outcome.ip = ip;

    QString sender = m_request.sender;
    if (sender.isEmpty())
        sender = u"postmaster@"_s + m_request.helo; // §2.4: the HELO identity
    const qsizetype at = sender.lastIndexOf(QLatin1Char('@'));
    m_values.localPart = at > 0 ? sender.left(at) : u"postmaster"_s; // §4.3
    m_values.senderDomain = at >= 0 ? sender.mid(at + 1) : sender;
    m_values.sender = m_values.localPart + QLatin1Char('@') + m_values.senderDomain;
    m_values.ip = ip;
    m_values.helo = m_request.helo;
    if (!m_resolver) {
        finish(SpfResult::TempError, tr("no resolver"), {});
        return;
    }
    checkHost(m_request.domain, true, true,
              [this](SpfResult result, const QString &decidedBy, const QString &explanation) {
                  finish(result, decidedBy, explanation);
              });
}

void SpfCheck::doCancel()
{
    finish(SpfResult::TempError, tr("cancelled"), {});
}

void SpfCheck::checkHost(const QString &domain, bool top, bool wantExplanation, Done done)
{
    if (!isCheckableDomain(domain)) {
        done(SpfResult::None, tr("\"%1\" is not a domain that can be looked up").arg(domain), {});
        return;
    }
    m_resolver->lookup(
            DnsRecordType::TXT, domain, this, [this, domain, top, wantExplanation, done](const DnsResult &answer) {
                if (isFinished())
                    return;
                if (!answer.isAnswer()) {
                    done(SpfResult::TempError, tr("DNS error for TXT %1: %2").arg(domain, answer.detail), {});
                    return;
                }
                QStringList records;
                for (const QString &text : answer.texts) {
                    if (SpfRecord::isSpfRecord(text))
                        records.append(text);
                }
                if (top)
                    m_outcome.record = records.join(u" | "_s);
                if (records.isEmpty()) {
                    done(SpfResult::None, tr("no SPF record at %1").arg(domain), {});
                    return;
                }
                if (records.size() > 1) {
                    done(SpfResult::PermError, tr("more than one SPF record at %1").arg(domain), {});
                    return;
                }
                auto frame = std::make_shared<Frame>();
                frame->domain = domain;
                frame->record = SpfRecord::parse(records.first());
                frame->wantExplanation = wantExplanation;
                frame->done = done;
                if (!frame->record.isValid()) {
                    done(SpfResult::PermError, tr("syntax error at %1: %2").arg(domain, frame->record.error), {});
                    return;
                }
                evaluate(frame);
            });
}

std::optional<QString> SpfCheck::expandDomain(const std::shared_ptr<Frame> &frame, const QString &spec) const
{
    if (spec.isEmpty())
        return frame->domain;
    SpfMacroValues values = m_values;
    values.domain = frame->domain;
    values.validatedName = validatedNameFor(frame->domain);
    return SpfMacros::expand(spec, values, SpfMacros::Context::DomainSpec);
}

QString SpfCheck::validatedNameFor(const QString &domain) const
{
    if (!m_validatedNames || m_validatedNames->isEmpty())
        return {};
    // §7.3: the domain itself if it is among them, else a subdomain of it, else any.
    for (const QString &name : *m_validatedNames) {
        if (name.compare(domain, Qt::CaseInsensitive) == 0)
            return name;
    }
    for (const QString &name : *m_validatedNames) {
        if (isSameOrUnder(name, domain))
            return name;
    }
    return m_validatedNames->first();
}

void SpfCheck::resolveValidatedNames(std::function<void()> then)
{
    m_resolver->lookup(DnsRecordType::PTR, reverseName(m_outcome.ip), this, [this, then](const DnsResult &answer) {
        if (isFinished())
            return;
        const QStringList names = answer.names.mid(0, maxNamesPerTerm);
        if (names.isEmpty()) {
            m_validatedNames = QStringList();
            then();
            return;
        }
        auto pending = std::make_shared<int>(int(names.size()));
        auto validated = std::make_shared<QStringList>();
        const DnsRecordType type = m_v6 ? DnsRecordType::AAAA : DnsRecordType::A;
        for (const QString &name : names) {
            m_resolver->lookup(type, name, this, [this, then, name, pending, validated](const DnsResult &addresses) {
                if (isFinished())
                    return;
                if (addresses.addresses.contains(m_outcome.ip))
                    validated->append(name);
                if (--*pending > 0)
                    return;
                m_validatedNames = *validated;
                then();
            });
        }
    });
}

bool SpfCheck::countDnsTerm(const std::shared_ptr<Frame> &frame)
{
    if (++m_outcome.dnsLookups <= maxDnsTerms)
        return true;
    m_outcome.dnsLookups = maxDnsTerms;
    finishFrame(frame, SpfResult::PermError, tr("more than %1 DNS lookups").arg(maxDnsTerms));
    return false;
}

bool SpfCheck::countVoid(const std::shared_ptr<Frame> &frame, const DnsResult &result)
{
    if (!result.isVoid())
        return true;
    if (++m_outcome.voidLookups <= maxVoidLookups)
        return true;
    finishFrame(frame, SpfResult::PermError, tr("more than %1 void lookups").arg(maxVoidLookups));
    return false;
}

bool SpfCheck::addressMatches(const QHostAddress &address, const SpfTerm &term) const
{
    const QHostAddress &ip = m_outcome.ip;
    if (address.protocol() != ip.protocol())
        return false;
    const int prefix = m_v6 ? term.ip6Prefix : term.ip4Prefix;
    return ip.isInSubnet(address, prefix);
}

void SpfCheck::evaluate(const std::shared_ptr<Frame> &frame)
{
    while (frame->index < frame->record.mechanisms.size()) {
        const SpfTerm term = frame->record.mechanisms.at(frame->index);
        if (term.kind == SpfTerm::Kind::All) {
            matched(frame, term);
            return;
        }
        if (term.kind == SpfTerm::Kind::Ip4 || term.kind == SpfTerm::Kind::Ip6) {
            if (addressMatches(term.network, term)) {
                matched(frame, term);
                return;
            }
            ++frame->index;
            continue;
        }
        if (SpfMacros::usesValidatedName(term.domainSpec) && !m_validatedNames) {
            resolveValidatedNames([this, frame] { evaluate(frame); }); // comes back to this term
            return;
        }
        if (!countDnsTerm(frame))
            return;
        const std::optional<QString> target = expandDomain(frame, term.domainSpec);
        if (!target) {
            finishFrame(frame, SpfResult::PermError, tr("cannot expand \"%1\"").arg(term.text));
            return;
        }
        // A target that is no DNS name (an empty or over-long label, often from a macro) cannot
        // exist: no match, as for a missing name (§4.3, §4.8; the suite accepts fail here).
        if (term.kind != SpfTerm::Kind::Include && !isCheckableDomain(*target)) {
            noMatch(frame);
            return;
        }
        switch (term.kind) {
        case SpfTerm::Kind::Include:
            checkHost(*target, false, false,
                      [this, frame, term, target](SpfResult result, const QString &why, const QString &) {
                          if (isFinished())
                              return;
                          switch (result) {
                          case SpfResult::Pass:
                              matched(frame, term);
                              return;
                          case SpfResult::Fail:
                          case SpfResult::SoftFail:
                          case SpfResult::Neutral:
                              noMatch(frame);
                              return;
                          case SpfResult::TempError:
                              finishFrame(frame, SpfResult::TempError, why);
                              return;
                          case SpfResult::PermError:
                              finishFrame(frame, SpfResult::PermError, why);
                              return;
                          case SpfResult::None:
                              // §5.2: an include of a domain without a record is a permanent error.
                              finishFrame(frame, SpfResult::PermError,
                                          tr("%1 has no SPF record (include:)").arg(*target));
                              return;
                          }
                      });
            return;
        case SpfTerm::Kind::A:
        case SpfTerm::Kind::Exists: {
            // exists: always an A question, whatever the client's address (§5.7).
            const bool exists = term.kind == SpfTerm::Kind::Exists;
            const DnsRecordType type = exists || !m_v6 ? DnsRecordType::A : DnsRecordType::AAAA;
            m_resolver->lookup(type, *target, this, [this, frame, term, exists, type, target](const DnsResult &answer) {
                if (isFinished())
                    return;
                if (!answer.isAnswer()) {
                    finishFrame(frame, SpfResult::TempError,
                                tr("DNS error for %1 %2: %3").arg(dnsRecordTypeName(type), *target, answer.detail));
                    return;
                }
                if (!countVoid(frame, answer))
                    return;
                for (const QHostAddress &address : answer.addresses) {
                    if (exists || addressMatches(address, term)) {
                        matched(frame, term);
                        return;
                    }
                }
                noMatch(frame);
            });
            return;
        }
        case SpfTerm::Kind::Mx:
            matchMx(frame, term, *target);
            return;
        case SpfTerm::Kind::Ptr:
            matchPtr(frame, term, *target);
            return;
        case SpfTerm::Kind::All:
        case SpfTerm::Kind::Ip4:
        case SpfTerm::Kind::Ip6:
            break;
        }
    }
    if (frame->record.redirect) {
        if (SpfMacros::usesValidatedName(*frame->record.redirect) && !m_validatedNames) {
            resolveValidatedNames([this, frame] { evaluate(frame); });
            return;
        }
        if (!countDnsTerm(frame))
            return;
        const std::optional<QString> target = expandDomain(frame, *frame->record.redirect);
        if (!target) {
            finishFrame(frame, SpfResult::PermError, tr("cannot expand redirect=%1").arg(*frame->record.redirect));
            return;
        }
        frame->finished = true; // the target's own evaluation (and its exp=) decides (§6.1)
        const Done done = frame->done;
        checkHost(*target, false, frame->wantExplanation,
                  [target, done](SpfResult result, const QString &why, const QString &explanation) {
                      if (result == SpfResult::None)
                          done(SpfResult::PermError, tr("%1 has no SPF record (redirect=)").arg(*target), {});
                      else
                          done(result, why, explanation);
                  });
        return;
    }
    finishFrame(frame, SpfResult::Neutral, tr("no mechanism matched"));
}

void SpfCheck::matchMx(const std::shared_ptr<Frame> &frame, const SpfTerm &term, const QString &target)
{
    m_resolver->lookup(DnsRecordType::MX, target, this, [this, frame, term, target](const DnsResult &answer) {
        if (isFinished())
            return;
        if (!answer.isAnswer()) {
            finishFrame(frame, SpfResult::TempError, tr("DNS error for MX %1: %2").arg(target, answer.detail));
            return;
        }
        if (!countVoid(frame, answer))
            return;
        QStringList names;
        for (const QString &name : answer.names) {
            if (!name.isEmpty() && name != "."_L1)
                names.append(name);
        }
        if (names.size() > maxNamesPerTerm) {
            finishFrame(frame, SpfResult::PermError,
                        tr("more than %1 MX names for %2").arg(maxNamesPerTerm).arg(target));
            return;
        }
        if (names.isEmpty()) {
            noMatch(frame);
            return;
        }
        auto gather = std::make_shared<Gather>();
        gather->pending = int(names.size());
        const DnsRecordType type = m_v6 ? DnsRecordType::AAAA : DnsRecordType::A;
        for (const QString &name : std::as_const(names)) {
            m_resolver->lookup(type, name, this, [this, frame, term, gather](const DnsResult &addresses) {
                if (isFinished() || frame->finished)
                    return;
                if (!addresses.isAnswer())
                    gather->failed = true;
                for (const QHostAddress &address : addresses.addresses)
                    gather->matched = gather->matched || addressMatches(address, term);
                if (--gather->pending > 0)
                    return;
                if (gather->matched)
                    matched(frame, term);
                else if (gather->failed)
                    finishFrame(frame, SpfResult::TempError, tr("DNS error for the address of an MX host"));
                else
                    noMatch(frame);
            });
        }
    });
}

void SpfCheck::matchPtr(const std::shared_ptr<Frame> &frame, const SpfTerm &term, const QString &target)
{
    m_resolver->lookup(
            DnsRecordType::PTR, reverseName(m_outcome.ip), this, [this, frame, term, target](const DnsResult &answer) {
                if (isFinished())
                    return;
                // §5.5: a DNS error on the PTR question means no match, not an error.
                if (!answer.isAnswer()) {
                    noMatch(frame);
                    return;
                }
                if (!countVoid(frame, answer))
                    return;
                const QStringList names = answer.names.mid(0, maxNamesPerTerm);
                if (names.isEmpty()) {
                    noMatch(frame);
                    return;
                }
                auto gather = std::make_shared<Gather>();
                gather->pending = int(names.size());
                const DnsRecordType type = m_v6 ? DnsRecordType::AAAA : DnsRecordType::A;
                for (const QString &name : names) {
                    m_resolver->lookup(
                            type, name, this, [this, frame, term, target, name, gather](const DnsResult &addresses) {
                                if (isFinished() || frame->finished)
                                    return;
                                // A validated name (§5.5): its own addresses include the client's.
                                if (isSameOrUnder(name, target) && addresses.addresses.contains(m_outcome.ip))
                                    gather->matched = true;
                                if (--gather->pending > 0)
                                    return;
                                if (gather->matched)
                                    matched(frame, term);
                                else
                                    noMatch(frame);
                            });
                }
            });
}

void SpfCheck::matched(const std::shared_ptr<Frame> &frame, const SpfTerm &term)
{
    SpfResult result = SpfResult::Pass;
    switch (term.qualifier.unicode()) {
    case '-':
        result = SpfResult::Fail;
        break;
    case '~':
        result = SpfResult::SoftFail;
        break;
    case '?':
        result = SpfResult::Neutral;
        break;
    default:
        break;
    }
    finishFrame(frame, result, term.text);
}

void SpfCheck::noMatch(const std::shared_ptr<Frame> &frame)
{
    ++frame->index;
    evaluate(frame);
}

void SpfCheck::finishFrame(const std::shared_ptr<Frame> &frame, SpfResult result, const QString &decidedBy)
{
    if (frame->finished)
        return;
    frame->finished = true;
    if (result != SpfResult::Fail || !frame->wantExplanation || !frame->record.explanation) {
        frame->done(result, decidedBy, {});
        return;
    }
    // §6.2: the explanation is looked up only for a fail; any problem with it leaves it out.
    if (!m_validatedNames && SpfMacros::usesValidatedName(*frame->record.explanation)) {
        frame->finished = false;
        resolveValidatedNames([this, frame, result, decidedBy] { finishFrame(frame, result, decidedBy); });
        return;
    }
    const std::optional<QString> target = expandDomain(frame, *frame->record.explanation);
    if (!target || !isCheckableDomain(*target)) {
        frame->done(result, decidedBy, {});
        return;
    }
    m_resolver->lookup(DnsRecordType::TXT, *target, this, [this, frame, result, decidedBy](const DnsResult &answer) {
        if (isFinished())
            return;
        if (answer.hasRecords() && answer.texts.size() == 1 && !m_validatedNames
            && SpfMacros::usesValidatedName(answer.texts.first())) {
            frame->finished = false; // once more, with the validated name known
            resolveValidatedNames([this, frame, result, decidedBy] { finishFrame(frame, result, decidedBy); });
            return;
        }
        QString explanation;
        if (answer.hasRecords() && answer.texts.size() == 1) {
            SpfMacroValues values = m_values;
            values.domain = frame->domain;
            values.validatedName = validatedNameFor(frame->domain);
            explanation = SpfMacros::expand(answer.texts.first(), values, SpfMacros::Context::Explanation)
                                  .value_or(QString());
        }
        frame->done(result, decidedBy, explanation);
    });
}

void SpfCheck::finish(SpfResult result, const QString &decidedBy, const QString &explanation)
{
    if (!claimFinish())
        return;
    m_outcome.result = result;
    m_outcome.decidedBy = decidedBy;
    m_outcome.explanation = explanation;
    Q_EMIT finished(m_outcome);
}

} // namespace Postaci
