#include "diagnosis.h"

#include "diagnosisbuilder.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Postaci {

using namespace DiagnosisInternal;

namespace {

// Every SessionError belongs to one failure family (docs/diagnosis.md lists the ids); the switch
// has no default so that a new error kind cannot be left without a family.
void diagnoseInto(Builder &b)
{
    // What arrived instead of what was expected decides first, whatever the error kind.
    if (diagnoseWrongPeer(b))
        return;

    const SessionResult &r = b.result;
    switch (r.error) {
    case SessionError::None:
    case SessionError::Cancelled:
        return;

    // Failures that can come at any step: a value that cannot be sent at all, a temporary
    // refusal, a reply that breaks the protocol.
    case SessionError::InvalidInput:
        b.set("invalid-input", Text::tr("Some settings cannot be used"),
              Text::tr("Postacı did not contact the server because a value cannot be sent as it is (for example, it "
                       "contains a line break).")
                      + detailsSentence(r));
        b.add(Text::tr("Check the server name, user name and addresses for stray characters and try again."));
        return;

    case SessionError::ServerBusy:
        b.set("server-busy", Text::tr("The server is busy or temporarily unavailable"),
              Text::tr("The server answered with a temporary refusal.") + QLatin1Char(' ') + stepSentence(r.step)
                      + QLatin1Char(' ') + Text::tr("This usually passes by itself.") + serverSaid(r));
        b.add(Text::tr("Wait a few minutes and try again."));
        b.add(Text::tr("If it keeps happening, show the server's answer to your provider."));
        return;

    case SessionError::ProtocolViolation:
        b.set("protocol-violation", Text::tr("The server broke the mail protocol"),
              Text::tr("The server's answer does not follow the SMTP rules, so Postacı stopped to stay safe.")
                      + QLatin1Char(' ') + stepSentence(r.step) + serverSaid(r) + detailsSentence(r));
        b.add(Text::tr("Check that the host name and port point to your provider's mail server."));
        b.add(Text::tr("Show the transcript to your provider's support."));
        return;

    case SessionError::HostNotFound:
    case SessionError::ConnectionRefused:
    case SessionError::ConnectTimeout:
    case SessionError::NetworkError:
    case SessionError::ConnectionClosed:
    case SessionError::Timeout:
    case SessionError::TlsExpectedPlaintextReceived:
    case SessionError::PlaintextExpectedTlsReceived:
    case SessionError::NotSmtp:
    case SessionError::ConnectionRejected:
        diagnoseConnection(b);
        return;

    case SessionError::TlsHandshakeFailed:
    case SessionError::CertificateUntrusted:
    case SessionError::CertificateHostnameMismatch:
    case SessionError::CertificateExpired:
    case SessionError::CertificatePinMismatch:
    case SessionError::StartTlsNotOffered:
    case SessionError::StartTlsRefused:
    case SessionError::StartTlsInjection:
    case SessionError::TlsUnavailable:
        diagnoseTls(b);
        return;

    case SessionError::AuthNotOffered:
    case SessionError::AuthMechanismUnsupported:
    case SessionError::AuthFailed:
    case SessionError::AppPasswordRequired:
    case SessionError::OAuthRequired:
    case SessionError::AuthRequired:
    case SessionError::EncryptionRequired:
    case SessionError::PlaintextAuthRefused:
        diagnoseAuthentication(b);
        return;

    case SessionError::SenderRejected:
    case SessionError::RecipientRejected:
    case SessionError::RelayDenied:
    case SessionError::MessageTooLarge:
    case SessionError::MessageRejected:
    case SessionError::SmtpUtf8Unsupported:
        diagnoseTransaction(b);
        return;

    case SessionError::KeychainFailure:
        // Not a session's failure: TestSendJob diagnoses it from the keychain's own error
        // (keychaindiagnosis.h).
        return;
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------

QJsonObject Remedy::toJson() const
{
    QJsonObject json;
    json.insert(u"text"_s, text);
    json.insert(u"settings"_s, settings ? settings->toJson() : QJsonObject());
    json.insert(u"verified"_s, verified);
    QJsonArray warnings;
    if (settings && settings->foreignHost)
        warnings.append(u"foreign-host"_s);
    json.insert(u"warnings"_s, warnings);
    return json;
}

QJsonObject Diagnosis::toJson() const
{
    QJsonObject json;
    json.insert(u"id"_s, id);
    json.insert(u"title"_s, title);
    json.insert(u"explanation"_s, explanation);
    QJsonArray list;
    for (const Remedy &remedy : remedies)
        list.append(remedy.toJson());
    json.insert(u"remedies"_s, list);
    return json;
}

QString Diagnosis::toPlainText() const
{
    if (isNull())
        return {};
    QString text = title + QLatin1Char('\n') + explanation + QLatin1Char('\n');
    if (!remedies.isEmpty()) {
        text += Text::tr("What you can do:") + QLatin1Char('\n');
        int number = 1;
        for (const Remedy &remedy : remedies) {
            text += u"  %1. "_s.arg(number++) + remedy.text;
            if (remedy.verified)
                text += QLatin1Char(' ') + Text::tr("[checked: this works]");
            if (remedy.settings && remedy.settings->foreignHost)
                text += QLatin1Char(' ') + Text::tr("[caution: not your provider's own server name]");
            text += QLatin1Char('\n');
        }
    }
    return text;
}

Diagnosis Diagnosis::withoutForeignHosts() const
{
    Diagnosis kept = *this;
    kept.remedies.removeIf([](const Remedy &remedy) { return remedy.settings && remedy.settings->foreignHost; });
    return kept;
}

Diagnosis diagnose(const SessionResult &result, const SessionSettings &settings)
{
    return diagnose(result, settings, DiagnosisContext());
}

Diagnosis diagnose(const SessionResult &result, const SessionSettings &settings, const DiagnosisContext &context)
{
    if (result.ok)
        return {};
    Builder builder{result, settings, context, {}};
    diagnoseInto(builder);
    return builder.diagnosis;
}

} // namespace Postaci
