#pragma once

#include "database/referenceset.h"

#include <array>
#include <string>

namespace Orphanscope {

// Adds references to a set a few values behind the caller, and starts loading each one's table
// slot when it is given: a million-entry table is written at random, every insert a cache miss
// otherwise. flush() adds what is still held and returns how many of all the added references
// were new, as add()'s results in the same order would count them; flush before anything else
// reads or changes the set.
class PrefetchingAdder
{
public:
    explicit PrefetchingAdder(ReferenceSet &set)
        : m_set(set)
    {
    }

    void add(ResourceType type, std::string_view publicId)
    {
        if (m_held == Depth)
            addOldest();
        m_set.prefetch(type, publicId);
        Held &held = m_ring[(m_oldest + m_held) % Depth];
        held.type = type;
        held.publicId.assign(publicId);
        ++m_held;
    }

    qsizetype flush()
    {
        while (m_held > 0)
            addOldest();
        return std::exchange(m_new, 0);
    }

private:
    static constexpr size_t Depth = 8; // enough to cover a miss to memory

    void addOldest()
    {
        const Held &held = m_ring[m_oldest];
        if (m_set.add(held.type, std::string_view(held.publicId)))
            ++m_new;
        m_oldest = (m_oldest + 1) % Depth;
        --m_held;
    }

    struct Held
    {
        ResourceType type = ResourceType::Image;
        std::string publicId; // its capacity is reused: no allocation per reference
    };
    ReferenceSet &m_set;
    std::array<Held, Depth> m_ring;
    size_t m_oldest = 0;
    size_t m_held = 0;
    qsizetype m_new = 0;
};

} // namespace Orphanscope
