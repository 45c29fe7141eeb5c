#pragma once

#include <QList>
#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <QTextStream>

#include <chrono>
#include <optional>

namespace Postaci::Cli {

// One subcommand of postaci-cli ("probe", "lookup", ...). The command parses its own
// arguments; it either answers at once (start() returns the exit code) or works
// asynchronously on the event loop and emits finished(exitCode) exactly once.
class CliCommand : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // arguments[0] is "postaci-cli <name>", the rest are the subcommand's own arguments.
    virtual std::optional<int> start(const QStringList &arguments) = 0;

Q_SIGNALS:
    void finished(int exitCode);
};

// Standard streams for commands: UTF-8, flushed on every write that matters.
QTextStream &standardOutput();
QTextStream &standardError();

// A --timeout / --deadline value: a number of seconds above 0 and at most maximumSeconds, as
// milliseconds (at least 1); nullopt when the text is not such a number. Each command keeps its
// own message for the refusal.
std::optional<std::chrono::milliseconds> secondsOption(const QString &text, int maximumSeconds);

// A command that ends in failure: the message on stderr, and with --json the object
// {"ok": false, "error": kind, "message": message} plus `extra` on stdout. Returns exitCode.
int reportFailure(int exitCode, const QString &kind, const QString &message, bool json, QJsonObject extra = {});

// --json output: one indented object whose text no outside character can disturb
// (terminalSafeJson, core/smtp/servertext.h).
QString jsonText(const QJsonObject &object);

// The certificates of --ca-file PATH (PEM); nullopt with *error set when the file cannot be read
// or holds none.
std::optional<QList<QSslCertificate>> readCaFile(const QString &path, QString *error);

} // namespace Postaci::Cli
