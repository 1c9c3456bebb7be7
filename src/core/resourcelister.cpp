#include "resourcelister.h"

#include "cloudinaryclient.h"
#include "listpageparser.h"

#include <QTimer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

ResourceLister::ResourceLister(CloudinaryClient *client, StringPool *pool, ResourceType type,
                               std::optional<QDateTime> startAt, int pauseMs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pool(pool)
    , m_type(type)
    , m_startAt(std::move(startAt))
    , m_pauseMs(pauseMs)
{
}

void ResourceLister::start()
{
    requestPage({});
}

void ResourceLister::stop()
{
    m_stopped = true;
}

void ResourceLister::requestPage(const QString &cursor)
{
    if (m_stopped)
        return;
    QUrl url = m_client->config().resourcesUrl(m_type);
    QUrlQuery query;
    query.addQueryItem(u"max_results"_s, u"500"_s);
    if (m_startAt)
        query.addQueryItem(u"start_at"_s, m_startAt->toUTC().toString(Qt::ISODate));
    if (!cursor.isEmpty())
        query.addQueryItem(u"next_cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    url.setQuery(query);

    m_client->get(url, [this](const ApiReply &reply) {
        if (m_stopped)
            return;
        if (reply.outcome == ApiReply::Outcome::RateLimited) {
            Q_EMIT failed(m_type, ListingFailure::RateLimited, reply.errorMessage);
            return;
        }
        if (reply.outcome != ApiReply::Outcome::Ok) {
            Q_EMIT failed(m_type, ListingFailure::Error, reply.errorMessage);
            return;
        }
        QString error;
        auto page = parseListPage(reply.body, m_type, *m_pool, &error);
        if (!page) {
            Q_EMIT failed(m_type, ListingFailure::Error, u"Listing %1, page %2: %3"_s.arg(resourceTypePluralLabel(m_type)).arg(m_pages + 1).arg(error));
            return;
        }
        ++m_pages;
        m_nextCursor = page->nextCursor;
        for (const QString &message : std::as_const(page->warnings))
            Q_EMIT warning(message);
        Q_EMIT pageReceived(m_type, page->resources);
        if (m_stopped)
            return;
        if (page->nextCursor.isEmpty()) {
            Q_EMIT finished(m_type);
            return;
        }
        if (m_seenCursors.contains(page->nextCursor)) {
            Q_EMIT failed(m_type, ListingFailure::Error,
                          u"Cloudinary returned the same next_cursor twice while listing %1 (page %2); stopped to avoid an endless loop"_s
                              .arg(resourceTypePluralLabel(m_type)).arg(m_pages));
            return;
        }
        m_seenCursors.insert(page->nextCursor);
        const QString next = page->nextCursor;
        QTimer::singleShot(m_pauseMs, this, [this, next] { requestPage(next); });
    });
}

} // namespace Orphanscope
