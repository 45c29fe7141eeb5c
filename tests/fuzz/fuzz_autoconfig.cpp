// Fuzz target: AutoconfigParser (core/discovery/autoconfigparser.h), which reads clientConfig
// XML from whatever web server answered a lookup (docs/security.md). Beyond "no crash", a parsed
// document must keep the promises of the header: bounded input, a known error kind for every
// refusal, valid ports; and turning it into candidates (placeholders resolved for an address,
// core/discovery/clientconfigplaceholders.h) must not crash either.

#include "discovery/autoconfigparser.h"

#include "fuzzcheck.h"

#include <cstdint>

using namespace Postaci;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const AutoconfigParseResult result = AutoconfigParser::parse(xml);

    if (!result.isOk()) {
        POSTACI_FUZZ_CHECK(result.error.kind != AutoconfigParseError::Kind::None);
        POSTACI_FUZZ_CHECK(!result.error.kindName().isEmpty());
        (void)result.error.toString();
        return 0;
    }
    POSTACI_FUZZ_CHECK(xml.size() <= AutoconfigParser::maxDocumentBytes);
    const AutoconfigDocument &document = *result.document;
    for (const AutoconfigSmtpServer &server : document.smtpServers) {
        POSTACI_FUZZ_CHECK(!server.hostname.isEmpty());
        (void)AutoconfigParser::bestAuthMethod(server.authentications);
        (void)AutoconfigParser::securityFromSocketType(server.socketType);
    }
    (void)document.hasOAuth2();
    // An address, a bare domain and an address whose local part looks like a placeholder.
    for (const QString &input : {u"user@example.com"_s, u"example.com"_s, u"%EMAILADDRESS%@example.com"_s})
        (void)document.toCandidates(input, CandidateSource::ProviderAutoconfig, u"https://example.com/"_s);
    return 0;
}
