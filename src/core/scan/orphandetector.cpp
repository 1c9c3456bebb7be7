#include "scan/orphandetector.h"

namespace Orphanscope {

OrphanDetector::OrphanDetector(ReferenceSet &references, const IgnoreRules &ignore, qint64 recentSince)
    : m_references(references)
    , m_ignore(ignore)
    , m_recentSince(recentSince)
{
}

void OrphanDetector::classify(const ResourceList &batch)
{
    for (const CloudinaryResource &resource : batch) {
        TypeSummary &summary = m_summaries[indexOf(resource.type)];
        ++summary.listed;
        summary.listedBytes += resource.bytes;
        if (m_references.match(resource.type, resource.publicId)) {
            ++summary.valid;
        } else if (!m_ignore.isEmpty() && m_ignore.matches(resource)) {
            ++summary.ignored;
        } else if (resource.createdAtMSecs > m_recentSince) {
            ++summary.recent;
            m_recent.append(resource);
        } else {
            ++summary.orphans;
            summary.orphanBytes += resource.bytes;
            m_orphans.append(resource);
        }
    }
}

} // namespace Orphanscope
