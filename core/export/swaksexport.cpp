// A swaks command line that sends the same test: the password goes to swaks through its
// SWAKS_OPT_auth_password environment variable (swaks(1), "Configuration environment
// variables"), never as an argument that every user could read in the process list.

#include "exportquoting.h"
#include "exportwriters.h"
#include "keychainlookup.h"

#include "message/mimeencoding.h"

using namespace Qt::StringLiterals;

namespace Postaci::ExportWriters {

namespace {

QStringList swaksAuth(AuthMethod auth)
{
    switch (auth) {
    case AuthMethod::Auto:
        return {u"--auth"_s}; // without a type swaks takes any the server offers
    case AuthMethod::Plain:
        return {u"--auth"_s, u"PLAIN"_s};
    case AuthMethod::Login:
        return {u"--auth"_s, u"LOGIN"_s};
    case AuthMethod::CramMd5:
        return {u"--auth"_s, u"CRAM-MD5"_s};
    case AuthMethod::XOAuth2:
    case AuthMethod::OAuthBearer:
    case AuthMethod::OAuth2:
    case AuthMethod::None:
        return {};
    }
    return {};
}

// The From header as the test message writes it (RFC 2047 words for a non-ASCII name), on one
// line: the unfolded field without its name.
QString fromHeader(const Account &account)
{
    QByteArray field = Mime::mailboxField("From", account.displayName, account.email);
    field.replace("\r\n", "");
    return QString::fromUtf8(field.mid(int(qstrlen("From: "))));
}

} // namespace

void swaks(const Account &account, AccountExport &out)
{
    QStringList words;
    const bool signsIn = account.auth != AuthMethod::None && !isTokenMethod(account.auth)
            && !account.user.isEmpty();
    if (signsIn)
        words << u"SWAKS_OPT_auth_password=\"$(%1)\""_s.arg(keychainLookupCommand(account.id));
    words << u"swaks"_s << u"--server"_s << ExportQuoting::shellWord(account.host) << u"--port"_s
          << QString::number(account.port);
    if (account.security == Security::StartTls)
        words << u"--tls"_s;
    else if (account.security == Security::ImplicitTls)
        words << u"--tls-on-connect"_s;
    if (account.security != Security::None && account.pinnedSha256.isEmpty())
        words << u"--tls-verify"_s; // swaks does not check the certificate unless asked
    if (signsIn)
        words << swaksAuth(account.auth) << u"--auth-user"_s << ExportQuoting::shellWord(account.user);
    words << u"--from"_s << ExportQuoting::shellWord(account.email) << u"--to"_s
          << ExportQuoting::shellWord(account.email) << u"--h-From"_s << ExportQuoting::shellWord(fromHeader(account));
    out.content = words.join(u' ') + u'\n';
    out.suggestedFileName = u"swaks-test.sh"_s;
    out.notes.append(AccountExport::tr("Sends a test message to the account's own address; change --to for another "
                                       "recipient. swaks is in the Debian package swaks, secret-tool in "
                                       "libsecret-tools."));
    if (!account.pinnedSha256.isEmpty()) {
        out.notes.append(pinnedCertificateNote(
                account, AccountExport::tr("swaks cannot check a pinned certificate, so this command does not "
                                           "verify it at all: run it only where nobody can intercept the "
                                           "connection, or give swaks the server's CA with --tls-verify "
                                           "--tls-ca-path FILE.")));
    }
    if (isTokenMethod(account.auth))
        out.notes.append(AccountExport::tr("swaks cannot sign in with OAuth2: the command sends without signing in."));
}

} // namespace Postaci::ExportWriters
