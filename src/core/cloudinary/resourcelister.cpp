#include "cloudinary/resourcelister.h"

#include "cloudinary/cloudinaryclient.h"
#include "cloudinary/listpageparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

ResourceLister::ResourceLister(CloudinaryClient *client, StringPool *pool, ResourceType type, ListingWindow window,
                               int pauseMs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pool(pool)
    , m_type(type)
    , m_window(std::move(window))
    , m_pauseMs(pauseMs)
{
}

void ResourceLister::start(const QString &cursor)
{
    if (!cursor.isEmpty())
        m_seenCursors.insert(cursor);
    requestPage(cursor);
}

void ResourceLister::stop()
{
    m_stopped = true;
}

void ResourceLister::pause()
{
    m_paused = true;
}

void ResourceLister::resume()
{
    m_paused = false;
    if (const auto cursor = std::exchange(m_heldCursor, std::nullopt))
        requestPage(*cursor);
}

void ResourceLister::requestPage(const QString &cursor)
{
    if (m_stopped)
        return;
    auto handler = [this, cursor](const ApiReply &reply) { handleReply(reply, cursor); };
    if (m_window.viaSearch) {
        QStringList terms{u"resource_type:%1"_s.arg(resourceTypeName(m_type)), u"type:upload"_s};
        if (m_window.from)
            terms.append(u"created_at>=\"%1\""_s.arg(m_window.from->toUTC().toString(Qt::ISODate)));
        if (m_window.before)
            terms.append(u"created_at<\"%1\""_s.arg(m_window.before->toUTC().toString(Qt::ISODate)));
        QJsonObject body{{u"expression"_s, terms.join(u" AND "_s)}, {u"max_results"_s, 500},
                         {u"sort_by"_s, QJsonArray{QJsonObject{{u"created_at"_s, u"desc"_s}}}}};
        if (!cursor.isEmpty())
            body.insert(u"next_cursor"_s, cursor);
        m_client->postJson(m_client->config().searchUrl(), QJsonDocument(body).toJson(QJsonDocument::Compact), handler);
        return;
    }
    QUrl url = m_client->config().resourcesUrl(m_type);
    QUrlQuery query;
    query.addQueryItem(u"max_results"_s, u"500"_s);
    if (m_window.from)
        query.addQueryItem(u"start_at"_s, m_window.from->toUTC().toString(Qt::ISODate));
    if (m_window.oldestFirst)
        query.addQueryItem(u"direction"_s, u"asc"_s);
    if (!cursor.isEmpty())
        query.addQueryItem(u"next_cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    url.setQuery(query);
    m_client->get(url, handler);
}

void ResourceLister::handleReply(const ApiReply &reply, const QString &cursor)
{
    if (m_stopped)
        return;
    if (reply.outcome == ApiReply::Outcome::RateLimited) {
        m_paused = true;
        m_heldCursor = cursor;
        Q_EMIT failed(m_type, ListingFailure::RateLimited, reply.errorMessage);
        return;
    }
    if (reply.outcome != ApiReply::Outcome::Ok) {
        Q_EMIT failed(m_type, ListingFailure::Error, reply.errorMessage);
        return;
    }
    // Ask for the next page first, so that it travels while this one is parsed and classified
    // (or the polite pause runs meanwhile). The guard is asked before, never after the call.
    m_requestedAhead = false;
    if (const auto ahead = peekNextCursor(reply.body);
        ahead && !ahead->isEmpty() && !m_paused && !m_seenCursors.contains(*ahead) && (!m_mayRequestAhead || m_mayRequestAhead())) {
        m_seenCursors.insert(*ahead);
        m_requestedAhead = true;
        m_aheadCursor = *ahead;
        scheduleRequest(*ahead);
    }
    QString error;
    auto page = parseListPage(reply.body, m_type, *m_pool, &error);
    if (!page) {
        m_stopped = true; // a page asked for ahead is not wanted any more
        Q_EMIT failed(m_type, ListingFailure::Error, u"Listing %1, page %2: %3"_s.arg(resourceTypePluralLabel(m_type)).arg(m_pages + 1).arg(error));
        return;
    }
    if (m_requestedAhead && page->nextCursor != m_aheadCursor) { // only a malformed answer can do this
        m_stopped = true;
        Q_EMIT failed(m_type, ListingFailure::Error,
                      u"Listing %1, page %2: Cloudinary's answer is not well-formed JSON (its next_cursor reads two ways)"_s
                          .arg(resourceTypePluralLabel(m_type)).arg(m_pages + 1));
        return;
    }
    ++m_pages;
    m_nextCursor = page->nextCursor;
    for (const QString &message : std::as_const(page->warnings))
        Q_EMIT warning(message);
    Q_EMIT pageReceived(m_type, page->files);
    if (m_stopped)
        return;
    if (page->nextCursor.isEmpty()) {
        Q_EMIT finished(m_type);
        return;
    }
    if (m_requestedAhead)
        return;
    if (m_seenCursors.contains(page->nextCursor)) {
        Q_EMIT failed(m_type, ListingFailure::Error,
                      u"Cloudinary returned the same next_cursor twice while listing %1 (page %2); stopped to avoid an endless loop"_s
                          .arg(resourceTypePluralLabel(m_type)).arg(m_pages));
        return;
    }
    m_seenCursors.insert(page->nextCursor);
    const QString next = page->nextCursor;
    if (m_paused) {
        m_heldCursor = next;
        return;
    }
    scheduleRequest(next);
}

// At once without a pause (the request then travels while the caller goes on), else after it.
void ResourceLister::scheduleRequest(const QString &cursor)
{
    if (m_pauseMs <= 0) {
        requestPage(cursor);
        return;
    }
    QTimer::singleShot(m_pauseMs, this, [this, cursor] {
        if (m_paused)
            m_heldCursor = cursor;
        else
            requestPage(cursor);
    });
}

} // namespace Orphanscope
