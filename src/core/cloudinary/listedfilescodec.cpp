#include "cloudinary/listedfiles.h"

#include "util/stringpool.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <string>
#include <vector>

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

constexpr std::array<std::string_view, 3> TypeNames{"image", "video", "raw"};

// The URL a file has when nothing unusual happened: <prefix><type>/upload/v<version>/<public id>[.<format>],
// its head (all before the version) one of a page's UrlHeads.
using UrlHeads = std::array<std::string, 3>;
UrlHeads urlHeads(std::string_view prefix)
{
    UrlHeads heads;
    for (size_t i = 0; i < heads.size(); ++i)
        heads[i] = std::string(prefix).append(TypeNames[i]).append("/upload/v");
    return heads;
}

void derivedUrl(std::string &out, const UrlHeads &heads, ResourceType type, qint64 version, std::string_view publicId,
                std::string_view format)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, version).ptr;
    out.assign(heads[size_t(indexOf(type))]).append(digits, size_t(end - digits)).append("/").append(publicId);
    if (!format.empty())
        out.append(".").append(format);
}

// Whether `url` is derivedUrl(heads, …), checked in place (a million files per scan, every
// one of them here): the type's head, the version's digits read rather than written, then the
// public id and format. A version derivedUrl would not write this way (a sign, leading zeros,
// more than 18 digits) is not derived: the URL is stored as it is, which is always right.
bool isDerivedUrl(std::string_view url, const UrlHeads &heads, ResourceType type, qint64 version, std::string_view publicId,
                  std::string_view format)
{
    const std::string &head = heads[size_t(indexOf(type))];
    if (!url.starts_with(head))
        return false;
    url.remove_prefix(head.size());
    const size_t limit = std::min<size_t>(url.size(), 18); // 18 digits cannot overflow
    size_t digits = 0;
    qint64 read = 0;
    for (unsigned digit; digits < limit && (digit = unsigned(url[digits]) - '0') < 10; ++digits)
        read = read * 10 + qint64(digit);
    // What follows the digits must be the slash (checked below): a 19th digit is not.
    if (digits == 0 || (url[0] == '0' && digits > 1) || read != version)
        return false;
    url.remove_prefix(digits);
    if (!url.starts_with('/'))
        return false;
    url.remove_prefix(1);
    if (!url.starts_with(publicId))
        return false;
    url.remove_prefix(publicId.size());
    if (format.empty())
        return url.empty();
    return url.size() == format.size() + 1 && url.front() == '.' && url.substr(1) == format;
}

std::string_view folderOf(std::string_view publicId)
{
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
    // The URL prefix of the page's files: everything before "<type>/upload/v".
    std::string_view prefix;
    if (!m_entries.isEmpty()) {
        const std::string_view url = text(m_entries.constFirst().secureUrl);
        const UrlHeads markers = urlHeads({}); // the heads without a prefix: "<type>/upload/v"
        if (const size_t at = url.find(markers[size_t(indexOf(m_entries.constFirst().type))]); at != std::string_view::npos)
            prefix = url.substr(0, at);
    }
    const UrlHeads heads = urlHeads(prefix);
    std::vector<QByteArray> strings; // the page's formats and folders in UTF-8, by index
    strings.reserve(size_t(m_strings.size()));
    for (const QString &string : m_strings)
        strings.push_back(string.toUtf8());
    const auto utf8 = [&strings](quint32 index) { return std::string_view(strings[index].constData(), size_t(strings[index].size())); };
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
        if (!prefix.empty() && isDerivedUrl(url, heads, entry.type, entry.version, publicId, format))
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
        out.varint(zigzag(entry.createdAtMSecs - previousCreated));
        previousCreated = entry.createdAtMSecs;
        out.varint(zigzag(entry.version - entry.createdAtMSecs / 1000));
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
    const UrlHeads heads = urlHeads(prefix);
    std::string url;
    qint64 previousCreated = 0;
    for (quint64 i = 0; i < count; ++i) {
        const quint8 flags = quint8(in.varint());
        const int type = flags >> 2;
        Fields fields;
        fields.publicId = in.text();
        const std::string_view storedUrl = flags & UrlDerived ? std::string_view() : in.text();
        const std::string_view format = in.text();
        fields.folder = pool.intern(flags & FolderDerived ? folderOf(fields.publicId) : in.text());
        fields.format = pool.intern(format);
        fields.bytes = unzigzag(in.varint());
        fields.createdAtMSecs = previousCreated + unzigzag(in.varint());
        previousCreated = fields.createdAtMSecs;
        fields.version = unzigzag(in.varint()) + fields.createdAtMSecs / 1000;
        fields.width = qint32(unzigzag(in.varint()));
        fields.height = qint32(unzigzag(in.varint()));
        if (!in.ok() || type >= int(AllResourceTypes.size()))
            return std::nullopt;
        fields.type = AllResourceTypes[size_t(type)];
        if (flags & UrlDerived) {
            derivedUrl(url, heads, fields.type, fields.version, fields.publicId, format);
            fields.secureUrl = url;
        } else {
            fields.secureUrl = storedUrl;
        }
        files.append(fields);
    }
    if (!in.atEnd())
        return std::nullopt;
    return files;
}

} // namespace Orphanscope
