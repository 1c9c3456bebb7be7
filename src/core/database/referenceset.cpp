#include "database/referenceset.h"

#include "util/hugepageallocator.h"

#include <boost/container_hash/hash.hpp>
#include <boost/unordered/unordered_flat_set.hpp>

#include <algorithm>
#include <cstring>
#include <vector>

namespace Orphanscope {

namespace {

// Holds the bytes of every public id in blocks that never move, so the tables can key on views.
class Arena
{
public:
    std::string_view store(std::string_view text)
    {
        if (text.size() > BlockSize / 4) { // a rare long one gets a block of its own
            m_large.push_back(std::make_unique<char[]>(text.size()));
            std::memcpy(m_large.back().get(), text.data(), text.size());
            return {m_large.back().get(), text.size()};
        }
        if (m_used + text.size() > BlockSize) {
            m_blocks.push_back(std::make_unique<char[]>(BlockSize));
            m_used = 0;
        }
        char *at = m_blocks.back().get() + m_used;
        std::memcpy(at, text.data(), text.size());
        m_used += text.size();
        return {at, text.size()};
    }

    // Takes back the text store() just returned (a duplicate that was not inserted after all).
    void takeBack(std::string_view stored)
    {
        if (!m_large.empty() && stored.data() == m_large.back().get())
            m_large.pop_back();
        else if (!m_blocks.empty() && stored.data() + stored.size() == m_blocks.back().get() + m_used)
            m_used -= stored.size();
    }

private:
    static constexpr size_t BlockSize = 1 << 20;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    std::vector<std::unique_ptr<char[]>> m_large;
    size_t m_used = BlockSize;
};

// A public id in a table slot of 24 bytes: up to 22 bytes inline (most ids: matching a listed
// file then reads no other memory), longer ones as a view into the arena. The flags live in the
// slot too; they take no part in hashing or equality, so they may change in place.
class Key
{
public:
    static constexpr size_t InlineSize = 22;

    Key(std::string_view id, quint8 flags, Arena &arena)
        : m_flags(flags)
    {
        if (id.size() <= InlineSize) {
            std::memcpy(m_bytes, id.data(), id.size());
            m_size = quint8(id.size());
        } else {
            const std::string_view stored = arena.store(id);
            std::memcpy(m_bytes, &stored, sizeof(stored)); // pointer and length
            m_size = Far;
        }
    }

    std::string_view view() const
    {
        if (m_size != Far)
            return {m_bytes, m_size};
        std::string_view far;
        std::memcpy(&far, m_bytes, sizeof(far));
        return far;
    }
    bool isFar() const { return m_size == Far; }
    quint8 flags() const { return m_flags; }
    void addFlags(quint8 flags) const { m_flags |= flags; }

private:
    static constexpr quint8 Far = 0xff;
    char m_bytes[InlineSize];
    quint8 m_size;
    mutable quint8 m_flags;
};
static_assert(sizeof(Key) == 24 && sizeof(std::string_view) <= Key::InlineSize);

struct KeyHash
{
    using is_transparent = void;
    size_t operator()(std::string_view id) const { return boost::hash<std::string_view>()(id); }
    size_t operator()(const Key &key) const { return (*this)(key.view()); }
};

struct KeyEqual
{
    using is_transparent = void;
    static std::string_view view(std::string_view id) { return id; }
    static std::string_view view(const Key &key) { return key.view(); }
    template<typename A, typename B>
    bool operator()(const A &a, const B &b) const { return view(a) == view(b); }
};

using Table = boost::unordered_flat_set<Key, KeyHash, KeyEqual, HugePageAllocator<Key>>;

} // namespace

struct ReferenceSet::Data
{
    std::array<Table, 3> ids;
    Arena arena;

