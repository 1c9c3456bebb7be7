#pragma once

#include "cloudinary/compactresourcelist.h"
#include "database/referenceset.h"
#include "scan/ignorerules.h"
#include "scan/scantypes.h"

namespace Orphanscope {

// Sorts listed files into valid and orphaned against a complete ReferenceSet, batch by batch,
// so only the orphans are kept. Unreferenced files that match an ignore rule, or that were
// uploaded after `recentSince` (UTC ms), are counted apart and never reported as orphans.
// Linear in the number of files.
class OrphanDetector
{
public:
    // Marks the references that listed files match (ReferenceSet::match).
    OrphanDetector(ReferenceSet &references, const IgnoreRules &ignore = {},
                   qint64 recentSince = std::numeric_limits<qint64>::max());

    void classify(const ResourceList &batch);
    // The same for a listed page, matched from its UTF-8 bytes: only the files kept become
    // CloudinaryResources.
    void classify(const ListedFiles &files);

    const std::array<TypeSummary, 3> &summaries() const { return m_summaries; }
    // Type by type (images, videos, raw), each in listing order: the same order however the
    // pages of the types interleaved.
    CompactResourceList takeOrphanFiles();
    ResourceList takeOrphans() { return takeOrphanFiles().toList(); }
    ResourceList takeRecent();
    // The counts, orphans and recent files into the scan's result (whose pages, scanned and
    // complete are the listing's).
    void moveInto(ScanResult *result);

private:
    template<typename Batch>
    void classifyEach(const Batch &batch);

    ReferenceSet &m_references;
    IgnoreRules m_ignore;
    qint64 m_recentSince;

    std::array<ResourceList, 3> m_recent;
    std::array<TypeSummary, 3> m_summaries{};
    std::array<CompactResourceList, 3> m_orphans;
};

} // namespace Orphanscope
