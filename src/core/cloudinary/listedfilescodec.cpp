#include "cloudinary/listedfiles.h"

#include "util/stringpool.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace Orphanscope {

// The checkpoint keeps every listed page, a million files and more: its form is compact. What
// the file's other fields give is not stored (the delivery URL in its usual shape, a folder
// that is the public id's path), numbers are varints, and upload times deltas.
namespace {

constexpr quint32 Magic = 0x4f4c4632; // "OLF2"
enum Flag : quint8 { UrlDerived = 1, FolderDerived = 2 };

// Writes into a buffer that encode() sized beforehand for the most a page can take.
class Writer
{
public:
    // The most bytes a varint takes.
    static constexpr size_t VarintBytes = 10;

    explicit Writer(char *at)
        : m_at(at)
    {
    }
    char *at() const { return m_at; }

    void byte(char value) { *m_at++ = value; }
    void bytes(const void *data, size_t size)
    {
        if (size == 0)
            return; // an empty text's data may be null, which memcpy must not get
        std::memcpy(m_at, data, size);
        m_at += size;
    }
    void varint(quint64 value)
    {
        while (value >= 0x80) {
            *m_at++ = char(value | 0x80);
            value >>= 7;
        }
        *m_at++ = char(value);
    }
    void text(std::string_view text)
    {
        varint(text.size());
        bytes(text.data(), text.size());
    }

private:
    char *m_at;
};

quint64 zigzag(qint64 value) { return (quint64(value) << 1) ^ quint64(value >> 63); }
qint64 unzigzag(quint64 value) { return qint64(value >> 1) ^ -qint64(value & 1); }
// Differences and sums modulo 2^64, so that any two times (or a time and a version) encode and
// decode exactly, and bytes that were never encoded do not overflow a signed integer.
qint64 wrappingSub(qint64 a, qint64 b) { return qint64(quint64(a) - quint64(b)); }
qint64 wrappingAdd(qint64 a, qint64 b) { return qint64(quint64(a) + quint64(b)); }

std::string_view folderOf(std::string_view publicId)
{
    if (publicId.empty())
        return {}; // an empty view's data may be null, which memrchr must not get
    const void *slash = memrchr(publicId.data(), '/', publicId.size()); // string_view::rfind goes byte by byte
    return slash ? publicId.substr(0, size_t(static_cast<const char *>(slash) - publicId.data())) : std::string_view();
}

// Reads from a byte range and remembers the first overrun: every read after it yields nothing.
class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_data(bytes.constData())
        , m_left(bytes.size())
    {
    }

    quint32 fixed32()
    {
        quint32 value = 0;
        if (take(4))
            std::memcpy(&value, m_data - 4, 4);
        return value;
    }
    quint64 varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64 && take(1); shift += 7) {
            const auto byte = quint8(m_data[-1]);
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        m_ok = false;
        return 0;
    }
    std::string_view text()
    {
        const quint64 size = varint();
        if (size > quint64(m_left))
            m_ok = false;
        if (!m_ok || !take(qsizetype(size)))
            return {};
        return {m_data - size, size_t(size)};
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_ok && m_left == 0; }

private:
    bool take(qsizetype size)
    {
        if (!m_ok || size > m_left) {
            m_ok = false;
            return false;
        }
        m_data += size;
        m_left -= size;
        return true;
    }

    const char *m_data;
    qsizetype m_left;
    bool m_ok = true;
};

} // namespace

QByteArray ListedFiles::encode() const
{
    // The URL prefix of the page's files (everything before "<type>/upload/v"): the files whose
    // URL it gives keep none (ListedFiles::append decided).
    const std::string_view prefix = m_urlShape ? m_urlShape->prefix() : std::string_view();
    // At most: every text of every file stored, each number a full varint.
    size_t bound = 4 + 2 * Writer::VarintBytes + prefix.size();
    for (const Entry &entry : m_entries) {
        bound += 1 + 4 * Writer::VarintBytes + size_t(entry.publicId.size + entry.secureUrl.size)
            + utf8(entry.format).size() + utf8(entry.folder).size() + 5 * Writer::VarintBytes;
    }
    QByteArray bytes(qsizetype(bound), Qt::Uninitialized);
    Writer out(bytes.data());
    out.bytes(&Magic, 4);
    out.varint(quint64(m_entries.size()));
    out.text(prefix);
    qint64 previousCreated = 0;
    for (const Entry &entry : m_entries) {
        const std::string_view publicId = text(entry.publicId);
        const std::string_view url = text(entry.secureUrl);
        const std::string_view format = utf8(entry.format);
        const std::string_view folder = utf8(entry.folder);
        quint8 flags = quint8(indexOf(entry.type) << 2);
        if (entry.urlDerived)
            flags |= UrlDerived;
        if (folder == folderOf(publicId))
            flags |= FolderDerived;
        out.byte(char(flags));
        out.text(publicId);
        if (!(flags & UrlDerived))
            out.text(url);
        out.text(format);
        if (!(flags & FolderDerived))
            out.text(folder);
        out.varint(zigzag(entry.bytes));
        out.varint(zigzag(wrappingSub(entry.createdAtMSecs, previousCreated)));
        previousCreated = entry.createdAtMSecs;
        out.varint(zigzag(wrappingSub(entry.version, entry.createdAtMSecs / 1000)));
        out.varint(zigzag(entry.width));
        out.varint(zigzag(entry.height));
    }
    Q_ASSERT(size_t(out.at() - bytes.constData()) <= bound);
    bytes.truncate(qsizetype(out.at() - bytes.constData()));
    return bytes;
}

std::optional<ListedFiles> ListedFiles::decode(const QByteArray &bytes, StringPool &pool)
{
    Reader in(bytes);
    if (in.fixed32() != Magic)
        return std::nullopt;
    const quint64 count = in.varint();
    const std::string_view prefix = in.text();
    if (!in.ok() || count > quint64(bytes.size()))
        return std::nullopt;
    ListedFiles files;
    files.reserve(qsizetype(count), bytes.size() * 2);
    if (!prefix.empty())
        files.m_urlShape = std::make_shared<const DeliveryUrlShape>(prefix);
    std::string url;
    qint64 previousCreated = 0;
    for (quint64 i = 0; i < count; ++i) {
        const quint8 flags = quint8(in.varint());
        const int type = flags >> 2;
        Fields fields;
        fields.publicId = in.text();
        const std::string_view storedUrl = flags & UrlDerived ? std::string_view() : in.text();
        const std::string_view format = in.text();
        const std::string_view folder = flags & FolderDerived ? folderOf(fields.publicId) : in.text();
        fields.bytes = unzigzag(in.varint());
        fields.createdAtMSecs = wrappingAdd(previousCreated, unzigzag(in.varint()));
        previousCreated = fields.createdAtMSecs;
        fields.version = wrappingAdd(unzigzag(in.varint()), fields.createdAtMSecs / 1000);
        fields.width = qint32(unzigzag(in.varint()));
        fields.height = qint32(unzigzag(in.varint()));
        if (!in.ok() || type >= int(AllResourceTypes.size()))
            return std::nullopt;
        fields.type = AllResourceTypes[size_t(type)];
        if (flags & UrlDerived) {
            if (!files.m_urlShape)
                return std::nullopt; // derived from no prefix: not what encode() writes
            files.m_urlShape->write(url, fields.type, fields.version, fields.publicId, format);
            fields.secureUrl = url;
        } else {
            fields.secureUrl = storedUrl;
        }
        files.append(fields, format, folder, pool);
    }
    if (!in.atEnd())
        return std::nullopt;
    return files;
}

} // namespace Orphanscope
