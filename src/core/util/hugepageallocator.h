#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>

namespace Orphanscope {

// An allocator for the big tables that are probed at random (a million references): blocks of
// 2 MiB and more are aligned to 2 MiB and offered to the kernel as transparent huge pages, so
// filling a table costs one page fault per 2 MiB instead of one per 4 KiB, and a probe one TLB
// entry instead of a page walk. Smaller blocks come from the ordinary heap. Where the kernel
// keeps huge pages for those who ask (madvise mode, Debian's default), this asks; where it gives
// them to all or none, the advice changes nothing.
template<typename T>
class HugePageAllocator
{
public:
    using value_type = T;
    static constexpr std::size_t HugePage = std::size_t(2) << 20;

    HugePageAllocator() noexcept = default;
    template<typename U>
    HugePageAllocator(const HugePageAllocator<U> &) noexcept {}

    T *allocate(std::size_t n)
    {
        const std::size_t bytes = n * sizeof(T);
        if (bytes < HugePage)
            return std::allocator<T>().allocate(n);
        const std::size_t rounded = (bytes + HugePage - 1) / HugePage * HugePage;
        void *memory = std::aligned_alloc(HugePage, rounded);
        if (!memory)
            throw std::bad_alloc();
        ::madvise(memory, rounded, MADV_HUGEPAGE); // advice: without it, ordinary pages
        return static_cast<T *>(memory);
    }

    void deallocate(T *memory, std::size_t n) noexcept
    {
        if (n * sizeof(T) < HugePage)
            std::allocator<T>().deallocate(memory, n);
        else
            std::free(memory);
    }

    template<typename U>
    bool operator==(const HugePageAllocator<U> &) const noexcept { return true; }
};

} // namespace Orphanscope
