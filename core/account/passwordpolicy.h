#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace Postaci {

// The password rules of docs/architecture.md#password-rules, one result per rule so the wizard can show a live
// checklist (call check() on every keystroke; it is cheap), and the same rules enforced by the
// core before any account is saved (AccountSaveJob) — the UI is not the only gate.
//
// Default rules: 8–32 Unicode code points (an emoji is one); at least one decimal digit, one
// lower-case and one upper-case letter by Unicode category (Turkish ı ş ğ are lower case,
// İ Ş Ğ upper case); not equal to the e-mail address nor to its local part, compared with
// Unicode case folding, which is locale-free: I folds to i, and the dotless ı stays ı, so
// "I" and "ı" are different letters here as they are in Turkish.
//
// A provider of the catalog may declare its own documented format instead
// (forProviderFormat); then only that rule applies, labelled as the provider's rule.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::PasswordPolicy)
public:
    enum class Rule {
        Length,
        Digit,
        Lowercase,
        Uppercase,
        NotEmail,
        NotLocalPart,
        ProviderFormat,
        // Not part of the checklist: reported only when violated, because typing never
        // produces it (a pasted line break, NUL). CR/LF/NUL are rejected everywhere.
        NoControlCharacters,
    };

    struct RuleResult
    {
        Rule rule;
        bool passed = false;
        QString label; // translated, e.g. "8 to 32 characters"
    };

    static constexpr int minimumLength = 8;
    static constexpr int maximumLength = 32;

    // The default rules.
    PasswordPolicy() = default;

    // A provider's documented format from resources/providers.json, for example
    //   {"kind":"app-password","length":16,"characters":"a-z","ignoreSpaces":true,
    //    "label":"16-letter app password","helpUrl":"https://..."}
    // "length" (exact) or "minLength"/"maxLength"; "characters" is a set of single characters
    // and ranges ("a-z", "a-zA-Z0-9", "0-9A-F"); "label" is a string or an object of
    // language → text ({"en": "...", "tr": "..."}). A format that cannot be understood gives
    // the default rules (a broken catalog entry must never switch the rules off); see
    // isProviderFormatUsable().
    static PasswordPolicy forProviderFormat(const QJsonObject &format);
    static bool isProviderFormatUsable(const QJsonObject &format);

    bool isProviderFormat() const { return m_provider; }
    // The provider's own words for its format, in the current language where given.
    QString providerLabel() const { return m_providerLabel; }
    QUrl providerHelpUrl() const { return m_helpUrl; }

    // One result per rule, in checklist order; NoControlCharacters only when violated.
    QList<RuleResult> check(const QString &password, const QString &email) const;
    bool isAcceptable(const QString &password, const QString &email) const;
    // The rules that fail (empty when acceptable).
    QList<RuleResult> failedRules(const QString &password, const QString &email) const;

    // The password as it must be stored and sent: with "ignoreSpaces" the spaces a provider
    // shows for readability ("abcd efgh ijkl mnop") are removed; otherwise unchanged.
    QString normalized(const QString &password) const;

    static QString ruleLabel(Rule rule);
    // Stable kebab-case name for JSON ("length", "digit", ..., "provider-format").
    static QString ruleName(Rule rule);

    // Number of Unicode code points (a surrogate pair is one).
    static int codePointCount(const QString &text);

private:
    bool m_provider = false;
    int m_minLength = minimumLength;
    int m_maxLength = maximumLength;
    bool m_ignoreSpaces = false;
    QList<std::pair<char32_t, char32_t>> m_allowedRanges;
    QString m_providerLabel;
    QUrl m_helpUrl;
};

} // namespace Postaci
