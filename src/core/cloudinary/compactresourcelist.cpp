#include "cloudinary/compactresourcelist.h"

#include <algorithm>

namespace Orphanscope {

CompactResourceList::CompactResourceList(const ResourceList &resources)
{
    *this += resources;
    m_list = resources;
}

std::pair<qsizetype, qsizetype> CompactResourceList::locate(qsizetype i) const
{
    const qsizetype chunk = std::upper_bound(m_ends.cbegin(), m_ends.cend(), i) - m_ends.cbegin();
    return {chunk, chunk == 0 ? i : i - m_ends.at(chunk - 1)};
}

CloudinaryResource CompactResourceList::at(qsizetype i) const
{
    const auto [chunk, j] = locate(i);
    return m_chunks.at(chunk).resource(j);
}

ListedFiles &CompactResourceList::openChunk()
{
    m_list.reset();
    if (m_chunks.isEmpty() || m_chunks.constLast().textSize() >= ChunkTextBytes || m_chunks.constLast().size() >= ChunkFiles) {
        m_chunks.append(ListedFiles());
        m_chunks.last().reserve(ChunkFiles, ChunkTextBytes / 3); // grown once, if at all
        m_ends.append(size());
    }
    ++m_ends.last();
    return m_chunks.last();
}

void CompactResourceList::append(const CloudinaryResource &resource)
{
    openChunk().append(resource);
}

void CompactResourceList::append(const ListedFiles &files, qsizetype i)
{
    openChunk().append(files, i);
}

CompactResourceList &CompactResourceList::operator+=(const ResourceList &resources)
{
    for (const CloudinaryResource &resource : resources)
        append(resource);
    return *this;
}

CompactResourceList &CompactResourceList::operator+=(const CompactResourceList &other)
{
    if (other.isEmpty())
        return *this;
    m_list.reset();
    const qsizetype before = size();
    m_chunks += other.m_chunks; // shared, not copied
    for (qsizetype end : other.m_ends)
        m_ends.append(before + end);
    return *this;
}

ResourceList CompactResourceList::toList() const
{
    if (m_list)
        return *m_list;
    ResourceList list;
    list.reserve(size());
    for (const ListedFiles &chunk : m_chunks) {
        for (qsizetype i = 0; i < chunk.size(); ++i)
            list.append(chunk.resource(i));
    }
    return list;
}

} // namespace Orphanscope
