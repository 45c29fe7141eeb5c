#include "accountscommand.h"

#include "accountstestcommand.h"

#include "exitcode.h"

#include "account/account.h"
#include "account/accountremovejob.h"
#include "account/accountsavejob.h"
#include "account/accountstore.h"
#include "account/emailaddress.h"
#include "account/passwordpolicy.h"
#include "common/localizedtext.h"
#include "discovery/providercatalog.h"
#include "smtp/settingsinput.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringDecoder>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Postaci::Cli {

namespace {

constexpr qint64 maxPasswordBytes = 4096;

bool hasControlCharacter(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f)
            return true;
    }
    return false;
}

void printJson(const QJsonObject &object)
{
    standardOutput() << jsonText(object) << Qt::flush;
}

// Reads the password from standard input: everything up to end of file, without the final line
// break (so `echo "$PASS" | postaci-cli ...` and a file both work). Never from an argument: those
// are visible to every user in the process list.
std::optional<QString> readPasswordFromStdin(QString *problem)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *problem = QCoreApplication::translate("Postaci::Cli::AccountsCommand", "cannot read standard input");
        return std::nullopt;
    }
    QByteArray bytes = in.read(maxPasswordBytes + 1);
    if (bytes.size() > maxPasswordBytes) {
        *problem = QCoreApplication::translate("Postaci::Cli::AccountsCommand", "more than %1 bytes").arg(maxPasswordBytes);
        return std::nullopt;
    }
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString password = decoder.decode(bytes);
    bytes.fill('\0');
    if (decoder.hasError()) {
        *problem = QCoreApplication::translate("Postaci::Cli::AccountsCommand", "not valid UTF-8");
        return std::nullopt;
    }
    return password;
}

QString lastTestText(const AccountTestResult &test)
{
    if (test.isEmpty())
        return QCoreApplication::translate("Postaci::Cli::AccountsCommand", "never tested");
    const QString when = QLocale().toString(test.time.toLocalTime(), QLocale::ShortFormat);
    if (test.ok)
        return QCoreApplication::translate("Postaci::Cli::AccountsCommand", "worked on %1").arg(when);
    return QCoreApplication::translate("Postaci::Cli::AccountsCommand", "failed on %1 at %2 (%3)")
        .arg(when, test.step, test.error);
}

} // namespace

QString AccountsCommand::usage() const
{
    return tr("Usage:\n"
              "  postaci-cli accounts list [--json]\n"
              "  postaci-cli accounts show ID [--json]\n"
              "  postaci-cli accounts remove ID [--force] [--json]\n"
              "  postaci-cli accounts add --email ADDR --host H --port P --security none|starttls|tls\n"
              "                           [--user U] [--name NAME] [--auth METHOD] [--alias ADDR]...\n"
              "                           [--pin sha256:HEX]... [--allow-plaintext-auth]\n"
              "                           [--provider ID|none] (--password-stdin | --no-password) [--json]\n"
              "  postaci-cli accounts add ... --auth oauth2 --oauth-provider microsoft|google|yahoo|aol|custom\n"
              "                           [--oauth-client-id ID] [--oauth-authorize-url URL --oauth-token-url URL\n"
              "                           --oauth-scope S]\n"
              "  postaci-cli accounts login ID [--no-browser] [--timeout SECONDS] [--ca-file PEM] [--json]\n"
              "  postaci-cli accounts test (ID... | --all) [--send] [--deadline SECONDS] [--json]\n"
              "\n"
              "The password is read from standard input and kept in the system keychain, never in a file.\n"
              "It must have 8 to 32 characters with a digit, a lower-case and an upper-case letter, and\n"
              "must not be the address or the part before the @; for a provider of the catalog that documents\n"
              "its own format (such as a 16-letter app password) that format applies instead.\n"
              "--force removes an account even when its password cannot be deleted from the keychain.\n"
              "An OAuth2 account has no password: \"login\" opens the provider's sign-in page in the browser\n"
              "(and prints its address), waits for the answer on 127.0.0.1, and keeps the tokens in the keychain.\n");
}

int AccountsCommand::fail(int exitCode, const QString &kind, const QString &message, QJsonObject extra)
{
    return reportFailure(exitCode, kind, message, m_json, std::move(extra));
}

