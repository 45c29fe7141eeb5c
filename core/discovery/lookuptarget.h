#pragma once

#include <QString>

#include <optional>

namespace Postaci {

// What the user asked to look up: an e-mail address or a bare domain, checked and normalised
// at the boundary (CR/LF/NUL and malformed names never reach a network request).
struct LookupTarget
{
    enum class Error { None, Empty, ControlCharacter, BadLocalPart, BadDomain };

    QString input;        // as typed (trimmed)
    QString emailAddress; // "user@example.com" (domain part normalised); empty for a bare domain
    QString localPart;    // "user"; empty for a bare domain
    QString domain;       // "example.com": lower case, punycode for internationalised names

    bool hasAddress() const { return !emailAddress.isEmpty(); }

    // Accepts "user@example.com", "example.com", "Example.COM.", "user@bücher.example".
    // A bare domain needs at least two labels ("localhost" is not a mail domain).
    static std::optional<LookupTarget> parse(const QString &input, Error *error = nullptr);
};

} // namespace Postaci
