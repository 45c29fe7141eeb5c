<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>Postaci::Cli::AccountsCommand</name>
    <message>
        <source>This command is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::Cli::LookupCommand</name>
    <message>
        <source>This command is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postaci::Cli::ProbeCommand</name>
    <message>
        <source>This command is not available yet.</source>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: postaci-cli [--lang tr|en] COMMAND [OPTIONS]

Commands:
  probe      Check that an SMTP server accepts a connection, TLS and your login
  send-test  Send a test e-mail through an SMTP server or a saved account
  lookup     Find a provider&apos;s SMTP settings from an e-mail address or domain
  accounts   List, show, add or remove saved accounts

Global options:
  --lang tr|en   Language of the messages (default: the system&apos;s)
  --version      Print the version and exit
  --help         Print this help; COMMAND --help prints the command&apos;s own
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use tr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
