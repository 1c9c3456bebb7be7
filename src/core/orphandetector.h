#pragma once

#include "referenceset.h"
#include "scantypes.h"

namespace Orphanscope {

// Sorts listed files into valid and orphaned against a complete ReferenceSet, batch by batch,
// so only the orphans are kept. Linear in the number of files.
class OrphanDetector
{
public:
    explicit OrphanDetector(const ReferenceSet &references);

    void classify(const ResourceList &batch);

    const std::array<TypeSummary, 3> &summaries() const { return m_summaries; }
    ResourceList takeOrphans() { return std::exchange(m_orphans, {}); }

private:
    const ReferenceSet &m_references;
    std::array<TypeSummary, 3> m_summaries{};
    ResourceList m_orphans;
};

} // namespace Orphanscope
