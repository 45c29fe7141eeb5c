<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Postaci::Account</name>
    <message>
        <source>The account has no valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name contains a line break or another control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account can have at most %1 extra sender addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra sender address &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name contains a line break or another control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server name, for example mail.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name contains a line break or another control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pinned certificate fingerprint is not a SHA-256 digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider id contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an entry that is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;port&quot; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown &quot;security&quot; &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown &quot;auth&quot; &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;pinnedSha256&quot; has an entry that is not a SHA-256 digest in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account signs in with OAuth2 but has no OAuth2 settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;oauth2&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::AccountCheck</name>
    <message>
        <source>works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time (at step &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed at step &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::AccountExport</name>
    <message>
        <source>Postacı accepts the certificate of %1 because you pinned it (%2), not because a certificate authority vouches for it. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An autoconfig file cannot carry that: Thunderbird will ask to accept this certificate the first time; compare its SHA-256 fingerprint before you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this file as https://autoconfig.%1/mail/config-v1.1.xml (and, for Thunderbird&apos;s second place to look, https://%1/.well-known/autoconfig/mail/config-v1.1.xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is this account&apos;s own, not derived from the address: every other mailbox of %2 would be offered it. Edit &lt;username&gt; before publishing if the mailboxes sign in with their own names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SRV record: the server is given as an IP address, and an SRV record can only name a host. Give the server a name in DNS first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server is used without encryption: RFC 8314 asks not to publish such a service. Offer port 465 (TLS) or 587 (STARTTLS) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL_PASSWORD is not exported. Put it in the site&apos;s secret store or its .env by hand; on this computer it prints with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web framework verifies the certificate against the system&apos;s authorities: install the server&apos;s CA on the web server, or its mails will fail with a certificate error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile carries the outgoing server only; Apple Mail also needs the incoming (IMAP or POP) server, which Postacı does not test. Add it in Apple Configurator before installing the profile. The device asks for the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple devices trust a certificate only through a certificate payload: add the server&apos;s certificate (or its CA) to the profile in Apple Configurator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this section to ~/.msmtprc and send with: msmtp -a %1 RECIPIENT. The password comes from the keychain at every send (secret-tool, Debian package libsecret-tools).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account signs in with OAuth2: add a passwordeval line whose command prints a current access token. Postacı renews its own tokens but does not hand them to other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msmtp takes one fingerprint: only the first pinned certificate is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without encryption the password travels readable by anyone on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a test message to the account&apos;s own address; change --to for another recipient. swaks is in the Debian package swaks, secret-tool in libsecret-tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swaks cannot check a pinned certificate, so this command does not verify it at all: run it only where nobody can intercept the connection, or give swaks the server&apos;s CA with --tls-verify --tls-ca-path FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swaks cannot sign in with OAuth2: the command sends without signing in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::AccountHealth</name>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate expires in %n day(s).</source>
        <translation>
            <numerusform>The server&apos;s certificate expires in %n day.</numerusform>
            <numerusform>The server&apos;s certificate expires in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last tested %n day(s) ago.</source>
        <translation>
            <numerusform>Last tested %n day ago.</numerusform>
            <numerusform>Last tested %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postaci::AccountListModel</name>
    <message>
        <source>%1:%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password saved: Postacı asks for it when testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::AccountRemoveJob</name>
    <message>
        <source>Removing the account was cancelled; the account is still saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not removed because its password could not be deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Keychain: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was removed, but its password may still be in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::AccountSaveJob</name>
    <message>
        <source>Saving the account was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not meet these rules: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not saved because its password could not be stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Keychain: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was saved without its password, but the old password could not be removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::AccountStore</name>
    <message>
        <source>Postacı cannot use the folder %1 for its accounts because %2 is a file, not a folder. Rename or remove that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı cannot read its accounts: %1 is a folder, not a file. Move it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı cannot read its accounts file %1: %2. Check that the file belongs to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts file %1 was written by a newer version of Postacı, which this version cannot change. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts file %1 is damaged and cannot be read (%2). It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be saved until you repair or move away that file, or choose to start a new list of accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved account has the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı could not write its accounts file %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı cannot create the folder %1 for its accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı cannot write in the folder %1. Check that the folder belongs to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Postacı program is changing the accounts right now and did not finish in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı could not lock its accounts file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Postacı program is changing the accounts right now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı could not keep a copy of %1, so it left the file where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı could not move %1 away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old accounts file is kept at %1; a new list starts empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid &quot;schemaVersion&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;accounts&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account id %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::AccountWizard</name>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::AutoconfigFetcher</name>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect from HTTPS to plain HTTP refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer larger than %1 bytes (Content-Length %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect from HTTPS to %1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::AutoconfigParser</name>
    <message>
        <source>unresolved entity &amp;%1;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, limit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whitespace, control or invisible character in hostname or username</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::CandidateList</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server settings found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted source; note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names it is valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate only if you know it is your server&apos;s, for example because the fingerprint above matches the one your provider or administrator gave you. Postacı will then accept exactly this certificate for %1, and warn again if it ever changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I compared the fingerprint and this is my server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted: you chose to trust exactly this certificate for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::Cli::AccountsCommand</name>
    <message>
        <source>never tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed on %1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown accounts action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved accounts. Add one with: postaci-cli accounts add --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;show&quot; needs exactly one account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also sends as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:        %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account even if its password cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;remove&quot; needs exactly one account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing (SMTP) server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port, 1-65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, starttls or tls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (default: the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sender address of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this server certificate (sha256:HEX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the password to travel unencrypted (security none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the account without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider of the catalog (default: found from the address); &quot;none&quot; for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Passwords are never given as arguments: use --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --password-stdin and --no-password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 contains a line break or another control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--email &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider: no provider &quot;%1&quot; in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password must be the provider&apos;s %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the password from standard input: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not meet these rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the account %1 &lt;%2&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  postaci-cli accounts list [--json]
  postaci-cli accounts show ID [--json]
  postaci-cli accounts remove ID [--force] [--json]
  postaci-cli accounts add --email ADDR --host H --port P --security none|starttls|tls
                           [--user U] [--name NAME] [--auth METHOD] [--alias ADDR]...
                           [--pin sha256:HEX]... [--allow-plaintext-auth]
                           [--provider ID|none] (--password-stdin | --no-password) [--json]
  postaci-cli accounts add ... --auth oauth2 --oauth-provider microsoft|google|yahoo|aol|custom
                           [--oauth-client-id ID] [--oauth-authorize-url URL --oauth-token-url URL
                           --oauth-scope S]
  postaci-cli accounts login ID [--no-browser] [--timeout SECONDS] [--ca-file PEM] [--json]
  postaci-cli accounts test (ID... | --all) [--send] [--deadline SECONDS] [--json]

The password is read from standard input and kept in the system keychain, never in a file.
It must have 8 to 32 characters with a digit, a lower-case and an upper-case letter, and
must not be the address or the part before the @; for a provider of the catalog that documents
its own format (such as a 16-letter app password) that format applies instead.
--force removes an account even when its password cannot be deleted from the keychain.
An OAuth2 account has no password: &quot;login&quot; opens the provider&apos;s sign-in page in the browser
(and prints its address), waits for the answer on 127.0.0.1, and keeps the tokens in the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2:        %1, client id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, none, plain, login, cram-md5, xoauth2, oauthbearer or oauth2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 provider: microsoft, google, yahoo, aol or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 client id registered for Postacı.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 authorization endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OAuth2 account has no password: add it without --password-stdin, then sign in with &quot;postaci-cli accounts login ID&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--oauth-provider needs --auth oauth2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in with OAuth2: add the account with --auth oauth2 --oauth-provider %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth oauth2 needs --oauth-provider (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--oauth-provider: &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1: postaci-cli accounts login %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open a browser; only print the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait at most this many seconds for the sign-in (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;login&quot; needs exactly one account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 signs in with a password, not OAuth2; there is nothing to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in with %1, open this address in a browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the answer on 127.0.0.1:%1 (at most %2 s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened; open the address above yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser answered; completing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with %1; the sign-in is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::Cli::AccountsTestCommand</name>
    <message>
        <source>Tests saved accounts again, all at once: signs in (and with --send also sends a test message to the account&apos;s own address). Exit code 0: every account works; 10: at least one no longer works; 9: the keychain cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test every saved account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send the test message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit for each account, in seconds (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s id (see postaci-cli accounts list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give account ids or --all, not both and not neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deadline: &quot;%1&quot; is not a number of seconds between 0 and 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved accounts. Add one with: postaci-cli accounts add --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>certificate: %n day(s) left</source>
        <translation>
            <numerusform>certificate: %n day left</numerusform>
            <numerusform>certificate: %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::Cli::CheckDomainCommand</name>
    <message>
        <source>✔ pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will my mail arrive? Checks the DNS records of the sender&apos;s domain that receivers judge mail by:
MX, SPF (is the sending server authorised?), DMARC, DKIM keys, MTA-STS and TLS-RPT. For each
check that fails or warns it says what to publish.

Exit codes: 0 nothing fails; 10 at least one check fails; 3 DNS could not be asked at all;
2 bad usage or an invalid address or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s e-mail address or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for the server of this saved account (and its address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for this sending server (its SPF authorisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for all DNS questions in seconds (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one e-mail address or domain to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account and --host both name the server: give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a control character (such as a line break); it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a valid e-mail address nor a valid domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address literal such as %1 has no DNS records to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the DNS records of %1, for at most %2 s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 DNS answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will mail from %1 arrive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will mail from %1 sent through %2 arrive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server addresses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF for %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::Cli::ExportCommand</name>
    <message>
        <source>Writes a saved account&apos;s settings for another program. The password is never written: msmtp and swaks read it from the keychain themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write into FILE (atomically) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s id (see postaci-cli accounts list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one account id (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is required: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS records to publish (RFC 6186, RFC 8314):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::Cli::LookupCommand</name>
    <message>
        <source>provider&apos;s autoconfig (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunderbird ISPDB (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS SRV record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the MX record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guessed and probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autoconfig over plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>came over plain HTTP: anyone on the network path could have forged it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comes from a DNS answer that could not be checked with DNSSEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is outside your domain and not a known provider: make sure you expect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption: your password would travel readable by anyone on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port 25 is often blocked by Internet providers for home users; prefer 465 or 587</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody published this: it was found by trying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;your address&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;name before @&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;domain&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds a provider&apos;s SMTP settings from an e-mail address or a domain. Every source is asked at once:
the built-in catalog, the provider&apos;s own autoconfig (HTTPS), the Thunderbird ISPDB, DNS (SRV and MX)
and guessing (smtp., mail. and the domain itself, probed without any credentials). Each suggestion
says where it came from and whether it can be trusted.

Exit codes: 0 settings found; 1 nothing found (the output says where Postacı looked, what each
place answered and what to try); 2 bad usage or an invalid address or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address or the domain to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only the built-in catalog (instant, no network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to every suggested server (greeting, EHLO, TLS; never a password) and mark it verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of the ISPDB to ask (HTTPS; default: the setting, else Thunderbird&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (for servers with a private CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall deadline in seconds (default 10): what is found by then is reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one e-mail address or domain to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a control character (such as a line break); it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a valid e-mail address nor a valid domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offline uses only the built-in catalog: it cannot be combined with --probe or --ispdb-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ispdb-url must be an https:// URL: ISPDB answers are trusted, so they must not travel in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PEM certificate could be read from &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMTP settings found for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some sources did not answer before the deadline (%1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Postacı looked and what each place answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to try:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your e-mail provider (or whoever hosts %1) for its SMTP server, port, security and user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting companies often use mail.%1 on port 465 (SSL/TLS) or 587 (STARTTLS); check it with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are offline or behind a firewall, run the lookup again once the network works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP settings for %1, best first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Partial: some sources did not answer within %1 ms.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· probe failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to get one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Postacı looked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the built-in catalog was asked (--offline): run without --offline to ask the network too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1: asking every source at once, for at most %2 s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::Cli::ProbeCommand</name>
    <message>
        <source>SMTP server name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (default: 465 with --security tls, 25 with none, else 587).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, starttls or tls (default: tls on port 465, else starttls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, none, plain, login, cram-md5 or xoauth2 (default: auto, the strongest the server offers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name for the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password (or the XOAUTH2 token) from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password (or the XOAUTH2 token) from the environment variable VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the server certificate whose SHA-256 fingerprint is HEX, even if it is not trusted otherwise (may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --security none: allow the password to travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit for each step, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the SMTP conversation to standard error (passwords are never shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a saved account (its server, user name and keychain password); other flags override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address, optionally as &quot;Name &lt;address&gt;&quot; (default: the account&apos;s address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient address (default: the sender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject of the test message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 --host H [--port P] [--security none|starttls|tls] [OPTIONS]

Connects to an SMTP server and checks the greeting, TLS and, when credentials are given, the login;
then says QUIT. Nothing is sent.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 (--account ID | --host H [--port P] [--security S] ...) --from ADDR [--to ADDR] [OPTIONS]

Sends a test e-mail (to the sender itself when --to is absent) and reports each step.
The recipient&apos;s domain is checked to accept mail before anything is sent.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Passwords are never taken as an argument: use --password-stdin or --password-env VAR.
Exit codes: 0 success, 2 bad usage or input, 3 connection, 4 TLS or certificate, 5 login,
6 refused by the server, 7 timeout, 8 protocol violation, 9 keychain, 1 anything else.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no --password option: a password on the command line can be read by every user of this computer and stays in the shell history. Use --password-stdin or --password-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account needs the id of a saved account (see &quot;postaci-cli accounts list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin and --password-env cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-env: the environment variable &quot;%1&quot; is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password contains a line break or a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host: &quot;%1&quot; is not a valid host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; contains no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a number of seconds between 0 and 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host is required (or --account ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user is required with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs a password: use --password-stdin or --password-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth %1 needs --user and a password (--password-stdin or --password-env VAR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is required: the sender&apos;s address (the account&apos;s own address or one of its aliases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a valid address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a valid address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message to %1 through %2 (%3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success: the server accepted the test message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test id: %1 (search for it in the mailbox of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success: %1 port %2 works with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: none (no credentials given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trips: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at step &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send even when DNS says the recipient&apos;s domain takes no mail (a domain only your own server knows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::Cli::SessionPrinter</name>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::CredentialsPage</name>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name and password the server asks for. Usually the user name is your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı never writes the password to a file. Without the keychain, it asks for the password each time you test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that without encryption my password travels &amp;unencrypted and anyone on the network path can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in method is &quot;No sign-in&quot;: the server will be used without a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved password from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved password could not be read: %1 Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not meet every rule yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the password may travel unencrypted, or choose encryption on the previous page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1 in the browser (OAuth2) instead of a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id registered for Postacı, or sign in with an app password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::DeliverabilityAssessment</name>
    <message>
        <source>%1 publishes a null MX: it receives no mail, and receivers may refuse mail from a domain that cannot take replies (RFC 7505).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the null MX with the MX record your mail provider gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to %1 is received by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MX record: replies go to the domain&apos;s own address, and some receivers distrust senders whose domain cannot receive mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the MX record your mail provider gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in DNS: receivers refuse mail from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the domain, or register it and publish its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX record of %1 could not be checked (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses of %1 could not be looked up, so SPF could not be checked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address in DNS, so SPF could not be checked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF could not be checked for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no SPF record, so receivers cannot tell which servers may send its mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish an SPF record that names your mail provider (give the server with --host or --account to get the exact record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 is broken (%2): receivers treat it as a permanent error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair the SPF record: one record, valid terms, at most 10 terms that need DNS lookups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 could not be evaluated: DNS did not answer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a valid SPF record; give the sending server to check that it is authorised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 authorises %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 is broken (%2): receivers treat it as a permanent error, so it authorises no server at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 does not authorise %2 (%3 matched %4): receivers see mail sent through it as forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 does not authorise %2 (%3 matched %4): receivers are asked to be suspicious, so mail may land in spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 says nothing about %2 (%3): receivers cannot tell whether it may send for the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no SPF record, so receivers cannot tell whether %2 may send its mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF could not be evaluated for %1: DNS did not answer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this TXT record at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the SPF record: publish this TXT record at %2 instead of the old one: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC policy of %1 could not be checked (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no DMARC policy: receivers decide alone what to do with mail that fails SPF and DKIM, and large mailbox providers expect one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this TXT record at %1 (reports go to postmaster@%2; tighten p= once they look clean): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes more than one DMARC record, so receivers ignore them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep exactly one TXT record starting with v=DMARC1 at _dmarc.%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record at _dmarc.%1 cannot be used (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct it, for example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the organisational domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reports requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC policy p=%1 %2 (SPF alignment %3, DKIM alignment %4, pct=%5, %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC policy p=%1 %2: mail through %3 passes it, because SPF passes for the sender&apos;s own domain (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC policy p=%1 %2 only monitors: mail through %3 does not pass SPF, which receivers still hold against it (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix SPF (see above) before tightening the DMARC policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC policy p=%1 %2: mail through %3 fails SPF, so it passes DMARC only if the server signs it with your DKIM key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix SPF (see above), and make sure the server signs with the published DKIM key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC policy p=reject %1 tells receivers to refuse mail that fails SPF and DKIM, and mail through %2 fails SPF with no DKIM key found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC policy p=quarantine %1 tells receivers to put mail that fails SPF and DKIM into spam, and mail through %2 fails SPF with no DKIM key found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix SPF (see above) and publish your provider&apos;s DKIM key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revoked: empty p=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM keys of %1: %2; keys shorter than 1024 bits are ignored by receivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new 2048-bit key at your mail provider and publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM keys of %1: %2; 1024-bit keys still work but 2048 bits are recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM keys of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM keys of %1 could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM key was found under the usual selectors (%1); with DMARC p=%2, mail that fails SPF has no second way to pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on DKIM signing at %1 and publish the key it gives you as a TXT record at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your mail provider for its DKIM key and publish it as a TXT record at &lt;selector&gt;._domainkey.%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM key was found under the usual selectors (%1); a key may still exist under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTA-STS record (%1) could not be checked (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MTA-STS record (%1): mail to %2 may travel without verified TLS (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTA-STS record at %1 is not valid, so senders ignore the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish exactly one record such as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS is announced (id %1): senders deliver mail to %2 only over verified TLS (the policy file itself was not fetched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS-RPT record (%1) could not be checked (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS-RPT record (%1): nobody is told when mail to %2 fails over TLS (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS-RPT record at %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish exactly one record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT reports go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS could not be asked, so nothing could be checked for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from %1 may not arrive: %2 fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing fails for %1, but %2 should be looked at; name the sending server to check SPF for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing fails for %1; name the sending server to check that SPF authorises it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from %1 sent through %2 fails SPF, and DMARC p=reject tells receivers to refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from %1 sent through %2 fails SPF, and DMARC p=quarantine tells receivers to put it into spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from %1 sent through %2 may not arrive: %3 fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from %1 sent through %2 should arrive, but %3 should be fixed to keep it out of spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from %1 sent through %2 should arrive: SPF authorises the server and nothing fails.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::DeliverabilityDialog</name>
    <message>
        <source>MX (receiving mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF (authorised servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC (policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM (signing keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS (TLS for incoming mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT (TLS reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will my mail arrive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will mail from %1 sent through %2 arrive? Postacı asks DNS what receivers check: MX, SPF, DMARC, DKIM, MTA-STS and TLS-RPT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS answers received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking DNS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking DNS… %1 of %2 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done; some DNS questions got no answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record at %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record to publish for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the record to publish for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::Diagnosis</name>
    <message>
        <source>The server said: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep port %1 and choose %2 as the security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use port %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the usual port for sending mail with encryption from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the usual port for sending mail with STARTTLS encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your full e-mail address (%1) as the user name: most providers expect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password so that Postacı signs in before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is usually sent on port 465 (SSL/TLS) or 587 (STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port does not belong to a mail-sending server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25 is for servers talking to servers and is often blocked for home connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port expects STARTTLS, not SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı started an encrypted connection at once (SSL/TLS), but the server on port %1 answered without encryption, as servers do when they expect STARTTLS: the connection starts unencrypted and is then switched to encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the usual port for SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server on port %1 did not greet Postacı over an unencrypted connection: it waits silently for an encrypted connection from the very start (SSL/TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 465 is the usual port for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı expected the server on port %1 to greet it unencrypted (%2), but it answered with encryption at once, as SSL/TLS ports do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port expects SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the usual port for STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not made out to %1, the name you entered, so Postacı cannot be sure it is talking to the right server and sent no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is valid for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is common with shared web hosting: the mail server is reached as mail.&lt;your domain&gt;, but its certificate carries the hosting company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate belongs to another server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the server name the certificate is made out to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your hosting company which server name to use for sending mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not valid at the current date, so Postacı stopped before sending any password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It only becomes valid on %1: check this computer&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date and time are correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your mail provider or hosting company that the certificate of %1 must be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You told Postacı to accept only one particular certificate for %1, and the server now shows another one (SHA-256 %2). Postacı sent no password. Providers renew certificates regularly, but a changed certificate can also mean someone is intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your provider whether the certificate was renewed; if it was, look at the new certificate&apos;s details and accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not signed by an authority this computer trusts (for example, it is self-signed), so Postacı cannot be sure who it is talking to and sent no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was issued by: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your provider for the correct server name; a provider&apos;s own name usually has a trusted certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you know this server and its certificate, check the certificate&apos;s fingerprint with your provider and accept that one certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider no longer accepts passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has switched off sign-in with a user name and password for sending mail (&quot;basic authentication&quot;); it only accepts a sign-in through its own web page (OAuth2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose XOAUTH2 as the sign-in method and use an access token from your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read how %1 lets programs send mail: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you manage the mail domain (Microsoft 365), an administrator can turn on &quot;Authenticated SMTP&quot; for this mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept your normal password from mail programs: it needs an app password, a separate password you create in your account&apos;s security settings (this requires two-step verification to be on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app password is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an app password as described here, then enter it instead of your normal password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your account&apos;s web page, open its security settings, turn on two-step verification, create an app password for &quot;Mail&quot; and enter it here instead of your normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to sign you in with this user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password again; check Caps Lock and the keyboard layout (Turkish ı/i and İ/I are different letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let Postacı choose the sign-in method automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı did not contact the server because a value cannot be sent as it is (for example, it contains a line break).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name, user name and addresses for stray characters and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 could not be found on the Internet. It may be misspelled, or your domain may have no mail server under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try %1, the usual name of a domain&apos;s mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer is connected to the Internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers on this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer %1 exists, but no program accepts connections on port %2: the port is probably wrong, or the mail service is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port number your provider gives for sending mail (SMTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25 seems to be blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no answer at all on port 25 of %1. Port 25 is meant for mail servers talking to each other, and many Internet providers block it for home and office connections to stop spam. Mail programs send on port 465 or 587 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the submission port meant for mail programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the submission port with encryption from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no answer at all from port %1 of %2: a firewall may be dropping the connection, the port may be wrong, or the server may be down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a firewall or antivirus program does not block Postacı, and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer could not open a connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer is connected to the Internet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps happening, your address may be blocked by the server: ask your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server that expects encryption from the very start (SSL/TLS) also waits silently like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later, or allow more time in the settings if your connection is slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı and the server could not agree on how to encrypt the connection (Postacı requires TLS 1.2 or newer). The server may be very old or misconfigured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your provider whether the server supports TLS 1.2 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer encryption on this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS was chosen, but the server on port %1 does not offer it, so Postacı stopped rather than send anything unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your provider which port offers encrypted sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to switch to encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers STARTTLS but refused it when asked, so Postacı stopped rather than continue unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if it persists, tell your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something interfered with the switch to encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right after agreeing to encrypt, the server (or something between you and it) sent extra data that could be an attack on the connection. Postacı stopped and sent no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption from the start cannot be interfered with this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are on a public network, try again from a trusted one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption is not available on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı could not find the encryption library (OpenSSL) it needs, so it stopped before sending anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install OpenSSL 3 (on Debian and Ubuntu: the libssl3 package), then start Postacı again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer sign-in here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave a user name and password, but the server on port %1 does not offer any way to sign in on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many servers offer sign-in only on an encrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this server lets you send without signing in, choose no sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server offers no sign-in method that Postacı supports (PLAIN, LOGIN, CRAM-MD5, XOAUTH2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in method %1 is not offered by this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It offers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen sign-in method is not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the sign-in method %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your provider for a port or server that accepts PLAIN or LOGIN sign-in over an encrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts mail only over an encrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires you to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends mail only for people who have signed in with a user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn sign-in on (automatic method).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts a sign-in only over an encrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı did not send your password unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not encrypted, so your password would travel in readable form. Postacı stopped before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on a network you fully trust: explicitly allow sending the password unencrypted in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server will not pass on mail for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts mail only for its own addresses unless you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not let this account send as this address. The sender must be the account&apos;s own address or an alias registered with your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send from %1, the account&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send from the account&apos;s own e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send as another address, register it as an alias (&quot;send mail as&quot;) with your provider first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server delivers mail only to its own addresses unless you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient address was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept mail for this recipient: the address may be misspelled or no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the recipient address for typing mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the test message to your own address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server delivers mail to other domains only for people who have signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message because it is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It accepts messages up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send smaller attachments, or share large files through a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the sender and recipient but refused the message itself, often because a spam or virus filter objected to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again with a plain message; if it is refused again, show the server&apos;s answer to your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot handle this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address contains letters outside the English alphabet before the @ (for example ş or ı). This needs the SMTPUTF8 extension, which this server does not offer, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an address written only with English letters, digits and dots before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy or temporarily unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it keeps happening, show the server&apos;s answer to your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server broke the mail protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host name and port point to your provider&apos;s mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the transcript to your provider&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses to talk to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the connection with a refusal instead of a greeting. Servers do this when the connecting address is on a block list (common for home connections on port 25) or is not allowed to send through them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server&apos;s answer names a block list, ask your Internet or mail provider to remove your address from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[checked: this works]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain said: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı keeps passwords only in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain has no password saved for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password again; you can choose to save it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked, or has no keyring set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the keychain (it usually opens with your login password), or create a default keyring in your desktop&apos;s passwords tool, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to let Postacı store or read the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Postacı to use the keychain when it asks, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer in time; it may be waiting for you to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) could be reached to keep the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install and start a keychain (on Linux: GNOME Keyring or KWallet), log in again, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or choose not to save the password: Postacı will ask for it each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 whether mail programs may still sign in with an app password; if not, sending needs a program that signs in through the provider&apos;s own page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı was looking up the server&apos;s address at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı was connecting at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı was setting up encryption (TLS) at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı was waiting for the server&apos;s greeting at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı was introducing itself (EHLO) at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı was switching to encryption (STARTTLS) at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı was signing in at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı was giving the sender address at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı was giving the recipient address at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı was sending the message at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı was saying goodbye (QUIT) at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı was finishing at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 of %2 is not answered by a server for sending mail (SMTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IMAP server answers there, for reading mail, not for sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A POP3 server answers there, for downloading mail, not for sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web server (HTTP) answers there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote login server (SSH) answers there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file transfer server (FTP) answers there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program that is not a mail server answers there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider has switched off sign-in with a user name and password for sending mail (&quot;basic authentication&quot;); it only accepts a sign-in through its own web page (OAuth2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read how your provider lets programs send mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your provider whether mail programs may still sign in with an app password; if not, sending needs a program that signs in through the provider&apos;s own page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider does not accept your normal password from mail programs: it needs an app password, a separate password you create in your account&apos;s security settings (this requires two-step verification to be on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a temporary refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This usually passes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer does not follow the SMTP rules, so Postacı stopped to stay safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for this test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 signs in with a password, but its password was not saved in the keychain and none was given for this test. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password for this test (in the test dialog, or with --password-stdin or --password-env on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or edit the account and save its password in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says it receives no e-mail at all (it publishes a &quot;null MX&quot; record). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or has no mail server and no address in DNS, so a message to it would bounce. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the recipient address for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If only your company&apos;s own server knows this domain, send anyway: the check is advice (&quot;Send anyway&quot;, or --no-recipient-check on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[caution: not your provider&apos;s own server name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the server name the certificate is made out to: %1. It is not a name of your e-mail domain or of a provider Postacı knows: use it only if your provider or hosting company names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts this account&apos;s saved sign-in (it was revoked, expired, or the password was changed). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account signs in with %1 (OAuth2), and nobody has signed in with it on this computer yet. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1: &quot;Sign in again&quot; in the main window, or postaci-cli accounts login %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token had expired and %1 could not renew it: %2. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection to the internet (and a proxy or firewall), then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it keeps failing, sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::DiagnosisView</name>
    <message>
        <source>What you can do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply and test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a name of your e-mail domain or of a provider Postacı knows; only the server&apos;s certificate names it. It reaches the same machine as the server you entered, but if you use it, your password goes to whoever holds that certificate. Use it only if your provider or hosting company told you to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: works — the server answers with this setting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::DnsQuery</name>
    <message>
        <source>NXDOMAIN (no such name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 records (NODATA or an empty answer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::DomainRecords</name>
    <message>
        <source>not a well-formed DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy (p=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown policy p=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subdomain policy sp=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be r or s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pct must be 0..100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DKIM key record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key (p=) is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ed25519 key has 32 bytes, this one %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key type k=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RSA key could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::EmailAddress</name>
    <message>
        <source>The address contains a control character (%1), such as a line break. Type the address on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a space. E-mail addresses have no spaces: check for a space before or after the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character %1 is not allowed in the part before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character %1 is not allowed inside the quoted part before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the closing quote the @ must follow, but %1 came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character %1 is not allowed in the domain (the part after the @): only letters, digits, hyphens and dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a control character, such as a line break. Type the address on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a space. E-mail addresses have no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no @. It looks like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has more than one @. Only one @ separates the name from the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ must not start with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ must not end with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ has two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ contains a character that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quotation mark before the @ is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted part before the @ contains a character that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the closing quotation mark the @ must follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after the @ is missing, as in name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain is longer than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain must not start with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain must not end with a dot: remove the final dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain has two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain contains a character that is not allowed: only letters, digits, hyphens and dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the domain between two dots is longer than 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the domain starts with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the domain ends with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain is incomplete: it needs a dot and an ending such as .com or .com.tr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain ends in a number. For an IP address write it in brackets, as in name@[192.0.2.1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain contains characters that cannot be used in an internationalised domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP address in brackets is not valid. Write it as [192.0.2.1] or [IPv6:2001:db8::1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only IPv4 addresses and IPv6 addresses tagged &quot;IPv6:&quot; can be written in brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::ExportDialog</name>
    <message>
        <source>Thunderbird (autoconfig file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msmtp (msmtprc section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swaks (test command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone, iPad, Mac (configuration profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web site (.env lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain owner (autoconfig file and DNS records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS records to publish (RFC 6186, RFC 8314):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save exported settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::ExportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::FinishPage</name>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;without the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password in the keychain, then the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is saved, and its password is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is saved without a password; Postacı will ask for it when testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the DNS records receivers judge this account&apos;s mail by (SPF, DKIM, DMARC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will my mail a&amp;rrive?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account below. Finish saves it; Cancel leaves nothing behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send a test e-mail after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved; Postacı asks for it at each test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved yet. Finish saves the account, and its password in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved yet. Finish saves the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::IdentityPage</name>
    <message>
        <source>Who sends the mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name recipients see, and the e-mail address the messages come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ayşe Yılmaz or Yılmaz Mobilya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. info@example.com.tr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::Labels</name>
    <message>
        <source>Provider&apos;s own settings (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunderbird database (ISPDB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı&apos;s provider list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS service record (SRV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the mail server (MX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed and tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s settings over plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s autoconfig (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain&apos;s well-known autoconfig (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoconfig over plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS service records (SRV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server records (MX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISPDB entry of the mail server&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual server names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying a usual server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>came over plain HTTP (could be forged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from DNS without DNSSEC (could be forged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server outside your domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port 25 (often blocked for home users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found by guessing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::LookupDialog</name>
    <message>
        <source>Type an e-mail address or a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains a line break or another control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a mail domain; it needs at least two parts, such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up provider settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an e-mail address or a domain. Postacı asks its provider list, the provider&apos;s own settings, the Thunderbird database and DNS, and tries the usual server names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ali@example.com.tr or example.com.tr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address or domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers found (best first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Postacı looked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for %1. The list below shows where Postacı looked and what each place answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) found for %1 in %2 ms.</source>
        <translation>
            <numerusform>%n server found for %1 in %2 ms.</numerusform>
            <numerusform>%n servers found for %1 in %2 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some places did not answer in time; the results may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd an account with this server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::LoopbackRedirectListener</name>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a request Postacı understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Postacı started, so it was refused and the sign-in was stopped. Start the sign-in again from Postacı.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not completed. You can close this tab and return to Postacı.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı received the sign-in. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::MailDomainCheck</name>
    <message>
        <source>DNS lookup timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::MainWindow</name>
    <message>
        <source>Postacı</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı gets an outgoing-mail account working and proves it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up provider settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Postacı</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only look up a provider&apos;s settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its password is removed from the keychain too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account anyway? Its password would stay in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test e-mail was accepted by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test e-mail could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the account %1: %2, and send the test e-mail again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change and test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust the certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time Postacı starts.
Yeni dil, Postacı bir sonraki açılışında kullanılır.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Postacı</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı %1

Gets an outgoing-mail (SMTP) account working and proves it works: a setup wizard, a one-click test e-mail with a live transcript, and a plain-language explanation of every failure.

Passwords are kept only in the system keychain.

Licence: GNU GPL version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts file that cannot be read is kept as a copy, and Postacı starts a new, empty list of accounts. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the DNS records receivers judge this account&apos;s mail by (SPF, DKIM, DMARC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Will my mail arrive?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test e-mail t&amp;o…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test e-mail to %1 now (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test e-mail (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the selected OAuth2 account in again in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test all accou&amp;nts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider no longer accepts the saved sign-in: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::OAuthConfig</name>
    <message>
        <source>the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OAuth2 client id is configured for %1. Postacı does not borrow another program&apos;s: your organisation registers Postacı as a desktop (public) application at %1, with the redirect address http://127.0.0.1 (any port), and gives the client id with --oauth-client-id, in the wizard, or at build time (docs/oauth2.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also accepts an app password: choose password sign-in and use one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth2 client id or scope contains a line break or another control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization address must be an https:// address (http:// only to 127.0.0.1 or ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token address must be an https:// address (http:// only to 127.0.0.1 or ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth2 scope is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;oauth2.%1&quot; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::OAuthSignInJob</name>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a local port for the browser&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer that came back does not belong to this sign-in (its state differs); it was refused and nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not grant access (%1); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused to complete the sign-in (%1); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s token service could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the browser in time; the sign-in was stopped and nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the keychain could not keep the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::OAuthSignInWidget</name>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the page did not open, open this address in a browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on %1&apos;s page in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser answered; completing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in with %2. Sign in in the browser; Postacı keeps the new sign-in in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::OAuthTokenRequest</name>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token address is not https:// (or http:// to a loopback address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no access token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::PasswordChecklist</name>
    <message>
        <source>%1&apos;s own rule for passwords of mail programs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to create one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::PasswordPolicy</name>
    <message>
        <source>Provider&apos;s format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one lower-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one upper-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same as the e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same as the part of the address before the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s password format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line breaks or other control characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::QtDnsResolver</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::SecretError</name>
    <message>
        <source>No keychain is available to keep the password safely (Postacı never writes passwords to a file). Install and start a keychain such as GNOME Keyring or KWallet and log in again, or save the account without its password and type the password when you test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked, or no keyring is set up in it yet. Unlock it (your desktop asks for its password), or create a default keyring with your desktop&apos;s passwords tool, and try again; or save the account without its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Postacı to use the keychain and try again, or save the account without its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no password for this account. Enter the password again to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time; it may be waiting for you to unlock it. Unlock it and try again, or save the account without its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it keeps failing, save the account without its password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::SecretJob</name>
    <message>
        <source>empty account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the keychain within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::SendTestDialog</name>
    <message>
        <source>Send a test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı sends a short test message through %1. It goes to your own address unless you choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved for this account; it is used for this test only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::ServerGuesser</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::ServerPage</name>
    <message>
        <source>Outgoing mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı looks up your provider&apos;s settings. Choose one of the suggestions, or type the server your provider or host gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop looking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mail.example.com.tr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address cannot be looked up; type the server below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the settings for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lookup stopped. %n suggestion(s) so far.</source>
        <translation>
            <numerusform>Lookup stopped. %n suggestion so far.</numerusform>
            <numerusform>Lookup stopped. %n suggestions so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No settings found in %n place(s) Postacı looked. Type the server your provider gave you.</source>
        <translation>
            <numerusform>No settings found in %n place Postacı looked. Type the server your provider gave you.</numerusform>
            <numerusform>No settings found in %n places Postacı looked. Type the server your provider gave you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) found. The best is selected when it comes from a trusted source.</source>
        <translation>
            <numerusform>%n suggestion found. The best is selected when it comes from a trusted source.</numerusform>
            <numerusform>%n suggestions found. The best is selected when it comes from a trusted source.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some places did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is used with %2, so security was set to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many internet providers block port 25 for home users; 587 or 465 usually work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without encryption anyone on the network path can read the messages and, if you sign in, your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to create one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts mail programs only with an app password, not your normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows mail programs to sign in only with OAuth2; a password will not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;where Postacı looked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No settings found in %n place(s) Postacı looked. The usual name %1 exists, so it is filled in below; check it against what your provider gave you.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual names Postacı tried:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::SessionView</name>
    <message>
        <source>No test has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1, port %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the test e-mail through %1, port %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue id: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success: the server accepted these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success: the server accepted the test e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show certificate and trust it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking which of these settings the server answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the test of %1, port %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a test e-mail through %1, port %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the server&apos;s certificate is not the pinned one. It is valid for the server, so the test went on; check the certificate before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the test e-mail without checking the recipient&apos;s domain first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::SettingsChange</name>
    <message>
        <source>server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::SettingsFinder</name>
    <message>
        <source>overall deadline of %1 ms reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider in the built-in catalog serves this domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a usable clientConfig document (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document lists no SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target &quot;.&quot;: the domain says this service is not available (RFC 6186 §3.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable SRV target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null MX: the domain accepts no mail (RFC 7505)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: HTTPS or catalog sources answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::SettingsInput</name>
    <message>
        <source>&quot;%1&quot; is not a port number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of none, starttls, tls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint; write it as sha256: followed by 64 hexadecimal digits (colons allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name contains a line break or another control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of auto, none, plain, login, cram-md5, xoauth2, oauthbearer, oauth2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::SettingsLabels</name>
    <message>
        <source>No encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (OAuth2 token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction (EHLO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to encryption (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender (MAIL FROM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient (RCPT TO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodbye (QUIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (port blocked?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server was too slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate for another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong security mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tampered connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in method not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app password needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password would travel unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaying denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>international address not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server misbehaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::SmtpSession</name>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is accepted because its SHA-256 fingerprint is pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO was rejected; trying HELO (no TLS upgrade and no authentication are needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the message; queue id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No greeting: checking whether the server expects TLS at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed (%1); checking what the server sends without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender address contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender address contains a space or angle bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender address is longer than 320 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recipient address contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recipient address contains a space or angle bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recipient address is longer than 320 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host contains a space, CR, LF or NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password contains CR, LF or NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO name contains a space or control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pinned fingerprint is not a SHA-256 digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication %1 requested without credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOAUTH2 needs a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a timeout is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message contains NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message line is longer than 998 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUL byte in a reply line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply line does not start with a 3-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply code %1 outside 2xx-5xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply code not followed by space or hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed codes %1 and %2 in one reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply has more than %1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server speaks an unknown protocol, not SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server speaks %1, not SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;redacted&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS backend is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a TLS record instead of an SMTP greeting: this port expects TLS from the first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent something that is not an SMTP greeting and closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection (step: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s SHA-256 fingerprint is not the pinned one; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake did not finish within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply within %1 ms (step: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session took longer than %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is closing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply arrived although no command was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is closing the connection (421)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection in its greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused temporarily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not accept HELO or EHLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO was rejected, so the server cannot offer STARTTLS; falling back to HELO would go without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO was rejected, so the server cannot offer AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s EHLO reply does not offer STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered STARTTLS with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent data after &quot;220&quot; to STARTTLS, before the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection is not encrypted and sending the password in clear was not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s EHLO reply does not offer AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wanted %1, the server offers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a challenge %1 cannot answer; the exchange was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address is not ASCII and the server does not offer SMTPUTF8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has %1 bytes, the server accepts at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1 octets of message data&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no greeting within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no greeting, but the server answered a TLS handshake: this port expects TLS from the first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no greeting within %1 ms on port 465, which is meant for TLS from the first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no greeting within %1 ms, and no answer to a TLS handshake either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server greets in plaintext: this port expects STARTTLS (or no TLS), not TLS from the first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a reply nobody asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the server&apos;s certificate is not the pinned one; it is accepted because it is valid for %1 without the pin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::SourceList</name>
    <message>
        <source>Where Postacı looked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>found %n suggestion(s)</source>
        <translation>
            <numerusform>found %n suggestion</numerusform>
            <numerusform>found %n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::SpfCheck</name>
    <message>
        <source>no resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain that can be looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS error for TXT %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SPF record at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one SPF record at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syntax error at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 DNS lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 void lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot expand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SPF record (include:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS error for %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot expand redirect=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SPF record (redirect=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mechanism matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS error for MX %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 MX names for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS error for the address of an MX host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::TestAllDialog</name>
    <message>
        <source>Test all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 accounts work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::TestMessage</name>
    <message>
        <source>Postacı test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

this is a test message sent by Postacı to check that this e-mail account can send mail.
If you can read it, sending works. You can delete this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test id may only contain letters, digits, &quot;-&quot;, &quot;.&quot; and &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address contains a line break or a NUL character, which could be used to add header fields or commands; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender name contains a line break or a NUL character, which could be used to add header fields or commands; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient address contains a line break or a NUL character, which could be used to add header fields or commands; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient name contains a line break or a NUL character, which could be used to add header fields or commands; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject contains a line break or a NUL character, which could be used to add header fields or commands; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test id contains a line break or a NUL character, which could be used to add header fields or commands; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message text contains a NUL character or a carriage return without a line feed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::TestSendJob</name>
    <message>
        <source>no password was given and none is saved in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that %1 accepts mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain %1 accepts mail (no MX record; its own address is used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain %1 accepts mail (MX: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check in time whether the recipient&apos;s domain %1 accepts mail; sending anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether the recipient&apos;s domain %1 accepts mail (%2); sending anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test result could not be saved with the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed: it is not the certificate pinned for %1. It is valid for that host, so the test went on. If you did not expect a new certificate, check it before trusting this server; otherwise pin the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sign-in from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token has expired; renewing it at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token was renewed and saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider refused the saved sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::TranscriptView</name>
    <message>
        <source>Transcript of the conversation with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation with the server appears here while a test runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::VerifyPage</name>
    <message>
        <source>Testing the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postacı connects to the server, sets up encryption and signs in, without sending any mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test did not succeed. Apply a suggestion above, go back and change the settings, or save the account anyway and fix it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2, %3; user name: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another server name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use tr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface (tr or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: postaci-cli [--lang tr|en] COMMAND [OPTIONS]

Commands:
  probe      Check that an SMTP server accepts a connection, TLS and your login
  send-test  Send a test e-mail through an SMTP server or a saved account
  lookup     Find a provider&apos;s SMTP settings from an e-mail address or domain
  accounts   List, show, add, remove or test saved accounts
  check-domain  Will my mail arrive? SPF, DKIM, DMARC, MTA-STS and MX of a sender&apos;s domain
  export     Write a saved account&apos;s settings for another program

Global options:
  --lang tr|en   Language of the messages (default: the system&apos;s)
  --version      Print the version and exit
  --help         Print this help; COMMAND --help prints the command&apos;s own
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
