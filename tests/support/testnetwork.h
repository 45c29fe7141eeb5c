#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

// Tests that need their own DNS, HTTPS and SMTP servers run inside the private network namespace
// that tests/support/testnetwork-run builds (see its header comment). A test's main() calls
// TestNetwork::ensureInside(): outside the namespace it re-runs the same binary through
// testnetwork-run (which fails with a clear reason when not root) and returns its exit code.
namespace Postaci::Test::TestNetwork {

bool isInside();

// Returns -1 when already inside (go on and run the tests); otherwise runs argv inside a fresh
// namespace described by configPath and returns the exit code to return from main().
int ensureInside(const QString &configPath, int argc, char **argv);

QString caFile();                             // PEM of the namespace's throwaway CA
QList<QSslCertificate> caCertificates();
QString scratchDir();                         // dnsmasq.log and servers.log are there
QString logs();                               // both logs' tails, for failure messages

} // namespace Postaci::Test::TestNetwork

// main() for a Qt Test class that runs inside the test network.
#define POSTACI_TESTNETWORK_MAIN(TestClass, configPath)                                               \
    int main(int argc, char **argv)                                                                  \
    {                                                                                                \
        const int outside = Postaci::Test::TestNetwork::ensureInside(QStringLiteral(configPath), argc, argv); \
        if (outside >= 0)                                                                            \
            return outside;                                                                          \
        QCoreApplication app(argc, argv);                                                            \
        TestClass test;                                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                   \
        const int result = QTest::qExec(&test, argc, argv);                                          \
        /* Resolver threads blocked on the black-holed DNS would hold the exit for seconds. */      \
        std::fflush(nullptr);                                                                        \
        std::_Exit(result);                                                                          \
    }
