#pragma once

#include "scan/scantypes.h"

#include <QDateTime>

#include <memory>

namespace Orphanscope {

class ApiBudget;
class CheckpointSession;
class InventoryScan;
class OrphanDetector;
class StringPool;

// What a scan keeps on disk: its checkpoint (CheckpointSession) and, with --incremental or
// --full, the inventory (InventoryScan), opened in that order; after the listing the inventory
// takes the listed pages from the checkpoint; at the end the inventory is saved or rolled back,
// and the checkpoint discarded or kept for --resume. Lives in the scan's worker thread.
class ScanStorage
{
public:
    explicit ScanStorage(const ScanSettings &settings);
    ~ScanStorage();
    ScanStorage(const ScanStorage &) = delete;
    ScanStorage &operator=(const ScanStorage &) = delete;

    // Takes the locks and opens what the scan keeps. When it resumes a stopped scan, `*startedAt`
    // becomes that scan's start.
    bool open(QDateTime *startedAt, QStringList *warnings, QString *error);

    CheckpointSession *checkpoint() const { return m_checkpoint.get(); } // null: progress not saved
    InventoryScan *inventory() const { return m_inventory.get(); }       // null: no inventory

    // After the listing: the inventory stores every page listed and classifies its stored files.
    bool storeListing(OrphanDetector &detector, StringPool &pool, int calls, QString *error);
    // The scan ended with `result` (not yet announced): fills in its inventory and checkpoint parts.
    void finish(ScanResult *result, int calls, const ApiBudget &budget, QStringList *warnings);
    // The scan failed: the inventory is rolled back; what was listed stays resumable.
    void abandon(int calls);

private:
    ScanSettings m_settings;
    std::unique_ptr<CheckpointSession> m_checkpoint;
    std::unique_ptr<InventoryScan> m_inventory;
};

} // namespace Orphanscope
