#pragma once

#include <QObject>

class QSocketNotifier;

namespace Postaci::Cli {

// Turns SIGINT (Ctrl-C) into a signal on the event loop, so that a running session can be
// cancelled cleanly (QUIT is not waited for, the socket is closed, the result is printed).
// The signal handler only writes one byte to a socket pair (the self-pipe trick: nothing else
// is async-signal-safe); a QSocketNotifier reads it. After the first Ctrl-C the default
// action is restored, so a second one ends the program at once.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Postaci::Cli
