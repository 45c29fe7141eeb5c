// postaci-cli accounts login ID [--no-browser] [--timeout SECONDS] [--ca-file PEM] [--json]:
// the OAuth2 sign-in of a saved account (docs/oauth2.md, docs/cli.md#accounts-login).
#include "accountscommand.h"

#include "exitcode.h"
#include "interruptwatcher.h"

#include "account/accountstore.h"
#include "oauth/oauthsigninjob.h"
#include "smtp/servertext.h"

#include <QJsonDocument>
#include <QProcess>

#include <chrono>

using namespace Qt::StringLiterals;

namespace Postaci::Cli {

namespace {

constexpr int maxTimeoutSeconds = 3600;

int exitCodeFor(OAuthSignInResult::Error error)
{
    switch (error) {
    case OAuthSignInResult::Error::None:
        return Success;
    case OAuthSignInResult::Error::InvalidSettings:
        return Usage;
    case OAuthSignInResult::Error::StateMismatch:
    case OAuthSignInResult::Error::Denied:
    case OAuthSignInResult::Error::TokenRefused:
    case OAuthSignInResult::Error::Cancelled: // docs/cli.md#exit-codes: a sign-in refused or cancelled is 5
        return Authentication;
    case OAuthSignInResult::Error::TokenFailed:
        return Connection;
    case OAuthSignInResult::Error::TimedOut:
        return TimedOut;
    case OAuthSignInResult::Error::Keychain:
        return Keychain;
    case OAuthSignInResult::Error::ListenFailed:
        return Other;
    }
    return Other;
}

} // namespace

std::optional<int> AccountsCommand::login(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption noBrowser(u"no-browser"_s, tr("Do not open a browser; only print the address."));
    const QCommandLineOption timeout(u"timeout"_s, tr("Wait at most this many seconds for the sign-in (default 300)."),
                                     u"SECONDS"_s, u"300"_s);
    const QCommandLineOption caFile(u"ca-file"_s, tr("Also trust the CA certificates in this PEM file."), u"PEM"_s);
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object."));
    parser.addOptions({noBrowser, timeout, caFile, json});
    if (!parser.parse(arguments))
        return fail(Usage, u"usage"_s, parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return fail(Usage, u"usage"_s, tr("\"login\" needs exactly one account id."));
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1 || seconds > maxTimeoutSeconds)
        return fail(Usage, u"usage"_s, tr("--timeout must be a number of seconds from 1 to %1.").arg(maxTimeoutSeconds));
    QList<QSslCertificate> extraCa;
    if (parser.isSet(caFile)) {
        QString error;
        const std::optional<QList<QSslCertificate>> certificates = readCaFile(parser.value(caFile), &error);
        if (!certificates)
            return fail(Usage, u"usage"_s, error);
        extraCa = *certificates;
    }

    AccountStore::Result found;
    const std::optional<Account> account = AccountStore().find(parser.positionalArguments().constFirst(), &found);
    if (!account) {
        const bool unknown = found.error == AccountStore::Error::UnknownAccount;
        return fail(unknown ? Usage : Other, unknown ? u"unknown-account"_s : u"store"_s, found.message,
                    {{u"storeError"_s, AccountStore::errorName(found.error)}});
    }
    if (!account->usesOAuth()) {
        return fail(Usage, u"not-oauth2"_s,
                    tr("The account %1 signs in with a password, not OAuth2; there is nothing to sign in to.")
                            .arg(account->id));
    }

    auto *job = new OAuthSignInJob(account->id, *account->oauth, this);
    job->setLoginHint(account->user.isEmpty() ? account->email : account->user);
    job->setTimeout(std::chrono::seconds(seconds));
    job->setExtraCaCertificates(extraCa);
    const QString provider = account->oauth->providerLabel();
    const bool openBrowser = !parser.isSet(noBrowser);
    connect(job, &OAuthSignInJob::waitingForBrowser, this, [job, provider, seconds, openBrowser](const QUrl &url) {
        // stderr: stdout stays the result that scripts read (docs/cli.md#accounts-login).
        standardError() << tr("To sign in with %1, open this address in a browser:").arg(provider) << Qt::endl
                        << url.toString(QUrl::FullyEncoded) << Qt::endl
                        << tr("Waiting for the answer on 127.0.0.1:%1 (at most %2 s)…").arg(job->listenerPort()).arg(seconds)
                        << Qt::endl;
        if (openBrowser && !QProcess::startDetached(u"xdg-open"_s, {url.toString(QUrl::FullyEncoded)}))
            standardError() << tr("No browser could be opened; open the address above yourself.") << Qt::endl;
    });
    connect(job, &OAuthSignInJob::exchangingCode, this, [] {
        standardError() << tr("The browser answered; completing the sign-in…") << Qt::endl;
    });
    auto *watcher = new InterruptWatcher(this);
    connect(watcher, &InterruptWatcher::interrupted, job, &OAuthSignInJob::cancel);
    const QString id = account->id;
    connect(job, &OAuthSignInJob::finished, this, [this, id, provider](const OAuthSignInResult &result) {
        const int code = exitCodeFor(result.error);
        if (result.ok()) {
            if (m_json)
                standardOutput() << jsonText(QJsonObject{{u"ok"_s, true}, {u"id"_s, id}})
                                 << Qt::flush;
            else
                standardOutput() << tr("Signed in with %1; the sign-in is kept in the keychain.").arg(provider)
                                 << Qt::endl;
            Q_EMIT finished(code);
            return;
        }
        QJsonObject extra{{u"id"_s, id}};
        if (!result.oauthError.isEmpty())
            extra.insert(u"oauthError"_s, escapeServerText(result.oauthError));
        Q_EMIT finished(fail(code, OAuthSignInResult::errorName(result.error), escapeServerText(result.message()), extra));
    });
    job->start();
    return std::nullopt;
}

} // namespace Postaci::Cli
