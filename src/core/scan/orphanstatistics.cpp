#include "scan/orphanstatistics.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {
constexpr qint64 KB = 1024;
constexpr qint64 MB = 1024 * KB;
constexpr std::array<qint64, 4> BucketLimits{100 * KB, 1 * MB, 10 * MB, 100 * MB};

void count(OrphanStatistics::Group &group, qint64 bytes)
{
    ++group.count;
    group.bytes += bytes;
}
} // namespace

OrphanStatisticsBuilder::OrphanStatisticsBuilder()
{
    m_stats.sizeBuckets = {{u"<100 KB"_s}, {u"100 KB–1 MB"_s}, {u"1–10 MB"_s}, {u"10–100 MB"_s}, {u"≥100 MB"_s}};
    for (ResourceType type : AllResourceTypes)
        m_stats.byType.append({resourceTypeName(type)});
}

void OrphanStatisticsBuilder::add(const CloudinaryResource &resource)
{
    ++m_stats.count;
    m_stats.bytes += resource.bytes;
    const auto bucket = std::upper_bound(BucketLimits.begin(), BucketLimits.end(), resource.bytes);
    count(m_stats.sizeBuckets[bucket - BucketLimits.begin()], resource.bytes);
    count(m_stats.byType[indexOf(resource.type)], resource.bytes);

    const QString folder = resource.folder.isEmpty() ? rootFolderLabel() : resource.folder;
    auto it = m_folders.find(folder);
    if (it == m_folders.end())
        it = m_folders.insert(folder, {folder});
    count(*it, resource.bytes);

    if (resource.createdAtMSecs != 0) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(resource.createdAtMSecs, Qt::UTC).date();
        auto &month = m_months[qint64(date.year()) * 12 + date.month() - 1];
        if (month.label.isEmpty())
            month.label = date.toString(u"yyyy-MM"_s);
        count(month, resource.bytes);
    }
}

OrphanStatistics OrphanStatisticsBuilder::build(int topFolderCount) const
{
    OrphanStatistics stats = m_stats;
    stats.topFolders = m_folders.values();
    std::sort(stats.topFolders.begin(), stats.topFolders.end(), [](const auto &a, const auto &b) {
        return a.bytes != b.bytes ? a.bytes > b.bytes : a.label < b.label;
    });
    if (stats.topFolders.size() > topFolderCount)
        stats.topFolders.resize(topFolderCount);
    for (const auto &[key, group] : m_months)
        stats.byMonth.append(group);
    return stats;
}

} // namespace Orphanscope
