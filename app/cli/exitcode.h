#pragma once

#include "smtp/sessionresult.h"

namespace Postaci::Cli {

// The exit codes of postaci-cli (docs/cli.md#exit-codes; keep them stable, scripts depend on them).
enum ExitCode : int {
    Success = 0,
    Other = 1,
    Usage = 2,             // bad usage or invalid input, including the password rules
    Connection = 3,        // name resolution or connection failure
    Tls = 4,               // TLS or certificate failure
    Authentication = 5,
    Refused = 6,           // server refused sender, recipient or message
    TimedOut = 7,
    Protocol = 8,          // protocol violation by the server
    Keychain = 9,
    ChecksFailed = 10,     // check-domain: at least one check fails; accounts test: an account no longer works
};

// The exit code of a session that ended with `error`. Every SessionError has its line here:
//
//   none                                   0 Success
//   invalid-input                          2 Usage (rejected before anything was sent)
//   host-not-found, connection-refused,
//   connect-timeout, network-error,
//   connection-closed, connection-rejected 3 Connection. A connect timeout is "cannot reach the
//                                            server" (a firewall or a blocked port 25), which is
//                                            what scripts need to tell from a silent server (7).
//                                            A 5xx greeting (connection-rejected) refuses the
//                                            connection itself.
//   tls-handshake-failed, certificate-*,
//   tls-expected-plaintext-received,
//   plaintext-expected-tls-received,
//   starttls-not-offered, starttls-refused,
//   starttls-injection, tls-unavailable    4 Tls: no protected channel could be had (starttls-
//                                            injection is an attack on STARTTLS, reported as a TLS
//                                            failure because that is what the user must act on)
//   auth-not-offered, auth-mechanism-unsupported, auth-failed, app-password-required,
//   oauth-required, auth-required, encryption-required (538 at AUTH),
//   plaintext-auth-refused                 5 Authentication
//   sender-rejected, recipient-rejected, relay-denied, message-rejected, message-too-large,
//   smtputf8-unsupported                   6 Refused
//   server-busy                            6 Refused when it answered MAIL, RCPT or DATA (a
//                                            temporary refusal such as greylisting), else 3
//                                            (421 at the greeting: no service now); see
//                                            exitCodeFor(const SessionResult &)
//   timeout                                7 TimedOut
//   not-smtp, protocol-violation           8 Protocol
//   keychain-failure                       9 Keychain (the saved password could not be read)
//   cancelled                              1 Other (Ctrl-C)
inline ExitCode exitCodeFor(SessionError error)
{
    switch (error) {
    case SessionError::None:
        return Success;
    case SessionError::InvalidInput:
        return Usage;
    case SessionError::HostNotFound:
    case SessionError::ConnectionRefused:
    case SessionError::ConnectTimeout:
    case SessionError::NetworkError:
    case SessionError::ConnectionClosed:
    case SessionError::ConnectionRejected:
        return Connection;
    case SessionError::Timeout:
        return TimedOut;
    case SessionError::TlsHandshakeFailed:
    case SessionError::CertificateUntrusted:
    case SessionError::CertificateHostnameMismatch:
    case SessionError::CertificateExpired:
    case SessionError::CertificatePinMismatch:
    case SessionError::TlsExpectedPlaintextReceived:
    case SessionError::PlaintextExpectedTlsReceived:
    case SessionError::StartTlsNotOffered:
    case SessionError::StartTlsRefused:
    case SessionError::StartTlsInjection:
    case SessionError::TlsUnavailable:
        return Tls;
    case SessionError::NotSmtp:
    case SessionError::ProtocolViolation:
        return Protocol;
    case SessionError::AuthNotOffered:
    case SessionError::AuthMechanismUnsupported:
    case SessionError::AuthFailed:
    case SessionError::AppPasswordRequired:
    case SessionError::OAuthRequired:
    case SessionError::AuthRequired:
    case SessionError::EncryptionRequired:
    case SessionError::PlaintextAuthRefused:
        return Authentication;
    case SessionError::SenderRejected:
    case SessionError::RecipientRejected:
    case SessionError::RelayDenied:
    case SessionError::MessageRejected:
    case SessionError::MessageTooLarge:
    case SessionError::SmtpUtf8Unsupported:
    case SessionError::ServerBusy:
        return Refused;
    case SessionError::Cancelled:
        return Other;
    case SessionError::KeychainFailure:
        return Keychain;
    }
    // No default above: -Wswitch (an error in the dev preset) makes a new SessionError fail the
    // build until it has its line here.
    return Other;
}

// As above, with the step deciding where a temporary failure (server-busy) belongs.
inline ExitCode exitCodeFor(const SessionResult &result)
{
    if (result.ok)
        return Success;
    if (result.error == SessionError::ServerBusy) {
        const bool transaction = result.step == SessionStep::Mail || result.step == SessionStep::Rcpt
            || result.step == SessionStep::Data;
        return transaction ? Refused : Connection;
    }
    return exitCodeFor(result.error);
}

} // namespace Postaci::Cli
