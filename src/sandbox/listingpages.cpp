#include "listingpages.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Sandbox {

ListingPages::ListingPages(const SandboxAccount *account, qint64 cacheBytes)
    : m_account(account)
    , m_cacheBytes(cacheBytes)
{
}

qint64 ListingPages::sinceEnd(const ListingQuery &query) const
{
    const auto &files = m_account->files(query.type);
    if (!query.since)
        return qint64(files.size());
    const qint64 since = *query.since;
    return std::partition_point(files.begin(), files.end(), [since](const SandboxFile &f) { return f.resource.createdAtMSecs >= since; })
           - files.begin();
}

qint64 ListingPages::total(const ListingQuery &query) const
{
    if (query.prefix.isEmpty())
        return sinceEnd(query);
    const auto &files = m_account->files(query.type);
    return std::count_if(files.begin(), files.end(), [&query](const SandboxFile &f) { return f.resource.publicId.startsWith(query.prefix); });
}

namespace {
const QByteArray OffsetCursor = "sandbox:";
const QByteArray KeyCursor = "sandbox-key:";
} // namespace

QString ListingPages::cursorAt(const ListingQuery &query, qint64 offset) const
{
    if (query.prefix.isEmpty() && !query.ascending) {
        const CloudinaryResource &next = m_account->files(query.type)[size_t(offset)].resource;
        return QString::fromLatin1(QByteArray(KeyCursor + QByteArray::number(next.createdAtMSecs) + ':' + next.publicId.toUtf8()).toHex());
    }
    return QString::fromLatin1(QByteArray(OffsetCursor + QByteArray::number(offset)).toHex());
}

std::optional<qint64> ListingPages::offsetOf(const ListingQuery &query, const QString &cursor) const
{
    const QByteArray raw = QByteArray::fromHex(cursor.toLatin1());
    bool ok = false;
    if (raw.startsWith(OffsetCursor)) {
        const qint64 offset = raw.mid(OffsetCursor.size()).toLongLong(&ok);
        return ok && offset >= 0 ? std::optional(offset) : std::nullopt;
    }
    if (!raw.startsWith(KeyCursor) || !query.prefix.isEmpty() || query.ascending)
        return std::nullopt;
    const QByteArray key = raw.mid(KeyCursor.size());
    const qsizetype colon = key.indexOf(':');
    const qint64 createdAt = key.left(colon).toLongLong(&ok);
    if (colon < 0 || !ok)
        return std::nullopt;
    const QString publicId = QString::fromUtf8(key.mid(colon + 1));
    const auto &files = m_account->files(query.type);
    // Sorted newest first, then by public id: the first file at or after the key.
    const auto at = std::lower_bound(files.begin(), files.begin() + sinceEnd(query), std::pair{createdAt, publicId},
                                     [](const SandboxFile &file, const std::pair<qint64, QString> &key) {
                                         if (file.resource.createdAtMSecs != key.first)
                                             return file.resource.createdAtMSecs > key.first;
                                         return file.resource.publicId < key.second;
                                     });
    return qint64(at - files.begin());
}

// The files of one page only: no view of the whole account per call.
std::vector<const SandboxFile *> ListingPages::filesOf(const ListingQuery &query, qint64 stop) const
{
    const auto &files = m_account->files(query.type);
    std::vector<const SandboxFile *> page;
    if (query.prefix.isEmpty()) {
        const qint64 end = sinceEnd(query);
        for (qint64 i = query.offset; i < stop; ++i)
            page.push_back(&files[size_t(query.ascending ? end - 1 - i : i)]);
        return page;
    }
    std::vector<const SandboxFile *> matching;
    for (const SandboxFile &file : files) {
        if (file.resource.publicId.startsWith(query.prefix))
            matching.push_back(&file);
    }
    if (query.ascending)
        std::reverse(matching.begin(), matching.end());
    return {matching.begin() + query.offset, matching.begin() + stop};
}

QByteArray ListingPages::page(const ListingQuery &query, qint64 total, const QString &nextCursor)
{
    const qint64 stop = std::min(total, query.offset + query.maxResults);
    const QString key = u"%1|%2|%3|%4|%5|%6|%7"_s.arg(int(query.type)).arg(query.maxResults).arg(query.since.value_or(-1))
                            .arg(query.ascending).arg(query.offset).arg(nextCursor, query.prefix);
    if (const auto it = m_pages.constFind(key); it != m_pages.cend()) {
        ++m_hits;
        return *it;
    }
    const std::vector<const SandboxFile *> files = query.offset < stop ? filesOf(query, stop) : std::vector<const SandboxFile *>();
    const QByteArray body = render(files, 0, qint64(files.size()), nextCursor);
    if (m_cachedBytes + body.size() > m_cacheBytes)
        invalidate();
    m_pages.insert(key, body);
    m_cachedBytes += body.size();
    return body;
}

void ListingPages::invalidate()
{
    m_pages.clear();
    m_cachedBytes = 0;
}

QByteArray ListingPages::render(const std::vector<const SandboxFile *> &view, qint64 first, qint64 stop, const QString &nextCursor,
                                const QByteArray &extraFields) const
{
    QByteArray out;
    out.reserve((stop - first) * 600 + 64);
    out += '{' + extraFields + "\"resources\":[";
    for (qint64 i = first; i < stop; ++i) {
        if (i > first)
            out += ',';
        m_account->appendJson(out, *view[size_t(i)]);
    }
    out += ']';
    if (!nextCursor.isEmpty())
        out += ",\"next_cursor\":\"" + nextCursor.toLatin1() + '"';
    out += '}';
    return out;
}

} // namespace Orphanscope::Sandbox
