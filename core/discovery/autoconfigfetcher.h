#pragma once

#include "common/job.h"
#include "discovery/sourceoutcome.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <chrono>

using namespace Qt::StringLiterals;

class QNetworkAccessManager;
class QNetworkReply;

namespace Postaci {

struct AutoconfigFetchResult
{
    SourceOutcome outcome; // found: a 200 answer with a body; the caller parses it
    QByteArray body;
    QUrl finalUrl; // after redirects
};

// Fetches one autoconfig document (provider autoconfig, well-known, ISPDB or, as a flagged last
// resort, plain HTTP) as a one-shot job:
//
//   auto *fetch = new AutoconfigFetcher(nam, SourceNames::ispdb, url, options, parent);
//   connect(fetch, &AutoconfigFetcher::finished, ...); // exactly once, then it deleteLater()s itself
//   fetch->start();
//
// Guards every fetch (Wen et al., "Automatic Insecurity", NDSS 2025): a timeout, a size limit
// (the reply is aborted as soon as it passes it), redirects followed only from HTTPS to HTTPS
// (an HTTPS answer that redirects to plain HTTP is refused: it would hand the lookup to anyone
// on the path), a bounded number of redirects, and certificate verification with optional extra
// CA certificates (tests; organisations with their own CA). Never any ignoreSslErrors().
//
// start() and isRunning() come from Job; cancel() below goes through Job::cancel().
class AutoconfigFetcher : public Job
{
    Q_OBJECT
public:
    struct Options
    {
        std::chrono::milliseconds timeout{8000};
        qint64 maxBytes = 256 * 1024;
        int maxRedirects = 5;
        QList<QSslCertificate> extraCaCertificates;
    };

    AutoconfigFetcher(QNetworkAccessManager *manager, const QString &sourceName, const QUrl &url,
                      const Options &options, QObject *parent = nullptr);
    ~AutoconfigFetcher() override;

    // Gives up at once; finished() follows synchronously with this outcome. Only while running.
    void cancel(SourceOutcome::Kind kind = SourceOutcome::Kind::Error,
                const QString &reason = u"cancelled"_s);

    const QUrl &url() const { return m_url; }
    const QString &sourceName() const { return m_sourceName; }

    // The well-known places (Thunderbird's order and URL forms).
    static QUrl providerAutoconfigUrl(const QString &domain, const QString &emailAddress);
    static QUrl wellKnownAutoconfigUrl(const QString &domain);
    // Never carries the address: it would travel in clear.
    static QUrl plainHttpAutoconfigUrl(const QString &domain);
    // base "https://live.thunderbird.net/autoconfig/v1.1/" + "example.com".
    static QUrl ispdbUrl(const QUrl &base, const QString &domain);
    static QUrl defaultIspdbBaseUrl();

Q_SIGNALS:
    void finished(const Postaci::AutoconfigFetchResult &result);

private:
    void run() override;
    void doCancel() override;
    void replyMetaDataChanged();
    void replyReadyRead();
    void replyRedirected(const QUrl &target);
    void replyFinished();
    void finish(SourceOutcome::Kind kind, const QString &reason);
    void abortReply();

    QNetworkAccessManager *m_manager;
    QString m_sourceName;
    QUrl m_url;
    Options m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    QByteArray m_body;
    QUrl m_finalUrl;
    int m_redirects = 0;
    SourceOutcome::Kind m_cancelKind = SourceOutcome::Kind::Error;
    QString m_cancelReason = u"cancelled"_s;
};

} // namespace Postaci