std::optional<int> AccountsCommand::start(const QStringList &arguments)
{
    m_json = arguments.contains("--json"_L1);
    if (arguments.size() < 2) {
        standardError() << usage() << Qt::flush;
        return Usage;
    }
    const QString action = arguments.at(1);
    QStringList rest = arguments.mid(1);
    rest[0] = arguments.at(0) + u' ' + action; // "postaci-cli accounts add" for QCommandLineParser
    if (action == "test"_L1) { // its own parser, its own --help
        auto *test = new AccountsTestCommand(this);
        connect(test, &CliCommand::finished, this, &CliCommand::finished);
        return test->start(rest);
    }
    if (action == "--help"_L1 || action == "-h"_L1 || action == "help"_L1) {
        standardOutput() << usage() << Qt::flush;
        return Success;
    }
    if (arguments.contains("--help"_L1) || arguments.contains("-h"_L1)) {
        standardOutput() << usage() << Qt::flush;
        return Success;
    }
    if (action == "list"_L1)
        return list(rest);
    if (action == "show"_L1)
        return show(rest);
    if (action == "remove"_L1)
        return remove(rest);
    if (action == "add"_L1)
        return add(rest);
    if (action == "login"_L1)
        return login(rest);
    return fail(Usage, u"usage"_s, tr("Unknown accounts action \"%1\".").arg(action) + u'\n' + usage());
}

int AccountsCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, tr("Print one JSON object.")});
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        const QString why = parser.errorText().isEmpty() ? tr("\"list\" takes no arguments.") : parser.errorText();
        return fail(Usage, u"usage"_s, why);
    }
    const AccountStore store;
    const AccountStore::LoadResult loaded = store.load();
    if (!loaded.ok()) {
        return fail(Other, u"store"_s, loaded.message,
                    {{u"storeError"_s, AccountStore::errorName(loaded.error)}});
    }
    if (m_json) {
        QJsonArray accounts;
        for (const Account &account : loaded.accounts)
            accounts.append(account.toJson());
        printJson({{u"accounts"_s, accounts}});
        return Success;
    }
    if (loaded.accounts.isEmpty()) {
        standardOutput() << tr("No saved accounts. Add one with: postaci-cli accounts add --help") << Qt::endl;
        return Success;
    }
    for (const Account &account : loaded.accounts) {
        const QString name = account.displayName.isEmpty() ? account.email : account.displayName;
        standardOutput() << account.id << "  " << name << " <" << account.email << ">  " << account.host << u':'
                         << account.port << u' ' << securityName(account.security) << "  "
                         << (account.usesOAuth() ? tr("OAuth2 (%1)").arg(account.oauth->providerLabel())
                             : account.passwordSaved ? tr("password in keychain")
                                                     : tr("no saved password"))
                         << "  "
                         << lastTestText(account.lastTest) << Qt::endl;
    }
    return Success;
}

int AccountsCommand::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, tr("Print one JSON object.")});
    if (!parser.parse(arguments))
        return fail(Usage, u"usage"_s, parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return fail(Usage, u"usage"_s, tr("\"show\" needs exactly one account id."));
    const QString id = parser.positionalArguments().constFirst();
    const AccountStore store;
    AccountStore::Result found;
    const std::optional<Account> account = store.find(id, &found);
    if (!account) {
        const int code = found.error == AccountStore::Error::UnknownAccount ? Usage : Other;
        return fail(code, found.error == AccountStore::Error::UnknownAccount ? u"unknown-account"_s
                                                                             : u"store"_s,
                    found.message, {{u"storeError"_s, AccountStore::errorName(found.error)}});
    }
    if (m_json) {
        printJson(account->toJson());
        return Success;
    }
    QTextStream &out = standardOutput();
    out << tr("Id:            %1").arg(account->id) << Qt::endl;
    out << tr("Name:          %1").arg(account->displayName) << Qt::endl;
    out << tr("Address:       %1").arg(account->email) << Qt::endl;
    if (!account->aliases.isEmpty())
        out << tr("Also sends as: %1").arg(account->aliases.join(", "_L1)) << Qt::endl;
    out << tr("Server:        %1:%2").arg(account->host).arg(account->port) << Qt::endl;
    out << tr("Security:      %1").arg(securityName(account->security)) << Qt::endl;
    out << tr("Sign-in:       %1").arg(authMethodName(account->auth)) << Qt::endl;
    out << tr("User name:     %1").arg(account->user) << Qt::endl;
    if (account->usesOAuth()) {
        out << tr("OAuth2:        %1, client id %2").arg(account->oauth->providerLabel(), account->oauth->clientId)
            << Qt::endl;
        out << tr("Token address: %1").arg(account->oauth->tokenUrl.toString()) << Qt::endl;
    } else {
        out << tr("Password:      %1").arg(account->passwordSaved ? tr("in the keychain") : tr("not saved")) << Qt::endl;
    }
    for (const QByteArray &pin : account->pinnedSha256)
        out << tr("Pinned:        %1").arg(SettingsInput::certificatePinText(pin)) << Qt::endl;
    if (!account->providerId.isEmpty())
        out << tr("Provider:      %1").arg(account->providerId) << Qt::endl;
    out << tr("Last test:     %1").arg(lastTestText(account->lastTest)) << Qt::endl;
    return Success;
}

