#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Postaci {

// Commands queued to leave together in one write: a flight (RFC 2920 §3.1; without PIPELINING a
// flight holds one command). Each piece carries the line the transcript shows for it, so that a
// password is redacted where it is queued, never searched for afterwards in the bytes.
class CommandFlight
{
public:
    void addCommand(const QByteArray &line, const QString &shown = {}); // CRLF appended
    void addBytes(const QByteArray &bytes, const QString &shown);
    void addShownLine(const QString &shown); // a transcript line for bytes already queued (".")

    bool isEmpty() const { return m_bytes.isEmpty(); }

    struct Taken
    {
        QByteArray bytes;
        QStringList shown;
    };
    Taken take(); // empties the flight

private:
    QByteArray m_bytes;
    QStringList m_shown;
};

} // namespace Postaci
