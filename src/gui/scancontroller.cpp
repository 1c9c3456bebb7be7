#include "scancontroller.h"

#include "scan/scanrunner.h"

namespace Orphanscope::Gui {

ScanController::ScanController(QObject *parent)
    : QObject(parent)
{
}

ScanController::~ScanController()
{
    delete m_runner; // cancels and waits for the worker
}

void ScanController::start(const ScanSettings &settings)
{
    if (m_running)
        return;
    delete m_runner;
    const quint64 jobId = ++m_jobId;
    m_runner = new ScanRunner(settings, jobId, this);
    ScanJob *job = m_runner->job();
    job->setOrphanRowsWanted(true); // the results table's rows
    connect(job, &ScanJob::progress, this, [this, jobId](const ScanProgress &p) {
        if (jobId == m_jobId)
            Q_EMIT progress(p);
    });
    connect(job, &ScanJob::warning, this, [this, jobId](const QString &message) {
        if (jobId == m_jobId)
            Q_EMIT warning(message);
    });
    connect(job, &ScanJob::finished, this, [this, jobId](const ScanResult &result) {
        if (jobId != m_jobId)
            return;
        end();
        Q_EMIT finished(result);
    });
    connect(job, &ScanJob::failed, this, [this, jobId](const QString &message) {
        if (jobId != m_jobId)
            return;
        end();
        Q_EMIT failed(message);
    });
    m_running = true;
    m_runner->start();
    Q_EMIT started();
}

void ScanController::cancel()
{
    if (m_running && m_runner)
        m_runner->cancel();
}

void ScanController::end()
{
    m_running = false;
    if (m_runner)
        m_runner->deleteWhenFinished(); // never wait on the GUI thread for the worker to wind down
}

} // namespace Orphanscope::Gui
