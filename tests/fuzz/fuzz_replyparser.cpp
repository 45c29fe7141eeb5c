// Fuzz target: SmtpReplyParser (core/smtp/smtpreplyparser.h), the first code that reads what a
// server sends (docs/security.md). Besides "no crash, no sanitizer report" it checks that the
// parser does not depend on how the socket happened to split the bytes: the input fed at once
// and fed in pieces must give the same replies, and that a reply keeps the limits it promises.

#include "smtp/smtpreplyparser.h"

#include "fuzzcheck.h"

#include <cstdint>

using namespace Postaci;

namespace {

struct Outcome
{
    QList<SmtpReply> replies;
    bool error = false;
};

Outcome parse(const QByteArray &bytes, qsizetype pieceSize)
{
    SmtpReplyParser parser;
    Outcome outcome;
    for (qsizetype at = 0; at < bytes.size() && !parser.hasError(); at += pieceSize) {
        parser.feed(bytes.mid(at, pieceSize));
        while (parser.hasReply())
            outcome.replies.append(parser.takeReply());
    }
    outcome.error = parser.hasError();
    if (outcome.error)
        POSTACI_FUZZ_CHECK(!parser.errorString().isEmpty() && parser.hasBufferedData());
    parser.reset();
    POSTACI_FUZZ_CHECK(!parser.hasBufferedData() && !parser.hasError());
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses the piece size for the second reading (1–64 bytes).
    const qsizetype pieceSize = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));

    const Outcome whole = parse(bytes, qMax<qsizetype>(1, bytes.size()));
    const Outcome pieces = parse(bytes, pieceSize);

    for (const SmtpReply &reply : whole.replies) {
        POSTACI_FUZZ_CHECK(reply.code >= 200 && reply.code <= 599);
        POSTACI_FUZZ_CHECK(!reply.lines.isEmpty() && reply.lines.size() == reply.rawLines.size());
        POSTACI_FUZZ_CHECK(reply.lines.size() <= SmtpReplyParser::MaxReplyLines);
        POSTACI_FUZZ_CHECK(reply.enhanced.isEmpty() || reply.enhanced.at(0).digitValue() == reply.code / 100);
    }
    // The same replies whichever way the bytes arrived. Only when neither reading failed: the
    // size limit is checked on what is buffered, so where exactly a reply that is too long is
    // refused may depend on the pieces (both refuse it, which is what matters).
    if (!whole.error && !pieces.error) {
        POSTACI_FUZZ_CHECK(whole.replies.size() == pieces.replies.size());
        for (qsizetype i = 0; i < whole.replies.size(); ++i) {
            POSTACI_FUZZ_CHECK(whole.replies.at(i).code == pieces.replies.at(i).code);
            POSTACI_FUZZ_CHECK(whole.replies.at(i).rawLines == pieces.replies.at(i).rawLines);
            POSTACI_FUZZ_CHECK(whole.replies.at(i).enhanced == pieces.replies.at(i).enhanced);
        }
    }
    return 0;
}
