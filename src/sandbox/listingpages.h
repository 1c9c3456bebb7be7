#pragma once

#include "sandboxaccount.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace Orphanscope::Sandbox {

// Which files one list call covers: a type, newest first (or oldest first), from `since` or
// under `prefix`, the page [offset, offset + maxResults).
struct ListingQuery
{
    ResourceType type = ResourceType::Image;
    int maxResults = 10;
    QString prefix;
    std::optional<qint64> since; // start_at, UTC ms
    bool ascending = false;
    qint64 offset = 0;
};

// Renders list pages as the Admin API's JSON, and keeps what it rendered: a listing asked
// again (a benchmark's next run, a resumed scan, a second client) is served from memory, so the
// sandbox is never what a scan waits for. Whatever changes the account must invalidate().
// Past `cacheBytes` of pages the cache starts over.
class ListingPages
{
public:
    explicit ListingPages(const SandboxAccount *account, qint64 cacheBytes = qint64(2) << 30);

    // How many files the query covers across all its pages.
    qint64 total(const ListingQuery &query) const;
    // next_cursor for the page that starts at `offset`, and back. A newest-first listing of a
    // whole type names the next file itself, as Cloudinary's cursors do, so files deleted
    // meanwhile from pages already listed neither hide nor repeat any; other listings count.
    QString cursorAt(const ListingQuery &query, qint64 offset) const;
    std::optional<qint64> offsetOf(const ListingQuery &query, const QString &cursor) const;
    // The page's JSON, ending with next_cursor when it is not empty.
    QByteArray page(const ListingQuery &query, qint64 total, const QString &nextCursor);
    void invalidate();

    // The JSON of view[first, stop), after `extraFields` (`"total_count":…,` for search).
    QByteArray render(const std::vector<const SandboxFile *> &view, qint64 first, qint64 stop, const QString &nextCursor,
                      const QByteArray &extraFields = {}) const;

    qint64 hits() const { return m_hits; }

private:
    std::vector<const SandboxFile *> filesOf(const ListingQuery &query, qint64 stop) const;
    // The end of the files uploaded at or after `since`, which are sorted newest first.
    qint64 sinceEnd(const ListingQuery &query) const;

    const SandboxAccount *m_account;
    qint64 m_cacheBytes;
    qint64 m_cachedBytes = 0;
    qint64 m_hits = 0;
    QHash<QString, QByteArray> m_pages;
};

} // namespace Orphanscope::Sandbox
