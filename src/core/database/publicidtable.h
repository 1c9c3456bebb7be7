#pragma once

#include "util/bytehash.h"

#include <QtGlobal>

#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace Orphanscope {

// Holds the bytes of long public ids in blocks that never move, so table slots can point at them.
// The first block is small and on the heap (most sets are small); the next ones are 2 MiB on
// huge pages, since a million-entry set's ids are read at random, like its table.
class IdArena
{
public:
    IdArena() = default;
    ~IdArena();
    IdArena(const IdArena &) = delete;
    IdArena &operator=(const IdArena &) = delete;

    std::string_view store(std::string_view text);

private:
    static constexpr size_t FirstBlockSize = size_t(64) << 10;
    static constexpr size_t BlockSize = size_t(2) << 20;
    struct Block
    {
        char *bytes;
        size_t size;
    };
    std::vector<Block> m_blocks; // the last one is filled
    std::vector<std::unique_ptr<char[]>> m_large;
    size_t m_used = 0;
};

// A public id in a table slot of 32 bytes, two to a cache line: up to 30 bytes inline (most ids:
// matching a listed file then reads no other memory; an id kept apart is a second cache miss,
// which a prefetch did not hide on this machine), longer ones as a view into the arena beside 32
// bits of their hash, so a lookup reads the arena only for a slot whose hash agrees. The flags
// byte says whether the slot is taken and holds the caller's flags; all zero bytes are an empty
// slot.
class alignas(32) IdSlot
{
public:
    static constexpr size_t InlineSize = 30;
    static constexpr quint8 Taken = 0x80; // the caller's flags are the other seven bits

    IdSlot(std::string_view id, quint32 tag, quint8 flags, IdArena &arena);

    std::string_view view() const
    {
        if (m_size != Far)
            return {m_bytes, m_size};
        std::string_view far;
        std::memcpy(&far, m_bytes, sizeof(far));
        return far;
    }
    // `tag` is the id's tagOf(hash): a long id's bytes are compared only when it agrees.
    bool holds(std::string_view id, quint32 tag) const
    {
        if (m_size != Far)
            return m_size == id.size() && std::memcmp(m_bytes, id.data(), id.size()) == 0;
        return farTag() == tag && view() == id;
    }
    bool isTaken() const { return m_flags & Taken; }
    quint8 flags() const { return m_flags & ~Taken; }
    void addFlags(quint8 flags) { m_flags |= flags; }

    static quint32 tagOf(quint64 hash) { return quint32(hash); } // the bits the slot's index does not use

private:
    static constexpr quint8 Far = 0xff;
    quint32 farTag() const
    {
        quint32 tag;
        std::memcpy(&tag, m_bytes + sizeof(std::string_view), sizeof(tag));
        return tag;
    }
    char m_bytes[InlineSize];
    quint8 m_size;
    quint8 m_flags;
};
static_assert(sizeof(IdSlot) == 32 && sizeof(std::string_view) + sizeof(quint32) <= IdSlot::InlineSize);

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

    IdSlot *find(std::string_view id) { return find(id, hash(id)); }
    IdSlot *find(std::string_view id, quint64 hash)
    {
        if (!m_slots)
            return nullptr;
        const quint32 tag = IdSlot::tagOf(hash);
        for (size_t i = indexOf(hash);; i = next(i)) {
            IdSlot &slot = m_slots[i];
            if (!slot.isTaken())
                return nullptr;
            if (slot.holds(id, tag))
                return &slot;
        }
    }
    const IdSlot *find(std::string_view id) const { return const_cast<PublicIdTable *>(this)->find(id); }

    // A lookup of a page of ids, one after the other, is a cache miss each in a million-entry
    // table: this lets the caller start loading the slot of an id a few places ahead.
    void prefetch(quint64 hash) const
    {
        if (m_slots)
            __builtin_prefetch(m_slots + indexOf(hash));
    }
    void prefetch(std::string_view id) const { prefetch(hash(id)); }
    // The id's slot, and whether it was new (then it holds `flags`; else they are added).
    std::pair<IdSlot *, bool> insert(std::string_view id, quint8 flags, IdArena &arena);

    // The longest run of taken slots: how far a lookup may have to walk (for tests).
    size_t longestRun() const;

    template<typename Visit>
    void forEach(Visit visit) const
    {
        for (size_t i = 0; m_slots && i < m_capacity; ++i) {
            if (m_slots[i].isTaken())
                visit(m_slots[i]);
        }
    }

private:
    // The hash's upper half scaled to the capacity (which need not be a power of two, so a
    // table is sized to what it holds); the lower half is the slots' tag.
    size_t indexOf(quint64 hash) const { return size_t(((hash >> 32) * m_capacity) >> 32); }
    size_t next(size_t i) const { return i + 1 == m_capacity ? 0 : i + 1; }
    void rehash(size_t capacity);

    IdSlot *m_slots = nullptr;
    size_t m_capacity = 0;
    size_t m_size = 0;
    quint64 m_seed;
};

} // namespace Orphanscope
