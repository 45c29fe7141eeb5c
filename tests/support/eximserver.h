#pragma once

#include "testcertificates.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;

class QProcess;

namespace Postaci::Test {

// A real Exim 4.96 (Debian's exim4-daemon-light, unpacked into build/exim by
// tests/support/fetch-exim, never installed) running our own configuration on loopback:
//   startTlsPort(): submission with STARTTLS; AUTH PLAIN/LOGIN only after TLS, CRAM-MD5 always
//   tlsPort():      implicit TLS (tls_on_connect_ports); AUTH PLAIN/LOGIN/CRAM-MD5
//   plainPort():    no STARTTLS offered at all; AUTH CRAM-MD5 only
// PIPELINING and CHUNKING are advertised unless switched off. MAIL needs AUTH ("530 5.7.0
// Authentication required"), then any recipient is accepted and every message is delivered at
// once to one maildir (deliveredMessages()). Exim's SMTP synchronisation check stays on: a client
// that talks out of turn gets "554 SMTP synchronization error". The final DATA/BDAT reply is
// Exim's own "250 OK id=<queue id>".
// Exim always runs unprivileged: as the calling user, or as nobody when the caller is root (see
// README.md, "Exim").
class EximServer
{
public:
    struct Options
    {
        QString user = u"tester"_s;
        QString password; // required
        bool chunking = true;
        bool pipelining = true;
        CertKind cert = CertKind::Valid;
        // A certificate and key of another CA instead of the harness's `cert` (for example the
        // one tests/support/testnetwork-run made, which its namespace's system store trusts).
        QString certificateFile;
        QString keyFile;
    };

    EximServer();
    ~EximServer();
    EximServer(const EximServer &) = delete;
    EximServer &operator=(const EximServer &) = delete;

    // Starts Exim and waits (at most ~10 s per attempt) until it listens. On failure returns false
    // and errorString() says why (including Exim's logs).
    bool start(const Options &options);
    void stop(); // also done by the destructor; bounded

    bool isRunning() const;
    QString errorString() const;
    const Options &options() const { return m_options; }
    QString host() const { return u"127.0.0.1"_s; }
    quint16 startTlsPort() const;
    quint16 tlsPort() const;
    quint16 plainPort() const;

    QString maildir() const;
    QStringList deliveredMessages() const; // files in maildir new/ and cur/, oldest first
    QString logText() const;               // mainlog, rejectlog and paniclog, for failure output
    QString configPath() const;

    // Where the Exim binary is looked for: $POSTACI_EXIM, else <source>/build/exim/usr/sbin/exim4.
    static QString eximBinary();

private:
    bool startOnce(const QString &binary, const QString &nssWrapper, bool *portClash);
    bool writeConfig(const QList<quint16> &ports);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    Options m_options;
    QString m_runBinary;
    QString m_error;
    quint16 m_startTlsPort = 0;
    quint16 m_tlsPort = 0;
    quint16 m_plainPort = 0;
    unsigned m_uid = 0;
    unsigned m_gid = 0;
};

} // namespace Postaci::Test
