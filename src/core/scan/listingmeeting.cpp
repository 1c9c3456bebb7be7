#include "scan/listingmeeting.h"

namespace Orphanscope {

namespace {

std::string_view viewOf(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

} // namespace

bool ListingFrontier::contains(std::string_view publicId) const
{
    for (qsizetype i = m_tailStart; i < m_page.size(); ++i) {
        if (m_page.publicId(i) == publicId)
            return true;
    }
    for (const QByteArray &id : m_before) {
        if (viewOf(id) == publicId)
            return true;
    }
    return false;
}

QList<QByteArray> ListingFrontier::ids() const
{
    QList<QByteArray> ids = m_before;
    for (qsizetype i = m_tailStart; i < m_page.size(); ++i) {
        const std::string_view id = m_page.publicId(i);
        ids.append(QByteArray(id.data(), qsizetype(id.size())));
    }
    return ids;
}

void ListingFrontier::advance(const ListedFiles &kept)
{
    if (kept.isEmpty())
        return;
    const qint64 at = kept.createdAtMSecs(kept.size() - 1);
    qsizetype tailStart = kept.size() - 1;
    while (tailStart > 0 && kept.createdAtMSecs(tailStart - 1) == at)
        --tailStart;
    // More files of the same second: the earlier ones stay.
    m_before = m_set && at == m_atMSecs ? ids() : QList<QByteArray>();
    m_set = true;
    m_atMSecs = at;
    m_page = kept;
    m_tailStart = tailStart;
}

QStringList ListingFrontier::publicIds() const
{
    QStringList publicIds;
    for (const QByteArray &id : ids())
        publicIds.append(QString::fromUtf8(id));
    return publicIds;
}

ListingFrontier ListingFrontier::restored(qint64 atMSecs, const QStringList &publicIds)
{
    QList<QByteArray> ids;
    for (const QString &id : publicIds)
        ids.append(id.toUtf8());
    return restored(atMSecs, std::move(ids));
}

ListingFrontier ListingFrontier::restored(qint64 atMSecs, QList<QByteArray> ids)
{
    ListingFrontier frontier;
    frontier.m_set = true;
    frontier.m_atMSecs = atMSecs;
    frontier.m_before = std::move(ids);
    return frontier;
}

ListingMeeting::Trimmed ListingMeeting::take(bool oldestFirst, const ListedFiles &page)
{
    ListingFrontier &own = oldestFirst ? m_oldest : m_newest;
    const ListingFrontier &other = oldestFirst ? m_newest : m_oldest;
    Trimmed trimmed{page, false, false};
    // The newest-first order is the API's default, which every listing relies on; the other
    // one is checked, since an API that ignored it would seem to meet at once.
    for (qsizetype i = 1; oldestFirst && i < page.size(); ++i) {
        if (page.createdAtMSecs(i) < page.createdAtMSecs(i - 1))
            return {ListedFiles(), false, true};
    }
    if (other.isSet()) {
        const qint64 limit = other.atMSecs();
        QList<qsizetype> kept;
        kept.reserve(page.size());
        for (qsizetype i = 0; i < page.size(); ++i) {
            const qint64 at = page.createdAtMSecs(i);
            if (oldestFirst ? at > limit : at < limit) {
                trimmed.met = true;
                break;
            }
            if (at != limit || !other.contains(page.publicId(i)))
                kept.append(i);
        }
        if (kept.size() != page.size())
            trimmed.files = page.selected(kept);
    }
    own.advance(trimmed.files);
    return trimmed;
}

} // namespace Orphanscope
