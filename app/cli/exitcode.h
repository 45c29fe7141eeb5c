#pragma once

namespace Postaci::Cli {

// The exit codes of postaci-cli (PRODUCT.md; keep them stable, scripts depend on them).
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
};

} // namespace Postaci::Cli
