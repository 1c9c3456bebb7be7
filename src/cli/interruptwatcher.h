#pragma once

#include <QObject>

class QSocketNotifier;

namespace Orphanscope::Cli {

// Turns SIGINT and SIGTERM into a Qt signal on the main thread (the self-pipe trick), so the
// first Ctrl+C stops the scan cleanly with a partial report; a second one ends the process.
class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Orphanscope::Cli
