#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace Postaci {

// One SPF record (RFC 7208 §4.6, §5, §6) read into its terms, syntax-checked as a whole: a
// record with any syntax error is a permerror before anything is evaluated (§4.6).
struct SpfTerm
{
    enum class Kind { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists };

    Kind kind = Kind::All;
    QChar qualifier = QLatin1Char('+'); // + pass, - fail, ~ softfail, ? neutral
    QString domainSpec; // macro-string; empty: the current domain
    QHostAddress network; // ip4 / ip6
    int ip4Prefix = 32;
    int ip6Prefix = 128;
    QString text; // the term as written, for reports ("include:_spf.example.com")
};

struct SpfRecord
{
    QList<SpfTerm> mechanisms;
    std::optional<QString> redirect; // domain-spec
    std::optional<QString> explanation; // exp= domain-spec
    QString error; // the syntax error, English; empty when the record is well formed

    bool isValid() const { return error.isEmpty(); }

    // "v=spf1" followed by a space or the end (§4.5), ASCII case-insensitive.
    static bool isSpfRecord(const QString &text);
    static SpfRecord parse(const QString &text);
};

// The values macros expand to (RFC 7208 §7.2).
struct SpfMacroValues
{
    QString sender; // s
    QString localPart; // l
    QString senderDomain; // o
    QString domain; // d: the current domain
    QHostAddress ip; // i, c, v
    QString helo; // h
    QString validatedName; // p: the validated PTR name (§7.3); empty: "unknown"
};

namespace SpfMacros {

enum class Context { DomainSpec, Explanation }; // c, r, t and spaces only in explanations

bool isValid(const QString &macroString, Context context);
// nullopt when the macro string is malformed. A domain-spec is shortened from the left to at
// most 253 characters (§7.3).
std::optional<QString> expand(const QString &macroString, const SpfMacroValues &values, Context context);

// True when the macro string uses %{p} (which needs PTR and address lookups first).
bool usesValidatedName(const QString &macroString);

// The §7.3 dotted form of an address for %{i}: "192.0.2.1", or 32 dotted nibbles for IPv6
// (upper-case hex, as in the examples of §7.4).
QString dottedAddress(const QHostAddress &address);

} // namespace SpfMacros

} // namespace Postaci
