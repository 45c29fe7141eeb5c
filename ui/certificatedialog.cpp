#include "certificatedialog.h"

#include "smtp/servertext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Postaci {

namespace {

// A label for text that is already safe to show (escaped piece by piece, or Postacı's own).
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setText(text);
    return label;
}

// Certificate fields are chosen by whoever made the certificate: escaped as one piece.
QLabel *valueLabel(const QString &text, QWidget *parent)
{
    return plainLabel(escapeServerText(text), parent);
}

QString joined(const QStringList &list)
{
    return list.join(u", "_s);
}

// "Postaci Test CA (Postaci tests)", or only the name when the issuer gives no organisation (or
// repeats it): no separator dangling after an empty part.
QString issuerText(const QSslCertificate &certificate)
{
    const QString name = joined(certificate.issuerInfo(QSslCertificate::CommonName));
    const QString organisation = joined(certificate.issuerInfo(QSslCertificate::Organization));
    if (organisation.isEmpty() || organisation == name)
        return name;
    if (name.isEmpty())
        return organisation;
    return CertificateDialog::tr("%1 (%2)").arg(name, organisation);
}

// A long date ("4 December 2026" in English, "4 Aralık 2026 Cuma" in Turkish) cannot be read
// as another day the way 04/12/26 can.
QString longDate(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::LongFormat);
}

} // namespace

QString CertificateDialog::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

CertificateDialog::CertificateDialog(const TlsDetails &tls, const QString &host, quint16 port, Offer offer,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"certificateDialog"_s);
    setWindowTitle(tr("Certificate of %1").arg(host));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const QSslCertificate leaf = tls.peerChain.value(0);
    form->addRow(tr("Server:"), valueLabel(u"%1:%2"_s.arg(host).arg(port), this));
    if (!leaf.isNull()) {
        form->addRow(tr("Issued to:"), valueLabel(joined(leaf.subjectInfo(QSslCertificate::CommonName)), this));
        form->addRow(tr("Names it is valid for:"), valueLabel(joined(tls.peerSans), this));
        auto *issuer = valueLabel(issuerText(leaf), this);
        issuer->setObjectName(u"certificateIssuer"_s);
        form->addRow(tr("Issued by:"), issuer);
        auto *validity = plainLabel(
                tr("from %1 to %2").arg(longDate(leaf.effectiveDate()), longDate(leaf.expiryDate())), this);
        validity->setObjectName(u"certificateValidity"_s);
        form->addRow(tr("Valid:"), validity);
    } else if (!tls.peerSubject.isEmpty()) {
        form->addRow(tr("Issued to:"), valueLabel(tls.peerSubject, this));
    }
    auto *fingerprint = valueLabel(formatFingerprint(tls.peerSha256), this);
    fingerprint->setObjectName(u"certificateFingerprint"_s);
    form->addRow(tr("SHA-256 fingerprint:"), fingerprint);
    if (!tls.protocol.isEmpty())
        form->addRow(tr("Encryption:"), valueLabel(tls.protocol + u", "_s + tls.cipher, this));
    // Each problem is escaped on its own, then joined with Postacı's own line break (escaping the
    // joined text would show that break as "\x0A").
    QStringList problems;
    for (const QSslError &error : tls.verificationErrors)
        problems << escapeServerText(error.errorString());
    if (!problems.isEmpty()) {
        auto *problemList = plainLabel(problems.join(QLatin1Char('\n')), this);
        problemList->setObjectName(u"certificateProblems"_s);
        form->addRow(tr("Problems found:"), problemList);
    }
    if (tls.acceptedByPin) {
        auto *pinned = plainLabel(tr("Trusted: you chose to trust exactly this certificate for this server."), this);
        pinned->setObjectName(u"certificatePinned"_s);
        form->addRow(tr("Trust:"), pinned);
    }
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (offer == Offer::TrustButton) {
        auto *warning
                = new QLabel(tr("Trust this certificate only if you know it is your server's, for example because "
                                "the fingerprint above matches the one your provider or administrator gave you. "
                                "Postacı will then accept exactly this certificate for %1, and warn again if it "
                                "ever changes.")
                                     .arg(host),
                             this);
        warning->setTextFormat(Qt::PlainText);
        warning->setWordWrap(true);
        layout->addWidget(warning);
        auto *confirm = new QCheckBox(tr("I compared the fingerprint and this is my server's certificate"), this);
        confirm->setObjectName(u"trustConfirmCheckBox"_s);
        layout->addWidget(confirm);
        auto *trust = buttons->addButton(tr("Trust this certificate"), QDialogButtonBox::AcceptRole);
        trust->setObjectName(u"trustCertificateButton"_s);
        trust->setEnabled(false);
        connect(confirm, &QCheckBox::toggled, trust, &QPushButton::setEnabled);
        connect(trust, &QPushButton::clicked, this, [this] {
            Q_EMIT trustRequested();
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace Postaci
