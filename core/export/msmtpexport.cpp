// An msmtprc account section (msmtp(1), "Configuration files"), the password read from the
// keychain at send time through passwordeval.

#include "exportquoting.h"
#include "exportwriters.h"
#include "keychainlookup.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Postaci::ExportWriters {

namespace {

QString msmtpAuth(AuthMethod auth)
{
    switch (auth) {
    case AuthMethod::Auto:
        return u"on"_s; // msmtp picks the best method the server offers
    case AuthMethod::None:
        return u"off"_s;
    case AuthMethod::Plain:
        return u"plain"_s;
    case AuthMethod::Login:
        return u"login"_s;
    case AuthMethod::CramMd5:
        return u"cram-md5"_s;
    case AuthMethod::XOAuth2:
    case AuthMethod::OAuth2: // msmtp asks for one mechanism; XOAUTH2 is the one the big providers offer
        return u"xoauth2"_s;
    case AuthMethod::OAuthBearer:
        return u"oauthbearer"_s;
    }
    return {};
}

// An account name msmtp's -a can take without quoting: the address when it is made of plain
// characters, else "postaci-" and the start of the id.
QString accountName(const Account &account)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9._@+-]+$"_s);
    return plain.match(account.email).hasMatch() ? account.email : u"postaci-"_s + account.id.left(8);
}

} // namespace

void msmtp(const Account &account, AccountExport &out)
{
    QStringList lines;
    lines << u"account %1"_s.arg(accountName(account));
    lines << u"host %1"_s.arg(ExportQuoting::msmtpArgument(account.host));
    lines << u"port %1"_s.arg(account.port);
    switch (account.security) {
    case Security::ImplicitTls:
        lines << u"tls on"_s << u"tls_starttls off"_s;
        break;
    case Security::StartTls:
        lines << u"tls on"_s << u"tls_starttls on"_s;
        break;
    case Security::None:
        lines << u"tls off"_s;
        break;
    }
    if (account.security != Security::None) {
        // A pinned certificate is checked by its fingerprint alone (msmtp: tls_fingerprint
        // replaces tls_trust_file); otherwise the system's certificate authorities.
        if (!account.pinnedSha256.isEmpty())
            lines << u"tls_fingerprint %1"_s.arg(QString::fromLatin1(account.pinnedSha256.constFirst().toHex(':').toUpper()));
        else
            lines << u"tls_trust_file system"_s;
    }
    lines << u"auth %1"_s.arg(msmtpAuth(account.auth));
    if (account.auth != AuthMethod::None && !account.user.isEmpty()) {
        lines << u"user %1"_s.arg(ExportQuoting::msmtpArgument(account.user));
        // An OAuth2 account's keychain entry holds Postacı's token set, not something msmtp can
        // send (docs/oauth2.md): msmtp needs its own helper that prints a current access token.
        if (!isTokenMethod(account.auth))
            lines << u"passwordeval %1"_s.arg(ExportQuoting::msmtpArgument(keychainLookupCommand(account.id)));
    }
    lines << u"from %1"_s.arg(ExportQuoting::msmtpArgument(account.email));
    out.content = lines.join(u'\n') + u'\n';
    out.suggestedFileName = u"msmtprc"_s;
    out.notes.append(AccountExport::tr("Add this section to ~/.msmtprc and send with: msmtp -a %1 RECIPIENT. The "
                                       "password comes from the keychain at every send (secret-tool, Debian package "
                                       "libsecret-tools).")
                             .arg(accountName(account)));
    if (isTokenMethod(account.auth)) {
        out.notes.append(AccountExport::tr("This account signs in with OAuth2: add a passwordeval line whose command "
                                           "prints a current access token. Postacı renews its own tokens but does not "
                                           "hand them to other programs."));
    }
    if (account.pinnedSha256.size() > 1) {
        out.notes.append(AccountExport::tr("msmtp takes one fingerprint: only the first pinned certificate is "
                                           "written."));
    }
    if (account.security == Security::None && account.auth != AuthMethod::None)
        out.notes.append(AccountExport::tr("Without encryption the password travels readable by anyone on the way."));
}

} // namespace Postaci::ExportWriters
