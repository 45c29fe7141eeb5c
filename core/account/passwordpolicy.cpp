#include "passwordpolicy.h"

#include "emailaddress.h"

#include "common/localizedtext.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

constexpr int maximumProviderLength = 1024;

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029;
}

// Locale-free comparison key: canonical composition (a precomposed ş equals s + cedilla)
// and Unicode simple case folding, which maps I to i but leaves the dotless ı and the dotted
// İ alone — so no Turkish-locale rule can make two different letters equal.
QString comparisonKey(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).toCaseFolded();
}

// The strings a password must not be equal to: the address as typed and as normalised,
// and its local part (without quotes when it was quoted).
void addressForms(const QString &email, QStringList *addresses, QStringList *localParts)
{
    if (email.isEmpty())
        return;
    addresses->append(email);
    const EmailAddress parsed = EmailAddress::parse(email);
    if (parsed.isValid()) {
        addresses->append(parsed.address());
        addresses->append(parsed.displayAddress());
        const QString local = parsed.localPart();
        localParts->append(local);
        if (local.startsWith(u'"') && local.endsWith(u'"') && local.size() >= 2) {
            QString unquoted;
            const QString inner = local.mid(1, local.size() - 2);
            for (qsizetype i = 0; i < inner.size(); ++i) {
                if (inner.at(i) == u'\\' && i + 1 < inner.size())
                    ++i;
                unquoted.append(inner.at(i));
            }
            localParts->append(unquoted);
        }
    } else {
        // Still protect a half-typed address: everything before the last @.
        const qsizetype at = email.lastIndexOf(u'@');
        if (at > 0)
            localParts->append(email.left(at));
    }
}

bool equalsAny(const QString &passwordKey, const QStringList &candidates)
{
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && passwordKey == comparisonKey(candidate))
            return true;
    }
    return false;
}

// "a-zA-Z0-9_" → ranges. A "-" first or last is itself.
bool parseCharacterSet(const QString &spec, QList<std::pair<char32_t, char32_t>> *ranges)
{
    const QList<uint> points = spec.toUcs4();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const char32_t first = points.at(i);
        if (i + 2 < points.size() && points.at(i + 1) == u'-') {
            const char32_t last = points.at(i + 2);
            if (last < first)
                return false;
            ranges->append({first, last});
            i += 2;
        } else {
            ranges->append({first, first});
        }
    }
    return !ranges->isEmpty();
}

} // namespace

int PasswordPolicy::codePointCount(const QString &text)
{
    // toUcs4() joins surrogate pairs: an emoji is one.
    return int(text.toUcs4().size());
}

bool PasswordPolicy::isProviderFormatUsable(const QJsonObject &format)
{
    PasswordPolicy policy = forProviderFormat(format);
    return policy.isProviderFormat();
}

PasswordPolicy PasswordPolicy::forProviderFormat(const QJsonObject &format)
{
    PasswordPolicy policy;
    int minLength = 0;
    int maxLength = 0;
    if (format.contains("length"_L1)) {
        minLength = maxLength = format.value("length"_L1).toInt(-1);
    } else {
        minLength = format.value("minLength"_L1).toInt(-1);
        maxLength = format.value("maxLength"_L1).toInt(-1);
    }
    if (minLength < 1 || maxLength < minLength || maxLength > maximumProviderLength)
        return PasswordPolicy();

    QList<std::pair<char32_t, char32_t>> ranges;
    const QJsonValue characters = format.value("characters"_L1);
    if (!characters.isUndefined()) {
        if (!characters.isString() || !parseCharacterSet(characters.toString(), &ranges))
            return PasswordPolicy();
    }
    const QString label = localizedText(format.value("label"_L1));
    if (label.isEmpty())
        return PasswordPolicy();

    policy.m_provider = true;
    policy.m_minLength = minLength;
    policy.m_maxLength = maxLength;
    policy.m_ignoreSpaces = format.value("ignoreSpaces"_L1).toBool(false);
    policy.m_allowedRanges = ranges;
    policy.m_providerLabel = label;
    const QUrl help(format.value("helpUrl"_L1).toString(), QUrl::StrictMode);
    if (help.isValid() && help.scheme() == "https"_L1)
        policy.m_helpUrl = help;
    return policy;
}

QString PasswordPolicy::normalized(const QString &password) const
{
    if (!m_ignoreSpaces)
        return password;
    QString result;
    result.reserve(password.size());
    for (QChar c : password) {
        if (c.isSpace() && !isControl(c.unicode()))
            continue;
        result.append(c);
    }
    return result;
}

