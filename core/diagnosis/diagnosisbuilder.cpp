#include "diagnosisbuilder.h"

#include "quotedtext.h"

#include "smtp/settingslabels.h"

namespace Postaci::DiagnosisInternal {

namespace {

// The server's last reply, escaped, on one line: "550 5.7.1 Sender not owned".
QString quotedReply(const SessionResult &result)
{
    if (!result.lastReply)
        return {};
    const SmtpReply &reply = *result.lastReply;
    QString text = QString::number(reply.code);
    if (!reply.enhanced.isEmpty() && !reply.lines.value(0).startsWith(reply.enhanced))
        text += QLatin1Char(' ') + reply.enhanced;
    const QString lines = reply.lines.join(QLatin1Char(' '));
    if (!lines.isEmpty())
        text += QLatin1Char(' ') + lines;
    return quoteServerText(text);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Words for the user

QString detailsSentence(const SessionResult &r)
{
    if (r.errorDetail.isEmpty())
        return {};
    return QLatin1Char(' ') + Text::tr("Details: %1").arg(quoteServerText(r.errorDetail));
}

QString stepSentence(SessionStep step)
{
    switch (step) {
    case SessionStep::Resolve:
        return Text::tr("Postacı was looking up the server's address at the time.");
    case SessionStep::Connect:
        return Text::tr("Postacı was connecting at the time.");
    case SessionStep::Tls:
        return Text::tr("Postacı was setting up encryption (TLS) at the time.");
    case SessionStep::Greeting:
        return Text::tr("Postacı was waiting for the server's greeting at the time.");
    case SessionStep::Ehlo:
        return Text::tr("Postacı was introducing itself (EHLO) at the time.");
    case SessionStep::StartTls:
        return Text::tr("Postacı was switching to encryption (STARTTLS) at the time.");
    case SessionStep::Auth:
        return Text::tr("Postacı was signing in at the time.");
    case SessionStep::Mail:
        return Text::tr("Postacı was giving the sender address at the time.");
    case SessionStep::Rcpt:
        return Text::tr("Postacı was giving the recipient address at the time.");
    case SessionStep::Data:
        return Text::tr("Postacı was sending the message at the time.");
    case SessionStep::Quit:
        return Text::tr("Postacı was saying goodbye (QUIT) at the time.");
    case SessionStep::Done:
        return Text::tr("Postacı was finishing at the time.");
    }
    return {};
}

QString serverSaid(const SessionResult &result)
{
    const QString quoted = quotedReply(result);
    if (quoted.isEmpty())
        return {};
    return QLatin1Char(' ') + Text::tr("The server said: \"%1\".").arg(quoted);
}

QString replyTextLower(const SessionResult &result)
{
    return result.lastReply ? result.lastReply->text().toLower() : QString();
}

QString enhancedCode(const SessionResult &result)
{
    return result.lastReply ? result.lastReply->enhanced : QString();
}

int replyCode(const SessionResult &result)
{
    return result.lastReply ? result.lastReply->code : 0;
}

// ---------------------------------------------------------------------------------------------
// Remedies

void addRemedy(Diagnosis &diagnosis, const QString &text)
{
    diagnosis.remedies.append(Remedy{text, std::nullopt, false});
}

void Builder::set(const char *id, const QString &title, const QString &explanation)
{
    diagnosis.id = QLatin1String(id);
    diagnosis.title = title;
    diagnosis.explanation = explanation;
}

void Builder::add(const QString &text, const SettingsChange &change)
{
    for (const Remedy &existing : std::as_const(diagnosis.remedies)) {
        if (existing.settings && *existing.settings == change)
            return; // already offered
    }
    diagnosis.remedies.append(Remedy{text, change, false});
}

void Builder::addEndpoint(quint16 port, Security security, const QString &why)
{
    if (port == settings.port && security == settings.security)
        return;
    SettingsChange change;
    if (port != settings.port)
        change.port = port;
    if (security != settings.security)
        change.security = security;
    QString text;
    if (port == settings.port)
        text = Text::tr("Keep port %1 and choose %2 as the security.")
                       .arg(port)
                       .arg(SettingsLabels::security(security, SettingsLabels::Form::InSentence));
    else
        text = Text::tr("Use port %1 with %2.")
                       .arg(port)
                       .arg(SettingsLabels::security(security, SettingsLabels::Form::InSentence));
    if (!why.isEmpty())
        text += QLatin1Char(' ') + why;
    add(text, change);
}

void Builder::addSubmissionPorts()
{
    addEndpoint(465, Security::ImplicitTls,
                Text::tr("This is the usual port for sending mail with encryption from the start."));
    addEndpoint(587, Security::StartTls, Text::tr("This is the usual port for sending mail with STARTTLS encryption."));
}

void Builder::addUseFullAddressAsUser()
{
    if (context.emailAddress.isEmpty() || settings.user.compare(context.emailAddress, Qt::CaseInsensitive) == 0)
        return;
    SettingsChange change;
    change.user = context.emailAddress;
    add(Text::tr("Use your full e-mail address (%1) as the user name: most providers expect it.")
                .arg(context.emailAddress),
        change);
}

void Builder::addSignIn()
{
    if (!settings.hasCredentials()) {
        SettingsChange change;
        if (!context.emailAddress.isEmpty())
            change.user = context.emailAddress;
        if (change.isEmpty())
            add(Text::tr("Enter your user name and password so that Postacı signs in before sending."));
        else
            add(Text::tr("Enter your user name and password so that Postacı signs in before sending."), change);
    }
}

} // namespace Postaci::DiagnosisInternal
