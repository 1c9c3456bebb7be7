#include "scan/orphandetector.h"

namespace Orphanscope {

OrphanDetector::OrphanDetector(ReferenceSet &references, const IgnoreRules &ignore, qint64 recentSince)
    : m_references(references)
    , m_ignore(ignore)
    , m_recentSince(recentSince)
{
}

namespace {

// One way to read a stored batch and a listed page alike.
const CloudinaryResource &resourceAt(const ResourceList &batch, qsizetype i) { return batch.at(i); }
CloudinaryResource resourceAt(const ListedFiles &files, qsizetype i) { return files.resource(i); }
std::string_view idAt(const ListedFiles &files, qsizetype i) { return files.publicId(i); }
QByteArray idAt(const ResourceList &batch, qsizetype i) { return batch.at(i).publicId.toUtf8(); }
ResourceType typeAt(const ListedFiles &files, qsizetype i) { return files.type(i); }
ResourceType typeAt(const ResourceList &batch, qsizetype i) { return batch.at(i).type; }
qint64 bytesAt(const ListedFiles &files, qsizetype i) { return files.bytes(i); }
qint64 bytesAt(const ResourceList &batch, qsizetype i) { return batch.at(i).bytes; }
qint64 createdAt(const ListedFiles &files, qsizetype i) { return files.createdAtMSecs(i); }
qint64 createdAt(const ResourceList &batch, qsizetype i) { return batch.at(i).createdAtMSecs; }
std::string_view view(const QByteArray &text) { return {text.constData(), size_t(text.size())}; }

} // namespace

// How many ids ahead of its match a listed page's id's table slot is loaded: enough to cover a
// miss to memory while the ids between are compared.
constexpr qsizetype SlotDistance = 8;

template<typename Batch>
void OrphanDetector::classifyEach(const Batch &batch)
{
    // The lookups of the ids ahead, hashed once each (a listed page only: its ids are views of
    // its bytes, a stored batch's are made for the lookup).
    std::array<ReferenceSet::Lookup, SlotDistance> ahead;
    constexpr bool Listed = std::is_same_v<Batch, ListedFiles>;
    const auto startLookup = [&](auto i) { // generic: made only for a listed page
        ReferenceSet::Lookup &lookup = ahead[size_t(i % SlotDistance)];
        lookup = m_references.lookup(typeAt(batch, i), idAt(batch, i));
        m_references.prefetch(lookup);
    };
    if constexpr (Listed) {
        for (qsizetype i = 0; i < std::min(SlotDistance, batch.size()); ++i)
            startLookup(i);
    }
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const ResourceType type = typeAt(batch, i);
        TypeSummary &summary = m_summaries[indexOf(type)];
        ++summary.listed;
        summary.listedBytes += bytesAt(batch, i);
        bool matched;
        if constexpr (Listed) {
            const ReferenceSet::Lookup lookup = ahead[size_t(i % SlotDistance)];
            if (i + SlotDistance < batch.size())
                startLookup(i + SlotDistance);
            matched = m_references.match(lookup);
        } else {
            const auto id = idAt(batch, i);
            matched = m_references.match(type, view(id));
        }
        if (matched) {
            ++summary.valid;
            continue;
        }
        // An orphan of a listed page stays bytes (CompactResourceList): no QString for it here.
        if (!m_ignore.isEmpty() && m_ignore.matches(resourceAt(batch, i))) {
            ++summary.ignored;
        } else if (createdAt(batch, i) > m_recentSince) {
            ++summary.recent;
            m_recent[indexOf(type)].append(resourceAt(batch, i));
        } else {
            ++summary.orphans;
            summary.orphanBytes += bytesAt(batch, i);
            if constexpr (Listed)
                m_orphans[indexOf(type)].append(batch, i);
            else
                m_orphans[indexOf(type)].append(batch.at(i));
        }
    }
}

CompactResourceList OrphanDetector::takeOrphanFiles()
{
    CompactResourceList all = std::exchange(m_orphans[0], {});
    for (int i = 1; i < 3; ++i)
        all += std::exchange(m_orphans[i], {});
    return all;
}

ResourceList OrphanDetector::takeRecent()
{
    ResourceList all = std::exchange(m_recent[0], {});
    all.reserve(all.size() + m_recent[1].size() + m_recent[2].size());
    for (int i = 1; i < 3; ++i)
        all += std::exchange(m_recent[i], {});
    return all;
}

void OrphanDetector::classify(const ResourceList &batch)
{
    classifyEach(batch);
}

void OrphanDetector::classify(const ListedFiles &files)
{
    classifyEach(files);
}

void OrphanDetector::moveInto(ScanResult *result)
{
    for (int i = 0; i < 3; ++i) {
        TypeSummary &summary = result->perType[i];
        const TypeSummary &counted = m_summaries[i];
        summary.listed = counted.listed;
        summary.listedBytes = counted.listedBytes;
        summary.valid = counted.valid;
        summary.orphans = counted.orphans;
        summary.orphanBytes = counted.orphanBytes;
        summary.ignored = counted.ignored;
        summary.recent = counted.recent;
    }
    result->orphans = takeOrphanFiles();
    result->recent = takeRecent();
}

} // namespace Orphanscope
