#include "commandflight.h"

#include <utility>

namespace Postaci {

void CommandFlight::addCommand(const QByteArray &line, const QString &shown)
{
    m_bytes += line + "\r\n";
    m_shown.append(shown.isNull() ? QString::fromUtf8(line) : shown);
}

void CommandFlight::addBytes(const QByteArray &bytes, const QString &shown)
{
    m_bytes += bytes;
    m_shown.append(shown);
}

void CommandFlight::addShownLine(const QString &shown)
{
    m_shown.append(shown);
}

CommandFlight::Taken CommandFlight::take()
{
    return {std::exchange(m_bytes, {}), std::exchange(m_shown, {})};
}

} // namespace Postaci