std::optional<int> AccountsCommand::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, tr("Print one JSON object.")});
    parser.addOption({u"force"_s, tr("Remove the account even if its password cannot be deleted.")});
    if (!parser.parse(arguments))
        return fail(Usage, u"usage"_s, parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return fail(Usage, u"usage"_s, tr("\"remove\" needs exactly one account id."));
    const auto mode = parser.isSet(u"force"_s) ? AccountRemoveJob::SecretRemoval::BestEffort
                                                            : AccountRemoveJob::SecretRemoval::Required;
    auto *job = new AccountRemoveJob(AccountStore(), parser.positionalArguments().constFirst(), mode, this);
    connect(job, &AccountRemoveJob::finished, this, [this](const AccountChangeResult &result) {
        changeFinished(result, u"remove"_s);
    });
    job->start();
    return std::nullopt;
}

std::optional<int> AccountsCommand::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption email(u"email"_s, tr("E-mail address."), u"ADDR"_s);
    const QCommandLineOption host(u"host"_s, tr("Outgoing (SMTP) server."), u"H"_s);
    const QCommandLineOption port(u"port"_s, tr("Port, 1-65535."), u"P"_s);
    const QCommandLineOption security(u"security"_s, tr("none, starttls or tls."), u"S"_s);
    const QCommandLineOption user(u"user"_s, tr("User name (default: the address)."), u"U"_s);
    const QCommandLineOption name(u"name"_s, tr("Name shown for the account."), u"NAME"_s);
    const QCommandLineOption auth(u"auth"_s, tr("auto, none, plain, login, cram-md5, xoauth2, oauthbearer or oauth2."),
                                  u"METHOD"_s, u"auto"_s);
    const QCommandLineOption alias(u"alias"_s, tr("Another sender address of this account."),
                                   u"ADDR"_s);
    const QCommandLineOption pin(u"pin"_s, tr("Accept this server certificate (sha256:HEX)."),
                                 u"sha256:HEX"_s);
    const QCommandLineOption plaintext(u"allow-plaintext-auth"_s,
                                       tr("Allow the password to travel unencrypted (security none)."));
    const QCommandLineOption passwordStdin(u"password-stdin"_s, tr("Read the password from standard input."));
    const QCommandLineOption noPassword(u"no-password"_s, tr("Save the account without a password."));
    const QCommandLineOption provider(u"provider"_s,
                                      tr("Provider of the catalog (default: found from the address); \"none\" for none."),
                                      u"ID"_s);
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object."));
    const QCommandLineOption oauthProvider(u"oauth-provider"_s,
                                           tr("OAuth2 provider: microsoft, google, yahoo, aol or custom."), u"P"_s);
    const QCommandLineOption oauthClientId(u"oauth-client-id"_s, tr("OAuth2 client id registered for Postacı."),
                                           u"ID"_s);
    const QCommandLineOption oauthAuthorizeUrl(u"oauth-authorize-url"_s, tr("OAuth2 authorization endpoint."),
                                               u"URL"_s);
    const QCommandLineOption oauthTokenUrl(u"oauth-token-url"_s, tr("OAuth2 token endpoint."), u"URL"_s);
    const QCommandLineOption oauthScope(u"oauth-scope"_s, tr("OAuth2 scope."), u"S"_s);
    parser.addOptions({email, host, port, security, user, name, auth, alias, pin, plaintext, passwordStdin, noPassword,
                       provider, json, oauthProvider, oauthClientId, oauthAuthorizeUrl, oauthTokenUrl, oauthScope});
    if (!parser.parse(arguments))
        return fail(Usage, u"usage"_s, parser.errorText());
    if (!parser.positionalArguments().isEmpty()) {
        return fail(Usage, u"usage"_s,
                    tr("Unexpected argument \"%1\". Passwords are never given as arguments: use --password-stdin.")
                        .arg(parser.positionalArguments().constFirst()));
    }
    for (const QCommandLineOption &required : {email, host, port, security}) {
        if (!parser.isSet(required))
            return fail(Usage, u"usage"_s, tr("Missing --%1.").arg(required.names().constFirst()));
    }
    const bool oauth = parser.value(auth).trimmed().toLower() == "oauth2"_L1;
    if (oauth && parser.isSet(passwordStdin)) {
        return fail(Usage, u"usage"_s,
                    tr("An OAuth2 account has no password: add it without --password-stdin, then sign in with "
                       "\"postaci-cli accounts login ID\"."));
    }
    if (!oauth && parser.isSet(oauthProvider))
        return fail(Usage, u"usage"_s, tr("--oauth-provider needs --auth oauth2."));
    if (!oauth && parser.isSet(passwordStdin) == parser.isSet(noPassword))
        return fail(Usage, u"usage"_s, tr("Give exactly one of --password-stdin and --no-password."));

    // Every value is checked for CR/LF/NUL before it goes anywhere (header and command injection).
    const QStringList textOptions{u"email"_s, u"host"_s, u"port"_s,
                                  u"security"_s, u"user"_s, u"name"_s,
                                  u"auth"_s, u"alias"_s, u"pin"_s,
                                  u"provider"_s, u"oauth-provider"_s, u"oauth-client-id"_s,
                                  u"oauth-authorize-url"_s, u"oauth-token-url"_s, u"oauth-scope"_s};
    for (const QString &option : textOptions) {
        const QStringList values = parser.values(option);
        for (const QString &value : values) {
            if (hasControlCharacter(value)) {
                return fail(Usage, u"invalid-input"_s,
                            tr("--%1 contains a line break or another control character.").arg(option));
            }
        }
    }

    Account account;
    account.id = Account::newId();
    account.email = parser.value(email);
    const EmailAddress address = EmailAddress::parse(account.email);
    if (!address.isValid()) {
        return fail(Usage, u"invalid-input"_s,
                    tr("--email \"%1\": %2").arg(account.email, address.errorMessage()),
                    {{u"addressError"_s, EmailAddress::errorName(address.error())}});
    }
    account.displayName = parser.isSet(name) ? parser.value(name) : account.email;
    account.aliases = parser.values(alias);
    account.host = parser.value(host).trimmed();
    // The same parsers and words as probe and send-test (core/smtp/settingsinput.h).
    QString inputError;
    const auto invalid = [this, &inputError](const char *flag) {
        return fail(Usage, u"invalid-input"_s, QLatin1String(flag) + u": "_s + inputError);
    };
    const std::optional<quint16> portNumber = SettingsInput::port(parser.value(port), &inputError);
    if (!portNumber)
        return invalid("--port");
    account.port = *portNumber;
    const std::optional<Security> securityMode = SettingsInput::security(parser.value(security), &inputError);
    if (!securityMode)
        return invalid("--security");
    account.security = *securityMode;
    const std::optional<AuthMethod> method = SettingsInput::auth(parser.value(auth), &inputError);
    if (!method)
        return invalid("--auth");
    account.auth = *method;
    account.user = parser.isSet(user) ? parser.value(user) : account.email;
    const QStringList pins = parser.values(pin);
    for (const QString &value : pins) {
        const std::optional<QByteArray> digest = SettingsInput::certificatePin(value, &inputError);
        if (!digest)
            return invalid("--pin");
        account.pinnedSha256.append(*digest);
    }
    account.allowPlaintextAuth = parser.isSet(plaintext);

    // A provider of the catalog may document its own password format (a 16-letter app password):
    // then that rule replaces the default ones (docs/architecture.md#password-rules), so a valid app password is accepted.
    PasswordPolicy policy;
    const ProviderEntry *entry = nullptr;
    if (parser.isSet(provider)) {
        const QString providerId = parser.value(provider);
        if (providerId != "none"_L1) {
            entry = ProviderCatalog::builtIn().byId(providerId);
            if (!entry)
                return fail(Usage, u"invalid-input"_s, tr("--provider: no provider \"%1\" in the catalog.").arg(providerId));
        }
    } else {
        entry = ProviderCatalog::builtIn().findByDomain(address.domain());
    }
    if (oauth) {
        std::variant<OAuthConfig, int> config = oauthConfigFromFlags(parser, entry ? entry->oauthProvider : QString());
        if (const int *code = std::get_if<int>(&config))
            return *code;
        account.oauth = std::get<OAuthConfig>(config);
        if (entry)
            account.providerId = entry->id;
    } else if (entry) {
        account.providerId = entry->id;
        if (!entry->oauthProvider.isEmpty() && entry->passwordFormat.value("kind"_L1).toString() == "oauth2-only"_L1) {
            standardError() << tr("%1 signs in with OAuth2: add the account with --auth oauth2 --oauth-provider %2.")
                                       .arg(entry->name, entry->oauthProvider)
                            << Qt::endl;
        }
        if (entry->hasPasswordFormat() && PasswordPolicy::isProviderFormatUsable(entry->passwordFormat)) {
            policy = PasswordPolicy::forProviderFormat(entry->passwordFormat);
            standardError() << tr("%1: the password must be the provider's %2.").arg(entry->name, policy.providerLabel())
                            << Qt::endl;
        } else if (entry->hasPasswordFormat()) {
            // For example OAuth2 only: a password will not get in, but the account may still be kept.
            const QString label = localizedText(entry->passwordFormat.value("label"_L1));
            if (!label.isEmpty())
                standardError() << entry->name << ": " << label << Qt::endl;
        }
    }

    const QString problem = account.validationError();
    if (!problem.isEmpty())
        return fail(Usage, u"invalid-input"_s, problem);

    AccountSaveJob *job = nullptr;
    if (oauth) {
        job = AccountSaveJob::withoutPassword(AccountStore(), account, this);
    } else if (parser.isSet(passwordStdin)) {
        QString why;
        std::optional<QString> password = readPasswordFromStdin(&why);
        if (!password)
            return fail(Usage, u"invalid-input"_s, tr("Could not read the password from standard input: %1.").arg(why));
        // The rules are checked here for a clear exit code and again by the save job (the core
        // never trusts its callers with them).
        const QList<PasswordPolicy::RuleResult> failed = policy.failedRules(*password, account.email);
        if (!failed.isEmpty()) {
            QString message = tr("The password does not meet these rules:");
            QJsonArray rules;
            for (const PasswordPolicy::RuleResult &rule : failed) {
                message += "\n  - "_L1 + rule.label;
                rules.append(QJsonObject{{u"rule"_s, PasswordPolicy::ruleName(rule.rule)},
                                         {u"label"_s, rule.label}});
            }
            password->fill(u'\0');
            return fail(Usage, u"password-rules"_s, message, {{u"failedRules"_s, rules}});
        }
        job = AccountSaveJob::withPassword(AccountStore(), account, *password, policy, this);
        password->fill(u'\0');
    } else {
        job = AccountSaveJob::withoutPassword(AccountStore(), account, this);
    }
    connect(job, &AccountSaveJob::finished, this, [this](const AccountChangeResult &result) {
        changeFinished(result, u"add"_s);
    });
    job->start();
    return std::nullopt;
}

