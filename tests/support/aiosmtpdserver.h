#pragma once

#include "testcertificates.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;

class QProcess;

namespace Postaci::Test {

// An aiosmtpd server (Debian's python3-aiosmtpd, run with /usr/bin/python3 and
// tests/support/aiosmtpd_server.py) on 127.0.0.1 with a port the OS picks. Each accepted message
// is saved in spoolDir() as NNN.eml (raw DATA bytes) and NNN.json ({"mail_from", "rcpt_tos",
// "mail_options", "rcpt_options", "queue_id", "helo", "auth_login", "tls", "smtputf8"}).
// The final DATA reply is "250 2.0.0 Ok: queued as <ID>" with a unique ID (the JSON's queue_id).
// AUTH failures answer "535 5.7.8 Authentication credentials invalid".
class AiosmtpdServer
{
public:
    struct Options
    {
        enum class Mode { Plain, StartTls, ImplicitTls };
        Mode mode = Mode::Plain;
        bool requireTls = false;   // StartTls mode: "530 Must issue a STARTTLS command first" before it
        bool authRequired = false; // "530 5.7.0 Authentication required" for MAIL before AUTH
        QString user;
        QString password;
        QStringList authMechanisms{u"PLAIN"_s, u"LOGIN"_s}; // also CRAM-MD5, XOAUTH2, OAUTHBEARER
        CertKind cert = CertKind::Valid;
        bool smtputf8 = true;
        // Additions: AUTH is only offered over TLS unless this is set (then it is offered on a
        // plain connection too: for testing that a client refuses to send a password there).
        bool authWithoutTls = false;
        QString hostname = u"mail.example.test"_s; // greeting and EHLO reply name
        // The SIZE announced in EHLO and enforced (aiosmtpd's data_size_limit); 0: its default, 32 MiB.
        qint64 dataSizeLimit = 0;
        // OAuthServer::tokenFile(): XOAUTH2 and OAUTHBEARER (list them in authMechanisms) accept
        // only an access token the OAuth server issued that is still valid, for its user.
        QString oauthTokenFile;
    };

    AiosmtpdServer();
    ~AiosmtpdServer();
    AiosmtpdServer(const AiosmtpdServer &) = delete;
    AiosmtpdServer &operator=(const AiosmtpdServer &) = delete;

    // Starts the server and waits (at most 10 s) until it accepts connections. On failure returns
    // false and errorString() says why, including the server's stderr.
    bool start(const Options &options);
    bool start() { return start(Options{}); }
    void stop(); // also done by the destructor; bounded

    bool isRunning() const;
    QString errorString() const;
    quint16 port() const;
    QString host() const { return u"127.0.0.1"_s; }
    const Options &options() const { return m_options; }

    QString spoolDir() const;
    QStringList messageFiles() const; // NNN.eml paths, oldest first
    // The NNN.json envelope that belongs to a message file from messageFiles().
    static QString envelopeFile(const QString &messageFile);
    QString stderrText() const; // what the server printed on stderr (aiosmtpd's own log)

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    Options m_options;
    QString m_error;
    quint16 m_port = 0;
};

} // namespace Postaci::Test
