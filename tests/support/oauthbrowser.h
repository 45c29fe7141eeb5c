#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace Postaci::Test {

// What the "browser" saw at the end of an OAuth2 authorization.
struct BrowserVisit
{
    int authorizeStatus = 0; // the authorization server's answer (302 expected)
    QUrl redirect;           // where it sent the browser (after alterRedirect)
    int status = 0;          // the loopback listener's answer; 0 when it could not be reached
    QByteArray body;
    QString error;           // why the visit stopped, for QVERIFY2

    QString describe() const;
};

// Plays the user's browser (tests only, bounded, blocking with a local event loop so that an
// in-process listener can answer): GETs the authorization URL (trusting the test CA), reads the
// 302's Location, lets alterRedirect change it (a forged state...), and GETs that loopback
// address. Each request waits at most 10 s.
BrowserVisit followAuthorization(const QUrl &authorizationUrl,
                                 const std::function<QUrl(const QUrl &)> &alterRedirect = {});

// One GET as a browser would (test CA trusted, redirects not followed), waiting at most 10 s
// with a local event loop: status 0 and error set when nothing answered.
struct BrowserAnswer
{
    int status = 0;
    QUrl location;
    QByteArray body;
    QString error;
};
BrowserAnswer browserGet(const QUrl &url);

// The same URL with one query item replaced (e.g. state, code_challenge).
QUrl withQueryItem(const QUrl &url, const QString &key, const QString &value);

} // namespace Postaci::Test
