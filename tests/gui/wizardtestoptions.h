#pragma once

#include "connectionoptions.h"
#include "testcertificates.h"

#include <chrono>

namespace Postaci::GuiTest {

// The wizard as the tests against real servers use it: no lookup beyond the catalog, the
// harness CA trusted on the sessions' own sockets (never by ignoring errors), short step limits.
inline ConnectionOptions wizardTestOptions()
{
    ConnectionOptions options;
    options.finderOptions = FinderOptions::offline();
    options.extraCaCertificates = Postaci::Test::TestCertificates::instance().caCertificates();
    options.timeouts = SessionTimeouts::uniform(std::chrono::milliseconds(8000));
    options.remedyCheckDeadline = std::chrono::milliseconds(5000);
    return options;
}

} // namespace Postaci::GuiTest
