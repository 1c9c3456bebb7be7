#include "cloudinary/compactresourcelist.h"

namespace Orphanscope {

CompactResourceList::CompactResourceList(const ResourceList &resources)
{
    *this += resources;
    m_list = resources;
}

void CompactResourceList::append(const CloudinaryResource &resource)
{
    m_list.reset();
    m_files.append(resource);
}

void CompactResourceList::append(const ListedFiles &files, qsizetype i)
{
    m_list.reset();
    m_files.append(files, i);
}

void CompactResourceList::append(const CompactResourceList &other, qsizetype i)
{
    append(other.m_files, i);
}

CompactResourceList &CompactResourceList::operator+=(const ResourceList &resources)
{
    for (const CloudinaryResource &resource : resources)
        append(resource);
    return *this;
}

CompactResourceList &CompactResourceList::operator+=(const CompactResourceList &other)
{
    if (isEmpty()) {
        *this = other;
        return *this;
    }
    for (qsizetype i = 0; i < other.size(); ++i)
        append(other, i);
    return *this;
}

ResourceList CompactResourceList::toList() const
{
    return m_list ? *m_list : m_files.resources();
}

} // namespace Orphanscope
