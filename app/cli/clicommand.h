#pragma once

#include <QObject>
#include <QStringList>
#include <QTextStream>

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

} // namespace Postaci::Cli
