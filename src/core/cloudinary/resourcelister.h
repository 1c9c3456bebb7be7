#pragma once

#include "cloudinary/listedfiles.h"
#include "cloudinary/ratelimit.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace Orphanscope {

class CloudinaryClient;
class StringPool;

enum class ListingFailure { Error, RateLimited };

// Which files one lister covers: created since `from` (the list endpoint's start_at) or, through
// the Search API, created in [from, before) so that several listers can share one type; and in
// which order: newest first (the API's default) or oldest first (direction=asc, list endpoint only).
struct ListingWindow
{
    std::optional<QDateTime> from;
    std::optional<QDateTime> before;
    bool viaSearch = false;
    bool oldestFirst = false;
};

// Lists one resource type page by page (max_results=500, next_cursor), with a polite pause
// between pages. After each page it waits for the receiver of pageReceived: calling stop()
// from that slot ends the listing there (the rate-limit guard and cancel use this).
class ResourceLister final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceLister)

public:
    ResourceLister(CloudinaryClient *client, StringPool *pool, ResourceType type, ListingWindow window, int pauseMs,
                   QObject *parent = nullptr);

    // From the first page, or from the page `cursor` names (a checkpoint's, to resume).
    void start(const QString &cursor = {});
    void stop();
    // Holds the next request back until resume() (while the pages listed so far wait for the
    // references); a page in flight still arrives.
    void pause();
    void resume();
    // Asked before the next page is requested ahead, while this one is still being parsed:
    // false keeps the listing one page at a time (the rate-limit guard says stop, say).
    void setMayRequestAhead(std::function<bool()> mayRequestAhead) { m_mayRequestAhead = std::move(mayRequestAhead); }

    // After a page: whether there is another one to list, and its cursor.
    bool hasMorePages() const { return !m_nextCursor.isEmpty(); }
    int pages() const { return m_pages; }
    const QString &nextCursor() const { return m_nextCursor; }
    ResourceType type() const { return m_type; }
    const ListingWindow &window() const { return m_window; }

Q_SIGNALS:
    void pageReceived(Orphanscope::ResourceType type, const Orphanscope::ListedFiles &files);
    void warning(const QString &message);
    void finished(Orphanscope::ResourceType type);
    // After RateLimited the lister is paused, holding the page refused: resume() asks again.
    void failed(Orphanscope::ResourceType type, Orphanscope::ListingFailure failure, const QString &message);

private:
    void requestPage(const QString &cursor);
    void scheduleRequest(const QString &cursor);
    void handleReply(const struct ApiReply &reply, const QString &cursor);

    CloudinaryClient *m_client;
    StringPool *m_pool;
    ResourceType m_type;
    ListingWindow m_window;
    int m_pauseMs;
    int m_pages = 0;
    bool m_stopped = false;
    bool m_paused = false;
    std::optional<QString> m_heldCursor; // the next page's cursor, held by pause()
    std::function<bool()> m_mayRequestAhead;
    bool m_requestedAhead = false; // the next page was asked for before this one was parsed
    QString m_aheadCursor;
    QSet<QString> m_seenCursors;
    QString m_nextCursor;
};

} // namespace Orphanscope
