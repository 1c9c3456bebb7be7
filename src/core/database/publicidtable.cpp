#include "database/publicidtable.h"

#include "util/hugepageallocator.h"

#include <atomic>

namespace Orphanscope {

IdArena::~IdArena()
{
    for (const Block &block : m_blocks)
        HugePageAllocator<char>().deallocate(block.bytes, block.size);
}

std::string_view IdArena::store(std::string_view text)
{
    if (text.size() > BlockSize / 4) { // a rare long one gets a block of its own
        m_large.push_back(std::make_unique<char[]>(text.size()));
        std::memcpy(m_large.back().get(), text.data(), text.size());
        return {m_large.back().get(), text.size()};
    }
    if (m_blocks.empty() || m_used + text.size() > m_blocks.back().size) {
        const size_t size = m_blocks.empty() && text.size() <= FirstBlockSize ? FirstBlockSize : BlockSize;
        m_blocks.push_back({HugePageAllocator<char>().allocate(size), size});
        m_used = 0;
    }
    char *at = m_blocks.back().bytes + m_used;
    std::memcpy(at, text.data(), text.size());
    m_used += text.size();
    return {at, text.size()};
}

IdSlot::IdSlot(std::string_view id, quint32 tag, quint8 flags, IdArena &arena)
    : m_flags(quint8(flags | Taken))
{
    if (id.size() <= InlineSize) {
        std::memset(m_bytes, 0, InlineSize);
        std::memcpy(m_bytes, id.data(), id.size());
        m_size = quint8(id.size());
    } else {
        const std::string_view stored = arena.store(id);
        std::memset(m_bytes, 0, InlineSize);
        std::memcpy(m_bytes, &stored, sizeof(stored)); // pointer and length
        std::memcpy(m_bytes + sizeof(stored), &tag, sizeof(tag));
        m_size = Far;
    }
}

PublicIdTable::PublicIdTable()
{
    static std::atomic<quint64> tables{0};
    m_seed = hashSeed(++tables); // the same seeds in every run: reproducible layouts
}

PublicIdTable::~PublicIdTable()
{
    if (m_slots)
        HugePageAllocator<IdSlot>().deallocate(m_slots, m_capacity);
}

void PublicIdTable::reserve(size_t count)
{
    const size_t needed = std::max<size_t>(16, count + count / 3 + 1); // at most 3/4 full
    if (needed > m_capacity || !m_slots)
        rehash(needed);
}

void PublicIdTable::rehash(size_t capacity)
{
    Q_ASSERT(capacity < (size_t(1) << 32)); // indexOf scales a 32-bit hash
    IdSlot *slots = HugePageAllocator<IdSlot>().allocate(capacity);
    if (!HugePageAllocator<IdSlot>::isZeroed(capacity))
        std::memset(static_cast<void *>(slots), 0, capacity * sizeof(IdSlot)); // all empty
    IdSlot *old = std::exchange(m_slots, slots);
    const size_t oldCapacity = std::exchange(m_capacity, capacity);
    for (size_t i = 0; old && i < oldCapacity; ++i) {
        const IdSlot &slot = old[i];
        if (!slot.isTaken())
            continue;
        size_t at = indexOf(hash(slot.view()));
        while (m_slots[at].isTaken())
            at = next(at);
        m_slots[at] = slot;
    }
    if (old)
        HugePageAllocator<IdSlot>().deallocate(old, oldCapacity);
}

size_t PublicIdTable::longestRun() const
{
    size_t longest = 0;
    size_t run = 0;
    for (size_t i = 0; m_slots && i < 2 * m_capacity; ++i) { // twice round: a run may wrap
        run = m_slots[i % m_capacity].isTaken() ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return std::min(longest, m_capacity);
}

std::pair<IdSlot *, bool> PublicIdTable::insert(std::string_view id, quint8 flags, IdArena &arena)
{
    if (!m_slots || m_size + 1 > m_capacity / 4 * 3)
        rehash(m_slots ? m_capacity * 2 : 16);
    const quint64 hashed = hash(id);
    const quint32 tag = IdSlot::tagOf(hashed);
    for (size_t i = indexOf(hashed);; i = next(i)) {
        IdSlot &slot = m_slots[i];
        if (!slot.isTaken()) {
            slot = IdSlot(id, tag, flags, arena);
            ++m_size;
            return {&slot, true};
        }
        if (slot.holds(id, tag)) {
            slot.addFlags(flags);
            return {&slot, false};
        }
    }
}

} // namespace Orphanscope
