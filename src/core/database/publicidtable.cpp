#include "database/publicidtable.h"

#include "util/hugepageallocator.h"

#include <atomic>
#include <bit>

namespace Orphanscope {

std::string_view IdArena::store(std::string_view text)
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

IdSlot::IdSlot(std::string_view id, quint8 flags, IdArena &arena)
    : m_flags(quint8(flags | Taken))
{
    if (id.size() <= InlineSize) {
        std::memset(m_bytes, 0, InlineSize);
        std::memcpy(m_bytes, id.data(), id.size());
        m_size = quint8(id.size());
    } else {
        const std::string_view stored = arena.store(id);
        std::memcpy(m_bytes, &stored, sizeof(stored)); // pointer and length
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
        HugePageAllocator<IdSlot>().deallocate(m_slots, m_mask + 1);
}

void PublicIdTable::reserve(size_t count)
{
    const size_t needed = std::bit_ceil(std::max<size_t>(16, count + count / 3 + 1)); // at most 3/4 full
    if (needed > m_mask + 1 || !m_slots)
        rehash(needed);
}

void PublicIdTable::rehash(size_t capacity)
{
    IdSlot *slots = HugePageAllocator<IdSlot>().allocate(capacity);
    if (!HugePageAllocator<IdSlot>::isZeroed(capacity))
        std::memset(static_cast<void *>(slots), 0, capacity * sizeof(IdSlot)); // all empty
    const size_t mask = capacity - 1;
    const int shift = 64 - std::countr_zero(capacity);
    if (m_slots) {
        for (size_t i = 0; i <= m_mask; ++i) {
            const IdSlot &slot = m_slots[i];
            if (!slot.isTaken())
                continue;
            size_t at = size_t(hash(slot.view()) >> shift);
            while (slots[at].isTaken())
                at = (at + 1) & mask;
            slots[at] = slot;
        }
        HugePageAllocator<IdSlot>().deallocate(m_slots, m_mask + 1);
    }
    m_slots = slots;
    m_mask = mask;
    m_shift = shift;
}

size_t PublicIdTable::longestRun() const
{
    size_t longest = 0;
    size_t run = 0;
    for (size_t i = 0; m_slots && i <= 2 * m_mask + 1; ++i) { // twice round: a run may wrap
        run = m_slots[i & m_mask].isTaken() ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return std::min(longest, m_mask + 1);
}

std::pair<IdSlot *, bool> PublicIdTable::insert(std::string_view id, quint8 flags, IdArena &arena)
{
    if (!m_slots || m_size + 1 > (m_mask + 1) / 4 * 3)
        rehash(m_slots ? (m_mask + 1) * 2 : 16);
    for (size_t i = indexOf(hash(id));; i = (i + 1) & m_mask) {
        IdSlot &slot = m_slots[i];
        if (!slot.isTaken()) {
            slot = IdSlot(id, flags, arena);
            ++m_size;
            return {&slot, true};
        }
        if (slot.holds(id)) {
            slot.addFlags(flags);
            return {&slot, false};
        }
    }
}

} // namespace Orphanscope
