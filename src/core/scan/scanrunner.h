#pragma once

#include "scan/scanjob.h"

#include <QObject>

class QThread;

namespace Orphanscope {

// Owns the worker thread of one ScanJob, the way the app and the CLI run it: the job has no
// parent, lives in the thread and is deleted there; destroying the runner cancels and waits.
class ScanRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanRunner)

public:
    explicit ScanRunner(ScanSettings settings, quint64 jobId = 0, QObject *parent = nullptr);
    ~ScanRunner() override;

    ScanJob *job() const { return m_job; }
    void start();
    void cancel();

    // Deletes the runner once its worker has wound down (releasing a million references takes a
    // moment), so the caller's thread never waits for it.
    void deleteWhenFinished();

private:
    QThread *m_thread;
    ScanJob *m_job;
};

} // namespace Orphanscope
