#include "scan/scanrunner.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

ScanRunner::ScanRunner(ScanSettings settings, quint64 jobId, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_job(new ScanJob(std::move(settings), jobId))
{
    m_thread->setObjectName(u"ScanJob"_s);
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &ScanJob::run);
    connect(m_job, &ScanJob::finished, m_thread, &QThread::quit);
    connect(m_job, &ScanJob::failed, m_thread, &QThread::quit);
    connect(m_thread, &QThread::finished, m_job, &QObject::deleteLater);
}

ScanRunner::~ScanRunner()
{
    if (!m_thread->isRunning() && !m_thread->isFinished()) {
        delete m_job; // never started
        return;
    }
    if (m_thread->isRunning()) {
        m_job->cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

void ScanRunner::start()
{
    m_thread->start();
}

void ScanRunner::deleteWhenFinished()
{
    connect(m_thread, &QThread::finished, this, &QObject::deleteLater);
    if (m_thread->isFinished() || !m_thread->isRunning())
        deleteLater();
}

void ScanRunner::cancel()
{
    if (m_thread->isRunning())
        m_job->cancel();
}

} // namespace Orphanscope
