#include "testmessage.h"

#include "account/emailaddress.h"
#include "mimeencoding.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

bool hasLineBreakOrNul(const QString &value)
{
    return value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')) || value.contains(QChar(0));
}

bool isValidTestId(const QString &id)
{
    if (id.isEmpty() || id.size() > 200)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
              || u == u'.' || u == u'_'))
            return false;
    }
    return true;
}

// One whole sentence per field: a translation words each field its own way (Turkish suffixes
// depend on the word), so no field name is ever inserted into a sentence.
QString forbiddenLineBreakText(TestMessage::Field field)
{
    switch (field) {
    case TestMessage::Field::From:
        return TestMessage::tr("The sender address contains a line break or a NUL character, which could be used to add "
                               "header fields or commands; remove it.");
    case TestMessage::Field::FromName:
        return TestMessage::tr("The sender name contains a line break or a NUL character, which could be used to add "
                               "header fields or commands; remove it.");
    case TestMessage::Field::To:
        return TestMessage::tr("The recipient address contains a line break or a NUL character, which could be used to "
                               "add header fields or commands; remove it.");
    case TestMessage::Field::ToName:
        return TestMessage::tr("The recipient name contains a line break or a NUL character, which could be used to add "
                               "header fields or commands; remove it.");
    case TestMessage::Field::Subject:
        return TestMessage::tr("The subject contains a line break or a NUL character, which could be used to add header "
                               "fields or commands; remove it.");
    case TestMessage::Field::TestId:
        return TestMessage::tr("The test id contains a line break or a NUL character, which could be used to add header "
                               "fields or commands; remove it.");
    case TestMessage::Field::Body:
    case TestMessage::Field::None:
        break;
    }
    return {};
}

TestMessage::Result failure(TestMessage::Error error, TestMessage::Field field, const QString &text)
{
    TestMessage::Result result;
    result.error = error;
    result.field = field;
    result.errorString = text;
    return result;
}

} // namespace

TestMessage::TestMessage()
    : m_testId(newTestId()), m_date(QDateTime::currentDateTime())
{
}

void TestMessage::setFrom(const QString &address, const QString &displayName)
{
    m_fromAddress = address;
    m_fromName = displayName;
}

void TestMessage::setTo(const QString &address, const QString &displayName)
{
    m_toAddress = address;
    m_toName = displayName;
}

void TestMessage::setSubject(const QString &subject) { m_subject = subject; }
void TestMessage::setBodyText(const QString &text) { m_bodyText = text; }
void TestMessage::setTestId(const QString &testId) { m_testId = testId; }
void TestMessage::setDate(const QDateTime &date) { m_date = date; }

QString TestMessage::subject() const
{
    return m_subject.isEmpty() ? defaultSubject() : m_subject;
}

QString TestMessage::defaultSubject()
{
    return tr("Postacı test message");
}

QString TestMessage::defaultBodyText()
{
    return tr("Hello,\n\n"
              "this is a test message sent by Postacı to check that this e-mail account can send mail.\n"
              "If you can read it, sending works. You can delete this message.");
}

QString TestMessage::newTestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

TestMessage::Result TestMessage::build() const
{
    // 1. Every user value, before anything is built.
    const std::pair<Field, const QString *> oneLineValues[] = {
        {Field::From, &m_fromAddress}, {Field::FromName, &m_fromName}, {Field::To, &m_toAddress},
        {Field::ToName, &m_toName},    {Field::Subject, &m_subject},  {Field::TestId, &m_testId}};
    for (const auto &[field, value] : oneLineValues) {
        if (hasLineBreakOrNul(*value)) {
            return failure(Error::ForbiddenCharacter, field, forbiddenLineBreakText(field));
        }
    }
    // The body may have line breaks (normalized to CRLF below), but not NUL or a bare CR.
    if (m_bodyText.contains(QChar(0)) || QString(m_bodyText).remove("\r\n"_L1).contains(QLatin1Char('\r'))) {
        return failure(Error::ForbiddenCharacter, Field::Body,
                       tr("The message text contains a NUL character or a carriage return without a line feed."));
    }
    if (!isValidTestId(m_testId)) {
        return failure(Error::ForbiddenCharacter, Field::TestId,
                       tr("The test id may only contain letters, digits, \"-\", \".\" and \"_\"."));
    }
    // A test may go to a mailbox on a local server ("veli@localhost"): any host name is a domain.
    const EmailAddress from = EmailAddress::parse(m_fromAddress.trimmed(), EmailAddress::DomainRule::AnyHost);
    if (!from.isValid()) {
        return failure(Error::InvalidSender, Field::From,
                       tr("The sender address \"%1\" is not valid: %2").arg(m_fromAddress, from.errorMessage()));
    }
    const bool toSender = m_toAddress.trimmed().isEmpty();
    const EmailAddress to = toSender ? from : EmailAddress::parse(m_toAddress.trimmed(), EmailAddress::DomainRule::AnyHost);
    if (!to.isValid()) {
        return failure(Error::InvalidRecipient, Field::To,
                       tr("The recipient address \"%1\" is not valid: %2").arg(m_toAddress, to.errorMessage()));
    }
    const QString toName = toSender && m_toName.isEmpty() ? m_fromName : m_toName;

    // 2. The body: text, then the test id so the user can search for it; CRLF line ends.
    QString bodyText = m_bodyText.isEmpty() ? defaultBodyText() : m_bodyText;
    bodyText.replace("\r\n"_L1, "\n"_L1);
    while (bodyText.endsWith(QLatin1Char('\n')))
        bodyText.chop(1);
    bodyText += "\n\n"_L1 + tr("Test id: %1").arg(m_testId) + QLatin1Char('\n');
    bodyText.replace("\n"_L1, "\r\n"_L1);
    const QByteArray body = bodyText.toUtf8();

    // 3. The header, shared by both renderings.
    QByteArray header;
    header += "Date: " + m_date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    header += Mime::mailboxField("From", m_fromName, from.address());
    header += Mime::mailboxField("To", toName, to.address());
    header += Mime::unstructuredField("Subject", subject());
    // RFC 5322 §3.6.4: the right side names the sender's domain, the left is unique.
    header += "Message-ID: <" + m_testId.toLatin1() + '@' + from.domain().toLatin1() + ">\r\n";
    // RFC 5322 product tokens are ASCII: the program's name without the dotless ı.
    header += "User-Agent: Postaci/" POSTACI_VERSION "\r\n";
    header += "X-Postaci-Test-Id: " + m_testId.toLatin1() + "\r\n";
    header += "MIME-Version: 1.0\r\n";
    header += "Content-Type: text/plain; charset=UTF-8\r\n";

    Result result;
    result.message.envelopeFrom = from.address();
    result.message.recipients = {to.address()};
    result.message.requiresSmtpUtf8 = from.requiresSmtpUtf8() || to.requiresSmtpUtf8();
    result.message.data = header + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + Mime::quotedPrintable(body);

    // RFC 6152: 8bit data still has lines of at most 998 octets; when a line is longer, the
    // session uses the quoted-printable rendering.
    bool fitsIn8bit = true;
    for (const QByteArrayView line : body.split('\n')) {
        if (line.size() > Mime::maximumLineLength + 1) // + the CR
            fitsIn8bit = false;
    }
    if (fitsIn8bit)
        result.message.data8bit = header + "Content-Transfer-Encoding: 8bit\r\n\r\n" + body;
    return result;
}

} // namespace Postaci
