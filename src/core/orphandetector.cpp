#include "orphandetector.h"

namespace Orphanscope {

OrphanDetector::OrphanDetector(const ReferenceSet &references)
    : m_references(references)
{
}

void OrphanDetector::classify(const ResourceList &batch)
{
    for (const CloudinaryResource &resource : batch) {
        TypeSummary &summary = m_summaries[indexOf(resource.type)];
        ++summary.listed;
        summary.listedBytes += resource.bytes;
        if (m_references.contains(resource.type, resource.publicId)) {
            ++summary.valid;
        } else {
            ++summary.orphans;
            summary.orphanBytes += resource.bytes;
            m_orphans.append(resource);
        }
    }
}

} // namespace Orphanscope
