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

void ListingFrontier::advance(const ListedFiles &kept)
{
    if (kept.isEmpty())
        return;
    const qint64 at = kept.createdAtMSecs(kept.size() - 1);
    qsizetype tailStart = kept.size() - 1;
    while (tailStart > 0 && kept.createdAtMSecs(tailStart - 1) == at)
        --tailStart;
    if (m_set && at == m_atMSecs) { // more files of the same second: the earlier ones stay
        for (qsizetype i = m_tailStart; i < m_page.size(); ++i)
            m_before.append(QByteArray(m_page.publicId(i).data(), qsizetype(m_page.publicId(i).size())));
    } else {
        m_before.clear();
    }
    m_set = true;
    m_atMSecs = at;
    m_page = kept;
    m_tailStart = tailStart;
}

QStringList ListingFrontier::publicIds() const
{
    QStringList ids;
    for (const QByteArray &id : m_before)
        ids.append(QString::fromUtf8(id));
    for (qsizetype i = m_tailStart; i < m_page.size(); ++i) {
        const std::string_view id = m_page.publicId(i);
        ids.append(QString::fromUtf8(id.data(), qsizetype(id.size())));
    }
    return ids;
}

ListingFrontier ListingFrontier::restored(qint64 atMSecs, const QStringList &publicIds)
{
    ListingFrontier frontier;
    frontier.m_set = true;
    frontier.m_atMSecs = atMSecs;
    for (const QString &id : publicIds)
        frontier.m_before.append(id.toUtf8());
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
        QList<qsizetype> kept; // filled from the first file left out on
        bool trimming = false;
        for (qsizetype i = 0; i < page.size(); ++i) {
            const qint64 at = page.createdAtMSecs(i);
            const bool beyond = oldestFirst ? at > limit : at < limit;
            const bool listedThere = beyond || (at == limit && other.contains(page.publicId(i)));
            if (listedThere && !trimming) {
                trimming = true;
                kept.reserve(i);
                for (qsizetype j = 0; j < i; ++j)
                    kept.append(j);
            }
            if (beyond) {
                trimmed.met = true;
                break;
            }
            if (trimming && !listedThere)
                kept.append(i);
        }
        if (trimming)
            trimmed.files = page.selected(kept);
    }
    own.advance(trimmed.files);
    return trimmed;
}

} // namespace Orphanscope
