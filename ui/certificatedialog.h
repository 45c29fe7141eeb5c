#pragma once

#include "smtp/sessionresult.h"

#include <QDialog>

namespace Postaci {

// The server's certificate in detail: who it names, who signed it, how long it is valid, its
// SHA-256 fingerprint and what verification found wrong. With Offer::TrustButton the user can
// trust exactly this certificate for this one server (a pin, docs/security.md#certificates);
// there is no way to ignore certificate errors in general.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Offer { None, TrustButton };

    CertificateDialog(const TlsDetails &tls, const QString &host, quint16 port, Offer offer, QWidget *parent = nullptr);

    // "AB:CD:…" grouped for reading aloud and comparing with what the provider publishes.
    static QString formatFingerprint(const QByteArray &sha256);

Q_SIGNALS:
    void trustRequested();
};

} // namespace Postaci