    Data() = default;
    Data(const Data &other)
    {
        for (int i = 0; i < 3; ++i) {
            ids[i].reserve(other.ids[i].size());
            for (const Key &key : other.ids[i])
                ids[i].insert(Key(key.view(), key.flags(), arena));
        }
    }
};

ReferenceSet::ReferenceSet()
    : d(std::make_shared<Data>())
{
}

ReferenceSet::~ReferenceSet() = default;
ReferenceSet::ReferenceSet(const ReferenceSet &other) = default;
ReferenceSet &ReferenceSet::operator=(const ReferenceSet &other) = default;
ReferenceSet::ReferenceSet(ReferenceSet &&other) noexcept
    : d(std::exchange(other.d, std::make_shared<Data>()))
{
}
ReferenceSet &ReferenceSet::operator=(ReferenceSet &&other) noexcept
{
    std::swap(d, other.d);
    return *this;
}

void ReferenceSet::detach()
{
    if (d.use_count() > 1)
        d = std::make_shared<Data>(*d);
}

bool ReferenceSet::insert(ResourceType type, std::string_view publicId, quint8 flags)
{
    detach();
    Table &ids = d->ids[indexOf(type)];
    // One probe: a long key goes to the arena first, and comes back out when it was a duplicate
    // (rare: most references are distinct).
    const Key key(publicId, flags, d->arena);
    const auto [it, inserted] = ids.insert(key);
    if (!inserted) {
        if (key.isFar())
            d->arena.takeBack(key.view());
        it->addFlags(flags);
    }
    return inserted;
}

bool ReferenceSet::contains(ResourceType type, std::string_view publicId) const
{
    return d->ids[indexOf(type)].contains(publicId);
}

bool ReferenceSet::match(ResourceType type, std::string_view publicId)
{
    Table &ids = d->ids[indexOf(type)];
    auto it = ids.find(publicId);
    if (it == ids.end())
        return false;
    if (it->flags() & Matched)
        return true;
    if (d.use_count() > 1) {
        detach();
        it = d->ids[indexOf(type)].find(publicId);
    }
    it->addFlags(Matched);
    return true;
}

ReferenceSet ReferenceSet::unmatched(const QList<ResourceType> &types) const
{
    ReferenceSet result;
    for (ResourceType type : types) {
        for (const Key &key : d->ids[indexOf(type)]) {
            if ((key.flags() & (FromField | Matched)) == FromField)
                result.add(type, key.view());
        }
    }
    return result;
}

QList<QByteArray> ReferenceSet::ids(ResourceType type) const
{
    QList<QByteArray> ids;
    for (const Key &key : d->ids[indexOf(type)])
        ids.append(QByteArray(key.view().data(), qsizetype(key.view().size())));
    return ids;
}

void ReferenceSet::unite(const ReferenceSet &other)
{
    if (other.d == d)
        return;
    if (size() == 0) {
        d = other.d; // shared until one side changes
        return;
    }
    detach();
    for (int i = 0; i < 3; ++i) {
        d->ids[i].reserve(d->ids[i].size() + other.d->ids[i].size()); // grown once, not rehashed on the way
        for (const Key &key : other.d->ids[i])
            insert(AllResourceTypes[i], key.view(), key.flags());
    }
}

void ReferenceSet::unite(ReferenceSet &&other)
{
    if (size() == 0)
        std::swap(d, other.d); // nothing to merge: the other set's tables become this one's
    else
        unite(std::as_const(other));
}

qsizetype ReferenceSet::fieldCount() const
{
    qsizetype count = 0;
    for (const Table &ids : d->ids)
        count += std::count_if(ids.cbegin(), ids.cend(), [](const Key &key) { return key.flags() & FromField; });
    return count;
}

void ReferenceSet::reserve(ResourceType type, qsizetype count)
{
    detach();
    Table &ids = d->ids[indexOf(type)];
    ids.reserve(ids.size() + size_t(std::max<qsizetype>(0, count)));
}

qsizetype ReferenceSet::size(ResourceType type) const
{
    return qsizetype(d->ids[indexOf(type)].size());
}

qsizetype ReferenceSet::size() const
{
    qsizetype total = 0;
    for (const Table &ids : d->ids)
        total += qsizetype(ids.size());
    return total;
}

} // namespace Orphanscope
