// Fuzz target: EmailAddress (core/account/emailaddress.h), the parser behind every address field,
// the CLI and settings lookups; it is what keeps CR/LF out of MAIL FROM and headers
// (docs/security.md#injection). The input is read as UTF-8 (what a field or argv gives) and
// goes through every entry point. Checked beyond "no crash": a valid address holds no control
// character, and it parses again to itself (what the product stores is what it re-reads).

#include "account/emailaddress.h"

#include "fuzzcheck.h"

#include <cstdint>

using namespace Postaci;

namespace {

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

void checkValid(const EmailAddress &address, EmailAddress::DomainRule rule)
{
    if (!address.isValid()) {
        POSTACI_FUZZ_CHECK(!address.errorMessage().isEmpty());
        POSTACI_FUZZ_CHECK(!EmailAddress::errorName(address.error()).isEmpty());
        POSTACI_FUZZ_CHECK(address.errorPart() != EmailAddress::ErrorPart::None);
        return;
    }
    const QString wire = address.address();
    POSTACI_FUZZ_CHECK(!hasControlCharacter(wire) && !hasControlCharacter(address.displayAddress()));
    if (!address.hasLocalPart())
        return;
    const EmailAddress again = EmailAddress::parse(wire, rule);
    POSTACI_FUZZ_CHECK(again.isValid());
    POSTACI_FUZZ_CHECK(again.address() == wire);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    checkValid(EmailAddress::parse(text), EmailAddress::DomainRule::FullyQualified);
    checkValid(EmailAddress::parse(text, EmailAddress::DomainRule::AnyHost), EmailAddress::DomainRule::AnyHost);

    QString displayName;
    const EmailAddress mailbox = EmailAddress::parseMailbox(text, &displayName, EmailAddress::DomainRule::AnyHost);
    checkValid(mailbox, EmailAddress::DomainRule::AnyHost);
    if (mailbox.isValid())
        POSTACI_FUZZ_CHECK(!hasControlCharacter(displayName));

    const EmailAddress lookup = EmailAddress::parseEmailOrDomain(text);
    if (lookup.isValid())
        POSTACI_FUZZ_CHECK(!lookup.domain().isEmpty() && !hasControlCharacter(lookup.domain()));
    else
        (void)lookup.errorMessage();
    (void)EmailAddress::asciiLower(text);
    return 0;
}
