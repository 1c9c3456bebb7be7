#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>

namespace Orphanscope {

// An allocator for the big tables that are probed at random (a million references): blocks of
// 2 MiB and more are mapped fresh from the kernel, aligned to 2 MiB and offered to it as
// transparent huge pages, so filling a table costs one page fault per 2 MiB instead of one per
// 4 KiB, and a probe one TLB entry instead of a page walk. Such blocks come zeroed (isZeroed()),
// so a table need not clear them, which would fault in every page once more. Smaller blocks come
// from the ordinary heap. Where the kernel keeps huge pages for those who ask (madvise mode,
// Debian's default), this asks; where it gives them to all or none, the advice changes nothing.
template<typename T>
class HugePageAllocator
{
public:
    using value_type = T;
    static constexpr std::size_t HugePage = std::size_t(2) << 20;

    HugePageAllocator() noexcept = default;
    template<typename U>
    HugePageAllocator(const HugePageAllocator<U> &) noexcept {}

    static bool isZeroed(std::size_t n) { return n * sizeof(T) >= HugePage; }

    T *allocate(std::size_t n)
    {
        const std::size_t bytes = n * sizeof(T);
        if (bytes < HugePage)
            return std::allocator<T>().allocate(n);
        const std::size_t rounded = roundedUp(bytes);
        // One huge page more than needed, then the unaligned ends given back.
        void *mapped = ::mmap(nullptr, rounded + HugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mapped == MAP_FAILED)
            throw std::bad_alloc();
        char *start = static_cast<char *>(mapped);
        char *aligned = start + (HugePage - reinterpret_cast<std::uintptr_t>(start) % HugePage) % HugePage;
        if (aligned > start)
            ::munmap(start, std::size_t(aligned - start));
        if (const std::size_t tail = std::size_t(start + rounded + HugePage - (aligned + rounded)); tail > 0)
            ::munmap(aligned + rounded, tail);
        ::madvise(aligned, rounded, MADV_HUGEPAGE); // advice: without it, ordinary pages
        return reinterpret_cast<T *>(aligned);
    }

    void deallocate(T *memory, std::size_t n) noexcept
    {
        if (n * sizeof(T) < HugePage)
            std::allocator<T>().deallocate(memory, n);
        else
            ::munmap(memory, roundedUp(n * sizeof(T)));
    }

    template<typename U>
    bool operator==(const HugePageAllocator<U> &) const noexcept { return true; }

private:
    static std::size_t roundedUp(std::size_t bytes) { return (bytes + HugePage - 1) / HugePage * HugePage; }
};

} // namespace Orphanscope