std::variant<OAuthConfig, int> AccountsCommand::oauthConfigFromFlags(const QCommandLineParser &parser,
                                                                    const QString &catalogProvider)
{
    const QString providerName
            = parser.isSet(u"oauth-provider"_s) ? parser.value(u"oauth-provider"_s).trimmed().toLower() : catalogProvider;
    if (providerName.isEmpty()) {
        return fail(Usage, u"usage"_s,
                    tr("--auth oauth2 needs --oauth-provider (%1).").arg(OAuthConfig::providerNames().join(", "_L1)));
    }
    std::optional<OAuthConfig> config = OAuthConfig::preset(providerName);
    if (!config) {
        return fail(Usage, u"invalid-input"_s,
                    tr("--oauth-provider: \"%1\" is not one of %2.")
                            .arg(providerName, OAuthConfig::providerNames().join(", "_L1)));
    }
    if (parser.isSet(u"oauth-client-id"_s))
        config->clientId = parser.value(u"oauth-client-id"_s).trimmed();
    if (parser.isSet(u"oauth-authorize-url"_s))
        config->authorizeUrl = QUrl(parser.value(u"oauth-authorize-url"_s).trimmed(), QUrl::StrictMode);
    if (parser.isSet(u"oauth-token-url"_s))
        config->tokenUrl = QUrl(parser.value(u"oauth-token-url"_s).trimmed(), QUrl::StrictMode);
    if (parser.isSet(u"oauth-scope"_s))
        config->scope = parser.value(u"oauth-scope"_s).trimmed();
    if (config->clientId.isEmpty())
        return fail(Usage, u"oauth-client-id-missing"_s, OAuthConfig::missingClientIdHelp(providerName));
    const QString problem = config->validationError();
    if (!problem.isEmpty())
        return fail(Usage, u"invalid-input"_s, problem);
    return *config;
}

