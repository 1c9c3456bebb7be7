#pragma once

#include "cloudinary/resourcelister.h"
#include "scan/scantypes.h"

#include <QObject>

namespace Orphanscope {

class CandidateChecker;
class CloudinaryClient;
class InventoryScan;
class StringPool;

// The last step of an incremental scan: orphan candidates that came from the inventory may have
// been deleted on Cloudinary since they were listed, so each is looked up again (CandidateChecker)
// and only those still there are reported. It edits the scan's result as batches come back: the
// gone files leave the counts and the inventory, the present ones join the orphans.
// Lives in the scan's worker thread.
class InventoryRecheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryRecheck)

public:
    InventoryRecheck(CloudinaryClient *client, StringPool *pool, InventoryScan *inventory, ScanResult *result, int pauseMs,
                     QObject *parent = nullptr);

    // Takes the candidates out of the result's orphans and starts looking them up; false (and
    // nothing taken) when no orphan needs it.
    bool start();
    // The candidates not looked up yet are reported as they are, in a result marked partial.
    // Aborts the look-ups in flight; returns the line that says so. No signal follows.
    QString stop(StopReason reason, const QString &detail);

Q_SIGNALS:
    void batchChecked(bool moreBatches); // the result is up to date; moreBatches: calls still to send
    void finished();
    void rateLimited(const QString &message);
    void failed(const QString &message);

private:
    void onBatchChecked(const ResourceList &present, const ResourceList &gone);

    CloudinaryClient *m_client;
    StringPool *m_pool;
    InventoryScan *m_inventory;
    ScanResult *m_result;
    int m_pauseMs;
    int m_callsBefore = 0;
    CandidateChecker *m_checker = nullptr; // child
};

} // namespace Orphanscope
