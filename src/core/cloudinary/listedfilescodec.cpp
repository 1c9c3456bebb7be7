#include "cloudinary/listedfiles.h"

#include "util/stringpool.h"

#include <QHash>

#include <array>
#include <charconv>
#include <cstring>
#include <string>

namespace Orphanscope {

// The checkpoint keeps every listed page, a million files and more: its form is compact. What
// the file's other fields give is not stored (the delivery URL in its usual shape, a folder
// that is the public id's path), numbers are varints, and upload times deltas.
namespace {

constexpr quint32 Magic = 0x4f4c4632; // "OLF2"
enum Flag : quint8 { UrlDerived = 1, FolderDerived = 2 };

void putVarint(std::string &out, quint64 value)
{
    while (value >= 0x80) {
        out.push_back(char(value | 0x80));
        value >>= 7;
    }
    out.push_back(char(value));
}

quint64 zigzag(qint64 value) { return (quint64(value) << 1) ^ quint64(value >> 63); }
qint64 unzigzag(quint64 value) { return qint64(value >> 1) ^ -qint64(value & 1); }

void putText(std::string &out, std::string_view text)
{
    putVarint(out, text.size());
    out.append(text);
}

constexpr std::array<std::string_view, 3> TypeNames{"image", "video", "raw"};

// The URL a file has when nothing unusual happened: <prefix><type>/upload/v<version>/<public id>[.<format>].
void derivedUrl(std::string &out, std::string_view prefix, ResourceType type, qint64 version, std::string_view publicId,
                std::string_view format)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, version).ptr;
    out.assign(prefix);
    out.append(TypeNames[size_t(indexOf(type))]).append("/upload/v").append(digits, end).append("/").append(publicId);
    if (!format.empty())
        out.append(".").append(format);
}

// The UTF-8 of a page's formats and folders: a few distinct, shared strings (StringPool).
class Utf8Cache
{
public:
    std::string_view operator()(const QString &text)
    {
        const void *key = text.constData();
        auto it = m_cache.constFind(key);
        if (it == m_cache.cend())
            it = m_cache.insert(key, text.toUtf8());
        return {it->constData(), size_t(it->size())};
    }

private:
    QHash<const void *, QByteArray> m_cache;
};

std::string_view folderOf(std::string_view publicId)
{
    const size_t slash = publicId.rfind('/');
    return slash == std::string_view::npos ? std::string_view() : publicId.substr(0, slash);
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
        const std::string marker = std::string(TypeNames[size_t(indexOf(m_entries.constFirst().type))]) + "/upload/v";
        if (const size_t at = url.find(marker); at != std::string_view::npos)
            prefix = url.substr(0, at);
    }
    std::string out;
    out.reserve(size_t(16 + m_entries.size() * 48));
    out.append(reinterpret_cast<const char *>(&Magic), 4);
    putVarint(out, quint64(m_entries.size()));
    putText(out, prefix);
    std::string expected;
    Utf8Cache utf8;
    qint64 previousCreated = 0;
    for (const Entry &entry : m_entries) {
        const std::string_view publicId = text(entry.publicId);
        const std::string_view url = text(entry.secureUrl);
        const std::string_view format = entry.format.isEmpty() ? std::string_view() : utf8(entry.format);
        const std::string_view folder = entry.folder.isEmpty() ? std::string_view() : utf8(entry.folder);
        derivedUrl(expected, prefix, entry.type, entry.version, publicId, format);
        quint8 flags = quint8(indexOf(entry.type) << 2);
        if (!prefix.empty() && url == expected)
            flags |= UrlDerived;
        if (folder == folderOf(publicId))
            flags |= FolderDerived;
        out.push_back(char(flags));
        putText(out, publicId);
        if (!(flags & UrlDerived))
            putText(out, url);
        putText(out, format);
        if (!(flags & FolderDerived))
            putText(out, folder);
        putVarint(out, zigzag(entry.bytes));
        putVarint(out, zigzag(entry.createdAtMSecs - previousCreated));
        previousCreated = entry.createdAtMSecs;
        putVarint(out, zigzag(entry.version - entry.createdAtMSecs / 1000));
        putVarint(out, zigzag(entry.width));
        putVarint(out, zigzag(entry.height));
    }
    return QByteArray(out.data(), qsizetype(out.size()));
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
            derivedUrl(url, prefix, fields.type, fields.version, fields.publicId, format);
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
