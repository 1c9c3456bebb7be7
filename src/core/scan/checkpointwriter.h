#pragma once

#include "scan/scancheckpoint.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Orphanscope {

// Writes a checkpoint's batches on a thread of its own, through a connection of its own to the
// checkpoint's file, so that a scan never waits for the disk (the pages come encoded: see
// CheckpointBatch).
// Batches are written in the order given; the first failure stops the writing and is reported
// by sync().
class CheckpointWriter final
{
public:
    CheckpointWriter(const QString &path, const QString &scan); // scan: ScanCheckpoint::scanKey
    ~CheckpointWriter(); // writes what was given, then stops its thread
    CheckpointWriter(const CheckpointWriter &) = delete;
    CheckpointWriter &operator=(const CheckpointWriter &) = delete;

    void write(CheckpointBatch batch);
    // Waits until every batch given so far is written; the failure, if one happened.
    QString sync();
    // For a complete scan: drops the batches given but not yet begun (they need not reach the
    // disk) and discards the checkpoint on the writer's thread, while the result goes out. The
    // destructor waits for it. A discard that fails leaves the checkpoint, which the next scan
    // finds, names and starts over from (CheckpointSession::open).
    void discardInBackground();
    // Whether a write failed, without waiting.
    bool hasFailed() const { return m_failed; }

private:
    class Worker;
    std::atomic_bool m_failed{false};
    quint64 m_given = 0;                  // batches given to write()
    std::atomic<quint64> m_dropUpTo{0}; // batches up to this one are dropped unwritten
    QThread m_thread;
    Worker *m_worker; // lives in m_thread
};

} // namespace Orphanscope