QList<PasswordPolicy::RuleResult> PasswordPolicy::check(const QString &password, const QString &email) const
{
    QList<RuleResult> results;
    bool hasControl = false;
    const QList<uint> points = password.toUcs4();
    for (uint point : points) {
        if (isControl(point))
            hasControl = true;
    }

    if (m_provider) {
        const QList<uint> normalizedPoints = normalized(password).toUcs4();
        bool passed = normalizedPoints.size() >= m_minLength && normalizedPoints.size() <= m_maxLength;
        for (uint point : normalizedPoints) {
            if (!passed)
                break;
            if (isControl(point)) {
                passed = false;
                break;
            }
            if (m_allowedRanges.isEmpty())
                continue;
            bool inSet = false;
            for (const auto &range : m_allowedRanges) {
                if (point >= range.first && point <= range.second) {
                    inSet = true;
                    break;
                }
            }
            passed = inSet;
        }
        results.append({Rule::ProviderFormat, passed, tr("Provider's format: %1").arg(m_providerLabel)});
    } else {
        const int length = int(points.size());
        bool digit = false;
        bool lower = false;
        bool upper = false;
        for (uint point : points) {
            switch (QChar::category(char32_t(point))) {
            case QChar::Number_DecimalDigit:
                digit = true;
                break;
            case QChar::Letter_Lowercase:
                lower = true;
                break;
            case QChar::Letter_Uppercase:
            case QChar::Letter_Titlecase:
                upper = true;
                break;
            default:
                break;
            }
        }
        QStringList addresses;
        QStringList localParts;
        addressForms(email, &addresses, &localParts);
        const QString key = comparisonKey(password);

        results.append({Rule::Length, length >= minimumLength && length <= maximumLength, ruleLabel(Rule::Length)});
        results.append({Rule::Digit, digit, ruleLabel(Rule::Digit)});
        results.append({Rule::Lowercase, lower, ruleLabel(Rule::Lowercase)});
        results.append({Rule::Uppercase, upper, ruleLabel(Rule::Uppercase)});
        results.append({Rule::NotEmail, !equalsAny(key, addresses), ruleLabel(Rule::NotEmail)});
        results.append({Rule::NotLocalPart, !equalsAny(key, localParts), ruleLabel(Rule::NotLocalPart)});
    }
    if (hasControl)
        results.append({Rule::NoControlCharacters, false, ruleLabel(Rule::NoControlCharacters)});
    return results;
}

bool PasswordPolicy::isAcceptable(const QString &password, const QString &email) const
{
    return failedRules(password, email).isEmpty();
}

QList<PasswordPolicy::RuleResult> PasswordPolicy::failedRules(const QString &password, const QString &email) const
{
    QList<RuleResult> failed;
    const QList<RuleResult> results = check(password, email);
    for (const RuleResult &result : results) {
        if (!result.passed)
            failed.append(result);
    }
    return failed;
}

QString PasswordPolicy::ruleLabel(Rule rule)
{
    switch (rule) {
    case Rule::Length:
        return tr("%1 to %2 characters").arg(minimumLength).arg(maximumLength);
    case Rule::Digit:
        return tr("At least one digit");
    case Rule::Lowercase:
        return tr("At least one lower-case letter");
    case Rule::Uppercase:
        return tr("At least one upper-case letter");
    case Rule::NotEmail:
        return tr("Not the same as the e-mail address");
    case Rule::NotLocalPart:
        return tr("Not the same as the part of the address before the @");
    case Rule::ProviderFormat:
        return tr("The provider's password format");
    case Rule::NoControlCharacters:
        return tr("No line breaks or other control characters");
    }
    return {};
}

QString PasswordPolicy::ruleName(Rule rule)
{
    switch (rule) {
    case Rule::Length: return u"length"_s;
    case Rule::Digit: return u"digit"_s;
    case Rule::Lowercase: return u"lowercase"_s;
    case Rule::Uppercase: return u"uppercase"_s;
    case Rule::NotEmail: return u"not-email"_s;
    case Rule::NotLocalPart: return u"not-local-part"_s;
    case Rule::ProviderFormat: return u"provider-format"_s;
    case Rule::NoControlCharacters: return u"no-control-characters"_s;
    }
    return {};
}

} // namespace Postaci
