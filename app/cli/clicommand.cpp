#include "clicommand.h"
#include "exitcode.h"
#include "smtp/servertext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Postaci::Cli {

QTextStream &standardOutput()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

std::optional<std::chrono::milliseconds> secondsOption(const QString &text, int maximumSeconds)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > maximumSeconds)
        return std::nullopt;
    return std::chrono::milliseconds(qMax(qint64(1), qRound64(seconds * 1000)));
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(terminalSafeJson(QJsonDocument(object)));
}

int reportFailure(int exitCode, const QString &kind, const QString &message, bool json, QJsonObject extra)
{
    standardError() << message << Qt::endl;
    if (json) {
        extra.insert("ok"_L1, false);
        extra.insert("error"_L1, kind);
        extra.insert("message"_L1, message);
        standardOutput() << jsonText(extra) << Qt::flush;
    }
    return exitCode;
}

std::optional<QList<QSslCertificate>> readCaFile(const QString &path, QString *error)
{
    if (!QFileInfo(path).isFile() || !QFileInfo(path).isReadable()) {
        *error = QCoreApplication::translate("Postaci::Cli::ProbeCommand", "--ca-file: \"%1\" cannot be read.").arg(path);
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = QCoreApplication::translate("Postaci::Cli::ProbeCommand", "--ca-file: \"%1\" contains no PEM certificate.")
                         .arg(path);
        return std::nullopt;
    }
    return certificates;
}

} // namespace Postaci::Cli
