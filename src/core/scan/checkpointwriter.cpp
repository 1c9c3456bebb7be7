#include "scan/checkpointwriter.h"

namespace Orphanscope {

class CheckpointWriter::Worker final : public QObject
{
public:
    Worker(QString path, QString scan, std::atomic_bool *failed)
        : m_path(std::move(path))
        , m_scan(std::move(scan))
        , m_failed(failed)
    {
    }

    void write(const CheckpointBatch &batch)
    {
        if (m_error.isEmpty() && !(opened(&m_error) && m_checkpoint->write(batch, &m_error)))
            *m_failed = true;
    }
    void discard()
    {
        QString ignored; // see discardInBackground()
        if (opened(&ignored))
            m_checkpoint->discard(&ignored);
    }
    const QString &error() const { return m_error; }
    void close() { m_checkpoint.reset(); }

private:
    // Opened here, at first use: a connection belongs to the thread that made it.
    bool opened(QString *error)
    {
        if (m_checkpoint)
            return true;
        auto checkpoint = std::make_unique<ScanCheckpoint>(m_path, m_scan);
        if (!checkpoint->open(error))
            return false;
        m_checkpoint = std::move(checkpoint);
        return true;
    }

    QString m_path;
    QString m_scan;
    std::atomic_bool *m_failed;
    std::unique_ptr<ScanCheckpoint> m_checkpoint;
    QString m_error;
};

CheckpointWriter::CheckpointWriter(const QString &path, const QString &scan)
    : m_worker(new Worker(path, scan, &m_failed))
{
    m_thread.setObjectName(QStringLiteral("checkpoint writer"));
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

CheckpointWriter::~CheckpointWriter()
{
    sync();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CheckpointWriter::write(CheckpointBatch batch)
{
    const quint64 number = ++m_given;
    QMetaObject::invokeMethod(
        m_worker,
        [this, number, batch = std::move(batch)] {
            if (number > m_dropUpTo.load(std::memory_order_acquire))
                m_worker->write(batch);
        },
        Qt::QueuedConnection);
}

void CheckpointWriter::discardInBackground()
{
    m_dropUpTo.store(m_given, std::memory_order_release);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->discard(); }, Qt::QueuedConnection);
}

QString CheckpointWriter::sync()
{
    QString error;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, &error] { error = worker->error(); }, Qt::BlockingQueuedConnection);
    return error;
}

} // namespace Orphanscope
