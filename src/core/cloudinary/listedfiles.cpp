#include "cloudinary/listedfiles.h"

namespace Orphanscope {

void ListedFiles::reserve(qsizetype files, qsizetype textBytes)
{
    m_entries.reserve(files);
    m_text.reserve(textBytes);
}

ListedFiles::Span ListedFiles::store(std::string_view text)
{
    const Span span{m_text.size(), qsizetype(text.size())};
    m_text.append(text.data(), qsizetype(text.size()));
    return span;
}

void ListedFiles::append(const Fields &fields)
{
    m_entries.append(Entry{store(fields.publicId), store(fields.secureUrl), fields.format, fields.folder, fields.bytes,
                           fields.createdAtMSecs, fields.version, fields.width, fields.height, fields.type});
}

CloudinaryResource ListedFiles::resource(qsizetype i) const
{
    const Entry &entry = m_entries.at(i);
    CloudinaryResource resource;
    const std::string_view id = text(entry.publicId);
    const std::string_view url = text(entry.secureUrl);
    resource.publicId = QString::fromUtf8(id.data(), qsizetype(id.size()));
    resource.secureUrl = QString::fromUtf8(url.data(), qsizetype(url.size()));
    resource.format = entry.format;
    resource.folder = entry.folder;
    resource.bytes = entry.bytes;
    resource.createdAtMSecs = entry.createdAtMSecs;
    resource.version = entry.version;
    resource.width = entry.width;
    resource.height = entry.height;
    resource.type = entry.type;
    return resource;
}

ResourceList ListedFiles::resources() const
{
    ResourceList list;
    list.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        list.append(resource(i));
    return list;
}

} // namespace Orphanscope
