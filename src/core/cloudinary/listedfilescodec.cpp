#include "cloudinary/listedfiles.h"

#include "util/stringpool.h"

#include <cstring>

namespace Orphanscope {

namespace {

constexpr quint32 Magic = 0x4f4c4631; // "OLF1"

template<typename T>
void put(QByteArray &out, T value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

void putText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    put<quint32>(out, quint32(utf8.size()));
    out.append(utf8);
}

// Reads from a byte range and remembers the first overrun: every read after it yields zeros.
class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_data(bytes.constData())
        , m_left(bytes.size())
    {
    }

    template<typename T>
    T get()
    {
        T value{};
        if (take(sizeof value))
            std::memcpy(&value, m_data - sizeof value, sizeof value);
        return value;
    }
    std::string_view bytes(qsizetype size)
    {
        if (size < 0 || !take(size))
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
    QByteArray out;
    out.reserve(16 + m_text.size() + m_entries.size() * 72);
    put<quint32>(out, Magic);
    put<quint32>(out, quint32(m_entries.size()));
    put<quint32>(out, quint32(m_text.size()));
    out.append(m_text);
    for (const Entry &entry : m_entries) {
        for (const Span &span : {entry.publicId, entry.secureUrl}) {
            put<quint32>(out, quint32(span.offset));
            put<quint32>(out, quint32(span.size));
        }
        put<qint64>(out, entry.bytes);
        put<qint64>(out, entry.createdAtMSecs);
        put<qint64>(out, entry.version);
        put<qint32>(out, entry.width);
        put<qint32>(out, entry.height);
        put<quint8>(out, quint8(indexOf(entry.type)));
        putText(out, entry.format);
        putText(out, entry.folder);
    }
    return out;
}

std::optional<ListedFiles> ListedFiles::decode(const QByteArray &bytes, StringPool &pool)
{
    Reader in(bytes);
    if (in.get<quint32>() != Magic)
        return std::nullopt;
    const quint32 count = in.get<quint32>();
    const quint32 textSize = in.get<quint32>();
    const std::string_view text = in.bytes(textSize);
    if (!in.ok() || count > quint32(bytes.size()))
        return std::nullopt;
    ListedFiles files;
    files.m_text = QByteArray(text.data(), qsizetype(text.size()));
    files.m_entries.reserve(count);
    const auto span = [&in, textSize]() -> std::optional<Span> {
        const quint32 offset = in.get<quint32>();
        const quint32 size = in.get<quint32>();
        if (quint64(offset) + size > textSize)
            return std::nullopt;
        return Span{qsizetype(offset), qsizetype(size)};
    };
    for (quint32 i = 0; i < count; ++i) {
        const auto publicId = span();
        const auto secureUrl = span();
        Entry entry{};
        entry.bytes = in.get<qint64>();
        entry.createdAtMSecs = in.get<qint64>();
        entry.version = in.get<qint64>();
        entry.width = in.get<qint32>();
        entry.height = in.get<qint32>();
        const quint8 type = in.get<quint8>();
        const std::string_view format = in.bytes(in.get<quint32>());
        const std::string_view folder = in.bytes(in.get<quint32>());
        if (!in.ok() || !publicId || !secureUrl || type >= AllResourceTypes.size())
            return std::nullopt;
        entry.publicId = *publicId;
        entry.secureUrl = *secureUrl;
        entry.type = AllResourceTypes[type];
        entry.format = pool.intern(format);
        entry.folder = pool.intern(folder);
        files.m_entries.append(std::move(entry));
    }
    if (!in.atEnd())
        return std::nullopt;
    return files;
}

} // namespace Orphanscope
