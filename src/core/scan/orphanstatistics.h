#pragma once

#include "cloudinary/cloudinaryresource.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <map>

namespace Orphanscope {

// The figures behind the charts (and the email): orphans by size bucket, by resource type, by
// folder and by upload month. Fed one resource at a time, so a view can feed it only the rows
// its filter shows.
struct OrphanStatistics
{
    struct Group
    {
        QString label;
        qint64 count = 0;
        qint64 bytes = 0;
    };

    QList<Group> sizeBuckets;  // fixed buckets, smallest first
    QList<Group> byType;       // image, video, raw
    QList<Group> topFolders;   // by bytes, largest first
    QList<Group> byMonth;      // "2024-06", oldest first
    qint64 count = 0;
    qint64 bytes = 0;
};

class OrphanStatisticsBuilder
{
public:
    OrphanStatisticsBuilder();
    void add(const CloudinaryResource &resource);
    OrphanStatistics build(int topFolderCount = 10) const;

    static QString rootFolderLabel() { return QStringLiteral("(no folder)"); }

private:
    OrphanStatistics m_stats;
    QHash<QString, OrphanStatistics::Group> m_folders;
    std::map<qint64, OrphanStatistics::Group> m_months; // key: year * 12 + month
};

} // namespace Orphanscope
