#pragma once

// Internal to core/diagnosis: what the files that make diagnoses share. Nothing outside this
// directory includes it; callers use diagnosis.h, keychaindiagnosis.h and preparationdiagnosis.h.

#include "diagnosis.h"

#include <QCoreApplication>
#include <QString>

namespace Postaci::DiagnosisInternal {

// Every sentence of a diagnosis is translated in the one context "Postaci::Diagnosis", whichever
// file makes it (docs/diagnosis.md); translations/postaci_tr.ts is keyed on that context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Postaci::Diagnosis)
};

// ---------------------------------------------------------------------------------------------
// Words for the user

// " Details: …" after an explanation, when the engine said more than its error kind (quoted:
// part of it may be the server's own words).
QString detailsSentence(const SessionResult &r);

// Where the session was, as a sentence of its own: a step phrase inserted into another sentence
// cannot be translated well (Turkish puts it elsewhere and changes its ending).
QString stepSentence(SessionStep step);

// " The server said: "…"." with the server's last reply, escaped, on one line; empty without one.
QString serverSaid(const SessionResult &result);

QString replyTextLower(const SessionResult &result);
QString enhancedCode(const SessionResult &result);
int replyCode(const SessionResult &result);

// ---------------------------------------------------------------------------------------------
// Remedies

// A remedy that is only words (nothing for one click to change).
void addRemedy(Diagnosis &diagnosis, const QString &text);

// A diagnosis of a failed session being made: the evidence, and the remedies added so far.
struct Builder
{
    const SessionResult &result;
    const SessionSettings &settings;
    const DiagnosisContext &context;
    Diagnosis diagnosis;

    void set(const char *id, const QString &title, const QString &explanation);

    void add(const QString &text) { addRemedy(diagnosis, text); }
    // A remedy with a change; nothing when a remedy already offers the same change.
    void add(const QString &text, const SettingsChange &change);

    // Another port and/or security mode on the same host; nothing when it is what failed.
    void addEndpoint(quint16 port, Security security, const QString &why = QString());
    // The two submission ports of RFC 8314 / RFC 6409, implicit TLS first as RFC 8314 prefers.
    void addSubmissionPorts();
    void addUseFullAddressAsUser();
    void addSignIn();

    // The provider's name when the catalog knows it. Sentences that mention the provider come in
    // two whole versions (named, and "your provider"), never with "your provider" inserted.
    bool knowsProvider() const { return !context.providerName.isEmpty(); }
    QString providerName() const { return context.providerName; }
};

// ---------------------------------------------------------------------------------------------
// The failure families, one file each. diagnose() (diagnosis.cpp) hands every SessionError to
// one of them, except the few that can come at any step (invalid-input, server-busy,
// protocol-violation), which it diagnoses itself. Each sets the id, title and explanation and
// adds the remedies, best first.

// connectiondiagnosis.cpp: what arrived instead of an SMTP greeting (another protocol, TLS, or
// plaintext where TLS was expected), which decides before the error kind does. True when it
// decided.
bool diagnoseWrongPeer(Builder &b);
// connectiondiagnosis.cpp: reaching the server and being greeted: dns-not-found,
// connection-refused, connect-timeout, port25-blocked, network-error, connection-closed, timeout,
// not-smtp, tls-expected-plaintext-received, plaintext-expected-tls-received, connection-rejected.
void diagnoseConnection(Builder &b);
// tlsdiagnosis.cpp: encryption and certificates: tls-handshake-failed, certificate-*,
// starttls-not-offered, starttls-refused, starttls-injection, tls-unavailable.
void diagnoseTls(Builder &b);
// authdiagnosis.cpp: signing in: auth-not-offered, auth-mechanism-unsupported, auth-failed,
// app-password-required, oauth-required, auth-required, encryption-required,
// plaintext-auth-refused.
void diagnoseAuthentication(Builder &b);
// transactiondiagnosis.cpp: the mail transaction: relay-denied, auth-required (a 530 to MAIL),
// sender-rejected, recipient-rejected, message-too-large, message-rejected, smtputf8-unsupported.
void diagnoseTransaction(Builder &b);

} // namespace Postaci::DiagnosisInternal
