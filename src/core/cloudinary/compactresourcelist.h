#pragma once

#include "cloudinary/listedfiles.h"

#include <optional>

namespace Orphanscope {

// A list of files kept as the listing gave them (ListedFiles: UTF-8 text, formats and folders
// shared), for the orphans of a scan: as CloudinaryResources a file took about 400 bytes and two
// QString allocations, and the report turned every string back into UTF-8 (keeping a million-file
// account's 95k orphans so was a fifth of its scan's CPU). Here a file takes about 110 bytes (190
// with its URL, which is mostly made from its fields), and the report is written from the bytes.
// The files sit in chunks of at most ChunkTextBytes of text and ChunkFiles files, small enough to
// come from memory the scan's pages gave back (one growing buffer meant fresh pages, a fault each), and
// lists are joined by sharing their chunks. A CloudinaryResource is made for each file read
// (at(): the console's and the e-mail's first rows), a whole ResourceList by toList(). Copies share the data.
class CompactResourceList
{
public:
    static constexpr qsizetype ChunkTextBytes = 48 * 1024;
    // And at most this many files: with their URLs made from their fields (ListedFiles), files of
    // short public ids took 2,000 to 48 KB of text, and their entries, grown one reallocation at a
    // time to 170 KB, came as fresh pages (past malloc's mmap threshold) every time.
    static constexpr qsizetype ChunkFiles = 512;

    CompactResourceList() = default;
    // The files of `resources`, which toList() then returns as they are.
    explicit CompactResourceList(const ResourceList &resources);

    qsizetype size() const { return m_ends.isEmpty() ? 0 : m_ends.constLast(); }
    bool isEmpty() const { return size() == 0; }
    CloudinaryResource at(qsizetype i) const;

    // Files [from, to) in order, each as its chunk and its index there: what the report and the
    // scan's own passes read, without a QString for the text.
    template<typename Visit>
    void forEach(qsizetype from, qsizetype to, Visit visit) const
    {
        for (auto [chunk, i] = locate(from); from < to; ++from, ++i) {
            while (i == m_chunks.at(chunk).size()) {
                ++chunk;
                i = 0;
            }
            visit(m_chunks.at(chunk), i);
        }
    }
    template<typename Visit>
    void forEach(Visit visit) const
    {
        forEach(0, size(), visit);
    }

    void append(const CloudinaryResource &resource);
    void append(const ListedFiles &files, qsizetype i);
    CompactResourceList &operator+=(const ResourceList &resources);
    CompactResourceList &operator+=(const CompactResourceList &other);

    // Every file as a CloudinaryResource. After prepareList() (on a worker thread, say, before the
    // list goes to the GUI's) this is the list it made, shared, until the next change.
    ResourceList toList() const;
    void prepareList() { m_list = toList(); }

private:
    // The chunk that holds file `i`, and its index there.
    std::pair<qsizetype, qsizetype> locate(qsizetype i) const;
    ListedFiles &openChunk(); // the last chunk, or a new one when it is full

    QList<ListedFiles> m_chunks;
    QList<qsizetype> m_ends; // the number of files in the chunks up to each one
    std::optional<ResourceList> m_list; // the same files as CloudinaryResources; dropped by any change
};

} // namespace Orphanscope

Q_DECLARE_METATYPE(Orphanscope::CompactResourceList)
