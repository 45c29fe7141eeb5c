// .env lines as web frameworks read them (Laravel's MAIL_* names, which Symfony and others share)
// and an SMTP_URL in the smtp(s)://user@host:port form (the URL schemes of RFC 8314 practice:
// smtps for implicit TLS, smtp for a connection that starts in plaintext).

#include "exportquoting.h"
#include "exportwriters.h"
#include "keychainlookup.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Postaci::ExportWriters {

namespace {

QString encryptionWord(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return u"ssl"_s;
    case Security::StartTls:
        return u"tls"_s;
    case Security::None:
        return u"null"_s;
    }
    return {};
}

QString smtpUrl(const Account &account)
{
    const QString scheme = account.security == Security::ImplicitTls ? u"smtps"_s : u"smtp"_s;
    QString host = QString::fromLatin1(QUrl::toAce(account.host));
    if (host.isEmpty() || host.contains(u':')) // an IPv6 address
        host = u'[' + account.host + u']';
    const bool signsIn = account.auth != AuthMethod::None && !account.user.isEmpty();
    // RFC 3986 §3.2.1: everything but unreserved characters percent-encoded in the user part.
    const QString user = signsIn ? QString::fromLatin1(QUrl::toPercentEncoding(account.user)) + u'@' : QString();
    return u"%1://%2%3:%4"_s.arg(scheme, user, host, QString::number(account.port));
}

} // namespace

void env(const Account &account, AccountExport &out)
{
    using ExportQuoting::dotenvValue;
    QStringList lines;
    lines << u"MAIL_MAILER=smtp"_s;
    lines << u"MAIL_HOST=%1"_s.arg(dotenvValue(account.host));
    lines << u"MAIL_PORT=%1"_s.arg(account.port);
    lines << u"MAIL_ENCRYPTION=%1"_s.arg(encryptionWord(account.security));
    if (account.auth != AuthMethod::None)
        lines << u"MAIL_USERNAME=%1"_s.arg(dotenvValue(account.user));
    lines << u"MAIL_FROM_ADDRESS=%1"_s.arg(dotenvValue(account.email));
    if (!account.displayName.isEmpty())
        lines << u"MAIL_FROM_NAME=%1"_s.arg(dotenvValue(account.displayName));
    lines << u"SMTP_URL=%1"_s.arg(dotenvValue(smtpUrl(account)));
    out.content = lines.join(u'\n') + u'\n';
    out.suggestedFileName = u".env"_s;
    if (account.auth != AuthMethod::None) {
        out.notes.append(AccountExport::tr("MAIL_PASSWORD is not exported. Put it in the site's secret store or "
                                           "its .env by hand; on this computer it prints with: %1")
                                 .arg(keychainLookupCommand(account.id)));
    }
    if (!account.pinnedSha256.isEmpty()) {
        out.notes.append(pinnedCertificateNote(
                account, AccountExport::tr("A web framework verifies the certificate against the system's "
                                           "authorities: install the server's CA on the web server, or its mails "
                                           "will fail with a certificate error.")));
    }
}

} // namespace Postaci::ExportWriters
