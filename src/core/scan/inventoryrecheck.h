#pragma once

#include "cloudinary/resourcelister.h"
#include "scan/scantypes.h"

#include <QHash>
#include <QObject>

namespace Orphanscope {

class CandidateChecker;
class CloudinaryClient;
class InventoryScan;
class StringPool;

// The last step of an incremental or a resumed scan: orphan candidates listed before this run —
// taken from the inventory, or listed by an earlier run of the scan — may have been deleted on
// Cloudinary since, so each is looked up again (CandidateChecker) and only those still there are
// reported. It edits the scan's result as batches come back: the gone files leave the counts
// and the inventory (if the scan keeps one), the present ones join the orphans.
// Lives in the scan's worker thread.
class InventoryRecheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryRecheck)

public:
    // `inventory` may be null; `earlier` are candidates an earlier run of the scan listed.
    InventoryRecheck(CloudinaryClient *client, StringPool *pool, InventoryScan *inventory, ResourceList earlier, ScanResult *result,
                     int pauseMs, QObject *parent = nullptr);

    // Takes the inventory's candidates out of the result's orphans and starts looking them and
    // the earlier ones up; false (and nothing taken) when no orphan needs it. An earlier
    // candidate whose outcome is `known` (by ScanCheckpoint::recheckKey: present or not) is not
    // asked about again.
    bool start(const QHash<QString, bool> &known = {});
    // The candidates not looked up yet are reported as they are, in a result marked partial.
    // Aborts the look-ups in flight; returns the line that says so. No signal follows.
    QString stop(StopReason reason, const QString &detail);
    // While the scan waits for the next rate-limit window (a refused batch is sent again).
    void pause();
    void resume();

Q_SIGNALS:
    void outcomes(const Orphanscope::ResourceList &present, const Orphanscope::ResourceList &gone); // of one batch
    void batchChecked(bool moreBatches); // the result is up to date; moreBatches: calls still to send
    void finished();
    void rateLimited(const QString &message);
    void failed(const QString &message);

private:
    void onBatchChecked(const ResourceList &present, const ResourceList &gone);
    void account(const ResourceList &present, const ResourceList &gone);

    CloudinaryClient *m_client;
    StringPool *m_pool;
    InventoryScan *m_inventory;
    ResourceList m_earlier;
    ScanResult *m_result;
    int m_pauseMs;
    int m_callsBefore = 0;
    CandidateChecker *m_checker = nullptr; // child
};

} // namespace Orphanscope
