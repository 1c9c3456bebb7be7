#pragma once

#include "scan/inventory.h"
#include "scan/scantypes.h"

#include <QDateTime>

#include <memory>

namespace Orphanscope {

class OrphanDetector;
class ScanCheckpoint;
class StringPool;

// How one scan uses the inventory: which types it lists since the last scan and which it lists
// in full, storing every listed page once the listing is done, and — for the types listed since
// the last scan — feeding the stored files to the detector. Saved only if the scan completes.
class InventoryScan
{
public:
    // Files uploaded this long before the last scan began are listed again: an upload that was
    // in flight then has a created_at before the scan but may not have been listed by it.
    static constexpr qint64 OverlapMSecs = 60 * 60 * 1000;

    InventoryScan(const ScanSettings &settings, const QDateTime &startedAt);
    ~InventoryScan();

    bool begin(QStringList *warnings, QString *error);

    // Where the listing of `type` starts: the window's start for a full listing, shortly before
    // the last scan for an incremental one.
    std::optional<QDateTime> listFrom(ResourceType type) const;
    bool isIncremental(ResourceType type) const { return m_incremental[indexOf(type)]; }
    bool anyIncremental() const;
    // Whether an orphan candidate came from the inventory rather than from this scan's listing.
    bool needsRecheck(const CloudinaryResource &candidate) const;

    // Starts the inventory's update: the types listed in full are emptied, then every page the
    // scan listed (kept in its checkpoint, all runs of it) is stored.
    bool applyListing(const ScanCheckpoint &listing, StringPool &pool, QString *error);
    // Classifies the stored files of the incremental types that fall in the scan's window.
    bool classifyStored(OrphanDetector &detector, StringPool &pool, QString *error);
    bool forget(const ResourceList &gone, QString *error);
    bool refresh(const ResourceList &present, QString *error);
    // Records the new coverage and commits, when every type's listing completed; otherwise
    // leaves the inventory as it was before the scan.
    bool save(const std::array<TypeSummary, 3> &perType, const CompactResourceList &orphans, QString *error);

    IncrementalSummary &summary() { return m_summary; }

private:
    std::optional<qint64> windowFrom() const;
    bool cheaperThanListing(ResourceType type);

    ScanSettings m_settings;
    QDateTime m_startedAt;
    std::unique_ptr<Inventory> m_inventory;
    std::array<bool, 3> m_incremental{};
    std::array<std::optional<InventoryCoverage>, 3> m_previous;
    IncrementalSummary m_summary;
};

} // namespace Orphanscope
