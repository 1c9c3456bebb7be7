#include "cloudinary/listedfiles.h"

#include "util/stringpool.h"

#include <cstring>

namespace Orphanscope {

void ListedFiles::reserve(qsizetype files, qsizetype textBytes)
{
    m_entries.reserve(files);
    m_text.reserve(textBytes);
}

ListedFiles::Span ListedFiles::store(std::string_view text)
{
    const Span span{m_text.size(), qsizetype(text.size())};
    if (text.empty())
        return span; // nothing to copy, and an empty view's data may be null, which memcpy must not get
    m_text.resize(span.offset + span.size); // within what reserve() gave, mostly: QByteArray::append took 140 instructions
    std::memcpy(m_text.data() + span.offset, text.data(), text.size());
    return span;
}

quint32 ListedFiles::stringIndex(const QString &text, quint32 &last)
{
    if (text.isEmpty())
        return 0;
    const void *key = text.constData();
    if (m_strings.at(last).constData() == key)
        return last;
    if (m_strings.size() <= SmallStrings) { // a page's few formats and folders: compared, not hashed
        for (qsizetype i = 1; i < m_strings.size(); ++i) {
            if (m_strings.at(i).constData() == key)
                return last = quint32(i);
        }
    } else if (const auto it = m_stringIndex.constFind(key); it != m_stringIndex.cend()) {
        return last = *it;
    }
    // A string made elsewhere, equal to one held, only costs an entry of its own.
    last = quint32(m_strings.size());
    m_strings.append(text);
    m_utf8.append(text.toUtf8());
    if (m_strings.size() > SmallStrings) {
        if (m_stringIndex.isEmpty()) {
            for (qsizetype i = 1; i < m_strings.size(); ++i)
                m_stringIndex.insert(m_strings.at(i).constData(), quint32(i));
        } else {
            m_stringIndex.insert(key, last);
        }
    }
    return last;
}

void ListedFiles::adoptUrlShape(std::string_view url, ResourceType type)
{
    if (const auto prefix = DeliveryUrlShape::prefixOf(url, type); prefix && !prefix->empty())
        m_urlShape = std::make_shared<const DeliveryUrlShape>(*prefix);
}

void ListedFiles::setUrl(Entry &entry, std::string_view url)
{
    if (!m_urlShape && !url.empty())
        adoptUrlShape(url, entry.type);
    entry.urlDerived = m_urlShape && m_urlShape->matches(url, entry.type, entry.version, text(entry.publicId), utf8(entry.format));
    entry.secureUrl = entry.urlDerived ? Span{} : store(url);
}

quint32 ListedFiles::stringIndex(std::string_view bytes, quint32 &last, StringPool &pool)
{
    if (bytes.empty())
        return 0;
    if (utf8(last) == bytes)
        return last;
    if (m_strings.size() <= SmallStrings) {
        for (qsizetype i = 1; i < m_strings.size(); ++i) {
            if (utf8(quint32(i)) == bytes)
                return last = quint32(i);
        }
    }
    // New to this list (or one of many, found by the pool's string): bytes that are not valid
    // UTF-8 never compare equal above and always come this way, to the same string.
    return stringIndex(pool.interned(bytes), last);
}

void ListedFiles::append(const Fields &fields)
{
    append(fields, stringIndex(fields.format, m_lastFormat), stringIndex(fields.folder, m_lastFolder));
}

void ListedFiles::append(const Fields &fields, std::string_view format, std::string_view folder, StringPool &pool)
{
    append(fields, stringIndex(format, m_lastFormat, pool), stringIndex(folder, m_lastFolder, pool));
}

void ListedFiles::append(const Fields &fields, quint32 format, quint32 folder)
{
    Entry entry{store(fields.publicId), Span{}, fields.bytes, fields.createdAtMSecs, fields.version,
                fields.width, fields.height, format, folder, fields.type, false};
    setUrl(entry, fields.secureUrl);
    m_entries.append(entry);
}

void ListedFiles::append(const ListedFiles &other, qsizetype i)
{
    Entry entry = other.m_entries.at(i);
    entry.format = stringIndex(other.m_strings.at(entry.format), m_lastFormat);
    entry.folder = stringIndex(other.m_strings.at(entry.folder), m_lastFolder);
    entry.publicId = store(other.text(entry.publicId));
    if (!m_urlShape)
        m_urlShape = other.m_urlShape; // the lists of one account share their prefix
    const bool sameShape = m_urlShape == other.m_urlShape || (m_urlShape && other.m_urlShape && m_urlShape->prefix() == other.m_urlShape->prefix());
    if (!entry.urlDerived || !sameShape) { // decided again here, as for a file just listed
        thread_local std::string scratch;
        setUrl(entry, other.secureUrl(i, scratch));
    }
    m_entries.append(entry);
}

std::string_view ListedFiles::secureUrl(qsizetype i, std::string &scratch) const
{
    const Entry &entry = m_entries.at(i);
    if (!entry.urlDerived)
        return text(entry.secureUrl);
    m_urlShape->write(scratch, entry.type, entry.version, text(entry.publicId), utf8(entry.format));
    return scratch;
}

void ListedFiles::append(const CloudinaryResource &resource)
{
    const QByteArray publicId = resource.publicId.toUtf8();
    const QByteArray secureUrl = resource.secureUrl.toUtf8();
    Fields fields;
    fields.publicId = std::string_view(publicId.constData(), size_t(publicId.size()));
    fields.secureUrl = std::string_view(secureUrl.constData(), size_t(secureUrl.size()));
    fields.format = resource.format;
    fields.folder = resource.folder;
    fields.bytes = resource.bytes;
    fields.createdAtMSecs = resource.createdAtMSecs;
    fields.version = resource.version;
    fields.width = resource.width;
    fields.height = resource.height;
    fields.type = resource.type;
    append(fields);
}

CloudinaryResource ListedFiles::resource(qsizetype i) const
{
    const Entry &entry = m_entries.at(i);
    CloudinaryResource resource;
    const std::string_view id = text(entry.publicId);
    thread_local std::string scratch; // a URL made from the fields: no allocation per file
    const std::string_view url = secureUrl(i, scratch);
    resource.publicId = QString::fromUtf8(id.data(), qsizetype(id.size()));
    resource.secureUrl = QString::fromUtf8(url.data(), qsizetype(url.size()));
    resource.format = m_strings.at(entry.format);
    resource.folder = m_strings.at(entry.folder);
    resource.bytes = entry.bytes;
    resource.createdAtMSecs = entry.createdAtMSecs;
    resource.version = entry.version;
    resource.width = entry.width;
    resource.height = entry.height;
    resource.type = entry.type;
    return resource;
}

ListedFiles ListedFiles::selected(const QList<qsizetype> &indices) const
{
    ListedFiles subset = *this;
    subset.m_entries.clear();
    subset.m_entries.reserve(indices.size());
    for (qsizetype i : indices)
        subset.m_entries.append(m_entries.at(i));
    return subset;
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
