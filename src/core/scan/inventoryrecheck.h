#pragma once

#include "cloudinary/resourcelister.h"
#include "scan/scantypes.h"

#include <QHash>
#include <QObject>

namespace Orphanscope {

class ApiBudget;
class CandidateChecker;
class CheckpointSession;
class CloudinaryClient;
class InventoryScan;
class StringPool;

// The last step of an incremental or a resumed scan: orphan candidates listed before this run —
// taken from the inventory, or listed by an earlier run of the scan — may have been deleted on
// Cloudinary since, so each is looked up again (CandidateChecker) and only those still there are
// reported. It edits the scan's result as batches come back: the gone files leave the counts
// and the inventory (if the scan keeps one), the present ones join the orphans; a resumed
// scan's checkpoint keeps the outcomes, so that a further resumption does not ask again. Like
// the listing it asks the API budget after every answer, and pauses for the next window or
// stops. Lives in the scan's worker thread.
class InventoryRecheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryRecheck)

public:
    struct Scan
    {
        InventoryScan *inventory = nullptr;      // may be null
        CheckpointSession *checkpoint = nullptr; // may be null
        ApiBudget *budget = nullptr;
        ScanResult *result = nullptr;
        int pauseMs = 0;
    };
    // `earlier` are the candidates earlier runs of the scan listed.
    InventoryRecheck(CloudinaryClient *client, StringPool *pool, const Scan &scan, ResourceList earlier, QObject *parent = nullptr);

    // Takes the inventory's candidates out of the result's orphans and starts looking them and
    // the earlier ones up; false (and nothing taken) when no orphan needs it. An earlier
    // candidate whose outcome is `known` (by ScanCheckpoint::recheckKey: present or not) is not
    // asked about again.
    bool start(const QHash<QString, bool> &known = {});
    // The candidates not looked up yet are reported as they are, in a result marked partial.
    // Aborts the look-ups in flight; returns the line that says so. No signal follows.
    QString stop(StopReason reason, const QString &detail);

Q_SIGNALS:
    void progressed(); // a batch came back: the result is up to date
    void waiting(const QDateTime &resumesAt); // for the next rate-limit window
    void resumed();
    void finished();
    void stopped(const QString &line); // by the budget: the result is marked partial; the line says so
    void warning(const QString &message);
    void failed(const QString &message);

private:
    void onBatchChecked(const ResourceList &present, const ResourceList &gone);
    void account(const ResourceList &present, const ResourceList &gone);
    bool waitForReset(const QString &reason);

    CloudinaryClient *m_client;
    StringPool *m_pool;
    InventoryScan *m_inventory;
    CheckpointSession *m_checkpoint;
    ApiBudget *m_budget;
    ResourceList m_earlier;
    ScanResult *m_result;
    int m_pauseMs;
    int m_callsBefore = 0;
    bool m_waiting = false;
    CandidateChecker *m_checker = nullptr; // child
};

} // namespace Orphanscope
