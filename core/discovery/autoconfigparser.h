#pragma once

#include "discovery/autoconfigdocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Postaci {

// Why a clientConfig document was refused. Kinds, not prose: the UI words them.
struct AutoconfigParseError
{
    enum class Kind {
        None,
        Empty,             // no bytes at all
        TooLarge,          // more than AutoconfigParser::maxDocumentBytes
        Malformed,         // not well-formed XML (incl. undeclared entities)
        DoctypeNotAllowed, // a DTD with entities, notations, an external subset or any markup
        TooDeep,           // elements nested deeper than AutoconfigParser::maxDepth
        NotClientConfig,   // the root element is not <clientConfig>
        MissingElement,    // e.g. no <emailProvider>, an outgoingServer without <hostname>
        InvalidValue,      // e.g. port "abc", socketType "TLS"
    };
    Kind kind = Kind::None;
    QString detail; // the element or value concerned, or the XML parser's message
    qint64 line = 0;
    qint64 column = 0;

    QString kindName() const; // "too-large", "doctype-not-allowed", ...
    QString toString() const; // "malformed at 3:14: ..." (kind word, position, translated detail)
};

struct AutoconfigParseResult
{
    std::optional<AutoconfigDocument> document;
    AutoconfigParseError error;

    bool isOk() const { return document.has_value(); }
};

// Reads Thunderbird's clientConfig v1.1 format
// (https://wiki.mozilla.org/Thunderbird:Autoconfiguration:ConfigFileFormat) from untrusted
// bytes: whatever a web server sent. Bounded in size and depth, refuses DTDs (so no entity
// expansion, internal or external), never throws.
class AutoconfigParser
{
public:
    static constexpr qsizetype maxDocumentBytes = 256 * 1024;
    static constexpr int maxDepth = 32;

    static AutoconfigParseResult parse(const QByteArray &xml);

    // The mapping of <authentication> values, exposed for the tests' independent reading:
    // password-cleartext/plain -> auto (the engine picks PLAIN or LOGIN from EHLO),
    // password-encrypted/secure -> cram-md5, OAuth2 -> xoauth2,
    // none/client-IP-address/smtp-after-pop -> none; unknown values are ignored.
    // Several values: a password method beats OAuth2 (the user can type a password or an app
    // password; a token needs a sign-in flow), OAuth2 beats none. Nothing usable: auto.
    static AuthMethod bestAuthMethod(const QStringList &authentications);
    static std::optional<Security> securityFromSocketType(const QString &socketType);
};

} // namespace Postaci
