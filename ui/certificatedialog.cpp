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

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // certificate fields are chosen by whoever made it
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setText(escapeServerText(text));
    return label;
}

QString joined(const QStringList &list)
{
    return list.join(u", "_s);
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
        form->addRow(tr("Issued by:"),
                     valueLabel(joined(leaf.issuerInfo(QSslCertificate::CommonName)) + u" / "_s
                                        + joined(leaf.issuerInfo(QSslCertificate::Organization)),
                                this));
        const QLocale locale;
        form->addRow(tr("Valid:"),
                     valueLabel(tr("from %1 to %2")
                                        .arg(locale.toString(leaf.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                                             locale.toString(leaf.expiryDate().toLocalTime(), QLocale::ShortFormat)),
                                this));
    } else if (!tls.peerSubject.isEmpty()) {
        form->addRow(tr("Issued to:"), valueLabel(tls.peerSubject, this));
    }
    auto *fingerprint = valueLabel(formatFingerprint(tls.peerSha256), this);
    fingerprint->setObjectName(u"certificateFingerprint"_s);
    form->addRow(tr("SHA-256 fingerprint:"), fingerprint);
    if (!tls.protocol.isEmpty())
        form->addRow(tr("Encryption:"), valueLabel(tls.protocol + u", "_s + tls.cipher, this));
    QStringList problems;
    for (const QSslError &error : tls.verificationErrors)
        problems << error.errorString();
    if (!problems.isEmpty())
        form->addRow(tr("Problems found:"), valueLabel(problems.join(QLatin1Char('\n')), this));
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
