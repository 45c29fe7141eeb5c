// Fuzz target: the SASL mechanisms' answers to server challenges (core/smtp/saslmechanism.h:
// CRAM-MD5, LOGIN, PLAIN, XOAUTH2; RFC 4954). Input: one byte choosing the mechanism, then
// NUL-separated fields: user, secret, and the text of each 334 challenge. Each challenge is
// decoded as SmtpSession does it (core/smtp/smtpsession.cpp, the 334 branch of the AUTH step:
// strict base64; LOGIN and XOAUTH2 get the raw text when it is not base64). Checked beyond
// "no crash": every mechanism answers a bounded number of challenges and then gives up (the
// session then cancels with "*", so a hostile server cannot keep an exchange going), and a
// CRAM-MD5 answer is "user" SP 32 lower-case hex digits (RFC 2195 §2).

#include "smtp/saslmechanism.h"

#include "fuzzcheck.h"

#include <cstdint>

using namespace Postaci;
using namespace Qt::StringLiterals;

namespace {

int answerLimit(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Login:
        return 2; // user name, then password
    case AuthMethod::Plain:    // one empty challenge when the initial response was ignored
    case AuthMethod::CramMd5:  // one challenge
    case AuthMethod::XOAuth2:  // the error JSON, acknowledged once
    case AuthMethod::OAuthBearer:
        return 1;
    case AuthMethod::OAuth2:   // never a mechanism of its own (SaslMechanism::choose)
    case AuthMethod::Auto:
    case AuthMethod::None:
        break;
    }
    return 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static constexpr AuthMethod methods[] = {AuthMethod::Plain, AuthMethod::Login, AuthMethod::CramMd5, AuthMethod::XOAuth2};
    const AuthMethod method = methods[data[0] % 4];
    const QList<QByteArray> fields
            = QByteArray(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1)).split('\0');
    const QString user = QString::fromUtf8(fields.value(0));
    const QString secret = QString::fromUtf8(fields.value(1));

    const std::unique_ptr<SaslMechanism> sasl = SaslMechanism::create(method, user, secret);
    POSTACI_FUZZ_CHECK(sasl != nullptr);
    POSTACI_FUZZ_CHECK(SaslMechanism::fromMechanismName(sasl->name()) == method);
    (void)sasl->initialResponse();
    (void)SaslMechanism::fromMechanismName(user);

    int answers = 0;
    for (qsizetype i = 2; i < fields.size(); ++i) {
        const QByteArray text = QString::fromUtf8(fields.at(i)).trimmed().toLatin1();
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        std::optional<QByteArray> response;
        if (decoded)
            response = sasl->respond(*decoded);
        else if (method == AuthMethod::Login || method == AuthMethod::XOAuth2)
            response = sasl->respond(text);
        if (!response)
            continue;
        ++answers;
        POSTACI_FUZZ_CHECK(answers <= answerLimit(method));
        if (method == AuthMethod::CramMd5) {
            const QByteArray prefix = user.toUtf8() + ' ';
            POSTACI_FUZZ_CHECK(response->startsWith(prefix));
            const QByteArray digest = response->mid(prefix.size());
            POSTACI_FUZZ_CHECK(digest.size() == 32);
            for (const char c : digest)
                POSTACI_FUZZ_CHECK((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
        }
        (void)response->toBase64();
    }
    return 0;
}
