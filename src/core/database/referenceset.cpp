#include "database/referenceset.h"

#include <boost/unordered/unordered_flat_map.hpp>

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

using Table = boost::unordered_flat_map<std::string_view, quint8>;

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
            for (const auto &[id, flags] : other.ids[i])
                ids[i].emplace(arena.store(id), flags);
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
    // One probe: the key goes to the arena first, and comes back out when it was a duplicate
    // (rare: most references are distinct).
    const std::string_view stored = d->arena.store(publicId);
    const auto [it, inserted] = ids.try_emplace(stored, flags);
    if (!inserted) {
        d->arena.takeBack(stored);
        it->second |= flags;
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
    if (it->second & Matched)
        return true;
    if (d.use_count() > 1) {
        detach();
        it = d->ids[indexOf(type)].find(publicId);
    }
    it->second |= Matched;
    return true;
}

ReferenceSet ReferenceSet::unmatched(const QList<ResourceType> &types) const
{
    ReferenceSet result;
    for (ResourceType type : types) {
        for (const auto &[id, flags] : d->ids[indexOf(type)]) {
            if ((flags & (FromField | Matched)) == FromField)
                result.add(type, id);
        }
    }
    return result;
}

QList<QByteArray> ReferenceSet::ids(ResourceType type) const
{
    QList<QByteArray> ids;
    for (const auto &entry : d->ids[indexOf(type)])
        ids.append(QByteArray(entry.first.data(), qsizetype(entry.first.size())));
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
        for (const auto &[id, flags] : other.d->ids[i])
            insert(AllResourceTypes[i], id, flags);
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
        count += std::count_if(ids.cbegin(), ids.cend(), [](const auto &entry) { return entry.second & FromField; });
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