void AccountsCommand::changeFinished(const AccountChangeResult &result, const QString &action)
{
    int code = Success;
    switch (result.error) {
    case AccountChangeResult::Error::None:
        break;
    case AccountChangeResult::Error::InvalidAccount:
        code = fail(Usage, u"invalid-input"_s, result.message);
        break;
    case AccountChangeResult::Error::PasswordRules: {
        QJsonArray rules;
        for (const PasswordPolicy::RuleResult &rule : result.failedRules)
            rules.append(QJsonObject{{u"rule"_s, PasswordPolicy::ruleName(rule.rule)},
                                     {u"label"_s, rule.label}});
        code = fail(Usage, u"password-rules"_s, result.message, {{u"failedRules"_s, rules}});
        break;
    }
    case AccountChangeResult::Error::Keychain:
        code = fail(Keychain, u"keychain"_s, result.message,
                    {{u"keychainError"_s, secretErrorName(result.secretError)},
                     {u"keychainDetail"_s, result.secretDetail}});
        break;
    case AccountChangeResult::Error::Store: {
        const bool unknown = result.storeResult.error == AccountStore::Error::UnknownAccount;
        code = fail(unknown ? Usage : Other, unknown ? u"unknown-account"_s : u"store"_s,
                    result.message, {{u"storeError"_s, AccountStore::errorName(result.storeResult.error)}});
        break;
    }
    case AccountChangeResult::Error::Cancelled:
        code = fail(Other, u"cancelled"_s, result.message);
        break;
    }
    if (code == Success) {
        if (!result.warning.isEmpty())
            standardError() << result.warning << Qt::endl;
        if (action == "add"_L1) {
            if (m_json)
                printJson(result.account.toJson());
            else
                standardOutput() << result.account.id << Qt::endl;
            if (result.account.usesOAuth()) {
                standardError() << tr("Sign in with %1: postaci-cli accounts login %2")
                                           .arg(result.account.oauth->providerLabel(), result.account.id)
                                << Qt::endl;
            }
        } else {
            if (m_json) {
                QJsonObject object{{u"ok"_s, true}, {u"removed"_s, result.account.toJson()}};
                if (!result.warning.isEmpty())
                    object.insert(u"warning"_s, result.warning);
                printJson(object);
            } else {
                standardOutput() << tr("Removed the account %1 <%2>.").arg(result.account.id, result.account.email)
                                 << Qt::endl;
            }
        }
    }
    Q_EMIT finished(code);
}

} // namespace Postaci::Cli
