#include "testnetwork.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

#ifndef POSTACI_TESTNETWORK_RUN
#error "POSTACI_TESTNETWORK_RUN must name tests/support/testnetwork-run"
#endif

namespace Postaci::Test::TestNetwork {

bool isInside()
{
    return qEnvironmentVariable("POSTACI_TESTNET") == "1"_L1;
}

int ensureInside(const QString &configPath, int argc, char **argv)
{
    if (isInside())
        return -1;
    QStringList arguments{QStringLiteral(POSTACI_TESTNETWORK_RUN), u"--config"_s, configPath, u"--"_s};
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Inherits stdout/stderr so ctest sees the test's own output; bounded by ctest's TIMEOUT.
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(u"/usr/bin/python3"_s, arguments);
    if (!process.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start %s: %s\n", POSTACI_TESTNETWORK_RUN, qPrintable(process.errorString()));
        return 1;
    }
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit)
        return 1;
    return process.exitCode();
}

QString caFile()
{
    return qEnvironmentVariable("POSTACI_TESTNET_CA");
}

QList<QSslCertificate> caCertificates()
{
    return QSslCertificate::fromPath(caFile(), QSsl::Pem);
}

QString scratchDir()
{
    return qEnvironmentVariable("POSTACI_TESTNET_DIR");
}

QString logs()
{
    QString text;
    for (const QString &name : {u"servers.log"_s, u"dnsmasq.log"_s}) {
        QFile file(QDir(scratchDir()).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        text += u"--- %1 (tail) ---\n"_s.arg(name) + QString::fromUtf8(content.right(4000)) + QLatin1Char('\n');
    }
    return text;
}

} // namespace Postaci::Test::TestNetwork
