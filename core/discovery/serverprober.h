#pragma once

#include "smtp/sessionresult.h"
#include "smtp/sessionsettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>

#include <chrono>

namespace Postaci {

class SmtpSession;

struct ProbeTarget
{
    QString host;
    quint16 port = 0;
    Security security = Security::StartTls;

    QString key() const;   // "host:port/security" (same as CandidateMerger::key)
    QString text() const;  // "host:port (starttls)"
};

// Probes SMTP servers in parallel with the session engine's probe mode: connect, greeting,
// EHLO, TLS (STARTTLS or implicit), EHLO, QUIT. Never credentials: the settings it builds carry
// no user and no secret. TLS is verified as everywhere else (extra CA certificates for tests and
// private CAs), so a bad certificate fails the probe.
class ServerProber : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        std::chrono::milliseconds timeout{6000}; // the whole probe; each step gets the same bound
        QList<QSslCertificate> extraCaCertificates;
    };

    explicit ServerProber(const Options &options, QObject *parent = nullptr);
    ~ServerProber() override;

    // Starts probing at once; a target already being probed is not probed twice.
    void probe(const ProbeTarget &target);
    // Stops every probe in flight; no probeFinished() follows for them.
    void cancelAll();

    int runningCount() const { return int(m_running.size()); }
    QList<ProbeTarget> runningTargets() const;

    static SessionSettings probeSettings(const ProbeTarget &target, const Options &options);

Q_SIGNALS:
    void probeFinished(const Postaci::ProbeTarget &target, const Postaci::SessionResult &result, qint64 ms);

private:
    struct Running
    {
        ProbeTarget target;
        QPointer<SmtpSession> session;
        QElapsedTimer clock;
    };

    Options m_options;
    QHash<QString, Running> m_running;
};

} // namespace Postaci
