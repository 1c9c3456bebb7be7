#pragma once

#include "scan/scantypes.h"

#include <QObject>
#include <QPointer>

namespace Orphanscope {
class ScanRunner;
}

namespace Orphanscope::Gui {

// Starts scans for the window and hands on what the current one reports; anything from an
// older job (one that was cancelled and replaced) is dropped by its job id.
class ScanController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanController)

public:
    explicit ScanController(QObject *parent = nullptr);
    ~ScanController() override;

    bool isRunning() const { return m_running; }

    void start(const ScanSettings &settings);
    void cancel();

Q_SIGNALS:
    void started();
    void progress(const Orphanscope::ScanProgress &progress);
    void warning(const QString &message);
    void finished(const Orphanscope::ScanResult &result);
    void failed(const QString &message);

private:
    void end();

    QPointer<ScanRunner> m_runner;
    quint64 m_jobId = 0;
    bool m_running = false;
};

} // namespace Orphanscope::Gui
