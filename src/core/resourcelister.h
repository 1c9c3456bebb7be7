#pragma once

#include "cloudinaryresource.h"
#include "ratelimit.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <optional>

namespace Orphanscope {

class CloudinaryClient;
class StringPool;

enum class ListingFailure { Error, RateLimited };

// Lists one resource type page by page (max_results=500, next_cursor), with a polite pause
// between pages. After each page it waits for the receiver of pageReceived: calling stop()
// from that slot ends the listing there (the rate-limit guard and cancel use this).
class ResourceLister final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceLister)

public:
    ResourceLister(CloudinaryClient *client, StringPool *pool, ResourceType type,
                   std::optional<QDateTime> startAt, int pauseMs, QObject *parent = nullptr);

    void start();
    void stop();

    ResourceType type() const { return m_type; }
    int pages() const { return m_pages; }
    // After a page: whether listing it took the last page.
    bool hasMorePages() const { return !m_nextCursor.isEmpty(); }

Q_SIGNALS:
    void pageReceived(Orphanscope::ResourceType type, const Orphanscope::ResourceList &resources);
    void warning(const QString &message);
    void finished(Orphanscope::ResourceType type);
    void failed(Orphanscope::ResourceType type, Orphanscope::ListingFailure failure, const QString &message);

private:
    void requestPage(const QString &cursor);

    CloudinaryClient *m_client;
    StringPool *m_pool;
    ResourceType m_type;
    std::optional<QDateTime> m_startAt;
    int m_pauseMs;
    int m_pages = 0;
    bool m_stopped = false;
    QSet<QString> m_seenCursors;
    QString m_nextCursor;
};

} // namespace Orphanscope
