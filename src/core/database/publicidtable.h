#pragma once

#include "util/bytehash.h"

#include <QtGlobal>

#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace Orphanscope {

// Holds the bytes of long public ids in blocks that never move, so table slots can point at them.
class IdArena
{
public:
    std::string_view store(std::string_view text);

private:
    static constexpr size_t BlockSize = 1 << 20;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    std::vector<std::unique_ptr<char[]>> m_large;
    size_t m_used = BlockSize;
};

// A public id in a table slot of 24 bytes: up to 22 bytes inline (most ids: matching a listed
// file then reads no other memory), longer ones as a view into the arena. The flags byte says
// whether the slot is taken and holds the caller's flags; all zero bytes are an empty slot.
class IdSlot
{
public:
    static constexpr size_t InlineSize = 22;
    static constexpr quint8 Taken = 0x80; // the caller's flags are the other seven bits

    IdSlot(std::string_view id, quint8 flags, IdArena &arena);

    std::string_view view() const
    {
        if (m_size != Far)
            return {m_bytes, m_size};
        std::string_view far;
        std::memcpy(&far, m_bytes, sizeof(far));
        return far;
    }
    bool holds(std::string_view id) const
    {
        if (m_size != Far)
            return m_size == id.size() && std::memcmp(m_bytes, id.data(), id.size()) == 0;
        return view() == id;
    }
    bool isTaken() const { return m_flags & Taken; }
    quint8 flags() const { return m_flags & ~Taken; }
    void addFlags(quint8 flags) { m_flags |= flags; }

private:
    static constexpr quint8 Far = 0xff;
    char m_bytes[InlineSize];
    quint8 m_size;
    quint8 m_flags;
};
static_assert(sizeof(IdSlot) == 24 && sizeof(std::string_view) <= IdSlot::InlineSize);

// A set of public ids: open addressing with linear probing over one array of slots, at most
// three quarters full. A lookup usually reads one cache line, and prefetch() lets a caller with
// a page of ids start fetching the lines of the next ones while it compares the current one
// (a million-entry table is probed at random: every lookup is a cache miss otherwise).
// Big arrays sit on transparent huge pages (HugePageAllocator). No removal: none is needed.
class PublicIdTable
{
public:
    PublicIdTable();
    ~PublicIdTable();
    PublicIdTable(const PublicIdTable &) = delete;
    PublicIdTable &operator=(const PublicIdTable &) = delete;

    // Each table hashes with a seed of its own: ids taken from one table in its slot order (by
    // hash) and put into another that grows on the way would otherwise land in ever longer runs.
    quint64 hash(std::string_view id) const { return hashBytes(id, m_seed); }

    size_t size() const { return m_size; }
    // Room for `count` ids in all without growing on the way.
    void reserve(size_t count);

    IdSlot *find(std::string_view id)
    {
        if (!m_slots)
            return nullptr;
        for (size_t i = indexOf(hash(id));; i = (i + 1) & m_mask) {
            IdSlot &slot = m_slots[i];
            if (!slot.isTaken())
                return nullptr;
            if (slot.holds(id))
                return &slot;
        }
    }
    const IdSlot *find(std::string_view id) const { return const_cast<PublicIdTable *>(this)->find(id); }
    void prefetch(std::string_view id) const
    {
        if (m_slots)
            __builtin_prefetch(m_slots + indexOf(hash(id)));
    }
    // The id's slot, and whether it was new (then it holds `flags`; else they are added).
    std::pair<IdSlot *, bool> insert(std::string_view id, quint8 flags, IdArena &arena);

    // The longest run of taken slots: how far a lookup may have to walk (for tests).
    size_t longestRun() const;

    template<typename Visit>
    void forEach(Visit visit) const
    {
        for (size_t i = 0; m_slots && i <= m_mask; ++i) {
            if (m_slots[i].isTaken())
                visit(m_slots[i]);
        }
    }

private:
    size_t indexOf(quint64 hash) const { return size_t(hash >> m_shift); }
    void rehash(size_t capacity);

    IdSlot *m_slots = nullptr;
    size_t m_mask = 0; // capacity - 1, a power of two
    int m_shift = 64;
    size_t m_size = 0;
    quint64 m_seed;
};

} // namespace Orphanscope
